"""Input files and streams of ``newsflow process`` and ``newsflow produce``, as records.

A ``.jsonl`` line is one envelope, a ``.json`` file one envelope, a ``.txt``/``.html`` file
one bare page (its file name is its id); folders expand to the input files they hold.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
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


def count_records(files: Sequence[Path]) -> int:
    """How many records ``read_records`` will yield for ``files``: the non-blank lines of a
    .jsonl (one fast pass over the bytes), one for any other file."""
    total = 0
    for path in files:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            with path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def first_or_none(records: Iterator[RecordIn]) -> Iterator[RecordIn] | None:
    """``records`` unchanged, or None when it yields nothing (reads one record ahead)."""
    first = next(records, None)
    return None if first is None else itertools.chain([first], records)


def described(inputs: Sequence[object], most: int = 3) -> str:
    """``a``, ``a and b``, ``a, b, c and 4 more``: inputs named in a one-line message."""
    names = [str(p) for p in inputs]
    if len(names) > most:
        return f"{', '.join(names[:most])} and {len(names) - most} more"
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


def empty(inputs: Sequence[object]) -> str:
    """``a.jsonl is empty`` / ``a.jsonl, b.jsonl and stdin are empty``."""
    return f"{described(inputs)} {'is' if len(inputs) == 1 else 'are'} empty"
