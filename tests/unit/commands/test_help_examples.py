"""Every `Example:`/`Examples:` line of every command's help runs as written.

The examples are read from the help text itself. Those that need no broker (`process`,
`schemas`) are run for real by a shell, from a folder that looks like the checkout; the
others are checked as far as is possible without Kafka: the command exists, the options and
arguments parse, the files they name exist, and the NEWSFLOW_* assignments are valid."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import typer.main

from service.cli import app
from service.commands.inputs import expand, read_records
from service.config import Settings
from service.errors import Rejection
from service.pipeline.decode import decode

ROOT = Path(__file__).resolve().parents[3]
LOCAL = {"process", "schemas"}  # commands that run without a broker
BROKER = {"worker", "produce", "tail", "topics", "dlq"}


def commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(words, command) for every leaf command (typer's click: a group has ``commands``)."""
    subs = getattr(command, "commands", None)
    if subs is None:
        yield path, command
    for name, sub in (subs or {}).items():
        yield from commands(sub, (*path, name))


def example_lines(help_text: str) -> list[str]:
    """The lines of an `Example:`/`Examples:` paragraph: inline after the colon, or the
    indented lines below it."""
    out: list[str] = []
    inside = False
    for line in help_text.splitlines():
        head, colon, rest = line.strip().partition(":")
        if colon and head in ("Example", "Examples"):
            inside = True
            if rest.strip():
                out.append(rest.strip())
        elif inside and line.startswith((" ", "\t")) and line.strip():
            out.append(line.strip())
        else:
            inside = False
    return out


ROOT_COMMAND = typer.main.get_command(app)
EXAMPLES = [
    pytest.param(words, line, id=line)
    for words, command in commands(ROOT_COMMAND)
    for line in example_lines(command.help or "")
]


def split(line: str) -> tuple[dict[str, str], list[str]]:
    """The NEWSFLOW_* assignments and the newsflow arguments of an example (a pipe's other
    commands ignored)."""
    tokens = shlex.split(line, comments=True)
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token == "|":
            segments.append([])
        else:
            segments[-1].append(token)
    for segment in segments:
        env: dict[str, str] = {}
        while segment and "=" in segment[0] and segment[0].split("=")[0].isupper():
            name, _, value = segment.pop(0).partition("=")
            env[name] = value
        if segment and segment[0] == "newsflow":
            return env, segment[1:]
    raise AssertionError(f"no newsflow command in {line!r}")


def test_every_command_has_examples() -> None:
    """Each command's help has at least one example, and each is classified as local or not."""
    for words, command in commands(ROOT_COMMAND):
        assert example_lines(command.help or ""), words
        assert words[0] in LOCAL | BROKER, f"classify {words[0]!r} in {__name__}"


@pytest.mark.parametrize(("words", "line"), EXAMPLES)
def test_the_example_names_its_own_command_and_parses(words: tuple[str, ...], line: str) -> None:
    """The example invokes the command whose help shows it; its options and arguments parse;
    the files it names exist; its settings are valid."""
    env, args = split(line)
    assert tuple(args[: len(words)]) == words, line
    for name, value in env.items():
        field = name.removeprefix("NEWSFLOW_").lower()
        assert field in Settings.model_fields, name
        Settings(**{field: value})  # raises on an invalid value
    command = ROOT_COMMAND
    for word in words:
        command = command.commands[word]
    context = command.make_context(" ".join(("newsflow", *words)), list(args[len(words) :]))
    for value in context.params.values():
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, Path) or (isinstance(item, str) and "/" in item):
                assert (ROOT / item).exists(), f"{line}: {item} does not exist"
    if words == ("produce",):
        assert_no_dead_letters([ROOT / p for p in context.params["paths"]], line)


def assert_no_dead_letters(paths: list[Path], line: str) -> None:
    """Every record `produce` would publish from ``paths`` decodes: envelopes or bare pages,
    not a file that would only fill the dead-letter topic."""
    limit = Settings().max_content_bytes
    for path in expand(paths):
        for record in read_records(path):
            try:
                decode(record, limit)
            except Rejection as rejection:
                pytest.fail(f"{line}: {path}@{record.offset} would be rejected: {rejection}")


@pytest.fixture(scope="module")
def checkout_copy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder that looks like the checkout (tests/ and bench/ linked, schemas/ copied, so
    `schemas export` writes to the copy), and an environment whose PATH has a `newsflow`
    that runs this checkout's code."""
    folder = tmp_path_factory.mktemp("checkout")
    for name in ("tests", "bench"):
        (folder / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "schemas", folder / "schemas")
    bin_dir = tmp_path_factory.mktemp("bin")
    script = bin_dir / "newsflow"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m service "$@"\n')
    script.chmod(0o755)
    python_path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": python_path,
    }
    return folder, env


LOCAL_EXAMPLES = [p for p in EXAMPLES if p.values[0][0] in LOCAL]


@pytest.mark.parametrize(("words", "line"), LOCAL_EXAMPLES)
def test_the_example_runs_as_written(
    words: tuple[str, ...], line: str, checkout_copy: tuple[Path, dict[str, str]]
) -> None:
    """A shell runs the example line as it is printed; it exits 0, and `process` prints
    events."""
    folder, env = checkout_copy
    result = subprocess.run(
        line, shell=True, cwd=folder, env=env, capture_output=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    if words == ("process",):
        kinds = {orjson.loads(out)["event_type"] for out in result.stdout.splitlines()}
        assert "article.normalized" in kinds, kinds
        assert "article.rejected" not in kinds, line
