"""The candidate lookup: one stored key per article, the rest derived and kept current."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from service.dedup import Candidates, EntryStore, InMemoryDedup, observe
from service.dedup.fingerprint import minhash
from tests.unit.dedup.corpus import SAME_TOPIC, WIRE, syndicated

T0 = datetime(2024, 6, 11, 8, 0, tzinfo=UTC)


def see(store: Any, article_id: str, body: Any, minutes: float = 0) -> Any:
    return observe(
        store,
        article_id=article_id,
        paragraphs=body,
        headline=None,
        seen_at=T0 + timedelta(minutes=minutes),
        window_days=7.0,
    )


def test_a_sighting_writes_one_key_and_a_recrawl_none() -> None:
    """New articles, copies and updates write only their own ``a:`` entry."""
    writes: list[str] = []

    class Recording(dict[str, Any]):
        def __setitem__(self, key: str, value: Any) -> None:
            writes.append(key)
            super().__setitem__(key, value)

    store = EntryStore(Recording())
    see(store, "wire", WIRE)
    see(store, "copy", syndicated(WIRE), minutes=1)
    see(store, "wire", WIRE, minutes=2)
    see(store, "wire", WIRE[:-1], minutes=3)
    assert writes == ["a:wire", "a:copy", "a:wire"]
    assert sorted(store.backing) == ["a:copy", "a:wire"]


def test_lookup_rebuilt_from_the_entries_links_like_the_live_one() -> None:
    """A store read back from its entries alone (a changelog replay) links the same way."""
    live = InMemoryDedup()
    live.observe(article_id="wire", paragraphs=WIRE, headline=None, seen_at=T0)
    live.observe(article_id="other", paragraphs=SAME_TOPIC, headline=None, seen_at=T0)
    replayed = EntryStore(orjson.loads(orjson.dumps(live.store)))
    copy = see(replayed, "copy", syndicated(WIRE), minutes=1)
    assert copy.near_duplicate_of == "wire"
    assert see(replayed, "dup", list(WIRE), minutes=2).duplicate_of == "wire"


def test_follow_lists_entries_written_elsewhere_and_forgets_deleted_ones() -> None:
    """Entries another worker wrote (applied to the backing mapping) become candidates."""
    other = InMemoryDedup()
    other.observe(article_id="wire", paragraphs=WIRE, headline=None, seen_at=T0)
    backing: dict[str, Any] = {}
    mine = EntryStore(backing)
    backing["a:wire"] = other.store["a:wire"]
    mine.follow("a:wire", backing["a:wire"])
    assert see(mine, "copy", syndicated(WIRE), minutes=1).near_duplicate_of == "wire"
    del backing["a:wire"]
    mine.follow("a:wire", None)
    assert see(mine, "copy-2", syndicated(WIRE), minutes=2).near_duplicate_of == "copy"


def test_an_exact_copy_of_an_earlier_version_links_to_the_updated_article() -> None:
    """``duplicate_of`` covers bodies an article had before its update."""
    store = EntryStore({})
    see(store, "wire", WIRE)
    see(store, "wire", [*WIRE, "Correction: the vote was on Tuesday."], minutes=1)
    assert see(store, "mirror", list(WIRE), minutes=2).duplicate_of == "wire"


def test_candidates_come_earliest_first_each_once() -> None:
    """Articles sharing several bands are nominated once, by first sighting then id."""
    candidates = Candidates()
    store = InMemoryDedup()
    for n, article_id in enumerate(["c", "a", "b"]):
        store.observe(
            article_id=article_id,
            paragraphs=[*WIRE, f"Line {n}."],
            headline=None,
            seen_at=T0 + timedelta(minutes=n),
        )
    candidates.sync(store.entries.items())
    nominated = [i for _, i in candidates.near(minhash(WIRE))]
    assert nominated == ["c", "a", "b"]
    assert len(candidates) == 3
