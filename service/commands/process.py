"""Offline mode: files or stdin in, the exact events the worker would publish out (JSONL)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from service.commands.inputs import read_records, read_stdin
from service.dedup import InMemoryDedup
from service.dedup.link import dedupe_all
from service.pipeline.types import Outcome, RecordIn
from service.processor import Processor

BATCH = 16


def _write(outcomes: list[Outcome], out: BinaryIO) -> None:
    for outcome in outcomes:
        for message in outcome.messages:
            out.write(message.value + b"\n")
    out.flush()


def _batched(records: Iterable[RecordIn]) -> Iterator[list[RecordIn]]:
    batch: list[RecordIn] = []
    for record in records:
        batch.append(record)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def run_offline(
    processor: Processor,
    files: list[Path],
    stdin: BinaryIO | None,
    out: BinaryIO,
    progress: bool,
) -> None:
    """Process stdin (when given) then each file, in batches; a progress bar on stderr.

    Duplicates and versions are linked across all inputs of the run (one in-memory store)."""
    settings = processor.settings
    dedup = InMemoryDedup(
        window_days=settings.dedup_window_days, near_threshold=settings.dedup_near_threshold
    )

    def process(batch: list[RecordIn]) -> list[Outcome]:
        return dedupe_all(
            processor.process(batch),
            dedup.entries,
            window_days=dedup.window_days,
            near_threshold=dedup.near_threshold,
            max_message_bytes=settings.max_message_bytes,
        )

    if stdin is not None:
        for batch in _batched(read_stdin(stdin)):
            _write(process(batch), out)
    with Progress(
        TextColumn("[bold]process"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not progress,
    ) as bar:
        task = bar.add_task("files", total=len(files))
        for path in files:
            for batch in _batched(read_records(path)):
                _write(process(batch), out)
            bar.advance(task)
