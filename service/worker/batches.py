"""One batch of input records, from the pipeline to the broker's acks: the worker's order of
work, with its parts injected so that it can be tested without Faust or a broker.

Per batch (``BatchHandler.handle``):

1. the pipeline process turns the records into outcomes (one per record);
2. with dedup on, the outcomes are linked to earlier articles and versions, and the dedup
   state's changelog records are acknowledged by the broker: a replay of a record whose
   events went out must find its entry;
3. every outcome's messages are published and acknowledged;
4. the offsets are noted (consumer lag) and one canonical log line per record is written.

When ``handle`` returns, the Faust adapter acks the batch, so Faust commits only offsets
whose outputs are all durable.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Protocol

from service.logging import get_logger
from service.pipeline.types import Outcome, OutMessage, RecordIn
from service.worker.metrics import Metrics
from service.worker.state import WorkerState

log = get_logger("newsflow.worker")


class Pipeline(Protocol):
    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]: ...


class Publishing(Protocol):
    async def publish(self, messages: Sequence[OutMessage]) -> None: ...


class Linking(Protocol):
    """The dedup state: links outcomes to what it holds, then makes its writes durable."""

    def link(self, outcomes: Sequence[Outcome]) -> list[Outcome]: ...

    async def durable(self) -> None: ...


class BatchHandler:
    def __init__(
        self,
        pipeline: Pipeline,
        publisher: Publishing,
        metrics: Metrics,
        state: WorkerState,
        dedup: Linking | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.publisher = publisher
        self.metrics = metrics
        self.state = state
        self.dedup = dedup

    async def handle(self, records: Sequence[RecordIn]) -> None:
        """Process, link, publish and log one batch; returns once every output is acked."""
        started = time.perf_counter()
        outcomes = await self.pipeline.process(records)
        if self.dedup is not None:
            outcomes = self.dedup.link(outcomes)
            await self.dedup.durable()
        published = time.perf_counter()
        await self.publisher.publish([m for outcome in outcomes for m in outcome.messages])
        self.metrics.observe(outcomes, time.perf_counter() - published)
        duration_ms = (time.perf_counter() - started) * 1000 / max(len(records), 1)
        for record, outcome in zip(records, outcomes, strict=True):
            log_outcome(record, outcome, duration_ms)
            position = (str(record.topic), int(record.partition or 0))
            self.state.next_offsets[position] = int(record.offset or 0) + 1


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
