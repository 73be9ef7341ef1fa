"""What docs/operations.md and docs/events.md show of a run is what a run prints: the
startup line's settings, the topics, and the empty_content example."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr
from structlog.testing import capture_logs

from service.config import Settings
from service.worker.run import log_startup
from service.worker.topics_watch import changelog_topic

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
EVENTS = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")

# The one-line JSON sample of the startup line: `{"settings": {...}, "event": "starting worker"…`
STARTUP_SAMPLE = re.compile(r'^\{"settings": .*"event": "starting worker".*\}$', re.MULTILINE)


def test_redacted_settings_cover_every_field_and_hide_every_secret() -> None:
    """Settings.redacted() has one entry per field, JSON-ready, with secrets masked."""
    settings = Settings(
        kafka_security_protocol="SASL_PLAINTEXT",
        kafka_sasl_username="svc",
        kafka_sasl_password=SecretStr("hunter2"),
    )
    shown = settings.redacted()
    assert list(shown) == list(Settings.model_fields)
    assert shown["kafka_sasl_password"] == "**********"
    assert "hunter2" not in json.dumps(shown)


def test_startup_line_logs_every_setting() -> None:
    """`starting worker` carries every setting, secrets masked."""
    with capture_logs() as logs:
        log_startup(Settings())
    (line,) = [entry for entry in logs if entry["event"] == "starting worker"]
    assert set(line["settings"]) == set(Settings.model_fields)


def test_operations_doc_sample_startup_line_shows_every_setting() -> None:
    """The sample `starting worker` line in docs/operations.md lists exactly the settings."""
    (sample,) = STARTUP_SAMPLE.findall(OPERATIONS)
    assert list(json.loads(sample)["settings"]) == list(Settings.model_fields)


@pytest.mark.parametrize(
    "topic",
    [
        "articles.raw",
        "articles.normalized",
        "entities.mentioned",
        "articles.rejected",
        changelog_topic(Settings()).replace("newsflow", "<group>", 1),
        "<group>-__assignor-__leader",
    ],
)
def test_operations_doc_lists_every_topic_with_its_acls(topic: str) -> None:
    """Each topic the worker uses, the internal ones included, has a row in the ACL table."""
    rows = [line for line in OPERATIONS.splitlines() if line.startswith(f"| `{topic}`")]
    assert len(rows) == 1, topic
    assert "Describe" in rows[0]


def test_events_doc_empty_content_example_is_what_process_prints(tmp_path: Path) -> None:
    """The empty_content dead letter of docs/events.md is `newsflow process` on its input,
    ids and all (only the processing time differs)."""
    block = EVENTS.split("from `newsflow process env.jsonl`:", 1)[1]
    shown = json.loads(block.split("```json\n", 1)[1].split("\n```", 1)[0])
    (tmp_path / "env.jsonl").write_text(shown["payload"] + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "service", "process", "env.jsonl"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=300,
        check=True,
    )
    (printed,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed.pop("processed_at") != shown.pop("processed_at")
    assert printed == shown
