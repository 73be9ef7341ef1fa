"""One batch of input records, from the pipeline to the broker's acks: the worker's order of
work, with its parts injected so that it can be tested without Faust or a broker.

Per batch (``BatchHandler.handle``):

1. the pipeline process turns the records into outcomes (one per record);
2. with dedup on, the outcomes are linked to earlier articles and versions, record by
   record (a record whose linking fails becomes its own rejection), and the dedup state's
   changelog records are acknowledged by the broker: a replay of a record whose events went
   out must find its entry;
3. every outcome's messages are published and acknowledged; a record whose messages the
   broker will never accept (too large for the topic) is dead-lettered instead, and a dead
   letter the broker refuses is logged with the record's position and counted;
4. the offsets are noted (consumer lag) and one canonical log line per record is written.

When ``handle`` returns, the Faust adapter acks the batch, so Faust commits only offsets
whose outputs are all durable.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Protocol

from service.errors import Rejection, to_rejection
from service.events import RejectReason
from service.logging import get_logger
from service.pipeline.types import Outcome, OutMessage, RecordIn
from service.worker.metrics import Metrics
from service.worker.publisher import Failure
from service.worker.state import WorkerState

log = get_logger("newsflow.worker")


class Pipeline(Protocol):
    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]: ...


class Publishing(Protocol):
    async def publish(self, messages: Sequence[OutMessage]) -> list[Failure]: ...


class Linking(Protocol):
    """The dedup state: links outcomes to what it holds, then makes its writes durable."""

    async def link(self, outcome: Outcome) -> Outcome: ...

    async def durable(self) -> None: ...


# A record's dead letter, built from the rejection and the record (``build.rejected``).
DeadLetter = Callable[[Rejection, RecordIn], Outcome]


class BatchHandler:
    def __init__(
        self,
        pipeline: Pipeline,
        publisher: Publishing,
        metrics: Metrics,
        state: WorkerState,
        *,
        dead_letter: DeadLetter,
        max_value_bytes: int,
        dedup: Linking | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.publisher = publisher
        self.metrics = metrics
        self.state = state
        self.dead_letter = dead_letter
        self.max_value_bytes = max_value_bytes
        self.dedup = dedup

    async def handle(self, records: Sequence[RecordIn]) -> None:
        """Process, link, publish and log one batch; returns once every output is acked."""
        started = time.perf_counter()
        outcomes = await self._process(records)
        if self.dedup is not None:
            outcomes = [await self._link(r, o) for r, o in zip(records, outcomes, strict=True)]
            await self.dedup.durable()
        published = time.perf_counter()
        outcomes = await self._publish(records, outcomes)
        self.metrics.observe(outcomes, time.perf_counter() - published)
        duration_ms = (time.perf_counter() - started) * 1000 / max(len(records), 1)
        for record, outcome in zip(records, outcomes, strict=True):
            log_outcome(record, outcome, duration_ms)
            position = (str(record.topic), int(record.partition or 0))
            self.state.next_offsets[position] = int(record.offset or 0) + 1

    async def _process(self, records: Sequence[RecordIn]) -> list[Outcome]:
        """The pipeline's outcomes; a value over the size limit is rejected here, before it
        is copied to the pipeline process."""
        big = {i for i, r in enumerate(records) if len(r.value or b"") > self.max_value_bytes}
        if not big:
            return await self.pipeline.process(records)
        processed = iter(
            await self.pipeline.process([r for i, r in enumerate(records) if i not in big])
        )
        return [
            self.dead_letter(self._too_large(r), r) if i in big else next(processed)
            for i, r in enumerate(records)
        ]

    def _too_large(self, record: RecordIn) -> Rejection:
        return Rejection(
            "too_large",
            f"value is {len(record.value or b''):,} bytes, over "
            f"NEWSFLOW_MAX_CONTENT_BYTES={self.max_value_bytes:,}; trim the page upstream or "
            "raise it",
            "decode",
        )

    async def _link(self, record: RecordIn, outcome: Outcome) -> Outcome:
        """One record's link step; its failure is that record's rejection, nobody else's."""
        assert self.dedup is not None
        try:
            linked = await self.dedup.link(outcome)
        except Exception as exc:  # noqa: BLE001 - every failure becomes the record's rejection
            return self.dead_letter(to_rejection(exc, "build"), record)
        return linked

    async def _publish(self, records: Sequence[RecordIn], outcomes: list[Outcome]) -> list[Outcome]:
        """Publish every message; a record with a message the broker refuses for good is
        dead-lettered instead (once: a refused dead letter is logged and counted)."""
        owners = [i for i, outcome in enumerate(outcomes) for _ in outcome.messages]
        messages = [m for outcome in outcomes for m in outcome.messages]
        failures = await self.publisher.publish(messages)
        refused: dict[int, Failure] = {owners[f.index]: f for f in failures}
        retry: dict[int, Outcome] = {}
        for i, failure in refused.items():
            if outcomes[i].outcome == "rejected":
                self._lost(records[i], failure)
                continue
            reason: RejectReason = "too_large" if failure.too_large else "processing_error"
            detail = (
                f"the broker refused an event of this article ({failure.error}); raise the "
                "output topics' max.message.bytes with NEWSFLOW_MAX_MESSAGE_BYTES, or trim "
                "the article upstream"
            )
            retry[i] = self.dead_letter(Rejection(reason, detail, "publish"), records[i])
        if retry:
            order = list(retry)
            again = await self.publisher.publish([retry[i].messages[0] for i in order])
            for failure in again:
                self._lost(records[order[failure.index]], failure)
            for i, outcome in retry.items():
                outcomes[i] = outcome
        return outcomes

    def _lost(self, record: RecordIn, failure: Failure) -> None:
        self.metrics.dead_letters_refused.inc()
        log.error(
            "dead letter refused by the broker",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            error=failure.error,
        )


def log_outcome(record: RecordIn, outcome: Outcome, duration_ms: float) -> None:
    """The one canonical log line per message."""
    fields = {
        "article_id": outcome.article_id,
        "source_id": outcome.source_id,
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "outcome": outcome.outcome,
        "reason": outcome.reason,
        "duration_ms": round(duration_ms, 2),
        "entity_count": outcome.entity_count,
    }
    if outcome.outcome == "rejected":
        log.warning("article rejected", detail=outcome.detail, **fields)
    else:
        log.info("article processed", **fields)
