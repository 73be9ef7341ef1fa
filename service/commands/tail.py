"""`newsflow tail`: follow the output topics, as JSON lines or a readable summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

import orjson
from rich.console import Console

from service.commands.clients import started_consumer, stop_consumer
from service.config import Settings


def summary(event: dict[str, Any]) -> str:
    """One readable line per event."""
    kind = event.get("event_type", "?")
    if kind == "article.normalized":
        headline = event.get("headline") or "(no headline)"
        counts = f"{event.get('word_count', 0)} words, {len(event.get('entities', []))} entities"
        return f"[green]article[/]  {event['article_id']}  {headline}  [dim]{counts}[/]"
    if kind == "entity.mentioned":
        return (
            f"[cyan]entity[/]   {event['entity_type']:<12} {event['name']}"
            f"  [dim]{event['entity_id']} x{event.get('mention_count', 0)}"
            f" salience {event.get('salience', 0):.2f}[/]"
        )
    if kind == "article.rejected":
        origin = event.get("origin") or {}
        return (
            f"[red]rejected[/] {event['reason']}  [dim]{origin.get('topic')}"
            f"[{origin.get('partition')}]@{origin.get('offset')}[/]  {event.get('detail', '')}"
        )
    return orjson.dumps(event).decode()


async def tail(
    settings: Settings,
    topics: Sequence[str],
    *,
    from_beginning: bool,
    as_json: bool,
    limit: int | None,
    idle_exit_s: float | None,
) -> int:
    """Print events until ``limit`` events, ``idle_exit_s`` without any, or Ctrl-C."""
    consumer = await started_consumer(
        settings, *topics, auto_offset_reset="earliest" if from_beginning else "latest"
    )
    console = Console(highlight=False, soft_wrap=True)
    printed = 0
    last = time.monotonic()
    try:
        while limit is None or printed < limit:
            batch = await consumer.getmany(timeout_ms=500)
            if not batch and idle_exit_s is not None and time.monotonic() - last > idle_exit_s:
                break
            for records in batch.values():
                for record in records:
                    last = time.monotonic()
                    if as_json:
                        sys.stdout.buffer.write(record.value + b"\n")
                        sys.stdout.flush()
                    else:
                        console.print(summary(orjson.loads(record.value)))
                    printed += 1
                    if limit is not None and printed >= limit:
                        return printed
    finally:
        await stop_consumer(consumer)
    return printed
