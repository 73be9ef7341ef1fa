"""Offline mode: files or stdin in, the exact events the worker would publish out (JSONL)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from service.dedup import IndexedStore
from service.pipeline.dedupe import dedupe_all
from service.pipeline.types import Outcome, RecordIn
from service.processor import Processor

BATCH = 16

BARE_TYPES = {
    ".txt": b"text/plain",
    ".text": b"text/plain",
    ".html": b"text/html",
    ".htm": b"text/html",
}
ENVELOPE_SUFFIXES = {".json", ".jsonl", ".ndjson"}
INPUT_SUFFIXES = set(BARE_TYPES) | ENVELOPE_SUFFIXES


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders expanded to the input files they hold, sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES))
        else:
            out.append(path)
    return out


def _lines(stream: BinaryIO, origin: str) -> Iterator[RecordIn]:
    for number, line in enumerate(stream):
        if line.strip():
            yield RecordIn(value=line.rstrip(b"\r\n"), topic=origin, partition=0, offset=number)


def read_records(path: Path) -> Iterator[RecordIn]:
    """Records of one file: a .jsonl line each, a .json envelope, or a bare page."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as fh:
            yield from _lines(fh, str(path))
        return
    data = path.read_bytes()
    if suffix in BARE_TYPES:
        headers = (("content-type", BARE_TYPES[suffix]), ("id", path.stem.encode()))
        yield RecordIn(value=data, headers=headers, topic=str(path), partition=0, offset=0)
    else:
        # .json and anything unknown: one envelope per file; decode judges it.
        yield RecordIn(value=data, topic=str(path), partition=0, offset=0)


def read_stdin(stream: BinaryIO) -> Iterator[RecordIn]:
    return _lines(stream, "-")


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

    Duplicates and versions are linked across all inputs of the run (an in-memory store)."""
    store = IndexedStore({})
    settings = processor.settings

    def process(batch: list[RecordIn]) -> list[Outcome]:
        return dedupe_all(
            processor.process(batch),
            store,
            window_days=settings.dedup_window_days,
            near_threshold=settings.dedup_near_threshold,
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
