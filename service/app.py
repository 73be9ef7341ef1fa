"""The Faust adapter: consume ``articles.raw``, run the pipeline off the loop, publish, ack.

It holds no business logic. Per batch: turn Kafka events into ``RecordIn``s, hand them to
the pipeline process, link them to earlier articles and versions (the dedup table, whose
changelog records are acknowledged first), publish every outcome's messages and wait for
the broker's acks.
Only then does ``take_events`` ack the batch, so Faust commits offsets whose outputs are
all durable (at-least-once; replays give the same event ids).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.types import EventT
from prometheus_client import CollectorRegistry

from service.config import Settings
from service.dedup import EntryStore, prune
from service.dedup.link import dedupe_all
from service.kafka_security import faust_credentials
from service.logging import get_logger
from service.pipeline.types import Outcome, RecordIn
from service.worker.metrics import Metrics
from service.worker.monitoring import install_monitoring
from service.worker.offsets import seek_uncommitted_to_earliest
from service.worker.pipeline_pool import PipelinePool
from service.worker.publisher import Publisher
from service.worker.state import WorkerState
from service.worker.table import DedupTable, dedup_table
from service.worker.web import register_pages

Event = EventT[bytes]
log = get_logger("newsflow.worker")

BATCH_MAX = 16
BATCH_WITHIN_S = 0.05
PRUNE_EVERY_S = 3600.0
STOP_WAIT_S = 20.0  # for the batch in flight at SIGTERM (the tests want an exit within 30 s)


def to_record(event: Event) -> RecordIn:
    message = event.message
    headers: Any = message.headers or ()
    pairs = headers.items() if isinstance(headers, dict) else headers
    return RecordIn(
        value=message.value,
        key=message.key,
        headers=tuple((str(k), v if isinstance(v, bytes) else b"") for k, v in pairs),
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        timestamp_ms=int(message.timestamp * 1000) if message.timestamp else None,
    )


def install_dedup(app: faust.App, settings: Settings) -> tuple[DedupTable, EntryStore]:
    """The dedup table (see ``service/worker/table.py``) and its hourly prune."""
    table, store = dedup_table(app, partitions=settings.topic_partitions)

    @app.timer(interval=PRUNE_EVERY_S)  # type: ignore[untyped-decorator]  # faust: untyped
    async def prune_dedup() -> None:
        removed = prune(store, now=datetime.now(UTC), window_days=settings.dedup_window_days)
        await table.changelog_acked()
        log.info("dedup state pruned", removed_keys=removed)

    return table, store


def create_app(settings: Settings) -> faust.App:
    """The Faust app with its topics and the ingest agent."""
    app = faust.App(
        settings.consumer_group,
        broker=[f"kafka://{host}" for host in settings.kafka_bootstrap_servers.split(",")],
        broker_credentials=faust_credentials(settings),
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication_factor,
        producer_acks=-1,
        producer_linger=settings.producer_linger_ms / 1000,
        producer_compression_type=(
            None if settings.producer_compression == "none" else settings.producer_compression
        ),
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.consumer_session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.consumer_session_timeout_s / 3),
        web_host=settings.web_host,
        web_port=settings.web_port,
        datadir=str(settings.data_dir),
        store=settings.state_store,
        # JSON is the codec of the dedup table's changelog; our topics are raw bytes.
        value_serializer="json",
        key_serializer="json",
        GlobalTable=DedupTable,
    )

    def topic(name: str) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.topic_partitions,
        )

    raw = topic(settings.topic_raw)
    pool = PipelinePool(settings)
    publisher = Publisher(settings)
    registry = CollectorRegistry()
    setup_prometheus_sensors(app, registry=registry, name_prefix="faust")
    metrics = Metrics(registry)
    state = WorkerState()
    # before the first assignment: every seek back to committed offsets (after a rebalance
    # or a dropped fetch) must also rewind input partitions no one has committed yet
    seek_uncommitted_to_earliest(app, settings.topic_raw)
    dedup = install_dedup(app, settings) if settings.dedup_enabled else None

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def start_pipeline() -> None:
        await publisher.start()
        await pool.start()
        state.pipeline_version = pool.pipeline_version
        log.info("pipeline ready", pipeline_version=pool.pipeline_version)

    install_monitoring(app, settings.topic_raw, metrics, state)

    inflight: set[asyncio.Future[None]] = set()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def stop_pipeline(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        # Faust waits for acked streams, but a batch taken just after (records already
        # fetched) may still be running: it needs the pipeline and the publisher to finish,
        # or take_events would ack it unpublished when the agent is cancelled.
        if inflight:
            await asyncio.wait(inflight, timeout=STOP_WAIT_S)
        await publisher.stop()
        await pool.stop()

    @app.agent(raw, concurrency=1)
    async def ingest(stream: faust.StreamT[bytes]) -> None:
        batches = stream.take_events(BATCH_MAX, within=BATCH_WITHIN_S)  # type: ignore[attr-defined]
        async for events in batches:
            # take_events acks the batch however this block ends, so a shutdown must not cut
            # a batch between processing and publishing: finish it, then let the stop proceed.
            task = asyncio.ensure_future(handle(events))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                await task
                raise

    async def handle(events: Sequence[Event]) -> None:
        started = time.perf_counter()
        records = [to_record(event) for event in events]
        outcomes = await pool.process(records)
        if dedup is not None:
            table, store = dedup
            outcomes = dedupe_all(
                outcomes,
                store,
                window_days=settings.dedup_window_days,
                near_threshold=settings.dedup_near_threshold,
            )
            # the state first: a replay of a record whose events went out must find it
            await table.changelog_acked()
        published = time.perf_counter()
        await publisher.publish([m for outcome in outcomes for m in outcome.messages])
        metrics.observe(outcomes, time.perf_counter() - published)
        duration_ms = (time.perf_counter() - started) * 1000 / max(len(records), 1)
        for record, outcome in zip(records, outcomes, strict=True):
            log_outcome(record, outcome, duration_ms)
            state.next_offsets[(str(record.topic), int(record.partition or 0))] = (
                int(record.offset or 0) + 1
            )

    register_pages(app, state, publisher)
    return app


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
