"""How a command fails: one line on stderr, ``newsflow: error: …``, and an exit code (2 for
bad input, settings or an unreachable broker), never a traceback."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import typer

from service.config import Settings

T = TypeVar("T")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"newsflow: error: {message}", err=True)
    raise typer.Exit(code)


def run_async(settings: Settings, coro: Coroutine[Any, Any, T]) -> T:
    """Run a Kafka-facing coroutine; broker problems become one clear line and exit 2."""
    from service.commands.clients import kafka_failures_explained
    from service.errors import BrokerUnavailableError

    try:
        with kafka_failures_explained(settings):
            return asyncio.run(coro)
    except BrokerUnavailableError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files of ``paths``, folders expanded; a missing one fails in one line."""
    from service.commands.inputs import expand

    files = expand(Path(p) for p in paths)
    missing = next((f for f in files if not f.is_file()), None)
    if missing is not None:
        fail(f"no such file: {missing}")
    return files
