"""The worker's self-observation: event-loop lag, consumer lag and its group assignment."""

from __future__ import annotations

from typing import Any

import faust

from service.worker.metrics import Metrics
from service.worker.state import WorkerState

CONSUMER_LAG_EVERY_S = 5.0


def install_monitoring(
    app: faust.App, raw_topic: str, metrics: Metrics, state: WorkerState
) -> None:
    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def probe_loop_lag() -> None:
        await metrics.probe_loop_lag(lambda: app.should_stop)

    @app.timer(interval=CONSUMER_LAG_EVERY_S)  # type: ignore[untyped-decorator]  # untyped
    async def export_consumer_lag() -> None:
        tps = [tp for tp in app.consumer.assignment() if tp.topic == raw_topic]
        if not tps:
            return
        highwaters = await app.consumer.highwaters(*tps)
        for tp in tps:
            done = state.next_offsets.get((tp.topic, tp.partition))
            if done is not None and highwaters.get(tp) is not None:
                lag = max(0, highwaters[tp] - done)
                metrics.consumer_lag.labels(tp.topic, str(tp.partition)).set(lag)

    @app.on_partitions_assigned.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def on_assigned(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        state.assignment_done = True

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def on_revoked(sender: Any, revoked: Any, *args: Any, signal: Any, **kw: Any) -> None:
        # A partition that moved to another worker is that worker's lag to report now.
        for tp in revoked:
            if state.next_offsets.pop((tp.topic, tp.partition), None) is not None:
                metrics.consumer_lag.remove(tp.topic, str(tp.partition))
