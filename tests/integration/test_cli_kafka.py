"""The Kafka-facing CLI commands against the real broker: produce, tail, topics, dlq replay."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from devtools.worker_process import Topics, WorkerProcess, consume_until, free_port

DATA = Path(__file__).resolve().parents[1] / "data"


def cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def env_for(bootstrap: str, topics: Topics, **extra: str) -> dict[str, str]:
    return {
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "NEWSFLOW_TOPIC_PARTITIONS": "3",
        **topics.env(),
        **extra,
    }


def test_topics_create_then_describe(bootstrap: str) -> None:
    """`topics create` makes the four topics with the configured partitions; describe shows them."""
    topics = Topics()
    env = env_for(bootstrap, topics)
    created = cli("topics", "create", "--retention-hours", "24", env=env)
    assert created.returncode == 0, created.stderr
    assert created.stdout.count("created") == 4
    again = cli("topics", "create", env=env)
    assert "all topics exist already" in again.stdout
    described = cli("topics", "describe", env=env)
    assert described.returncode == 0, described.stderr
    assert f"{topics.raw}: 3 partitions, retention.ms=86400000" in described.stdout
    assert f"{topics.rejected}: 3 partitions" in described.stdout


async def test_produce_then_tail_shows_the_worker_output(
    worker_factory: object, bootstrap: str
) -> None:
    """`produce` publishes files to the raw topic; `tail` prints the worker's events."""
    topics = Topics()
    worker = worker_factory(topics)  # type: ignore[operator]
    assert isinstance(worker, WorkerProcess)
    env = env_for(bootstrap, topics)
    produced = cli("produce", str(DATA / "reuters-mali.txt"), env=env)
    assert produced.returncode == 0, produced.stderr
    assert "published 1 record" in produced.stderr

    tailed = cli(
        "tail", "--from-beginning", "--json", "-t", "normalized", "--limit", "1",
        "--idle-exit", "60", env=env,
    )  # fmt: skip
    assert tailed.returncode == 0, tailed.stderr
    event = orjson.loads(tailed.stdout.splitlines()[0])
    assert event["event_type"] == "article.normalized"
    assert event["source_id"] == "reuters-mali"

    pretty = cli("tail", "--from-beginning", "--idle-exit", "5", env=env)
    assert pretty.returncode == 0, pretty.stderr
    assert "entity   PERSON" in pretty.stdout
    assert "Mali says it can seek military help" in pretty.stdout


async def test_dlq_replay_republishes_selected_payloads(
    worker_factory: object, bootstrap: str
) -> None:
    """Rejected payloads go back to the raw topic, filtered by reason; dry-run only counts."""
    topics = Topics()
    worker_factory(topics)  # type: ignore[operator]
    env = env_for(bootstrap, topics)
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"dlq-{topics.prefix}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bad.jsonl").write_bytes(b'{"id": "x1", "content": ""}\n{oops\n[1]\n')
    assert cli("produce", str(folder / "bad.jsonl"), env=env).returncode == 0
    await consume_until(bootstrap, [topics.rejected], lambda evs: len(evs) >= 3)

    dry = cli("dlq", "replay", "--reason", "invalid_json", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "scanned 3; would replay 1" in dry.stdout

    real = cli("dlq", "replay", "--reason", "invalid_json", env=env)
    assert "scanned 3; replayed 1" in real.stdout
    # the replayed payload is rejected again, at a new offset: 4 rejections in all
    events = await consume_until(bootstrap, [topics.rejected], lambda evs: len(evs) >= 4)
    assert sorted(e["reason"] for e in events) == [
        "empty_content",
        "invalid_envelope",
        "invalid_json",
        "invalid_json",
    ]


def test_unreachable_broker_is_one_clear_line_and_nonzero() -> None:
    """Every Kafka command fails in one line naming the setting, never with a traceback."""
    env = {"NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}"}
    for args in (
        ["topics", "describe"],
        ["produce", str(DATA / "reuters-mali.txt")],
        ["tail", "--limit", "1"],
        ["dlq", "replay", "--dry-run"],
        ["worker"],
    ):
        result = cli(*args, env=env, timeout=180)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr, args
        assert "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS" in result.stderr, (args, result.stderr)


def test_bad_setting_is_one_clear_line_and_nonzero() -> None:
    """An invalid NEWSFLOW_* value names the variable and exits non-zero."""
    result = cli("topics", "describe", env={"NEWSFLOW_TOPIC_PARTITIONS": "zero"})
    assert result.returncode == 2
    assert "NEWSFLOW_TOPIC_PARTITIONS" in result.stderr
    assert "Traceback" not in result.stderr
