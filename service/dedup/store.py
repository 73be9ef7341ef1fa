"""The store ``observe`` works on: article entries by id, and the candidate lookup beside them.

``EntryStore`` reads and writes ``ArticleEntry`` values over a backing mapping of their JSON
form (``entry.py``): a dict offline, the changelog-backed Faust table in the worker
(``service/worker/table.py``). Its writes also update its ``Candidates``; writes that reach
the backing mapping another way (a changelog record from another worker) are passed to
``follow``.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from service.dedup.candidates import Candidates
from service.dedup.entry import ArticleEntry, article_id_of, article_key, last_seen_of


class EntryStore:
    """Article entries by id over ``backing`` (a dict or a Faust table of their JSON form),
    and the ``Candidates`` of those entries. Built over a mapping that already holds
    entries, it lists them first."""

    def __init__(self, backing: MutableMapping[str, Any]) -> None:
        self.backing = backing
        self.candidates = Candidates()
        self.resync()

    def get(self, article_id: str) -> ArticleEntry | None:
        # Faust tables answer ``get`` without the KeyError round trip of ``__getitem__``.
        value = self.backing.get(article_key(article_id))
        return None if value is None else ArticleEntry.from_json(value)

    def put(self, article_id: str, entry: ArticleEntry) -> None:
        self.backing[article_key(article_id)] = entry.to_json()
        self.candidates.put(article_id, entry)

    def delete(self, article_id: str) -> None:
        del self.backing[article_key(article_id)]
        self.candidates.put(article_id, None)

    def items(self) -> list[tuple[str, ArticleEntry]]:
        """Every article's id and entry: a full scan, listed before it is returned (so the
        caller may delete on the way)."""
        return [
            (article_id_of(key), ArticleEntry.from_json(value))
            for key, value in list(self.backing.items())
            if value is not None
        ]

    def expired(self, horizon: float) -> list[str]:
        """The ids of the articles last seen before ``horizon`` (epoch seconds), and of any
        key that holds nothing: a full scan that reads only each entry's last sighting."""
        return [
            article_id_of(key)
            for key, value in list(self.backing.items())
            if value is None or last_seen_of(value) < horizon
        ]

    def follow(self, key: str, value: Any) -> None:
        """A write that reached ``backing`` directly (a changelog record): ``value`` is what
        ``backing`` now holds under ``key`` (None when nothing)."""
        entry = None if value is None else ArticleEntry.from_json(value)
        self.candidates.put(article_id_of(key), entry)

    def resync(self) -> None:
        """List exactly the entries ``backing`` holds (after it was restored wholesale)."""
        self.candidates.sync(self.items())
