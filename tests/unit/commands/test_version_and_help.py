"""`newsflow --version`, and `-h` as well as `--help` on every command and group."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from service import __version__
from service.cli import app


def command_paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The root, every group and every command, as the words that invoke them (typer's own
    click: a group is what has ``commands``)."""
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from command_paths(sub, (*path, name))


ALL = list(command_paths(typer.main.get_command(app)))


def test_version_prints_the_package_version() -> None:
    """`newsflow --version` prints `newsflow <version>` and exits 0."""
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"newsflow {__version__}\n"


def test_the_tree_holds_every_command() -> None:
    """The walk below sees the nine commands and their groups (guards the parametrisation)."""
    assert {" ".join(p) for p in ALL} >= {"worker", "process", "dlq replay", "schemas check"}


@pytest.mark.parametrize("path", ALL, ids=lambda p: " ".join(p) or "newsflow")
def test_dash_h_is_help_everywhere(path: tuple[str, ...]) -> None:
    """`-h` prints the same help as `--help`, on the root, every group and every command."""
    runner = CliRunner()
    short = runner.invoke(app, [*path, "-h"], terminal_width=100)
    long = runner.invoke(app, [*path, "--help"], terminal_width=100)
    assert short.exit_code == 0, short.output
    assert short.stdout == long.stdout
    assert "Usage:" in short.stdout
