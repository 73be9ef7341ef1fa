"""A real `newsflow worker` process for integration tests, and plain aiokafka clients."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from devtools.localkafka import start_guard


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Topics:
    """Unique topic names and group for one test scenario."""

    prefix: str = field(default_factory=lambda: f"t{uuid.uuid4().hex[:8]}")

    @property
    def raw(self) -> str:
        return f"{self.prefix}.articles.raw"

    @property
    def normalized(self) -> str:
        return f"{self.prefix}.articles.normalized"

    @property
    def entities(self) -> str:
        return f"{self.prefix}.entities.mentioned"

    @property
    def rejected(self) -> str:
        return f"{self.prefix}.articles.rejected"

    @property
    def group(self) -> str:
        return f"{self.prefix}-newsflow"

    def env(self) -> dict[str, str]:
        return {
            "NEWSFLOW_TOPIC_RAW": self.raw,
            "NEWSFLOW_TOPIC_NORMALIZED": self.normalized,
            "NEWSFLOW_TOPIC_ENTITIES": self.entities,
            "NEWSFLOW_TOPIC_REJECTED": self.rejected,
            "NEWSFLOW_CONSUMER_GROUP": self.group,
        }


@dataclass
class WorkerProcess:
    """`python -m service worker` as a child process, logging JSON to a file."""

    bootstrap: str
    topics: Topics
    workdir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def log_file(self) -> Path:
        return self.workdir / f"worker-{self.port}.log"

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "NEWSFLOW_WEB_PORT": str(self.port),
            "NEWSFLOW_DATA_DIR": str(self.workdir / f"data-{self.port}"),
            "NEWSFLOW_LOG_FORMAT": "json",
            "NEWSFLOW_TOPIC_PARTITIONS": "2",
            "NEWSFLOW_CONSUMER_SESSION_TIMEOUT_S": "10",  # fast failover in fault tests
            **self.topics.env(),
            **self.extra_env,
        }
        log = self.log_file.open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "service", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own session, which the guard stops
        )
        log.close()
        # A test run killed before it stops its workers leaves none behind.
        start_guard(self.proc.pid)

    def ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/ready", timeout=2) as r:
                return bool(r.status == 200)
        except OSError:
            return False

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited {self.proc.returncode}:\n{self.log_tail()}")
            if self.ready():
                return
            time.sleep(0.5)
        raise RuntimeError(f"worker not ready in {timeout}s:\n{self.log_tail()}")

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(errors="replace")
        except OSError:
            return ""

    def log_tail(self, n: int = 60) -> str:
        return "\n".join(self.log_text().splitlines()[-n:])

    def log_records(self) -> list[dict[str, Any]]:
        out = []
        for line in self.log_text().splitlines():
            if line.startswith("{"):
                try:
                    out.append(orjson.loads(line))
                except orjson.JSONDecodeError:
                    continue
        return out

    async def logged(
        self, done: Callable[[list[dict[str, Any]]], bool], within: float = 30.0
    ) -> list[dict[str, Any]]:
        """The log records once ``done`` holds for them (or ``within`` seconds have passed).

        The worker counts and logs a batch after the broker acks its output, so a consumer
        can read an event a moment before its log line and its metrics exist.
        """
        deadline = time.monotonic() + within
        while True:
            records = self.log_records()
            if done(records) or time.monotonic() > deadline:
                return records
            await asyncio.sleep(0.2)

    def stop(self, timeout: float = 45.0) -> int | None:
        """SIGTERM and wait; SIGKILL if it does not exit in time. Returns the exit code."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            return None

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


async def produce(
    bootstrap: str,
    topic: str,
    messages: Iterable[tuple[bytes | None, bytes | None, list[tuple[str, bytes]] | None]],
    *,
    compression: str | None = None,
    max_request_size: int = 8_000_000,
) -> list[tuple[int, int]]:
    """Publish (key, value, headers) with a plain aiokafka producer; return (partition, offset).
    The broker still applies its own limit to the (compressed) batch."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        max_request_size=max_request_size,
        compression_type=compression,
    )
    await producer.start()
    try:
        futures = [
            await producer.send(topic, key=key, value=value, headers=headers)
            for key, value, headers in messages
        ]
        results = await asyncio.gather(*futures)
        return [(r.partition, r.offset) for r in results]
    finally:
        await producer.stop()


async def consume_until(
    bootstrap: str,
    topics: list[str],
    done: Callable[[list[dict[str, Any]]], bool],
    within_s: float = 120.0,
) -> list[dict[str, Any]]:
    """Read the topics from the beginning until ``done(events)`` or the timeout; JSON values."""
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        metadata_max_age_ms=1000,
    )
    await consumer.start()
    events: list[dict[str, Any]] = []
    try:
        deadline = time.monotonic() + within_s
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for tp, records in batch.items():
                for rec in records:
                    event = orjson.loads(rec.value) if rec.value else {}
                    event["_topic"], event["_key"] = tp.topic, rec.key
                    events.append(event)
            if done(events):
                return events
        return events
    finally:
        await consumer.stop()


def child_pids(pid: int) -> list[int]:
    """The direct children of ``pid`` (Linux /proc)."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def pipeline_process_pid(worker: WorkerProcess, timeout: float = 60.0) -> int:
    """The pid of a running worker's pipeline process (its multiprocessing child that is not
    the resource tracker)."""
    assert worker.proc is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in child_pids(worker.proc.pid):
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline and b"resource_tracker" not in cmdline:
                return child
        time.sleep(0.2)
    raise AssertionError(f"no pipeline process under worker {worker.proc.pid}")
