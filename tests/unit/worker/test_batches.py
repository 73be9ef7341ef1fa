"""The worker's order of work for one batch, with in-memory parts instead of Faust and Kafka."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from prometheus_client import CollectorRegistry
from structlog.testing import capture_logs

from service.pipeline.types import Outcome, OutMessage, RecordIn
from service.worker.batches import BatchHandler
from service.worker.metrics import Metrics
from service.worker.state import WorkerState


def record(offset: int, partition: int = 0) -> RecordIn:
    return RecordIn(value=b"{}", topic="raw", partition=partition, offset=offset)


def normalized(article_id: str) -> Outcome:
    return Outcome(
        messages=(
            OutMessage("normalized", article_id.encode(), b"{}"),
            OutMessage("entities", b"person:x", b"{}"),
        ),
        article_id=article_id,
        source_id=article_id,
        outcome="normalized",
        entity_count=1,
    )


def rejected(article_id: str) -> Outcome:
    return Outcome(
        messages=(OutMessage("rejected", None, b"{}"),),
        article_id=article_id,
        source_id=None,
        outcome="rejected",
        reason="invalid_json",
        detail="the value is not JSON",
    )


class Journal:
    """What the fake parts did, in order."""

    def __init__(self) -> None:
        self.steps: list[str] = []
        self.published: list[OutMessage] = []


class FakePipeline:
    def __init__(self, journal: Journal, outcomes: list[Outcome]) -> None:
        self.journal, self.outcomes = journal, outcomes

    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]:
        self.journal.steps.append(f"process {len(records)}")
        return self.outcomes


class FakePublisher:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    async def publish(self, messages: Sequence[OutMessage]) -> None:
        self.journal.steps.append(f"publish {len(messages)}")
        self.journal.published.extend(messages)


class FakeDedup:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def link(self, outcomes: Sequence[Outcome]) -> list[Outcome]:
        self.journal.steps.append("link")
        return list(outcomes)

    async def durable(self) -> None:
        self.journal.steps.append("state acked")


@pytest.fixture
def journal() -> Journal:
    return Journal()


def handler(journal: Journal, outcomes: list[Outcome], dedup: bool) -> BatchHandler:
    return BatchHandler(
        FakePipeline(journal, outcomes),
        FakePublisher(journal),
        Metrics(CollectorRegistry()),
        WorkerState(),
        FakeDedup(journal) if dedup else None,
    )


async def test_state_is_acked_before_publishing_and_publishing_before_the_batch_returns(
    journal: Journal,
) -> None:
    """The dedup state is durable first, then every message is published, then handle
    returns (and only then does Faust ack the batch)."""
    batch = handler(journal, [normalized("a"), rejected("b")], dedup=True)
    await batch.handle([record(5), record(6)])
    journal.steps.append("returned")
    assert journal.steps == ["process 2", "link", "state acked", "publish 3", "returned"]
    assert [m.channel for m in journal.published] == ["normalized", "entities", "rejected"]


async def test_without_dedup_nothing_is_linked(journal: Journal) -> None:
    """With dedup off the outcomes go straight from the pipeline to the publisher."""
    await handler(journal, [normalized("a")], dedup=False).handle([record(0)])
    assert journal.steps == ["process 1", "publish 2"]


async def test_next_offsets_follow_the_last_record_of_each_partition(journal: Journal) -> None:
    """Consumer lag is computed from the next offset to process, per partition."""
    batch = handler(journal, [normalized("a"), normalized("b"), rejected("c")], dedup=False)
    await batch.handle([record(7, partition=0), record(8, partition=0), record(3, partition=2)])
    assert batch.state.next_offsets == {("raw", 0): 9, ("raw", 2): 4}


async def test_one_canonical_log_line_per_record(journal: Journal) -> None:
    """Each record gets one line with its position, outcome and reason."""
    batch = handler(journal, [normalized("a"), rejected("b")], dedup=False)
    with capture_logs() as logs:
        await batch.handle([record(1), record(2)])
    lines = [e for e in logs if e["event"] in ("article processed", "article rejected")]
    assert [(e["offset"], e["outcome"], e["reason"]) for e in lines] == [
        (1, "normalized", None),
        (2, "rejected", "invalid_json"),
    ]
    assert lines[1]["log_level"] == "warning"
    assert lines[1]["detail"] == "the value is not JSON"
    assert all(e["topic"] == "raw" and e["partition"] == 0 for e in lines)
