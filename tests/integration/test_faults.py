"""Nothing lost: faults mid-stream against the real broker, each bounded in count and time.

After each scenario every input offset is accounted for in the output topics (by count and
by id), any duplicate is an identical event but for `processed_at`, and no unhandled
exception reached the worker's log.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient

from devtools.worker_process import Topics, WorkerProcess, consume_until
from service.commands.topics import ensure_topics
from service.config import Settings
from tests.integration.streams import (
    Stream,
    account,
    assert_clean_log,
    assert_nothing_lost,
    input_id,
)

INFLIGHT_FETCH_HOOK = Path(__file__).parent / "inflight_fetch"
DROPPED_FETCH_HOOK = Path(__file__).parent / "dropped_fetch"


ROOT = Path(__file__).resolve().parents[2]


async def wait_for_progress(bootstrap: str, topics: Topics, stream: Stream, count: int) -> None:
    """Block until at least ``count`` inputs have an outcome."""

    def enough(events: list[dict[str, Any]]) -> bool:
        return len({input_id(e, stream.tag) for e in events} - {None}) >= count

    await consume_until(bootstrap, [topics.normalized, topics.rejected], enough, within_s=180)


async def committed_total(bootstrap: str, topics: Topics) -> int:
    """The sum of the group's committed offsets on the raw topic."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(topics.group)
    finally:
        await admin.close()
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topics.raw)


async def test_worker_killed_after_a_commit_and_restarted_loses_nothing(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """SIGKILL the worker once it has committed offsets and still has a backlog; a new worker
    finishes. Offsets committed before their outputs were published would show as lost
    inputs here."""
    topics = Topics()
    first = worker_factory(topics)
    # a backlog the worker cannot drain between its first commit and the kill (300 records
    # once were: all committed before the kill, and the test proved nothing)
    total = 1500
    stream = Stream(total)
    await stream.send(bootstrap, topics.raw, range(total))
    await wait_for_progress(bootstrap, topics, stream, 40)
    deadline = time.monotonic() + 60
    while await committed_total(bootstrap, topics) == 0:
        assert time.monotonic() < deadline, "the worker never committed"
        await asyncio.sleep(0.2)
    committed = await committed_total(bootstrap, topics)
    first.kill()
    assert 0 < committed < total, committed
    second = worker_factory(topics)
    acc = await account(bootstrap, topics, stream, within_s=420)
    assert_nothing_lost(stream, acc)
    assert_clean_log(second.log_text())


async def _start_on_an_uncommitted_backlog_and_drop_a_fetch(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str, hook: Path, dedup: str
) -> None:
    """200 records nobody committed, then one worker whose ``hook`` drops a fetch of them
    (it prints "<name> hook: drained N"): every record must still get its one outcome."""
    topics = Topics()
    await ensure_topics(
        Settings(
            kafka_bootstrap_servers=bootstrap,
            topic_partitions=2,  # as WorkerProcess's workers
            topic_raw=topics.raw,
            topic_normalized=topics.normalized,
            topic_entities=topics.entities,
            topic_rejected=topics.rejected,
        )
    )
    stream = Stream(200)
    await stream.send(bootstrap, topics.raw, range(200))
    # the hook's sitecustomize runs before ``-m`` puts the checkout on the path: put it there
    hook_path = os.pathsep.join(
        p for p in (str(hook), str(ROOT), os.environ.get("PYTHONPATH")) if p
    )
    worker = worker_factory(topics, NEWSFLOW_DEDUP_ENABLED=dedup, PYTHONPATH=hook_path)
    acc = await account(bootstrap, topics, stream, within_s=180)
    drained = re.search(r"-fetch hook: drained (\d+)", worker.log_text())
    assert drained is not None, "the hook did not run"
    assert int(drained.group(1)) > 0, "the hook did not drop a fetch"
    assert_nothing_lost(stream, acc)
    assert_clean_log(worker.log_text())


async def test_fetch_dropped_while_recovery_holds_the_flow_is_fetched_again(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """A worker starts on a backlog that no one committed (as after a SIGKILL before the
    first commit) and a fetch returning that backlog is dropped while the dedup recovery
    holds the flow (forced by the ``inflight_fetch`` hook; it happened now and then and
    stalled the worker for good): Faust's seek back must rewind the uncommitted partitions."""
    await _start_on_an_uncommitted_backlog_and_drop_a_fetch(
        worker_factory, bootstrap, INFLIGHT_FETCH_HOOK, dedup="true"
    )


async def test_fetch_dropped_while_the_flow_is_stopped_is_fetched_again_without_dedup(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """With the dedup table off, a worker starts on a backlog that no one committed and a
    fetch returning that backlog is dropped while the flow is stopped (as when a rebalance
    comes before the first commit; forced by the ``dropped_fetch`` hook): Faust's seek back
    must rewind the uncommitted partitions, or those records are skipped."""
    await _start_on_an_uncommitted_backlog_and_drop_a_fetch(
        worker_factory, bootstrap, DROPPED_FETCH_HOOK, dedup="false"
    )


async def test_second_worker_joins_and_leaves_mid_stream_loses_nothing(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """Over 4 partitions, a second worker joins then leaves (SIGTERM) while work flows."""
    topics = Topics()
    first = worker_factory(topics, NEWSFLOW_TOPIC_PARTITIONS="4")
    stream = Stream(400)
    await stream.send(bootstrap, topics.raw, range(200))
    await wait_for_progress(bootstrap, topics, stream, 40)
    second = worker_factory(topics, NEWSFLOW_TOPIC_PARTITIONS="4")
    await stream.send(bootstrap, topics.raw, range(200, 400))
    await wait_for_progress(bootstrap, topics, stream, 200)
    assert second.stop() == 0
    acc = await account(bootstrap, topics, stream)
    assert_nothing_lost(stream, acc)
    assert_clean_log(first.log_text())
    assert_clean_log(second.log_text())
    partitions = {p for p, _ in stream.positions}
    assert len(partitions) == 4


async def test_stream_of_2000_with_a_fifth_malformed_is_fully_accounted(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """2,000 messages, 20% malformed: 1,600 normalised, 400 rejected, each exactly once."""
    topics = Topics()
    worker = worker_factory(topics)
    stream = Stream(2000, malformed_every=5)
    await stream.send(bootstrap, topics.raw, range(2000))
    acc = await account(bootstrap, topics, stream, within_s=420)
    assert_nothing_lost(stream, acc)
    kinds = [events[0]["event_type"] for events in acc.outcomes.values()]
    assert kinds.count("article.rejected") == 400
    assert kinds.count("article.normalized") == 1600
    assert_clean_log(worker.log_text())


async def test_sigterm_finishes_in_flight_work_and_exits_zero_within_30s(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """SIGTERM mid-stream: exit code 0 within 30 s; a restarted worker completes the rest."""
    topics = Topics()
    worker = worker_factory(topics)
    stream = Stream(300)
    await stream.send(bootstrap, topics.raw, range(300))
    await wait_for_progress(bootstrap, topics, stream, 40)
    started = time.monotonic()
    code = await asyncio.to_thread(worker.stop, 30.0)
    assert code == 0, worker.log_tail()
    assert time.monotonic() - started < 30
    assert_clean_log(worker.log_text())
    worker_factory(topics)
    acc = await account(bootstrap, topics, stream)
    assert_nothing_lost(stream, acc)


async def test_broker_killed_mid_stream_and_restarted_loses_nothing(
    worker_factory: Callable[..., WorkerProcess],
    kafka: tuple[str, Any],
) -> None:
    """SIGKILL the broker while the worker has a backlog, restart it; nothing is lost."""
    bootstrap, broker = kafka
    if broker is None:
        pytest.skip(
            "needs the suite's own local broker to kill (NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS set)"
        )
    topics = Topics()
    worker = worker_factory(topics)
    stream = Stream(300)
    await stream.send(bootstrap, topics.raw, range(150))
    await wait_for_progress(bootstrap, topics, stream, 30)
    broker.kill()
    await asyncio.sleep(3)
    await asyncio.to_thread(broker.start)
    await stream.send(bootstrap, topics.raw, range(150, 300))
    acc = await account(bootstrap, topics, stream, within_s=300)
    assert_nothing_lost(stream, acc)
    assert worker.proc is not None
    assert worker.proc.poll() is None, "the worker died with the broker"
    assert_clean_log(worker.log_text())
