"""`newsflow produce`: publish files (envelopes or bare pages) to the raw topic."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import orjson
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from service.commands.clients import started_producer
from service.commands.inputs import read_records
from service.config import Settings
from service.ids import canonical_url
from service.pipeline.types import RecordIn

CHUNK = 500  # records in flight at most


def record_key(record: RecordIn) -> bytes | None:
    """The raw topic's key rule (docs/events.md): the article's id (the `id` header of a bare
    page, or the envelope's), else its canonical URL; None when the record has neither."""
    headers = dict(record.headers)
    if headers.get("id"):
        return headers["id"]
    try:
        envelope = orjson.loads(record.value or b"")
    except orjson.JSONDecodeError:
        envelope = None
    fields = envelope if isinstance(envelope, dict) else {}
    if fields.get("id") is not None:
        return str(fields["id"]).encode()
    url_header = headers.get("url")
    url = fields.get("url") or (url_header.decode("utf-8", "replace") if url_header else None)
    canonical = canonical_url(str(url)) if url else None
    return canonical.encode() if canonical else None


async def produce_files(
    settings: Settings, files: Sequence[Path], total: int, show_progress: bool
) -> int:
    """Publish every record of ``files`` (``total`` records), with a progress bar in records;
    return how many were published, all acknowledged by the broker."""
    producer = await started_producer(settings)
    sent = 0
    try:
        with Progress(
            TextColumn("[bold]produce"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("records"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not show_progress,
        ) as progress:
            task = progress.add_task("records", total=total)
            for path in files:
                for chunk in _chunked(read_records(path)):
                    futures = [
                        await producer.send(
                            settings.topic_raw,
                            key=record_key(record),
                            value=record.value,
                            headers=list(record.headers) or None,
                        )
                        for record in chunk
                    ]
                    await asyncio.gather(*futures)
                    sent += len(futures)
                    progress.advance(task, len(futures))
    finally:
        await producer.stop()
    return sent


def _chunked(records: Iterable[RecordIn], size: int = CHUNK) -> Iterator[list[RecordIn]]:
    """Records in lists of ``size``: each list is acknowledged before the bar moves on."""
    chunk: list[RecordIn] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
