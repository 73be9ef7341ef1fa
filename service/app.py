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
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import faust
from faust.types import EventT

from service.config import Settings
from service.errors import BatchAbandoned, Rejection
from service.kafka_security import faust_credentials
from service.logging import get_logger
from service.pipeline.compiled import compiled
from service.pipeline.dead_letter import rejected
from service.pipeline.types import Outcome, RecordIn
from service.processor import limits_of
from service.worker.assignor import TolerantAssignor
from service.worker.batches import BatchHandler
from service.worker.dedup_state import install_dedup
from service.worker.metrics import Metrics, worker_metrics
from service.worker.monitoring import install_monitoring
from service.worker.offsets import leave_uncommitted, seek_uncommitted_to_earliest
from service.worker.pipeline_pool import PipelinePool
from service.worker.publisher import Publisher
from service.worker.state import WorkerState
from service.worker.table import DedupTable
from service.worker.web import register_pages, serve_only_own_pages

Event = EventT[bytes]
log = get_logger("newsflow.worker")

BATCH_MAX = 16
BATCH_WITHIN_S = 0.05
STOP_WAIT_S = 15.0  # for the batch in flight at SIGTERM (the tests want an exit within 30 s)
FETCH_BYTES_PER_PARTITION = 1_048_576
QUEUED_PER_PARTITION = 128


def to_record(event: Event) -> RecordIn:
    message = event.message
    headers: Any = message.headers or ()
    pairs = headers.items() if isinstance(headers, dict) else headers
    return RecordIn(
        value=message.value,
        key=message.key,
        headers=tuple((str(k), v if isinstance(v, bytes) else None) for k, v in pairs),
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        timestamp_ms=int(message.timestamp * 1000) if message.timestamp else None,
    )


def faust_app(settings: Settings) -> faust.App:
    """The Faust app: the group, the broker and its credentials, the web port, the limits."""
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
        # What one worker holds of the input (docs/operations.md, "Memory"): a fetch of at
        # most this much compressed data per partition, and this many records queued per
        # partition before its fetching pauses.
        consumer_max_fetch_size=FETCH_BYTES_PER_PARTITION,
        stream_buffer_maxsize=QUEUED_PER_PARTITION,
        web_host=settings.web_host,
        web_port=settings.web_port,
        # The ops port serves /health, /ready and /metrics only: none of Faust's own pages
        # (table data by key, the workers' URLs, statistics); see web.OpsWeb.
        web_router_enabled=False,
        web_tables_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        web_metrics_enabled=False,
        datadir=str(settings.data_dir),
        store=settings.state_store,
        # JSON is the codec of the dedup table's changelog; our topics are raw bytes.
        value_serializer="json",
        key_serializer="json",
        GlobalTable=DedupTable,
        PartitionAssignor=TolerantAssignor,
    )
    serve_only_own_pages(app)
    return app


def create_app(settings: Settings) -> faust.App:
    """The Faust app with its topics and the ingest agent."""
    app = faust_app(settings)
    metrics = worker_metrics(app, settings.ner_model)
    state = WorkerState()
    pool = PipelinePool(settings, on_status=state_reporter(state, metrics))
    state.pipeline_progress = pool.last_progress
    publisher = Publisher(settings)
    # before the first assignment: every seek back to committed offsets (after a rebalance
    # or a dropped fetch) must also rewind input partitions no one has committed yet
    seek_uncommitted_to_earliest(app, settings.topic_raw)
    dedup = install_dedup(app, settings) if settings.dedup_enabled else None
    handler = BatchHandler(
        pool,
        publisher,
        metrics,
        state,
        dead_letter=dead_letters(settings),
        max_value_bytes=settings.max_content_bytes,
        dedup=dedup,
    )

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def start_pipeline() -> None:
        await publisher.start()
        await pool.start()
        state.pipeline_version = pool.pipeline_version
        metrics.build(settings.ner_model, pool.pipeline_version)
        log.info(
            "pipeline ready",
            pipeline_version=pool.pipeline_version,
            pipeline_build="compiled" if compiled() else "pure",  # setup.py's build, or none
        )

    install_monitoring(app, settings, metrics, state)

    inflight: set[asyncio.Future[None]] = set()

    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def bound_the_stop() -> None:
        # At a stop Faust waits for the batch in flight to be acked (``wait_empty``) before
        # anything else; a batch stuck on a hung pipeline process or an unanswering broker
        # would hold the stop forever. Past STOP_WAIT_S it gives up, uncommitted.
        await app.wait_until_stopped()
        if inflight:
            _, late = await asyncio.wait(inflight, timeout=STOP_WAIT_S)
            if late:
                pool.abandon()
                publisher.abandon()

    @app.on_before_shutdown.connect  # type: ignore[arg-type]  # mode wants its own signal type
    async def stop_pipeline(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        await publisher.stop()
        await pool.stop()

    async def run_batch(events: Sequence[Event]) -> None:
        state.batch_started()
        try:
            await handler.handle([to_record(e) for e in events])
        except BatchAbandoned:
            leave_uncommitted(app, (e.message for e in events))
            log.warning(
                "batch abandoned at stop; its offsets stay uncommitted for the next owner",
                records=len(events),
            )
        finally:
            state.batch_done()

    raw = app.topic(
        settings.topic_raw,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.topic_partitions,
    )

    @app.agent(raw, concurrency=1)
    async def ingest(stream: faust.StreamT[bytes]) -> None:
        batches = stream.take_events(BATCH_MAX, within=BATCH_WITHIN_S)  # type: ignore[attr-defined]
        async for events in batches:
            # take_events acks the batch however this block ends, so a shutdown must not cut
            # a batch between processing and publishing: finish it, then let the stop proceed.
            task = asyncio.ensure_future(run_batch(events))
            inflight.add(task)
            task.add_done_callback(inflight.discard)
            try:
                await asyncio.shield(task)
            except asyncio.CancelledError:
                await task
                raise

    register_pages(app, state, publisher, settings.stall_seconds)
    return app


def state_reporter(state: WorkerState, metrics: Metrics) -> Callable[[str, str], None]:
    """What the pipeline pool calls when its process's status changes."""

    def report(status: str, cause: str) -> None:
        state.pipeline_status = status
        state.pipeline_problem = cause if status == "failed" else ""
        metrics.pipeline(status, cause)

    return report


def dead_letters(settings: Settings) -> Callable[[Rejection, RecordIn], Outcome]:
    """A record's dead letter, as the worker builds it outside the pipeline process."""

    limits = limits_of(settings).dead_letter

    def dead_letter(rejection: Rejection, record: RecordIn) -> Outcome:
        return rejected(rejection, record, datetime.now(UTC), limits)

    return dead_letter
