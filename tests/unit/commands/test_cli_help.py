"""Every CLI command has help with examples, and exits non-zero in one line on bad input."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from service.cli import app

COMMANDS = [
    ["worker"],
    ["process"],
    ["produce"],
    ["tail"],
    ["topics", "create"],
    ["topics", "describe"],
    ["dlq", "replay"],
    ["schemas", "export"],
    ["schemas", "check"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    """`newsflow <command> --help` works and shows at least one example."""
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_schemas_check_fails_on_drift_and_export_fixes_it(tmp_path: object) -> None:
    """`schemas check` exits 1 on a stale folder; after `schemas export` it passes."""
    folder = str(tmp_path)
    runner = CliRunner()
    stale = runner.invoke(app, ["schemas", "check", "--folder", folder])
    assert stale.exit_code == 1
    assert "drifted" in stale.output
    exported = runner.invoke(app, ["schemas", "export", "--folder", folder])
    assert exported.exit_code == 0
    assert runner.invoke(app, ["schemas", "check", "--folder", folder]).exit_code == 0


def test_tail_rejects_an_unknown_topic_in_one_line() -> None:
    """A typo in --topic names the valid choices instead of failing later."""
    result = CliRunner().invoke(app, ["tail", "-t", "normalised"])
    assert result.exit_code == 2
    assert "choose from normalized, entities, rejected" in result.output


def test_produce_without_inputs_fails_clearly(tmp_path: object) -> None:
    """A folder with nothing to publish is an error, not a silent no-op."""
    result = CliRunner().invoke(app, ["produce", str(tmp_path)])
    assert result.exit_code == 2
    assert "no input files" in result.output
