"""Offline mode: files or stdin in, the exact events the worker would publish out (JSONL)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from service.commands.inputs import read_records
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
    stdin: Iterable[RecordIn] | None,
    out: BinaryIO,
    *,
    total: int | None,
    progress: bool,
) -> int:
    """Process the ``stdin`` records (when given) then each file, in batches, with a progress
    bar in records on stderr (``total`` None: unknown); return how many records were read.

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

    # inputs one after the other; a batch holds records of one input only
    sources = itertools.chain([stdin] if stdin is not None else [], map(read_records, files))
    read = 0
    with Progress(
        TextColumn("[bold]process"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("records"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not progress,
    ) as bar:
        task = bar.add_task("records", total=total)
        for source in sources:
            for batch in _batched(source):
                _write(process(batch), out)
                read += len(batch)
                bar.advance(task, len(batch))
    return read
