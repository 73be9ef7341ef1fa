"""The change diff on a live blog's thousands of paragraphs: bounded work, bounded output."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from service.dedup import changes as changes_module
from service.dedup.changes import MAX_LISTED, MAX_PARAGRAPHS, PAIR_WINDOW, diff
from service.dedup.digest import body_digest
from service.dedup.observe import observe
from service.dedup.store import EntryStore

T0 = datetime(2024, 6, 11, 8, 0, tzinfo=UTC)


def blog(version: int, n: int) -> list[str]:
    """n paragraphs, each a distinct update; every paragraph changes between versions."""
    return [
        f"Update {i} of version {version}: the council in Springfield met residents and "
        f"answered question number {i * 7 + version} about the new bridge and its budget."
        for i in range(n)
    ]


def test_three_thousand_changed_paragraphs_give_bounded_changes_and_entry() -> None:
    """A re-crawl of a 3,000-paragraph live blog: the changes are cut at MAX_LISTED per list
    and flagged, and the stored entry stays far under 1 MB."""
    backing: dict[str, Any] = {}
    store = EntryStore(backing)
    for minutes, version in ((0, 1), (5, 2)):
        result = observe(
            store,
            article_id="blog",
            paragraphs=blog(version, 3000),
            headline="Live: the bridge",
            seen_at=T0 + timedelta(minutes=minutes),
            window_days=7.0,
        )
    assert result.version == 2
    assert result.changes is not None
    assert result.changes.truncated
    for name in ("paragraphs_added", "paragraphs_removed", "paragraphs_edited"):
        assert len(getattr(result.changes, name)) <= MAX_LISTED, name
    assert len(orjson.dumps(backing)) < 400_000


def test_pairing_is_linear_in_the_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each new paragraph of a replaced run is compared with at most PAIR_WINDOW old ones."""
    calls = 0
    alike = changes_module._alike

    def counted(*args: Any) -> float | None:
        nonlocal calls
        calls += 1
        return alike(*args)

    monkeypatch.setattr(changes_module, "_alike", counted)
    old, new = blog(1, 2000), blog(2, 2000)
    result = diff("h", body_digest(old).paragraphs, "h", new, body_digest(new).paragraphs)
    assert calls <= MAX_PARAGRAPHS * PAIR_WINDOW
    assert result.truncated


def test_small_updates_are_not_flagged_truncated() -> None:
    """An ordinary update reports everything, unflagged."""
    old = blog(1, 5)
    new = [*old[:2], "A new paragraph about the vote on the bridge budget was added.", *old[2:]]
    result = diff("h", body_digest(old).paragraphs, "h", new, body_digest(new).paragraphs)
    assert not result.truncated
    assert [r.index for r in result.paragraphs_added] == [2]
    assert result.paragraphs_removed == []
