"""The window: which articles are live, and the sweep that deletes the others.

An article is live while its last sighting (kept to the hour, ``TOUCH_SECONDS``) is within
``window_days`` of the sighting being observed; expired articles are ignored. Pruning is
lazy: an expired entry is deleted when ``observe`` meets it (its own id or a candidate,
``live``), and ``prune`` sweeps the whole store (for a periodic timer). An article that
comes back after expiry starts again at version 1.

Sightings are dated by ``seen_at``; naive datetimes are taken as UTC.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Final

from service.dedup.entry import ArticleEntry
from service.dedup.store import EntryStore

DAY: Final = 86_400.0
TOUCH_SECONDS: Final = 3_600.0  # liveness is kept to the hour: windows are days long


def epoch(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def when(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, tz=UTC)


def horizon(now: float, window_days: float) -> float:
    """The earliest last sighting of a live article, at ``now`` (epoch seconds)."""
    return now - window_days * DAY


def live(store: EntryStore, article_id: str, horizon: float) -> ArticleEntry | None:
    """The article's entry when it is live; an expired one is deleted on the way."""
    entry = store.get(article_id)
    if entry is None:
        return None
    if entry.last_seen < horizon:
        store.delete(article_id)
        return None
    return entry


def touch(store: EntryStore, article_id: str, entry: ArticleEntry, now: float) -> None:
    """Move the last sighting forward; at most once per ``TOUCH_SECONDS``, so a page that
    is re-crawled every minute does not rewrite its entry (a changelog record) every time."""
    if now - entry.last_seen >= TOUCH_SECONDS:
        store.put(article_id, replace(entry, last_seen=now))


def prune(store: EntryStore, *, now: datetime, window_days: float) -> int:
    """Delete every expired article; returns the number of entries deleted. A full sweep:
    call it from a timer, not per message."""
    dead = store.expired(horizon(epoch(now), window_days))
    for article_id in dead:
        store.delete(article_id)
    return len(dead)
