"""`process` and `produce` inputs: an empty input is one line and exit 2, and the progress bar
counts records, so one big .jsonl shows progress."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from service.cli import app
from service.commands import produce as produce_module
from service.commands.inputs import count_records, read_records
from service.config import Settings

ENVELOPES = b"".join(
    b'{"id": "e%d", "content": "Officials in Paris met Angela Merkel on Monday, number %d."}\n'
    % (i, i)
    for i in range(3)
)


def one_error_line(args: list[str], stdin: str | None = None) -> str:
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert result.stdout == ""
    return lines[0]


@pytest.mark.parametrize("command", ["process", "produce"])
def test_an_empty_folder_is_an_error(command: str, tmp_path: Path) -> None:
    """A folder without input files says so, instead of exiting 0 in silence."""
    (tmp_path / "notes.md").write_text("not an input")
    line = one_error_line([command, str(tmp_path)])
    assert line == f"newsflow: error: no input files in {tmp_path} (.json, .jsonl, .txt, .html)"


@pytest.mark.parametrize(("command", "verb"), [("process", "process"), ("produce", "publish")])
def test_inputs_without_records_are_an_error(command: str, verb: str, tmp_path: Path) -> None:
    """.jsonl files of blank lines hold no record: nothing to do is an error."""
    (tmp_path / "a.jsonl").write_bytes(b"")
    (tmp_path / "b.jsonl").write_bytes(b"\n  \n")
    line = one_error_line([command, str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    assert line == (
        f"newsflow: error: nothing to {verb}: {tmp_path / 'a.jsonl'} and "
        f"{tmp_path / 'b.jsonl'} are empty"
    )


@pytest.mark.parametrize("stdin", ["", "\n\n"])
def test_an_empty_stdin_is_an_error(stdin: str) -> None:
    """`process -` with nothing on stdin says so (before loading the model)."""
    assert (
        one_error_line(["process", "-"], stdin)
        == "newsflow: error: nothing to process: stdin is empty"
    )


def test_records_are_counted_as_they_will_be_read(tmp_path: Path) -> None:
    """count_records agrees with read_records: non-blank .jsonl lines, one per other file."""
    (tmp_path / "a.jsonl").write_bytes(b"{}\n\n[1]\r\n  \nnot json")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.json").write_bytes(b"{}")
    files = sorted(tmp_path.iterdir())
    assert count_records(files) == 5
    assert count_records(files) == sum(1 for f in files for _ in read_records(f))


def test_one_big_jsonl_shows_a_progress_bar_in_records(tmp_path: Path) -> None:
    """A single .jsonl of three envelopes shows 3/3 records on stderr; stdout stays JSONL."""
    (tmp_path / "big.jsonl").write_bytes(ENVELOPES)
    result = subprocess.run(
        [sys.executable, "-m", "service", "process", str(tmp_path / "big.jsonl")],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"3/3 records" in result.stderr
    assert result.stdout.count(b'"article.normalized"') == 3


class FakeProducer:
    """Records what is sent; every send is acknowledged at once."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes | None]] = []

    async def send(self, topic: str, *, key: bytes | None, value: bytes | None, **_: Any) -> Any:
        self.sent.append((topic, key, value))

        async def ack() -> None:
            return None

        return ack()

    async def stop(self) -> None:
        return None


async def test_produce_counts_records_on_its_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`produce` publishes every line of a .jsonl, keyed by envelope id, and its bar (on
    stderr, never stdout) counts records."""
    (tmp_path / "big.jsonl").write_bytes(ENVELOPES)
    producer = FakeProducer()

    async def started(_settings: Settings) -> FakeProducer:
        return producer

    monkeypatch.setattr(produce_module, "started_producer", started)
    sent = await produce_module.produce_files(
        Settings(), [tmp_path / "big.jsonl"], total=3, show_progress=True
    )
    assert sent == 3
    assert [key for _, key, _ in producer.sent] == [b"e0", b"e1", b"e2"]
    captured = capsys.readouterr()
    assert "3/3 records" in captured.err
    assert captured.out == ""


def test_produce_keys_records_by_id_else_canonical_url() -> None:
    """The raw topic's key rule: the article's id, else its canonical URL."""
    from service.commands.produce import record_key
    from service.pipeline.types import RecordIn

    by_id = RecordIn(value=b'{"id": "a-1", "url": "https://x.org/a", "content": "c"}')
    by_url = RecordIn(value=b'{"url": "HTTPS://X.org/a?utm_source=feed#top", "content": "c"}')
    bare = RecordIn(value=b"text", headers=(("content-type", b"text/plain"), ("id", b"p-1")))
    neither = RecordIn(value=b'{"content": "c"}')
    assert record_key(by_id) == b"a-1"
    assert record_key(by_url) == b"https://x.org/a"
    assert record_key(bare) == b"p-1"
    assert record_key(neither) is None
