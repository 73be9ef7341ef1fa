"""The worker's self-observation: event-loop lag, consumer lag, stalls and its group
assignment."""

from __future__ import annotations

import time
from typing import Any

import faust

from service.config import Settings
from service.logging import get_logger
from service.worker.metrics import Metrics
from service.worker.state import WorkerState
from service.worker.topics_watch import install_topics_watch

log = get_logger("newsflow.worker")

CONSUMER_LAG_EVERY_S = 5.0


def install_monitoring(
    app: faust.App, settings: Settings, metrics: Metrics, state: WorkerState
) -> None:
    """Event-loop lag, consumer lag and stalls, the group assignment, and the topics."""
    raw_topic, stall_after_s = settings.topic_raw, settings.stall_seconds
    install_topics_watch(app, settings)

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def probe_loop_lag() -> None:
        await metrics.probe_loop_lag(lambda: app.should_stop)

    @app.timer(interval=CONSUMER_LAG_EVERY_S)  # type: ignore[untyped-decorator]  # untyped
    async def export_consumer_lag() -> None:
        tps = [tp for tp in app.consumer.assignment() if tp.topic == raw_topic]
        waiting = False
        if tps:
            highwaters = await app.consumer.highwaters(*tps)
            for tp in tps:
                done = state.next_offsets.get((tp.topic, tp.partition))
                high = highwaters.get(tp)
                if high is None:
                    continue
                if done is None:  # nothing processed here yet: from the committed offset
                    done = await _committed_or_earliest(app, tp)
                else:
                    lag = max(0, high - done)
                    metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)
                waiting = waiting or high > done
        state.input_waiting = waiting
        check_stall(state, metrics, stall_after_s)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def on_assigned(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        state.assignment_done = True

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def on_revoked(sender: Any, revoked: Any, *args: Any, signal: Any, **kw: Any) -> None:
        # A partition that moved to another worker is that worker's lag to report now.
        for tp in revoked:
            if state.next_offsets.pop((tp.topic, tp.partition), None) is not None:
                metrics.consumer_lag.remove(tp.topic, str(tp.partition))


async def _committed_or_earliest(app: faust.App, tp: Any) -> int:
    consumer: Any = app.consumer  # Faust keeps the committed offsets it knows here
    committed = consumer._committed_offset.get(tp)
    if committed:
        return int(committed)
    earliest = await app.consumer.earliest_offsets(tp)
    return int(earliest.get(tp) or 0)


def check_stall(state: WorkerState, metrics: Metrics, stall_after_s: float) -> None:
    """Mark the worker stalled (``/health`` fails) when it has made no progress for longer
    than ``stall_after_s`` while work was waiting; log each change."""
    idle = state.stalled_for(time.monotonic())
    stalled = idle > stall_after_s
    if stalled != state.stalled:
        if stalled:
            log.error(
                "worker stalled: input is waiting and nothing has been processed",
                seconds=round(idle, 1),
                threshold_s=stall_after_s,
                batch_in_flight=state.busy_since is not None,
            )
        else:
            log.info("worker moving again")
    state.stalled = stalled
    metrics.stalled.set(1 if stalled else 0)
