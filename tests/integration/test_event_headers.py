"""What a consumer written against docs/events.md sees with a plain aiokafka consumer: the
CloudEvents headers, the trace carried from the scraper's record, Kafka Connect's error
headers on dead letters, and the key the example producer sets."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer

from devtools.worker_process import WorkerProcess, produce

ROOT = Path(__file__).resolve().parents[2]
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
PARENT = f"00-{TRACE_ID}-b7ad6b7169203331-01".encode()


def _ce_types(records: list[Any]) -> set[bytes]:
    return {dict(r.headers).get("ce_type", b"") for r in records}


async def records_of(
    bootstrap: str, topics: list[str], done: Callable[[list[Any]], bool]
) -> list[Any]:
    """The records of ``topics`` from the start, read until ``done`` holds (or 120 s)."""
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    out: list[Any] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not done(out):
            for batch in (await consumer.getmany(timeout_ms=500)).values():
                out.extend(batch)
    finally:
        await consumer.stop()
    return out


async def test_a_plain_consumer_routes_on_headers_and_follows_the_trace(
    shared_worker: WorkerProcess, bootstrap: str, example_text: str
) -> None:
    """Every event of a traced record carries ce_* headers naming it and the record's trace id;
    a bad record's dead letter carries Kafka Connect's error headers."""
    topics = shared_worker.topics
    value = orjson.dumps({"id": "traced-1", "content": example_text})
    await produce(
        bootstrap,
        topics.raw,
        [(b"traced-1", value, [("traceparent", PARENT)]), (b"bad-1", b"{oops", None)],
    )
    # The example gives an article and many entities; the dead letter may come after them.
    wanted = {b"article.normalized", b"entity.mentioned", b"article.rejected"}
    records = await records_of(
        bootstrap,
        [topics.normalized, topics.entities, topics.rejected],
        lambda out: wanted <= _ce_types(out),
    )
    traced = [
        r
        for r in records
        if dict(r.headers).get("traceparent", b"").startswith(b"00-" + TRACE_ID.encode())
    ]  # type: ignore[attr-defined]
    types = {dict(r.headers)["ce_type"] for r in traced}  # type: ignore[attr-defined]
    assert types == {b"article.normalized", b"entity.mentioned"}
    for record in traced:
        headers = dict(record.headers)
        event = orjson.loads(record.value)
        assert headers["ce_id"] == event["event_id"].encode()
        assert headers["ce_specversion"] == b"1.0"
        assert headers["content-type"] == b"application/json"
    (dead,) = [r for r in records if dict(r.headers).get("ce_type") == b"article.rejected"]
    headers = dict(dead.headers)
    assert headers["__connect.errors.topic"] == topics.raw.encode()
    assert headers["__connect.errors.exception.class.name"] == b"invalid_json"


async def test_the_example_producer_keys_by_id_or_canonical_url(
    shared_worker: WorkerProcess, bootstrap: str, tmp_path: Path, example_text: str
) -> None:
    """examples/producer.py publishes an envelope keyed by the canonical URL when it has no id."""
    page = tmp_path / "page.txt"
    page.write_text(example_text, encoding="utf-8")
    env = {
        **os.environ,
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        **shared_worker.topics.env(),
    }
    done = await asyncio.to_thread(
        subprocess.run,
        [
            sys.executable,
            str(ROOT / "examples" / "producer.py"),
            "--url",
            "HTTPS://Example.com/a#x",
            str(page),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    raw = await records_of(bootstrap, [shared_worker.topics.raw], lambda out: len(out) >= 1)
    assert [r.key for r in raw if r.key and b"example.com" in r.key] == [b"https://example.com/a"]
