"""Entity benchmark on the hand-annotated dev set (tests/data/ner-dev/*.json).

Document-level entity-set F1 (bench README): per document the set of (type, surface) for
PERSON, ORGANIZATION and LOCATION, surfaces case-folded with a leading "the" and a
trailing possessive removed; micro precision, recall and F1 over all documents.

Rows, measured in the same run on the same texts:
- model alone: spaCy's spans (GPE, LOC and FAC -> LOCATION) on the article text, the
  dateline written in front of the first paragraph as the wire does;
- newsflow enrich: the surfaces of enrich's entity mentions (and the dateline place).

Timing: ``nlp.pipe`` over the NER texts vs ``enrich`` over the resulting docs (best of
three rounds each), the gazetteer's one-off load, and the process's peak RSS.

Input: by default each dev article becomes a ``ParsedArticle`` directly (headline,
dateline, paragraphs), so the numbers measure enrichment and not parsing. ``--stages``
feeds a text/plain envelope through decode -> clean -> parse instead.

Run: ``.venv/bin/python -m bench.entities [--stages] [--errors]``
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from service.config import Settings
from service.events import Dateline
from service.pipeline import Resources, read_article
from service.pipeline.enrich import enrich, ner_text
from service.pipeline.entities.gazetteer import build_gazetteer
from service.pipeline.entities.spans import lexicon_prefixes
from service.pipeline.ner import load_model, run_ner
from service.pipeline.types import Enriched, ParsedArticle, RecordIn

DEV = Path(__file__).resolve().parent.parent / "tests" / "data" / "ner-dev"
TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
MODEL_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
ROUNDS = 3

Pairs = set[tuple[str, str]]


def normalise(surface: str) -> str:
    """The bench README's surface folding: case, leading "the", trailing possessive."""
    text = " ".join(surface.split()).casefold()
    if text.startswith("the "):
        text = text[4:]
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def load_dev() -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]


def gold_pairs(doc: dict[str, Any]) -> Pairs:
    return {(t, normalise(s)) for t in TYPES for s in doc["gold"][t]}


def wire_paragraphs(doc: dict[str, Any]) -> list[str]:
    """Paragraphs as the wire prints them: "LAGOS (Reuters) - " before the first."""
    paras = list(doc["paragraphs"])
    if doc.get("dateline"):
        paras[0] = f"{doc['dateline']} (Reuters) - {paras[0]}"
    return paras


def parsed_direct(doc: dict[str, Any]) -> ParsedArticle:
    dateline = (
        Dateline(place=doc["dateline"].title(), agency="Reuters") if doc.get("dateline") else None
    )
    return ParsedArticle(
        headline=doc["headline"], paragraphs=tuple(doc["paragraphs"]), dateline=dateline
    )


def parsed_by_stages(doc: dict[str, Any]) -> ParsedArticle:
    page = "\n\n".join([doc["headline"], *wire_paragraphs(doc)])
    record = RecordIn(value=page.encode(), headers=(("content-type", b"text/plain"),))
    return read_article(record, 5_000_000)[1]


def enriched_pairs(enriched: Enriched) -> Pairs:
    out: Pairs = set()
    for entity in enriched.entities:
        if entity.entity_type not in TYPES:
            continue
        surfaces = [m.text for m in entity.mentions] or [entity.name]
        out.update((entity.entity_type, normalise(s)) for s in surfaces)
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def score(golds: list[Pairs], preds: list[Pairs]) -> dict[str, dict[str, float]]:
    out = {}
    for etype in (*TYPES, "all"):
        tp = fp = fn = 0
        for gold, pred in zip(golds, preds, strict=True):
            g = {x for x in gold if etype in ("all", x[0])}
            p = {x for x in pred if etype in ("all", x[0])}
            tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        out[etype] = prf(tp, fp, fn)
    return out


def _best_of(rounds: int, fn: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def run_entity_bench(stages: bool = False) -> dict[str, Any]:
    """Scores and timings as a dict (see the module docstring)."""
    docs = load_dev()
    start = time.perf_counter()
    gazetteer = build_gazetteer()
    gazetteer_s = time.perf_counter() - start
    nlp = load_model(Settings().ner_model)
    resources = Resources(nlp, gazetteer, lexicon_prefixes(gazetteer))

    golds = [gold_pairs(d) for d in docs]
    model_texts = ["\n\n".join([d["headline"], *wire_paragraphs(d)]) for d in docs]
    model_preds: list[Pairs] = [
        {(MODEL_TYPES[e.label_], normalise(e.text)) for e in doc.ents if e.label_ in MODEL_TYPES}
        for doc in nlp.pipe(model_texts)
    ]

    parsed = [parsed_by_stages(d) if stages else parsed_direct(d) for d in docs]
    texts = [ner_text(p) for p in parsed]
    pipe_s, ner_docs = _best_of(ROUNDS, lambda: list(run_ner(nlp, texts)))
    enrich_s, enriched = _best_of(
        ROUNDS, lambda: [enrich(p, d, resources) for p, d in zip(parsed, ner_docs, strict=True)]
    )
    preds = [enriched_pairs(e) for e in enriched]
    return {
        "input": "decode->clean->parse" if stages else "ParsedArticle built directly",
        "documents": len(docs),
        "model alone": score(golds, model_preds),
        "newsflow enrich": score(golds, preds),
        "errors": [
            {"id": d["id"], "missed": sorted(g - p), "spurious": sorted(p - g)}
            for d, g, p in zip(docs, golds, preds, strict=True)
        ],
        "timing": {
            "nlp_pipe_s": round(pipe_s, 4),
            "enrich_s": round(enrich_s, 4),
            "enrich_over_pipe": round(enrich_s / pipe_s, 3),
            "gazetteer_load_s": round(gazetteer_s, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        },
    }


def main() -> None:
    result = run_entity_bench(stages="--stages" in sys.argv)
    print(f"entity-set F1 on {result['documents']} dev articles ({result['input']})")
    print(f"{'method':<18}" + "".join(f"{t:>22}" for t in (*TYPES, "all")))
    for method in ("model alone", "newsflow enrich"):
        row = result[method]
        cells = "".join(
            f"{row[t]['p']:>8.3f}/{row[t]['r']:.3f}/{row[t]['f1']:.3f}" for t in (*TYPES, "all")
        )
        print(f"{method:<18}{cells}   (P/R/F1)")
    timing = result["timing"]
    print(
        f"nlp.pipe {timing['nlp_pipe_s']:.3f}s, enrich {timing['enrich_s']:.3f}s "
        f"(+{timing['enrich_over_pipe']:.1%} on top of nlp.pipe), "
        f"gazetteer load {timing['gazetteer_load_s']:.2f}s, peak RSS {timing['peak_rss_mb']:.0f} MB"
    )
    if "--errors" in sys.argv:
        for err in result["errors"]:
            if err["missed"] or err["spurious"]:
                print(f"\n{err['id']}\n  missed:   {err['missed']}\n  spurious: {err['spurious']}")


if __name__ == "__main__":
    main()
