"""Mixed input streams for fault tests, and the accounting that proves nothing was lost."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import orjson

from devtools.worker_process import Topics, consume_until, produce

PEOPLE = ["Amina Diallo", "Kenji Watanabe", "Maria Gonzalez", "Olaf Berg", "Priya Nair"]
PLACES = ["Nairobi", "Osaka", "Lima", "Oslo", "Chennai", "Dakar", "Lyon", "Quito"]
ORGS = ["the World Bank", "the United Nations", "Siemens", "the African Union", "Toyota"]
MALFORMED = [
    b"{broken json",
    b"[1, 2, 3]",
    b'{"title": "envelope without content"}',
    b'{"content": ""}',
    b"\xff\xfe\x00\x01 binary",
]


def article(i: int, tag: str) -> bytes:
    """A short, valid, distinct news article envelope."""
    person, place = PEOPLE[i % len(PEOPLE)], PLACES[i % len(PLACES)]
    org = ORGS[i % len(ORGS)]
    body = (
        f"{place.upper()} (Reuters) - {person} said on Tuesday that {org} would open "
        f"a new office in {place} next year, the {i}th such announcement this season.\n"
        f"The plan, worth {i * 7 + 3} million dollars, was welcomed by local officials "
        f"who said it would create jobs in {place} and the surrounding region.\n"
        f'"This is a good day for {place}," {person} told reporters.'
    )
    return orjson.dumps({"id": f"{tag}-{i}", "title": f"{org} expands in {place}", "content": body})


@dataclass
class Stream:
    """N inputs of which every ``malformed_every``-th is bad; remembers where each landed."""

    n: int
    malformed_every: int = 5
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    positions: dict[tuple[int, int], str] = field(default_factory=dict)  # (p, o) -> input id

    def is_bad(self, i: int) -> bool:
        return self.malformed_every > 0 and i % self.malformed_every == 0

    def message(self, i: int) -> tuple[bytes, bytes, None]:
        key = f"{self.tag}-{i}".encode()
        value = MALFORMED[(i // self.malformed_every) % len(MALFORMED)] if self.is_bad(i) else None
        return key, value or article(i, self.tag), None

    async def send(self, bootstrap: str, topic: str, indices: range) -> None:
        positions = await produce(bootstrap, topic, [self.message(i) for i in indices])
        for i, pos in zip(indices, positions, strict=True):
            self.positions[pos] = f"{self.tag}-{i}"


@dataclass
class Accounting:
    """Outcomes per input, from the output topics."""

    outcomes: dict[str, list[dict[str, Any]]]
    entity_events: list[dict[str, Any]]

    def missing(self, stream: Stream) -> list[str]:
        return sorted(set(stream.positions.values()) - set(self.outcomes))


def input_id(event: dict[str, Any], tag: str) -> str | None:
    """Which input an outcome belongs to: source_id for articles, the key for rejections."""
    if event["event_type"] == "article.normalized":
        sid = event.get("source_id")
        return sid if sid and sid.startswith(tag) else None
    if event["event_type"] == "article.rejected":
        key = (event.get("_key") or b"").decode(errors="replace")
        return key if key.startswith(tag) else None
    return None


async def account(
    bootstrap: str, topics: Topics, stream: Stream, within_s: float = 240.0
) -> Accounting:
    """Read outputs until every input has an outcome (or the time is up)."""
    wanted = set(stream.positions.values())

    def done(events: list[dict[str, Any]]) -> bool:
        seen = {input_id(e, stream.tag) for e in events}
        return wanted <= seen

    events = await consume_until(
        bootstrap, [topics.normalized, topics.rejected, topics.entities], done, within_s
    )
    outcomes: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        iid = input_id(event, stream.tag)
        if iid is not None:
            outcomes.setdefault(iid, []).append(event)
    entity_events = [
        e
        for e in events
        if e["event_type"] == "entity.mentioned"
        and (e.get("source_id") or "").startswith(stream.tag)
    ]
    return Accounting(outcomes, entity_events)


def without_time(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k not in ("processed_at", "_topic", "_key")}


def assert_nothing_lost(stream: Stream, acc: Accounting) -> None:
    """Every input offset has exactly one outcome (duplicates identical but for processed_at)."""
    missing = acc.missing(stream)
    assert missing == [], (
        f"{len(missing)} of {len(stream.positions)} inputs have no outcome, e.g. {missing[:5]}"
    )
    by_input = {v: k for k, v in stream.positions.items()}
    for iid, events in acc.outcomes.items():
        kinds = {e["event_type"] for e in events}
        assert len(kinds) == 1, f"{iid} has both outcomes: {kinds}"
        first = without_time(events[0])
        for dup in events[1:]:
            assert without_time(dup) == first, f"{iid}: a duplicate differs"
        i = int(iid.rsplit("-", 1)[1])
        expected = "article.rejected" if stream.is_bad(i) else "article.normalized"
        assert kinds == {expected}, f"{iid}: expected {expected}, got {kinds}"
        if expected == "article.rejected":
            origin = events[0]["origin"]
            assert (origin["partition"], origin["offset"]) == by_input[iid]
    # entity duplicates are identical too
    by_event: dict[str, dict[str, Any]] = {}
    for e in acc.entity_events:
        prev = by_event.setdefault(e["event_id"], without_time(e))
        assert prev == without_time(e)


def assert_clean_log(text: str) -> None:
    """No unhandled exception reached the worker's log."""
    assert "Traceback" not in text, text[
        text.find("Traceback") - 2000 : text.find("Traceback") + 3000
    ]
