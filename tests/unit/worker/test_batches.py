"""The worker's order of work for one batch, with in-memory parts instead of Faust and Kafka."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from prometheus_client import CollectorRegistry
from structlog.testing import capture_logs

from service.errors import Rejection
from service.pipeline.types import Outcome, OutMessage, RecordIn
from service.worker.batches import BatchHandler
from service.worker.metrics import Metrics
from service.worker.publisher import Failure
from service.worker.state import WorkerState


def record(offset: int, partition: int = 0, value: bytes = b"{}") -> RecordIn:
    return RecordIn(value=value, topic="raw", partition=partition, offset=offset)


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
    """What the fake parts did, in order; ``refuse`` lists values the fake broker refuses."""

    def __init__(self) -> None:
        self.steps: list[str] = []
        self.published: list[OutMessage] = []
        self.refuse: set[bytes] = set()
        self.processed: list[RecordIn] = []


class FakePipeline:
    def __init__(self, journal: Journal, outcomes: list[Outcome]) -> None:
        self.journal, self.outcomes = journal, outcomes

    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]:
        self.journal.steps.append(f"process {len(records)}")
        self.journal.processed.extend(records)
        return self.outcomes[: len(records)]


class FakePublisher:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    async def publish(self, messages: Sequence[OutMessage]) -> list[Failure]:
        self.journal.steps.append(f"publish {len(messages)}")
        failures = [
            Failure(i, "MessageSizeTooLargeError", too_large=True)
            for i, m in enumerate(messages)
            if m.value in self.journal.refuse
        ]
        self.journal.published.extend(m for m in messages if m.value not in self.journal.refuse)
        return failures


class FakeDedup:
    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    async def link(self, outcome: Outcome) -> Outcome:
        self.journal.steps.append("link")
        if outcome.article_id == "poison":
            raise RecursionError("maximum recursion depth exceeded while encoding")
        return outcome

    async def durable(self) -> None:
        self.journal.steps.append("state acked")


@pytest.fixture
def journal() -> Journal:
    return Journal()


def dead_letter(rejection: Rejection, record: RecordIn) -> Outcome:
    value = f"dead letter {record.offset}: {rejection.reason} at {rejection.stage}".encode()
    return Outcome(
        messages=(OutMessage("rejected", None, value),),
        article_id=f"rejected-{record.offset}",
        source_id=None,
        outcome="rejected",
        reason=rejection.reason,
        detail=rejection.detail,
    )


def handler(journal: Journal, outcomes: list[Outcome], dedup: bool) -> BatchHandler:
    return BatchHandler(
        FakePipeline(journal, outcomes),
        FakePublisher(journal),
        Metrics(CollectorRegistry()),
        WorkerState(),
        dead_letter=dead_letter,
        max_value_bytes=100,
        dedup=FakeDedup(journal) if dedup else None,
    )


async def test_state_is_acked_before_publishing_and_publishing_before_the_batch_returns(
    journal: Journal,
) -> None:
    """The dedup state is durable first, then every message is published, then handle
    returns (and only then does Faust ack the batch)."""
    batch = handler(journal, [normalized("a"), rejected("b")], dedup=True)
    await batch.handle([record(5), record(6)])
    journal.steps.append("returned")
    assert journal.steps == ["process 2", "link", "link", "state acked", "publish 3", "returned"]
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


async def test_a_record_whose_linking_fails_is_rejected_alone(journal: Journal) -> None:
    """A failure in the link step (deep metadata that cannot be serialised) becomes that
    record's dead letter; the rest of the batch is published as usual."""
    batch = handler(journal, [normalized("poison"), normalized("fine")], dedup=True)
    await batch.handle([record(1), record(2)])
    assert journal.published[0].value == b"dead letter 1: processing_error at build"
    assert [m.channel for m in journal.published][1:] == ["normalized", "entities"]


async def test_an_event_the_broker_refuses_dead_letters_its_record(journal: Journal) -> None:
    """A message too large for the topic is not retried: its record is dead-lettered."""
    refused = Outcome(
        messages=(OutMessage("normalized", b"a", b"huge"), OutMessage("entities", b"e", b"{}")),
        article_id="a",
        source_id=None,
        outcome="normalized",
    )
    journal.refuse.add(b"huge")
    batch = handler(journal, [refused, normalized("b")], dedup=False)
    with capture_logs() as logs:
        await batch.handle([record(4), record(5)])
    assert journal.steps == ["process 2", "publish 4", "publish 1"]
    assert journal.published[-1].value == b"dead letter 4: too_large at publish"
    lines = [e for e in logs if e["event"] in ("article processed", "article rejected")]
    assert [(e["offset"], e["outcome"]) for e in lines] == [(4, "rejected"), (5, "normalized")]


async def test_a_refused_dead_letter_is_logged_with_its_position_and_counted(
    journal: Journal,
) -> None:
    """When even the dead letter is refused, the record's position is logged and counted."""
    journal.refuse.add(b"{}")
    batch = handler(journal, [rejected("a")], dedup=False)
    with capture_logs() as logs:
        await batch.handle([record(9, partition=3)])
    (lost,) = [e for e in logs if e["event"] == "dead letter refused by the broker"]
    assert (lost["partition"], lost["offset"]) == (3, 9)
    assert batch.metrics.dead_letters_refused._value.get() == 1


async def test_a_value_over_the_size_limit_never_reaches_the_pipeline(journal: Journal) -> None:
    """An over-size value is rejected in the worker, before it is copied to the pipeline
    process; the others of the batch go through it in order."""
    batch = handler(journal, [normalized("a")], dedup=False)
    await batch.handle([record(1, value=b"x" * 101), record(2)])
    assert [r.offset for r in journal.processed] == [2]
    assert journal.published[0].value == b"dead letter 1: too_large at decode"
    assert journal.published[1].channel == "normalized"
