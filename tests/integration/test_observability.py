"""A running worker's /health, /ready and /metrics (and nothing else on its port), its
canonical log lines, and the topics it creates."""

from __future__ import annotations

import asyncio
import os
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import orjson
from aiokafka.admin import AIOKafkaAdminClient

from devtools.worker_process import WorkerProcess, consume_until, produce
from service import __version__
from service.config import Settings

NER_MODEL = Settings.model_fields["ner_model"].default
OPERATIONS_DOC = (Path(__file__).resolve().parents[2] / "docs" / "operations.md").read_text()


def get(worker: WorkerProcess, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{worker.port}{path}", timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text format."""
    for line in text.splitlines():
        if not line.startswith(name):
            continue
        head, _, value = line.rpartition(" ")
        if head.split("{")[0] != name:
            continue
        if all(f'{k}="{v}"' in head for k, v in labels.items()):
            return float(value)
    raise AssertionError(f"no sample {name} {labels}")


async def test_health_ready_and_metrics_reflect_processed_messages(
    shared_worker: WorkerProcess, example_text: str
) -> None:
    """After one article and one bad message, pages and logs report them, one line each."""
    status, body = get(shared_worker, "/health")
    assert status == 200
    assert orjson.loads(body) == {"status": "ok"}
    status, body = get(shared_worker, "/ready")
    ready = orjson.loads(body)
    assert status == 200, ready
    assert ready["pipeline_loaded"]
    assert ready["partitions_assigned"]
    assert ready["broker_reachable"]

    topics = shared_worker.topics
    tag = uuid.uuid4().hex[:6]
    await produce(
        shared_worker.bootstrap,
        topics.raw,
        [
            (
                f"ok-{tag}".encode(),
                orjson.dumps({"id": f"ok-{tag}", "content": example_text}),
                None,
            ),
            (f"bad-{tag}".encode(), b"{nope", None),
        ],
    )

    def both(evs: list[dict[str, Any]]) -> bool:
        return any(e.get("source_id") == f"ok-{tag}" for e in evs) and any(
            e["_key"] == f"bad-{tag}".encode() for e in evs
        )

    events = await consume_until(
        shared_worker.bootstrap, [topics.normalized, topics.rejected], both
    )
    bad = next(e for e in events if e["_key"] == f"bad-{tag}".encode())

    def processed(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            r
            for r in records
            if r.get("event") == "article processed" and r.get("source_id") == f"ok-{tag}"
        ]

    def rejected(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            r
            for r in records
            if r.get("event") == "article rejected"
            and r.get("reason") == "invalid_json"
            and r.get("offset") == bad["origin"]["offset"]
        ]

    # A batch is counted and logged just after the broker acks its events: wait for its lines.
    records = await shared_worker.logged(lambda rs: bool(processed(rs) and rejected(rs)))
    status, text = get(shared_worker, "/metrics")
    assert status == 200
    assert metric(text, "newsflow_messages_total", outcome="normalized") >= 1
    assert metric(text, "newsflow_messages_total", outcome="rejected", reason="invalid_json") >= 1
    for stage in ("decode", "clean", "parse", "enrich", "build", "publish"):
        assert metric(text, "newsflow_stage_seconds_count", stage=stage) >= 1, stage
    assert metric(text, "newsflow_entities_per_article_count") >= 1
    assert metric(text, "newsflow_event_loop_lag_seconds") >= 0
    assert "faust_messages_received" in text  # Faust's own sensors share the page

    mine = processed(records)
    assert len(mine) == 1, shared_worker.log_tail()
    line = mine[0]
    for field in ("article_id", "topic", "partition", "offset", "outcome", "duration_ms"):
        assert field in line, field
    assert line["entity_count"] > 0
    assert len(rejected(records)) == 1, shared_worker.log_tail()
    startup = next(r for r in shared_worker.log_records() if r.get("event") == "starting worker")
    assert startup["settings"]["topic_raw"] == topics.raw


async def test_consumer_lag_is_exported_per_partition(shared_worker: WorkerProcess) -> None:
    """After processing, the consumer lag gauge exists for the raw topic's partitions."""
    deadline = time.monotonic() + 30
    text = ""
    while time.monotonic() < deadline and "newsflow_consumer_lag{" not in text:
        await asyncio.sleep(1)
        _, text = get(shared_worker, "/metrics")
    assert metric(text, "newsflow_consumer_lag", topic=shared_worker.topics.raw) >= 0


def test_the_worker_writes_no_control_characters(shared_worker: WorkerProcess) -> None:
    """stdout and stderr carry JSON lines only: no spinner, banner or terminal escapes."""
    text = shared_worker.log_text()
    assert "pipeline ready" in text
    ready = next(orjson.loads(x) for x in text.splitlines() if '"pipeline ready"' in x)
    expected = "pure" if os.environ.get("NEWSFLOW_COMPILE") == "0" else "compiled"
    assert ready["pipeline_build"] == expected  # make install compiles it (setup.py)
    assert "\x1b" not in text
    for line in text.splitlines():
        assert line.startswith("{"), line[:120]


def test_ops_port_serves_only_health_ready_and_metrics(shared_worker: WorkerProcess) -> None:
    """/health, /ready and /metrics answer 200; Faust's own pages (the table data by key,
    the router, statistics, the index) answer 404."""
    for path in ("/health", "/ready", "/metrics"):
        status, body = get(shared_worker, path)
        assert status == 200, (path, body[:200])
    for path in (
        "/router/",
        "/table/",
        "/table/dedup/",
        "/table/dedup/a:x/",
        "/",
        "/stats/",
        "/assignment/",
        "/graph/",
        "/performance/",
    ):
        status, _ = get(shared_worker, path)
        assert status == 404, path


def test_metrics_include_process_python_and_build_info(shared_worker: WorkerProcess) -> None:
    """/metrics has the standard process and Python collectors and newsflow_build_info."""
    _, text = get(shared_worker, "/metrics")
    assert metric(text, "process_resident_memory_bytes") > 0
    assert metric(text, "process_cpu_seconds_total") >= 0
    assert metric(text, "python_info") == 1
    assert metric(text, "python_gc_objects_collected_total", generation="0") >= 0
    assert metric(text, "newsflow_build_info", version=__version__, ner_model=NER_MODEL) == 1
    # once the model is loaded (the worker is ready), the pipeline version is filled in
    assert 'pipeline_version="newsflow-' in text


async def test_worker_creates_only_the_documented_topics(shared_worker: WorkerProcess) -> None:
    """The topics of the worker's group are the four of the settings and the two internal
    ones that docs/operations.md lists with their ACLs."""
    topics = shared_worker.topics
    admin = AIOKafkaAdminClient(bootstrap_servers=shared_worker.bootstrap)
    await admin.start()
    try:
        names = set(await admin.list_topics())
    finally:
        await admin.close()
    mine = {n for n in names if n.startswith(topics.prefix)}
    assert mine == {
        topics.raw,
        topics.normalized,
        topics.entities,
        topics.rejected,
        f"{topics.group}-dedup-changelog",
        f"{topics.group}-__assignor-__leader",
    }
    for documented in ("`<group>-dedup-changelog`", "`<group>-__assignor-__leader`"):
        assert f"| {documented} |" in OPERATIONS_DOC
