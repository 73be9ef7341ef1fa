"""The ``newsflow`` command line (typer). Errors print one line and exit non-zero."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, get_args

import typer
from pydantic import ValidationError

from service import __version__
from service.commands.failures import fail, input_files, run_async
from service.config import Settings
from service.events import RejectReason

app = typer.Typer(
    name="newsflow",
    help="Event-driven news ingestion: clean, structure and enrich scraped articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # subcommands inherit the help option names from this context
    context_settings={"help_option_names": ["-h", "--help"]},
)
schemas_app = typer.Typer(help="Write or verify the JSON Schema files.", no_args_is_help=True)
app.add_typer(schemas_app, name="schemas")
topics_app = typer.Typer(help="Create or describe newsflow's topics.", no_args_is_help=True)
app.add_typer(topics_app, name="topics")
dlq_app = typer.Typer(help="Work with the dead-letter topic.", no_args_is_help=True)
app.add_typer(dlq_app, name="dlq")

DEFAULT_SCHEMA_DIR = Path("schemas")
REASONS: tuple[str, ...] = get_args(RejectReason)


def load_settings() -> Settings:
    """Settings from the environment; a bad value or combination is one line and exit 2."""
    from service.commands.settings_errors import one_line

    try:
        return Settings()
    except ValidationError as exc:
        fail(one_line(exc))


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"newsflow {__version__}")
        raise typer.Exit


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    pass  # the help is the app's; this callback only carries --version


@app.command()
def worker(
    processes: Annotated[
        int,
        typer.Option(
            min=1,
            help="Worker processes on this host, sharing the consumer group; process i serves "
            "its web pages on NEWSFLOW_WEB_PORT + i.",
        ),
    ] = 1,
) -> None:
    """Run the stream processor: consume the raw topic, publish events.

    Examples:
      NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 newsflow worker
      newsflow worker --processes 2     # two workers in the same consumer group
    """
    from service.commands.topics import ensure_topics

    settings = load_settings()
    # fails fast, in one line, when Kafka is unreachable or refuses the credentials
    created = run_async(settings, ensure_topics(settings))
    if processes > 1:
        from service.worker.supervisor import supervise

        raise typer.Exit(supervise(processes, settings.web_port))
    from service.worker.run import run_worker

    raise typer.Exit(run_worker(settings, created))


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
      newsflow process tests/data/charsets/       # every input file in a folder
      echo '{"id": "a1", "content": "Merkel met Macron in Paris."}' | newsflow process -
    """
    from service.commands.inputs import count_records, described, empty, first_or_none, read_stdin
    from service.commands.process import run_offline
    from service.processor import Processor

    settings = load_settings()
    from_stdin = "-" in paths
    files = input_files(p for p in paths if p != "-")
    if not files and not from_stdin:
        fail(f"no input files in {described(paths)} (.json, .jsonl, .txt, .html)")
    total = count_records(files)
    stdin = first_or_none(read_stdin(sys.stdin.buffer)) if from_stdin else None
    if total == 0 and stdin is None:
        fail(f"nothing to process: {empty([*(['stdin'] if from_stdin else []), *files])}")
    known = None if from_stdin else total  # stdin's length is unknown
    run_offline(
        Processor.load(settings),
        files,
        stdin,
        sys.stdout.buffer,
        total=known,
        progress=(known or 0) > 1 or (stdin is not None and sys.stderr.isatty()),
    )


@app.command()
def produce(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to publish.")],
) -> None:
    """Publish files to the raw topic: .json/.jsonl envelopes or bare .txt/.html pages.

    Examples:
      newsflow produce tests/data/reuters-mali.txt
      newsflow produce tests/data/charsets/       # every input file in a folder
    """
    from service.commands.inputs import count_records, described, empty
    from service.commands.produce import produce_files

    settings = load_settings()
    files = input_files(paths)
    if not files:
        fail(f"no input files in {described(paths)} (.json, .jsonl, .txt, .html)")
    total = count_records(files)
    if total == 0:
        fail(f"nothing to publish: {empty(files)}")
    show = sys.stderr.isatty()
    sent = run_async(settings, produce_files(settings, files, total, show_progress=show))
    typer.echo(f"published {sent} record(s) to {settings.topic_raw}", err=True)


@app.command()
def tail(
    topic: Annotated[
        list[str] | None,
        typer.Option("--topic", "-t", help="normalized, entities, rejected (repeatable)."),
    ] = None,
    from_beginning: Annotated[bool, typer.Option(help="Start at the oldest event.")] = False,
    json: Annotated[bool, typer.Option("--json", help="Print raw JSON lines.")] = False,
    limit: Annotated[int | None, typer.Option(help="Stop after this many events.")] = None,
    idle_exit: Annotated[
        float | None, typer.Option(help="Stop after this many seconds without events.")
    ] = None,
) -> None:
    """Follow the output topics.

    Examples:
      newsflow tail                          # all three topics, readable, from now on
      newsflow tail -t rejected --from-beginning --json
    """
    from service.commands.tail import output_topics
    from service.commands.tail import tail as run_tail

    settings = load_settings()
    names = output_topics(settings)
    unknown = [t for t in topic or [] if t not in names]
    if unknown:
        fail(f"unknown topic {unknown[0]!r}; choose from {', '.join(names)}")
    run_async(
        settings,
        run_tail(
            settings,
            [names[t] for t in topic or names],
            from_beginning=from_beginning,
            as_json=json,
            limit=limit,
            idle_exit_s=idle_exit,
        ),
    )


@topics_app.command("create")
def topics_create(
    retention_hours: Annotated[
        float | None, typer.Option(help="retention.ms for the created topics.")
    ] = None,
) -> None:
    """Create the four topics with NEWSFLOW_TOPIC_PARTITIONS partitions (existing ones stay).

    Example:  NEWSFLOW_TOPIC_PARTITIONS=12 newsflow topics create --retention-hours 168
    """
    from service.commands.topics import ensure_topics

    settings = load_settings()
    retention = int(retention_hours * 3_600_000) if retention_hours else None
    created = run_async(settings, ensure_topics(settings, retention))
    for name in created:
        typer.echo(f"created {name} ({settings.topic_partitions} partitions)")
    if not created:
        typer.echo("all topics exist already")


@topics_app.command("describe")
def topics_describe() -> None:
    """Show each topic's partition count and retention.

    Example:  newsflow topics describe
    """
    from service.commands.topics import describe_topics

    settings = load_settings()
    for info in run_async(settings, describe_topics(settings)):
        state = f"{info.partitions} partitions" if info.exists else "missing"
        retention = f", retention.ms={info.retention_ms}" if info.retention_ms else ""
        typer.echo(f"{info.name}: {state}{retention}")


@dlq_app.command("replay")
def dlq_replay(
    reason: Annotated[
        str | None, typer.Option(help=f"Only this reason code: {', '.join(REASONS)}.")
    ] = None,
    since: Annotated[
        datetime | None, typer.Option(help="Only rejections processed at or after (ISO 8601).")
    ] = None,
    dry_run: Annotated[bool, typer.Option(help="Count what would be replayed.")] = False,
) -> None:
    """Republish rejected payloads to the raw topic, once the cause is fixed.

    Examples:
      newsflow dlq replay --reason processing_error --dry-run
      newsflow dlq replay --since 2026-01-01T00:00:00+00:00
    """
    from service.commands.dlq import replay

    if reason is not None and reason not in REASONS:
        fail(f"unknown reason {reason!r}; choose from {', '.join(REASONS)}")
    if since is not None and since.tzinfo is None:
        fail("--since needs a timezone, e.g. 2026-01-01T00:00:00+00:00")
    settings = load_settings()
    report = run_async(settings, replay(settings, reason, since, dry_run))
    typer.echo(report.summary(dry_run))


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
