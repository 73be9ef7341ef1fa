"""`make demo`: the whole service once, end to end, on this machine.

1. Uses the broker at NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS when one answers there, else starts
   the local KRaft broker (``devtools.localkafka``) on a free port.
2. Creates the topics, starts `newsflow worker`, waits until it is ready.
3. Publishes the example article (tests/data/reuters-mali.txt) with a plain producer.
4. Prints the article.normalized event and the entity.mentioned events it produced.
5. Stops what it started.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from devtools.localkafka import LocalKafka
from devtools.worker_process import free_port

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "tests" / "data" / "reuters-mali.txt"


def say(msg: str) -> None:
    print(f"\033[1m>> {msg}\033[0m", file=sys.stderr, flush=True)


def reachable(bootstrap: str) -> bool:
    host, _, port = bootstrap.split(",", maxsplit=1)[0].rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except (OSError, ValueError):
        return False


def wait_ready(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"worker exited with {proc.returncode}; see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    sys.exit(f"worker was not ready after {timeout:.0f}s; see {log}")


async def publish_and_collect(bootstrap: str, env: dict[str, str]) -> list[dict[str, Any]]:
    source_id = f"reuters-mali-demo-{uuid.uuid4().hex[:6]}"
    value = orjson.dumps(
        {"id": source_id, "source": "Reuters", "content": EXAMPLE.read_text(encoding="utf-8")}
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(env["NEWSFLOW_TOPIC_RAW"], key=source_id.encode(), value=value)
    finally:
        await producer.stop()
    say(f"published {EXAMPLE.name} as id={source_id}; waiting for events")

    topics = [env["NEWSFLOW_TOPIC_NORMALIZED"], env["NEWSFLOW_TOPIC_ENTITIES"]]
    topics.append(env["NEWSFLOW_TOPIC_REJECTED"])
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest"
    )
    await consumer.start()
    found: list[dict[str, Any]] = []
    expected: int | None = None
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    event = orjson.loads(record.value)
                    if event.get("source_id") != source_id:
                        continue
                    found.append(event)
                    if event["event_type"] == "article.normalized":
                        expected = 1 + len(event["entities"])
                    elif event["event_type"] == "article.rejected":
                        expected = 1
            if expected is not None and len(found) >= expected:
                break
    finally:
        await consumer.stop()
    return found


def main() -> int:
    env = dict(os.environ)
    bootstrap = env.get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    broker = None
    if reachable(bootstrap):
        say(f"using the broker at {bootstrap}")
    else:
        say(f"no broker at {bootstrap}; starting a local Apache Kafka (KRaft) broker")
        broker = LocalKafka(workdir=Path(tempfile.mkdtemp(prefix="newsflow-demo-")))
        broker.start()
        bootstrap = broker.bootstrap
        say(f"local broker ready on {bootstrap}")
    suffix = "" if broker else f".demo-{uuid.uuid4().hex[:6]}"
    port = free_port()
    env.update(
        {
            "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "NEWSFLOW_WEB_PORT": str(port),
            "NEWSFLOW_TOPIC_RAW": f"articles.raw{suffix}",
            "NEWSFLOW_TOPIC_NORMALIZED": f"articles.normalized{suffix}",
            "NEWSFLOW_TOPIC_ENTITIES": f"entities.mentioned{suffix}",
            "NEWSFLOW_TOPIC_REJECTED": f"articles.rejected{suffix}",
            "NEWSFLOW_CONSUMER_GROUP": f"newsflow{suffix}",
            "NEWSFLOW_LOG_FORMAT": "json",
        }
    )
    log = Path(tempfile.gettempdir()) / f"newsflow-demo-worker-{port}.log"
    say(f"starting `newsflow worker` (log: {log})")
    with log.open("wb") as fh:
        worker = subprocess.Popen(
            [sys.executable, "-m", "service", "worker"],
            env=env,
            stdout=fh,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_ready(port, worker, log)
        say("worker ready")
        events = asyncio.run(publish_and_collect(bootstrap, env))
        if not events:
            say("no events arrived within 120 s")
            return 1
        events.sort(key=lambda e: e["event_type"] != "article.normalized")
        for event in events:
            print(orjson.dumps(event, option=orjson.OPT_INDENT_2).decode())
        kinds: dict[str, int] = {}
        for event in events:
            kinds[event["event_type"]] = kinds.get(event["event_type"], 0) + 1
        say("received " + ", ".join(f"{n} {k}" for k, n in kinds.items()))
        return 0
    finally:
        say("stopping the worker")
        worker.terminate()
        try:
            worker.wait(timeout=45)
        except subprocess.TimeoutExpired:
            worker.kill()
        if broker is not None:
            say("stopping the local broker")
            broker.cleanup()


if __name__ == "__main__":
    sys.exit(main())
