"""`newsflow process`: the offline pipeline prints the events the worker would publish."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from tests.paths import DATA, ROOT


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
    )


def events(out: bytes) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in out.splitlines() if line.strip()]


def test_example_text_gives_one_article_and_its_entities() -> None:
    """The Reuters page becomes one article.normalized and entity.mentioned lines."""
    result = run("process", str(DATA / "reuters-mali.txt"))
    assert result.returncode == 0, result.stderr.decode()
    evs = events(result.stdout)
    kinds = [e["event_type"] for e in evs]
    assert kinds.count("article.normalized") == 1
    assert kinds.count("entity.mentioned") >= 1
    article = evs[0]
    assert article["source_id"] == "reuters-mali"
    assert {e["article_id"] for e in evs} == {article["article_id"]}


def test_any_bytes_give_exactly_one_outcome_per_input_and_exit_zero(tmp_path: Path) -> None:
    """Binary junk, empty files and broken JSON each yield one outcome; the run succeeds."""
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "broken.json").write_bytes(b'{"content": ')
    lines = (
        b'{"id": "a", "content": "Short but real text about Paris and Berlin today."}\n[1]\n\xff\n'
    )
    (tmp_path / "mixed.jsonl").write_bytes(lines)
    result = run("process", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    outcomes = [e for e in events(result.stdout) if e["event_type"] != "entity.mentioned"]
    assert len(outcomes) == 6
    assert sum(e["event_type"] == "article.rejected" for e in outcomes) >= 5


def test_stdin_jsonl_is_read_with_dash() -> None:
    """`-` reads JSONL envelopes from stdin."""
    result = run("process", "-", stdin=b'{"id": "s1", "content": "Angela Merkel visited Paris."}\n')
    assert result.returncode == 0, result.stderr.decode()
    assert events(result.stdout)[0]["source_id"] == "s1"


def test_missing_file_is_one_clear_line_and_nonzero() -> None:
    """A path that does not exist fails with one line, not a traceback."""
    result = run("process", "/nonexistent/file.txt")
    assert result.returncode != 0
    assert b"Traceback" not in result.stderr
    assert b"no such file" in result.stderr


def test_many_files_show_a_progress_bar_on_stderr_only(tmp_path: Path) -> None:
    """With several files, stderr carries a progress bar; stdout stays pure JSONL."""
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(
            f"Paris hosted talks number {i} on Monday, officials said."
        )
    result = run("process", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert b"3/3" in result.stderr
    assert len(events(result.stdout)) >= 3


def test_bench_without_broker_prints_the_table_and_writes_results(tmp_path: Path) -> None:
    """`python -m bench --skip-broker` (make bench without the broker rows) measures the
    quality rows and saves JSON, table and plot."""
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--skip-broker"],
        capture_output=True,
        timeout=900,
        check=False,
        env={**os.environ, "NEWSFLOW_BENCH_RESULTS": str(tmp_path)},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert b"body F1, our text path (text)" in result.stdout
    assert b"entity-set F1, dev (32 docs): model alone" in result.stdout
    assert b"entity-set F1, sports (45 docs)" in result.stdout
    assert b"dedup links" in result.stdout
    suffixes = sorted(p.suffix for p in tmp_path.iterdir())
    assert suffixes == [".json", ".md", ".png"]
