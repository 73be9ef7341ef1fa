"""Input files and streams of ``newsflow process`` and ``newsflow produce``, as records.

A ``.jsonl`` line is one envelope, a ``.json`` file one envelope, a ``.txt``/``.html`` file
one bare page (its file name is its id); folders expand to the input files they hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from service.pipeline.types import RecordIn

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
