"""The batch machinery of ``process_batch``: each record's clock, its place in the batch and
its rejection when a stage fails it. The stages themselves are composed in ``__init__``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from service.errors import ProcessingTimeout, Rejection, to_rejection
from service.events import Stage
from service.pipeline.build import too_large_before_ner
from service.pipeline.dead_letter import REDACTED_HEADERS, DeadLetterLimits, rejected
from service.pipeline.decode import decode
from service.pipeline.enrich import ner_text
from service.pipeline.ner import NER_TOKENS_PER_SECOND, ner_groups, ner_tokens, run_ner
from service.pipeline.types import Decoded, Outcome, ParsedArticle, RecordIn

_In = TypeVar("_In")
_Out = TypeVar("_Out")


@dataclass(frozen=True, slots=True)
class Limits:
    max_content_bytes: int
    max_processing_seconds: float
    dlq_max_payload_bytes: int
    max_message_bytes: int = 1_000_000
    redact_headers: frozenset[str] = REDACTED_HEADERS

    @property
    def dead_letter(self) -> DeadLetterLimits:
        return DeadLetterLimits(
            self.dlq_max_payload_bytes, self.max_message_bytes, self.redact_headers
        )


class Clock:
    """Seconds spent on one record, per stage: exported as stage latency metrics, and its
    processing-time bound. A record is charged its own work and its share of the batch's
    model call, not the time it waits while the rest of the batch goes through a stage."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent: dict[str, float] = {}

    def add(self, stage: Stage, seconds: float) -> None:
        self.spent[stage] = self.spent.get(stage, 0.0) + seconds

    def over(self) -> bool:
        return sum(self.spent.values()) > self.limit

    def attach(self, outcome: Outcome) -> Outcome:
        return replace(outcome, stage_seconds=tuple(self.spent.items()))


@dataclass(slots=True)
class Work:
    """One record of the batch: where its outcome goes, its clock, its envelope once read."""

    index: int
    record: RecordIn
    clock: Clock
    decoded: Decoded | None = None

    @property
    def envelope(self) -> Decoded:
        """The envelope, for the stages after decode (which only see decoded records)."""
        if self.decoded is None:
            raise RuntimeError("a stage after decode got a record that was not decoded")
        return self.decoded


def _rejected(
    rejection: Rejection, record: RecordIn, now: datetime, limits: Limits, decoded: Decoded | None
) -> Outcome:
    return rejected(rejection, record, now, limits.dead_letter, decoded)


def _too_long(length: int, limit: int) -> Rejection:
    return Rejection(
        "too_large",
        f"the article text is {length:,} characters, over the NER model's limit of {limit:,}; "
        "this is not a single article (split it upstream)",
        "enrich",
    )


def _too_many_tokens(tokens: int, budget: int, seconds: float) -> Rejection:
    return Rejection(
        "too_large",
        f"the article is about {tokens:,} words and marks; the model reads at most {budget:,} "
        f"per article, what it can read within NEWSFLOW_MAX_PROCESSING_SECONDS={seconds:g} on "
        "a slow core (found before the NER model ran); split the article upstream, or raise "
        "that limit",
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


class Batch:
    """The records of one batch on their way through the stages, and their outcomes."""

    def __init__(
        self,
        records: Sequence[RecordIn],
        limits: Limits,
        now: datetime,
        on_step: Callable[[], None] = lambda: None,
    ) -> None:
        self.limits, self.now = limits, now
        # called after every step of every record: the worker's hang watchdog reads it
        self.on_step = on_step
        self.work = [
            Work(i, r, Clock(limits.max_processing_seconds)) for i, r in enumerate(records)
        ]
        self.outcomes: list[Outcome | None] = [None] * len(records)

    def reject(self, w: Work, rejection: Rejection) -> None:
        outcome = _rejected(rejection, w.record, self.now, self.limits, w.decoded)
        self.outcomes[w.index] = w.clock.attach(outcome)

    def stage(
        self,
        name: Stage,
        step: Callable[[Work, _In], _Out],
        items: Iterable[tuple[Work, _In]],
    ) -> list[tuple[Work, _Out]]:
        """``step`` for each record in turn. A record it fails leaves the batch with its
        rejection, and so does one already over its time, before the step."""
        kept = []
        for w, value in items:
            if not self.in_time(w, name):
                continue
            started = time.perf_counter()
            try:
                result = step(w, value)
            except Exception as exc:  # noqa: BLE001 - every failure becomes a typed rejection
                w.clock.add(name, time.perf_counter() - started)
                self.reject(w, to_rejection(exc, name))
                self.on_step()
                continue
            w.clock.add(name, time.perf_counter() - started)
            kept.append((w, result))
            self.on_step()
        return kept

    def in_time(self, w: Work, stage: Stage) -> bool:
        """Whether the record may start ``stage``; past its time it leaves, rejected."""
        if w.clock.over():
            self.reject(w, ProcessingTimeout(stage, w.clock.limit))
            return False
        return True

    def decode(self) -> list[tuple[Work, Decoded]]:
        decoded = self.stage(
            "decode",
            lambda w, record: decode(record, self.limits.max_content_bytes),
            ((w, w.record) for w in self.work),
        )
        for w, envelope in decoded:
            w.decoded = envelope  # for the rejections of later stages
        return decoded

    def ner(
        self, nlp: Language, parsed: list[tuple[Work, ParsedArticle]]
    ) -> list[tuple[Work, tuple[ParsedArticle, Doc]]]:
        """The NER model over all the batch's texts in one ``nlp.pipe``; each record is
        charged its share of the time."""
        ready: list[tuple[Work, ParsedArticle]] = []
        texts: list[str] = []
        tokens: list[int] = []
        budget = int(self.limits.max_processing_seconds * NER_TOKENS_PER_SECOND)
        for w, article in parsed:
            if not self.in_time(w, "enrich"):
                continue
            oversized = too_large_before_ner(article, self.limits.max_message_bytes)
            if oversized is not None:
                self.reject(w, oversized)
                continue
            text = ner_text(article)
            count = ner_tokens(text)
            if len(text) > nlp.max_length:
                self.reject(w, _too_long(len(text), nlp.max_length))
            elif count > budget:
                self.reject(w, _too_many_tokens(count, budget, self.limits.max_processing_seconds))
            else:
                ready.append((w, article))
                texts.append(text)
                tokens.append(count)
        # one nlp.pipe per group, each within one record's budget: the watchdog hears of
        # progress between them; each record is charged its group's time, shared
        docs: list[Doc | Exception] = []
        shares: list[float] = []
        for group in ner_groups(tokens, budget):
            started = time.perf_counter()
            docs.extend(_docs(nlp, [texts[i] for i in group]))
            self.on_step()
            shares.extend([(time.perf_counter() - started) / len(group)] * len(group))
        out: list[tuple[Work, tuple[ParsedArticle, Doc]]] = []
        for (w, article), doc, share in zip(ready, docs, shares, strict=True):
            w.clock.add("enrich", share)
            if isinstance(doc, Exception):
                self.reject(w, to_rejection(doc, "enrich"))
            else:
                out.append((w, (article, doc)))
        return out

    def done(self, built: list[tuple[Work, Outcome]]) -> list[Outcome]:
        for w, outcome in built:
            self.outcomes[w.index] = w.clock.attach(outcome)
        return [o for o in self.outcomes if o is not None]
