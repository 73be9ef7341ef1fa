"""`newsflow produce`: publish files (envelopes or bare pages) to the raw topic."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import orjson
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from service.commands.clients import started_producer
from service.commands.inputs import read_records
from service.config import Settings
from service.pipeline.types import RecordIn


def record_key(record: RecordIn) -> bytes | None:
    """The article's id as the record key: the `id` header of a bare page, or the envelope's."""
    for name, value in record.headers:
        if name == "id":
            return value
    try:
        envelope = orjson.loads(record.value or b"")
    except orjson.JSONDecodeError:
        return None
    upstream = envelope.get("id") if isinstance(envelope, dict) else None
    return str(upstream).encode() if upstream is not None else None


async def produce_files(settings: Settings, files: Sequence[Path], show_progress: bool) -> int:
    """Publish every record of ``files``; return how many, all acknowledged by the broker."""
    producer = await started_producer(settings)
    sent = 0
    try:
        with Progress(
            TextColumn("[bold]produce"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=not show_progress,
        ) as progress:
            task = progress.add_task("files", total=len(files))
            for path in files:
                futures = [
                    await producer.send(
                        settings.topic_raw,
                        key=record_key(record),
                        value=record.value,
                        headers=list(record.headers) or None,
                    )
                    for record in read_records(path)
                ]
                await asyncio.gather(*futures)
                sent += len(futures)
                progress.advance(task)
    finally:
        await producer.stop()
    return sent
