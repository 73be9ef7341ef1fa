"""`newsflow tail`: follow the output topics, as JSON lines or a readable summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

import orjson
from rich.console import Console
from rich.text import Text

from service.commands.clients import started_consumer, stop_consumer
from service.config import Settings


def output_topics(settings: Settings) -> dict[str, str]:
    """The topics ``tail`` follows, by their short names (``--topic``)."""
    return {
        "normalized": settings.topic_normalized,
        "entities": settings.topic_entities,
        "rejected": settings.topic_rejected,
    }


# control characters (C0 but tab, DEL, C1) shown as escapes: a scraped headline could
# otherwise move the cursor, clear the screen or break the one-line-per-event layout
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0)]}


def _literal(value: object) -> str:
    return str(value).translate(_CONTROLS)


def summary(event: dict[str, Any]) -> Text:
    """One readable line per event. Event text is never read as rich markup (a headline may
    hold ``[/x]`` or ``[updated]``): each piece is a plain string with a style."""
    kind = event.get("event_type", "?")
    if kind == "article.normalized":
        headline = _literal(event.get("headline") or "(no headline)")
        counts = f"{event.get('word_count', 0)} words, {len(event.get('entities', []))} entities"
        return Text.assemble(
            ("article", "green"),
            f"  {_literal(event['article_id'])}  {headline}  ",
            (counts, "dim"),
        )
    if kind == "entity.mentioned":
        return Text.assemble(
            ("entity", "cyan"),
            f"   {_literal(event['entity_type']):<12} {_literal(event['name'])}  ",
            (
                f"{_literal(event['entity_id'])} x{event.get('mention_count', 0)}"
                f" salience {event.get('salience', 0):.2f}",
                "dim",
            ),
        )
    if kind == "article.rejected":
        origin = event.get("origin") or {}
        where = f"{origin.get('topic')}[{origin.get('partition')}]@{origin.get('offset')}"
        return Text.assemble(
            ("rejected", "red"),
            f" {_literal(event['reason'])}  ",
            (_literal(where), "dim"),
            f"  {_literal(event.get('detail', ''))}",
        )
    return Text(orjson.dumps(event).decode())


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
