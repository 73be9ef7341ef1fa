"""newsflow's own Prometheus metrics (served with Faust's sensors on the worker's /metrics)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from service.pipeline.types import Outcome

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
LAG_PROBE_S = 0.25


class Metrics:
    """The collectors, registered once per process on ``registry``."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.messages = Counter(
            "newsflow_messages_total",
            "Input records processed, by outcome (normalized|rejected) and reject reason.",
            ["outcome", "reason"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "newsflow_stage_seconds",
            "Time spent per record in each pipeline stage (publish: per batch).",
            ["stage"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.entities = Histogram(
            "newsflow_entities_per_article",
            "Distinct entities per normalised article.",
            buckets=(0, 1, 2, 5, 10, 20, 40, 80, 160),
            registry=registry,
        )
        self.loop_lag = Gauge(
            "newsflow_event_loop_lag_seconds",
            "How late the worker's event loop woke up on its last probe.",
            registry=registry,
        )
        self.loop_lag_hist = Histogram(
            "newsflow_event_loop_lag_probe_seconds",
            "Distribution of event-loop lag probes.",
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.consumer_lag = Gauge(
            "newsflow_consumer_lag",
            "Records in the raw topic not yet processed by this worker, per partition.",
            ["topic", "partition"],
            registry=registry,
        )

        self.dead_letters_refused = Counter(
            "newsflow_dead_letters_refused_total",
            "Dead letters the broker refused for good (logged with the record's position).",
            registry=registry,
        )
        self.pipeline_restarts = Counter(
            "newsflow_pipeline_restarts_total",
            "Respawns of the pipeline process, by cause (hung, died).",
            ["cause"],
            registry=registry,
        )
        self.pipeline_status = Gauge(
            "newsflow_pipeline_status",
            "1 for the pipeline process's current status (starting, ready, respawning, "
            "failed), 0 for the others.",
            ["status"],
            registry=registry,
        )
        self.stalled = Gauge(
            "newsflow_stalled",
            "1 while input is waiting and nothing has been processed for longer than "
            "NEWSFLOW_STALL_SECONDS (then /health fails).",
            registry=registry,
        )

    def pipeline(self, status: str, cause: str) -> None:
        """The pipeline process's status changed; a respawn is counted with its cause."""
        for known in ("starting", "ready", "respawning", "failed"):
            self.pipeline_status.labels(known).set(1 if known == status else 0)
        if status == "respawning":
            self.pipeline_restarts.labels(cause).inc()

    def observe(self, outcomes: Sequence[Outcome], publish_s: float) -> None:
        for outcome in outcomes:
            self.messages.labels(outcome.outcome, outcome.reason or "").inc()
            for stage, seconds in outcome.stage_seconds:
                self.stage_seconds.labels(stage).observe(seconds)
            if outcome.outcome == "normalized":
                self.entities.observe(outcome.entity_count)
        self.stage_seconds.labels("publish").observe(publish_s)

    async def probe_loop_lag(self, stopped: Callable[[], bool]) -> None:
        """Sleep a fixed time again and again; the oversleep is the event-loop lag."""
        while not stopped():
            started = time.monotonic()
            await asyncio.sleep(LAG_PROBE_S)
            lag = max(0.0, time.monotonic() - started - LAG_PROBE_S)
            self.loop_lag.set(lag)
            self.loop_lag_hist.observe(lag)
