"""newsflow's own Prometheus metrics (served with Faust's sensors on the worker's /metrics)."""

from __future__ import annotations

import asyncio
import platform
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
)

from service import __version__
from service.pipeline.types import Outcome

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
LAG_PROBE_S = 0.25


def worker_registry() -> CollectorRegistry:
    """The worker's own registry (not the global one, which a test process shares between
    apps) with the standard collectors every Prometheus client serves: ``process_*`` (this
    process, not the pipeline child), ``python_info`` and ``python_gc_*``."""
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    PlatformCollector(registry=registry)
    GCCollector(registry=registry)
    return registry


def worker_metrics(app: faust.App, ner_model: str) -> Metrics:
    """/metrics of the worker: one ``worker_registry`` with Faust's sensors (``faust_*``) and
    newsflow's metrics, ``newsflow_build_info`` set from the start."""
    registry = worker_registry()
    setup_prometheus_sensors(app, registry=registry, name_prefix="faust")
    metrics = Metrics(registry)
    metrics.build(ner_model)
    return metrics


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
        self.build_info = Gauge(
            "newsflow_build_info",
            "Always 1; the labels say what runs: newsflow's version, the pipeline version "
            "(empty until the model is loaded), the NER model, Python and faust-streaming.",
            ["version", "pipeline_version", "ner_model", "python_version", "faust"],
            registry=registry,
        )
        self.stalled = Gauge(
            "newsflow_stalled",
            "1 while input is waiting and nothing has been processed for longer than "
            "NEWSFLOW_STALL_SECONDS (then /health fails).",
            registry=registry,
        )

    def build(self, ner_model: str, pipeline_version: str = "") -> None:
        """Export ``newsflow_build_info`` (again, once the pipeline version is known)."""
        self.build_info.clear()
        self.build_info.labels(
            __version__,
            pipeline_version,
            ner_model,
            platform.python_version(),
            version("faust-streaming"),
        ).set(1)

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
