"""`newsflow dlq replay --reason` takes only the reason codes of the contract."""

from __future__ import annotations

from typing import get_args

from typer.testing import CliRunner

from service.cli import app
from service.events import RejectReason


def test_an_unknown_reason_is_refused_with_the_valid_list() -> None:
    """A typo exits 2 in one line listing every reason code, before any broker is contacted
    (so it would otherwise have replayed nothing and exited 0)."""
    result = CliRunner().invoke(
        app,
        ["dlq", "replay", "--reason", "invalid_jsn", "--dry-run"],
        env={"NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"},  # nothing answers there
    )
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert "unknown reason 'invalid_jsn'" in lines[0]
    assert lines[0].endswith(", ".join(get_args(RejectReason)))


def test_the_help_lists_the_reason_codes() -> None:
    """`dlq replay --help` shows the valid codes next to --reason."""
    result = CliRunner().invoke(app, ["dlq", "replay", "--help"], terminal_width=400)
    flat = " ".join(result.stdout.split())
    for reason in get_args(RejectReason):
        assert reason in flat
