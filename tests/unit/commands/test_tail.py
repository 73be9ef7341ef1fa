"""`newsflow tail` prints event text literally: rich markup, emoji codes and control
characters in a headline, a name or a detail are shown as they are, never interpreted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
import pytest

from service.commands import tail as tail_module
from service.config import Settings

TRICKY = "Markets [/x] rally [updated] [bold]big[/bold] :warning: \\"


@dataclass
class FakeRecord:
    value: bytes


class FakeConsumer:
    """Hands out the given events once, then nothing (like an idle topic)."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.batches = [{"tp": [FakeRecord(orjson.dumps(e)) for e in events]}]

    async def getmany(self, timeout_ms: int) -> dict[str, list[FakeRecord]]:
        return self.batches.pop() if self.batches else {}


def article(headline: str) -> dict[str, Any]:
    return {
        "event_type": "article.normalized",
        "article_id": "a-1",
        "headline": headline,
        "word_count": 12,
        "entities": [],
    }


async def tail_output(
    events: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> list[str]:
    """What `tail` prints for ``events`` (readable mode), line by line."""

    async def started(*_args: Any, **_kwargs: Any) -> FakeConsumer:
        return FakeConsumer(events)

    async def stop(_consumer: Any) -> None:
        return None

    monkeypatch.setattr(tail_module, "started_consumer", started)
    monkeypatch.setattr(tail_module, "stop_consumer", stop)
    printed = await tail_module.tail(
        Settings(), ["t"], from_beginning=True, as_json=False, limit=len(events), idle_exit_s=1
    )
    assert printed == len(events)
    return capsys.readouterr().out.splitlines()


async def test_a_headline_with_markup_is_printed_literally(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`[/x]` does not crash, `[updated]` and `[bold]` are not eaten, `:warning:` stays text."""
    lines = await tail_output([article(TRICKY)], monkeypatch, capsys)
    assert lines == [f"article  a-1  {TRICKY}  12 words, 0 entities"]


async def test_entities_and_rejections_are_printed_literally(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names, reasons and details keep their brackets; the origin reads topic[partition]@offset."""
    entity = {
        "event_type": "entity.mentioned",
        "entity_type": "ORGANIZATION",
        "name": "[red]Acme[/]",
        "entity_id": "e-1",
        "mention_count": 2,
        "salience": 0.5,
    }
    rejected = {
        "event_type": "article.rejected",
        "reason": "invalid_json",
        "origin": {"topic": "articles.raw", "partition": 0, "offset": 7},
        "detail": "bad [/] value",
    }
    lines = await tail_output([entity, rejected], monkeypatch, capsys)
    assert lines == [
        "entity   ORGANIZATION [red]Acme[/]  e-1 x2 salience 0.50",
        "rejected invalid_json  articles.raw[0]@7  bad [/] value",
    ]


def test_control_characters_are_shown_not_sent_to_the_terminal() -> None:
    """An escape sequence or a newline in a headline is shown as an escape: it can neither
    clear the screen nor split the event's line."""
    text = tail_module.summary(article("Breaking\x1b[2J news\nnow")).plain
    assert text == "article  a-1  Breaking\\x1b[2J news\\x0anow  12 words, 0 entities"
