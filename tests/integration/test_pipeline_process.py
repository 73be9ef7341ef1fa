"""The worker's pipeline process hangs, crashes, and a stop while it hangs: a live worker, a
real broker, and the pipeline process really stopped (SIGSTOP) or killed (SIGKILL)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
import urllib.error
import urllib.request
from collections.abc import Callable

import orjson

from devtools.worker_process import (
    Topics,
    WorkerProcess,
    consume_until,
    pipeline_process_pid,
    produce,
)
from tests.integration.streams import article


def status(worker: WorkerProcess, path: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{worker.port}{path}", timeout=3) as r:
            return r.status, orjson.loads(r.read())
    except urllib.error.HTTPError as err:
        return err.code, orjson.loads(err.read())


async def outcomes_of(bootstrap: str, topics: Topics, ids: set[str], within_s: float) -> dict:
    """article_id/source_id -> the outcome events seen for it (normalized or rejected)."""

    def done(events: list[dict[str, object]]) -> bool:
        return ids <= {e.get("source_id") for e in events}

    events = await consume_until(
        bootstrap, [topics.normalized, topics.rejected], done, within_s=within_s
    )
    found: dict[str, list[str]] = {}
    for event in events:
        if event.get("source_id") in ids:
            found.setdefault(str(event["source_id"]), []).append(str(event["event_type"]))
    return found


async def test_a_hung_pipeline_process_fails_health_then_is_respawned_and_the_record_flows(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """With its pipeline process stopped, a worker with input waiting turns /health 503
    within NEWSFLOW_STALL_SECONDS; the hang is seen after the per-message limit plus its
    margin, the process is respawned (/ready 503 meanwhile), the record gets its one outcome,
    and the next record flows, all in the same worker process."""
    topics = Topics()
    worker = worker_factory(
        topics, NEWSFLOW_MAX_PROCESSING_SECONDS="15", NEWSFLOW_STALL_SECONDS="6"
    )
    assert worker.proc is not None
    pid = worker.proc.pid
    child = pipeline_process_pid(worker)
    os.kill(child, signal.SIGSTOP)
    await produce(bootstrap, topics.raw, [(b"hung-1", article(1, "hung"), None)])
    seen_unhealthy = seen_unready = False
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not (seen_unhealthy and seen_unready):
        code, body = await asyncio.to_thread(status, worker, "/health")
        if code == 503:
            assert any("stalled" in str(p) for p in body["problems"]), body  # type: ignore[union-attr]
            seen_unhealthy = True
        code, body = await asyncio.to_thread(status, worker, "/ready")
        if code == 503 and not body["pipeline_loaded"]:
            seen_unready = True
        await asyncio.sleep(0.3)
    assert seen_unhealthy, "/health never reported the stall"
    assert seen_unready, "/ready never reported the respawn"
    found = await outcomes_of(bootstrap, topics, {"hung-1"}, within_s=90)
    assert found == {"hung-1": ["article.normalized"]}
    await produce(bootstrap, topics.raw, [(b"hung-2", article(2, "hung"), None)])
    found = await outcomes_of(bootstrap, topics, {"hung-2"}, within_s=60)
    assert found == {"hung-2": ["article.normalized"]}
    assert worker.proc.poll() is None
    assert worker.proc.pid == pid
    log = worker.log_text()
    assert "pipeline process hung" in log
    assert "pipeline process respawned" in log
    assert "worker stalled" in log
    code, _ = await asyncio.to_thread(status, worker, "/health")
    assert code == 200


async def test_a_killed_pipeline_process_is_respawned_and_nothing_is_lost(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """SIGKILL the pipeline process: it is respawned and the next records get their one
    outcome each, from the same worker process."""
    topics = Topics()
    worker = worker_factory(topics)
    assert worker.proc is not None
    os.kill(pipeline_process_pid(worker), signal.SIGKILL)
    await produce(
        bootstrap,
        topics.raw,
        [(f"crash-{i}".encode(), article(i, "crash"), None) for i in range(3)],
    )
    found = await outcomes_of(bootstrap, topics, {f"crash-{i}" for i in range(3)}, within_s=90)
    assert found == {f"crash-{i}": ["article.normalized"] for i in range(3)}
    assert worker.proc.poll() is None
    assert "pipeline process died" in worker.log_text()


async def test_sigterm_with_a_hung_pipeline_process_exits_within_30s_and_loses_nothing(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """SIGTERM while the batch in flight waits on a stopped pipeline process: the worker
    exits within 30 s without committing that batch, and the next worker processes it."""
    topics = Topics()
    worker = worker_factory(topics)
    os.kill(pipeline_process_pid(worker), signal.SIGSTOP)
    await produce(bootstrap, topics.raw, [(b"stop-1", article(1, "stop"), None)])
    await asyncio.sleep(3)  # the batch is in flight
    started = time.monotonic()
    code = await asyncio.to_thread(worker.stop, 40.0)
    assert time.monotonic() - started < 30, worker.log_tail()
    assert code is not None, "the worker had to be killed"
    assert "batch abandoned at stop" in worker.log_text()
    worker_factory(topics)
    found = await outcomes_of(bootstrap, topics, {"stop-1"}, within_s=90)
    assert found == {"stop-1": ["article.normalized"]}
