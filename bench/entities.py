"""Entity benchmark, per genre: the model alone and newsflow, on every entity dev set.

Sets (``entity_data.py``): the project's dev articles (``dev``), GUM's six genres
(``gum/...``) and the sports and business wire set (``sports``, ``business`` and their
subgenres). Scores (``entity_metric.py``): document-level entity-set F1 and, for the sets
with spans, mention-span F1, all types and per type.

Rows, measured in the same run on the same texts:
- model alone: spaCy's spans (GPE, LOC and FAC -> LOCATION) on the document text;
- newsflow: the mentions of ``enrich``'s PERSON, ORGANIZATION and LOCATION entities (and,
  on the dev set, the dateline place, which has no mention).

Each row is given for the whole group and for its halves ``a`` and ``b`` (see
``entity_data``). GUM and the sports-business set also show the model-alone score their
README documents, to check that this metric is theirs.

Timing: ``nlp.pipe`` over the dev set's NER texts vs ``enrich`` over the resulting docs
(the best of seven rounds each, taking turns), the gazetteer's one-off load, and the
process's peak RSS.

Input: each document becomes a ``ParsedArticle`` directly (headline, paragraphs, closing
credit lines as credits, and the dev set's dateline), so the numbers measure enrichment on
the texts as given, results lines included, and not cleaning or parsing. ``--stages`` feeds
every document through decode -> clean -> parse instead, as a text page (a rejected one
finds nothing); offsets move with cleaning, so span F1 is not reported then. ``--layout
older`` feeds the sports and business set through the stages in the older wire layout
(``layouts.py``: a dateline line of its own, tokenized punctuation).

Run: ``.venv/bin/python -m bench.entities [--stages] [--layout older] [--errors [GROUP]]
[--half a|b]``
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bench.entity_data import (
    CORPORA,
    TYPES,
    BenchDoc,
    load_corpus,
    load_dev_json,
    normalise,
    trim_span,
    wire_paragraphs,
)
from bench.entity_metric import Tally
from bench.layouts import older_layout
from service.config import Settings
from service.errors import Rejection
from service.pipeline import Resources, read_article
from service.pipeline.enrich import enrich, ner_text
from service.pipeline.ner import run_ner
from service.pipeline.resources import load_resources
from service.pipeline.types import Enriched, ParsedArticle, RecordIn

__all__ = [
    "gold_pairs",
    "load_dev",
    "normalise",
    "predict",
    "run_entity_bench",
    "score_groups",
]

MODEL_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
TIMING_ROUNDS = 7
METHODS = ("model alone", "newsflow")
HALVES = ("all", "a", "b")
SEPARATOR = "\n\n"

# Model-alone entity-set F1 as each set's README documents it (spaCy sm 3.8.0).
DOCUMENTED = {
    "gum/news": 0.669,
    "gum/interview": 0.649,
    "gum/bio": 0.651,
    "gum/voyage": 0.440,
    "gum/academic": 0.380,
    "gum/court": 0.675,
    "gum": 0.584,
    "sports": 0.515,
    "business": 0.719,
    "sports/match-report": 0.659,
    "sports/results": 0.214,
    "sports/standings": 0.411,
    "sports/transfer": 0.682,
    "business/company-news": 0.749,
    "business/earnings": 0.709,
    "business/m-and-a": 0.779,
    "business/markets-wrap": 0.659,
}
# The rows the bar applies to: newsflow must beat the model alone in every one of them.
GENRES = (
    "dev",
    "gum/news",
    "gum/interview",
    "gum/bio",
    "gum/voyage",
    "gum/academic",
    "gum/court",
    "sports",
    "business",
)

Pairs = set[tuple[str, str]]
Spans = set[tuple[str, int, int]]


def load_dev() -> list[dict[str, Any]]:
    """The dev set's raw articles (tests/data/ner-dev/*.json)."""
    return load_dev_json()


def gold_pairs(doc: dict[str, Any]) -> Pairs:
    return {(t, normalise(s)) for t in TYPES for s in doc["gold"][t]}


@dataclass(frozen=True, slots=True)
class Prediction:
    """What the model alone and newsflow found in one document."""

    model_pairs: Pairs
    model_spans: Spans
    newsflow_pairs: Pairs
    newsflow_spans: Spans
    enriched: Enriched


def _model_found(doc: Any) -> tuple[Pairs, Spans]:
    ents = [
        (MODEL_TYPES[e.label_], e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ in MODEL_TYPES
    ]
    text = doc.text
    pairs = {(t, normalise(text[s:e])) for t, s, e in ents}
    spans = {(t, *trim_span(text, s, e)) for t, s, e in ents}
    return pairs, spans


def _newsflow_found(bench_doc: BenchDoc, enriched: Enriched) -> tuple[Pairs, Spans]:
    parsed = enriched.parsed
    body_offset = len(parsed.headline) + len(SEPARATOR) if parsed.headline else 0
    pairs: Pairs = set()
    spans: Spans = set()
    for entity in enriched.entities:
        if entity.entity_type not in TYPES:
            continue
        if not entity.mentions:
            # Scored as the article writes it, as mentions are: the dateline's "(AP)" is the
            # entity "Associated Press" with the alias "AP".
            written = entity.aliases[0] if entity.aliases else entity.name
            pairs.add((entity.entity_type, normalise(written)))
        for m in entity.mentions:
            pairs.add((entity.entity_type, normalise(m.text)))
            if m.section == "caption":
                continue
            start = m.start + (body_offset if m.section == "body" else 0)
            spans.add((entity.entity_type, *trim_span(bench_doc.text, start, start + len(m.text))))
    return pairs, spans


def parsed_by_stages(doc: dict[str, Any]) -> ParsedArticle:
    return _page_read("\n\n".join([doc["headline"], *wire_paragraphs(doc)]))


def _page_read(page: str) -> ParsedArticle:
    """A text page through decode -> clean -> parse; a rejected one reads as empty."""
    record = RecordIn(value=page.encode(), headers=(("content-type", b"text/plain"),))
    try:
        return read_article(record, 5_000_000)[1]
    except Rejection:
        return ParsedArticle(headline=None, paragraphs=())


def _staged(doc: BenchDoc, dev: dict[str, dict[str, Any]], layout: str = "as written") -> BenchDoc:
    """The document as the cleaning stages leave it, in its own layout or the older wire
    layout (``layouts.py``). Offsets change with cleaning, so a document with spans is
    scored on its entity set only."""
    if doc.corpus == "dev":
        return replace(doc, parsed=parsed_by_stages(dev[doc.doc_id]))
    if layout == "older":
        text = older_layout(doc.text)
        return replace(doc, text=text, parsed=_page_read(text), gold_spans=None)
    return replace(doc, parsed=_page_read(doc.text), gold_spans=None)


def predict(docs: Sequence[BenchDoc], resources: Resources) -> list[Prediction]:
    """The model alone and newsflow on every document; one NER pass where both read the
    same text (the span sets)."""
    nlp = resources.nlp
    ner_texts = [ner_text(d.parsed) for d in docs]
    ner_docs = list(run_ner(nlp, ner_texts))
    shared = [t == d.text for t, d in zip(ner_texts, docs, strict=True)]
    own = [d.text for d, same in zip(docs, shared, strict=True) if not same]
    own_docs = iter(run_ner(nlp, own))
    out = []
    for bench_doc, ner_doc, same in zip(docs, ner_docs, shared, strict=True):
        model_doc = ner_doc if same else next(own_docs)
        enriched = enrich(bench_doc.parsed, ner_doc, resources)
        model_pairs, model_spans = _model_found(model_doc)
        nf_pairs, nf_spans = _newsflow_found(bench_doc, enriched)
        out.append(Prediction(model_pairs, model_spans, nf_pairs, nf_spans, enriched))
    return out


def _gold_pairs(doc: BenchDoc) -> Pairs:
    return {(t, normalise(s)) for t, s in doc.gold_surfaces}


def score_groups(
    docs: Sequence[BenchDoc], preds: Sequence[Prediction]
) -> dict[str, dict[str, dict[str, Any]]]:
    """group -> half -> {"docs", "model alone"/"newsflow" -> {"set", "span"} scores}."""
    tallies: dict[tuple[str, str, str, str], Tally] = {}

    def tally(group: str, half: str, method: str, kind: str) -> Tally:
        return tallies.setdefault((group, half, method, kind), Tally())

    for doc, pred in zip(docs, preds, strict=True):
        gold = _gold_pairs(doc)
        groups = doc.groups
        if doc.corpus == "gum":
            groups = [*groups, "gum"]
        for group in groups:
            for half in ("all", doc.half):
                tally(group, half, "model alone", "set").add(gold, pred.model_pairs)
                tally(group, half, "newsflow", "set").add(gold, pred.newsflow_pairs)
                if doc.gold_spans is not None:
                    tally(group, half, "model alone", "span").add(doc.gold_spans, pred.model_spans)
                    tally(group, half, "newsflow", "span").add(doc.gold_spans, pred.newsflow_spans)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for (group, half, method, kind), t in tallies.items():
        cell = out.setdefault(group, {}).setdefault(half, {})
        cell["docs"] = t.docs
        cell.setdefault(method, {})[kind] = t.scores()
    return {g: out[g] for g in _ordered(out)}


def _ordered(groups: Any) -> list[str]:
    def key(name: str) -> tuple[int, str]:
        top = name.split("/", maxsplit=1)[0]
        rank = {"dev": 0, "gum": 1, "sports": 2, "business": 3}.get(top, 4)
        if name == "gum":
            return (rank, "~")  # GUM's all-genre row after its genres
        return (rank, name)

    return sorted(groups, key=key)


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _timing(docs: Sequence[BenchDoc], resources: Resources) -> dict[str, float]:
    """enrich over nlp.pipe on the dev set: each the best of TIMING_ROUNDS rounds, the two
    taking turns (enrich takes about 0.05 s a round: rounds in a row would all fall in one
    burst of load from elsewhere on the machine)."""
    texts = [ner_text(d.parsed) for d in docs]
    pipe_s = enrich_s = float("inf")
    for _ in range(TIMING_ROUNDS):
        took, ner_docs = _timed(lambda: list(run_ner(resources.nlp, texts)))
        pipe_s = min(pipe_s, took)
        took, _ = _timed(
            lambda docs_=ner_docs: [
                enrich(d.parsed, n, resources) for d, n in zip(docs, docs_, strict=True)
            ]
        )
        enrich_s = min(enrich_s, took)
    return {"nlp_pipe_s": round(pipe_s, 4), "enrich_s": round(enrich_s, 4),
            "enrich_over_pipe": round(enrich_s / pipe_s, 3)}  # fmt: skip


def _errors(docs: Sequence[BenchDoc], preds: Sequence[Prediction]) -> list[dict[str, Any]]:
    out = []
    for doc, pred in zip(docs, preds, strict=True):
        gold = _gold_pairs(doc)
        out.append(
            {
                "id": doc.doc_id,
                "groups": doc.groups,
                "half": doc.half,
                "missed": sorted(gold - pred.newsflow_pairs),
                "spurious": sorted(pred.newsflow_pairs - gold),
            }
        )
    return out


def run_entity_bench(
    stages: bool = False,
    corpora: Sequence[str] = CORPORA,
    layout: str = "as written",
    resources: Resources | None = None,
    timing: bool = True,
) -> dict[str, Any]:
    """Scores per group and half, the dev set's timing, and errors (module docstring)."""
    load_start = time.perf_counter()
    resources = resources or load_resources(Settings().ner_model)
    load_s = time.perf_counter() - load_start
    docs = [d for name in corpora for d in load_corpus(name)]
    if stages:
        raw = {d["id"]: d for d in load_dev_json()}
        docs = [_staged(d, raw, layout) for d in docs]
    preds = predict(docs, resources)
    groups = score_groups(docs, preds)
    result: dict[str, Any] = {
        "input": f"decode->clean->parse, {layout}" if stages else "ParsedArticle built directly",
        "documents": len(docs),
        "groups": groups,
        "documented": {g: DOCUMENTED[g] for g in groups if g in DOCUMENTED},
        "errors": _errors(docs, preds),
    }
    if "dev" in groups:  # the dev set's rows, as the bench reported them before
        result["model alone"] = groups["dev"]["all"]["model alone"]["set"]
        result["newsflow enrich"] = groups["dev"]["all"]["newsflow"]["set"]
    if timing:
        dev = [d for d in docs if d.corpus == "dev"] or list(docs)
        result["timing"] = {
            **_timing(dev, resources),
            "resources_load_s": round(load_s, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    return result


def genre_table(result: dict[str, Any], halves: Sequence[str] = HALVES) -> list[str]:
    """Markdown rows: group, half, docs, then for each method entity-set F1 (P/R) and
    per-type F1, span F1; the README's model-alone figure where there is one."""
    head = (
        "| genre | half | docs | model: set F1 (P / R) | PER / ORG / LOC | span F1 "
        "| newsflow: set F1 (P / R) | PER / ORG / LOC | span F1 | Δ set F1 | README model |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for group, cells in result["groups"].items():
        for half in halves:
            cell = cells.get(half)
            if cell is None:
                continue
            row = [group, half, str(cell["docs"])]
            for method in METHODS:
                scores = cell[method]
                s = scores["set"]
                row.append(f"{s['all']['f1']:.3f} ({s['all']['p']:.3f} / {s['all']['r']:.3f})")
                row.append(" / ".join(f"{s[t]['f1']:.3f}" for t in TYPES))
                row.append(f"{scores['span']['all']['f1']:.3f}" if "span" in scores else "")
            delta = cell["newsflow"]["set"]["all"]["f1"] - cell["model alone"]["set"]["all"]["f1"]
            row.append(f"{delta:+.3f}")
            documented = result["documented"].get(group)
            row.append(f"{documented:.3f}" if documented is not None and half == "all" else "")
            lines.append("| " + " | ".join(row) + " |")
    return lines


def main() -> None:
    args = sys.argv[1:]
    layout = args[args.index("--layout") + 1] if "--layout" in args else "as written"
    result = run_entity_bench(stages="--stages" in args or layout != "as written", layout=layout)
    halves = HALVES
    if "--half" in args:
        halves = (args[args.index("--half") + 1],)
    print(f"entities on {result['documents']} documents ({result['input']})\n")
    print("\n".join(genre_table(result, halves)))
    timing = result["timing"]
    print(
        f"\ndev set: nlp.pipe {timing['nlp_pipe_s']:.3f}s, enrich {timing['enrich_s']:.3f}s "
        f"(+{timing['enrich_over_pipe']:.1%} on top of nlp.pipe), "
        f"resources load {timing['resources_load_s']:.2f}s, "
        f"peak RSS {timing['peak_rss_mb']:.0f} MB"
    )
    if "--errors" in args:
        at = args.index("--errors") + 1
        wanted = args[at] if at < len(args) and not args[at].startswith("--") else None
        for err in result["errors"]:
            if wanted and not any(g == wanted or g.startswith(wanted + "/") for g in err["groups"]):
                continue
            if len(halves) == 1 and err["half"] != halves[0]:
                continue
            if err["missed"] or err["spurious"]:
                print(f"\n{err['id']}\n  missed:   {err['missed']}\n  spurious: {err['spurious']}")


if __name__ == "__main__":
    main()
