"""The ``newsflow`` command line (typer). Errors print one line and exit non-zero."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError

from service.config import Settings

app = typer.Typer(
    name="newsflow",
    help="Event-driven news ingestion: clean, structure and enrich scraped articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
schemas_app = typer.Typer(help="Write or verify the JSON Schema files.", no_args_is_help=True)
app.add_typer(schemas_app, name="schemas")

DEFAULT_SCHEMA_DIR = Path("schemas")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"newsflow: error: {message}", err=True)
    raise typer.Exit(code)


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "NEWSFLOW_" + "_".join(str(p) for p in first["loc"]).upper()
        fail(f"bad setting {name}: {first['msg']}")


@app.command()
def worker() -> None:
    """Run the stream processor: consume the raw topic, publish events.

    Example:  NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 newsflow worker
    """
    from service.worker import run_worker

    raise typer.Exit(run_worker(load_settings()))


@app.command()
def process(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders (.json, .jsonl, .txt, .html), or - for stdin."),
    ],
) -> None:
    """Run the pipeline offline and print the events the worker would publish, as JSONL.

    Examples:
      newsflow process tests/data/reuters-mali.txt
      cat envelopes.jsonl | newsflow process -
    """
    from service.offline import expand, read_records, read_stdin
    from service.pipeline.types import RecordIn
    from service.runtime import Processor

    settings = load_settings()
    files = expand(Path(p) for p in paths if p != "-")
    for path in files:
        if not path.is_file():
            fail(f"no such file: {path}")

    def records() -> Iterator[RecordIn]:
        for raw in paths:
            if raw == "-":
                yield from read_stdin(sys.stdin.buffer)
        for path in files:
            yield from read_records(path)

    processor = Processor(settings)
    out = sys.stdout.buffer
    batch: list[RecordIn] = []
    for record in records():
        batch.append(record)
        if len(batch) >= 16:
            _emit(processor.process(batch), out)
            batch = []
    if batch:
        _emit(processor.process(batch), out)


def _emit(outcomes: list, out: object) -> None:  # type: ignore[type-arg]
    for outcome in outcomes:
        for message in outcome.messages:
            out.write(message.value + b"\n")  # type: ignore[attr-defined]
    out.flush()  # type: ignore[attr-defined]


@schemas_app.command("export")
def schemas_export(
    folder: Annotated[Path, typer.Option(help="Where to write the files.")] = DEFAULT_SCHEMA_DIR,
) -> None:
    """Write the JSON Schema (2020-12) of every event to FOLDER.

    Example:  newsflow schemas export --folder schemas
    """
    from service.schemas import export

    for path in export(folder):
        typer.echo(f"wrote {path}")


@schemas_app.command("check")
def schemas_check(
    folder: Annotated[Path, typer.Option(help="Folder of committed schemas.")] = DEFAULT_SCHEMA_DIR,
) -> None:
    """Fail when the files in FOLDER differ from the models (run `schemas export` to fix).

    Example:  newsflow schemas check
    """
    from service.schemas import drift

    stale = drift(folder)
    if stale:
        fail(
            f"schemas drifted from the models: {', '.join(stale)}; run `newsflow schemas export`", 1
        )
    typer.echo("schemas are up to date")


def main() -> None:
    app()
