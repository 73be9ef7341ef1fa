"""The newsflow pipeline: pure stages, composed here and nowhere else.

For each input record:

1. **decode** (``decode.py``): bytes -> ``RawArticle`` envelope. Size caps come first; a bare
   page is accepted when its content-type header says text/plain or text/html.
2. **clean** (``clean.py``): page text or HTML -> main text blocks. Encoding repaired,
   boilerplate removed and logged with a category, language identified.
3. **parse** (``parse.py``): blocks -> headline, dateline, captions, credits, body paragraphs
   and quotes with speakers.
4. **enrich** (``enrich.py``): the NER model reads headline, captions and body of the whole
   batch at once (``nlp.pipe``); its spans become typed, consolidated, geocoded entities.
5. **build** (``build.py``): events with deterministic ids, serialised once.

Then, where the state lives (the worker's changelog-backed table, or a dict offline):

6. **dedupe** (``dedupe.py``): version, links to earlier copies (exact and near duplicates)
   and the changes against the previous version, from the fingerprints that build computed.

Every record gets exactly one ``Outcome``: normalised (plus entity events) or rejected.
Any failure becomes a typed rejection (``errors.to_rejection``); nothing escapes.
No Kafka here: the worker and ``newsflow process`` both call ``process_batch``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from spacy.language import Language
from spacy.tokens import Doc

from service.errors import ProcessingTimeout, Rejection, to_rejection
from service.events import Stage
from service.pipeline import build
from service.pipeline.clean import clean
from service.pipeline.decode import decode
from service.pipeline.enrich import enrich, ner_text
from service.pipeline.ner import run_ner
from service.pipeline.parse import parse
from service.pipeline.types import Decoded, Outcome, ParsedArticle, RecordIn


@dataclass(frozen=True, slots=True)
class Limits:
    max_content_bytes: int
    max_processing_seconds: float
    dlq_max_payload_bytes: int
    max_message_bytes: int = 1_000_000


class _Deadline:
    """Cooperative per-message time bound, checked between stages."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.until = time.monotonic() + seconds

    def check(self, stage: Stage) -> None:
        if time.monotonic() > self.until:
            raise ProcessingTimeout(stage, self.seconds)


class _Timings:
    """Seconds spent per stage on one record (exported as stage latency metrics)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self._mark = time.perf_counter()

    def lap(self, stage: Stage) -> None:
        now = time.perf_counter()
        self.spent[stage] = self.spent.get(stage, 0.0) + now - self._mark
        self._mark = now

    def add(self, stage: Stage, seconds: float) -> None:
        self.spent[stage] = self.spent.get(stage, 0.0) + seconds
        self._mark = time.perf_counter()

    def attach(self, outcome: Outcome) -> Outcome:
        return replace(outcome, stage_seconds=tuple(self.spent.items()))


@dataclass(slots=True)
class _Pending:
    record: RecordIn
    decoded: Decoded
    parsed: ParsedArticle
    deadline: _Deadline
    timings: _Timings


def _prepare(record: RecordIn, limits: Limits, now: datetime) -> _Pending | Outcome:
    """Stages 1-3 for one record: a parsed article, or its rejection."""
    deadline = _Deadline(limits.max_processing_seconds)
    timings = _Timings()
    stage: Stage = "decode"
    decoded = None
    try:
        decoded = decode(record, limits.max_content_bytes)
        timings.lap("decode")
        stage = "clean"
        deadline.check("decode")
        cleaned = clean(decoded)
        timings.lap("clean")
        stage = "parse"
        deadline.check("clean")
        parsed = parse(decoded, cleaned)
        timings.lap("parse")
        deadline.check("parse")
        return _Pending(record, decoded, parsed, deadline, timings)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a typed rejection
        timings.lap(stage)
        rejection = to_rejection(exc, stage)
        return timings.attach(_rejected(rejection, record, now, limits, decoded))


def _rejected(
    rejection: Rejection, record: RecordIn, now: datetime, limits: Limits, decoded: Decoded | None
) -> Outcome:
    return build.rejected(
        rejection,
        record,
        now,
        limits.dlq_max_payload_bytes,
        decoded,
        max_message_bytes=limits.max_message_bytes,
    )


def _too_long(length: int, limit: int) -> Rejection:
    return Rejection(
        "too_large",
        f"the article text is {length:,} characters, over the NER model's limit of {limit:,}; "
        "this is not a single article (split it upstream)",
        "enrich",
    )


def _docs(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """NER over the batch in one ``nlp.pipe``; should that fail, text by text."""
    try:
        return list(run_ner(nlp, texts))
    except Exception:  # noqa: BLE001 - isolate the one text that breaks the model
        out: list[Doc | Exception] = []
        for text in texts:
            try:
                out.append(nlp(text))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


def process_batch(
    records: Sequence[RecordIn],
    nlp: Language,
    limits: Limits,
    pipeline_version: str,
    now: datetime,
) -> list[Outcome]:
    """Run the pipeline over a batch; one ``Outcome`` per record, in input order."""
    outcomes: list[Outcome | None] = [None] * len(records)
    pending: list[tuple[int, _Pending]] = []
    for i, record in enumerate(records):
        prepared = _prepare(record, limits, now)
        if isinstance(prepared, _Pending):
            pending.append((i, prepared))
        else:
            outcomes[i] = prepared

    ready: list[tuple[int, _Pending, str]] = []
    for i, p in pending:
        text = ner_text(p.parsed)
        if len(text) > nlp.max_length:
            rejection = _too_long(len(text), nlp.max_length)
            outcomes[i] = p.timings.attach(_rejected(rejection, p.record, now, limits, p.decoded))
        else:
            ready.append((i, p, text))
    started = time.perf_counter()
    docs = _docs(nlp, [text for _, _, text in ready])
    ner_share = (time.perf_counter() - started) / max(len(ready), 1)
    for (i, p, _), doc in zip(ready, docs, strict=True):
        stage: Stage = "enrich"
        p.timings.add("enrich", ner_share)
        try:
            if isinstance(doc, Exception):
                raise doc
            enriched = enrich(p.parsed, doc)
            p.timings.lap("enrich")
            stage = "build"
            p.deadline.check("enrich")
            outcome = build.normalized(
                p.decoded,
                enriched,
                p.record,
                now,
                pipeline_version=pipeline_version,
                max_message_bytes=limits.max_message_bytes,
            )
            p.timings.lap("build")
        except Exception as exc:  # noqa: BLE001 - every failure becomes a typed rejection
            p.timings.lap(stage)
            outcome = _rejected(to_rejection(exc, stage), p.record, now, limits, p.decoded)
        outcomes[i] = p.timings.attach(outcome)
    return [o for o in outcomes if o is not None]
