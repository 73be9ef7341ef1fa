"""Duplicates and updates: versions, links between copies, changes, expiry, determinism."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from service.dedup import (
    NEAR_THRESHOLD,
    ArticleEntry,
    DedupResult,
    EntryStore,
    InMemoryDedup,
    body_digest,
    exact_fingerprint,
    is_correction_notice,
    observe,
    prune,
)
from service.dedup.fingerprint import from_hex, jaccard, minhash, to_hex
from tests.unit.dedup.corpus import SAME_TOPIC, WIRE, syndicated

T0 = datetime(2024, 6, 11, 8, 0, tzinfo=UTC)
WINDOW = 7.0

Observe = Callable[..., DedupResult]


@pytest.fixture
def store() -> dict[str, Any]:
    return {}


@pytest.fixture
def entries(store: dict[str, Any]) -> EntryStore:
    return EntryStore(store)


@pytest.fixture
def see(entries: EntryStore) -> Observe:
    """Observe into the test's store; ``minutes`` after T0, the one-week window."""

    def _see(
        article_id: str,
        paragraphs: tuple[str, ...] | list[str],
        headline: str | None = "Kenya opposition to challenge vote",
        minutes: float = 0,
    ) -> DedupResult:
        return observe(
            entries,
            article_id=article_id,
            paragraphs=paragraphs,
            headline=headline,
            seen_at=T0 + timedelta(minutes=minutes),
            window_days=WINDOW,
        )

    return _see


def test_identical_recrawl_keeps_version_one_and_reports_no_change(see: Observe) -> None:
    """The same article id with the same content is version 1 twice, with no changes."""
    first = see("a", WIRE)
    again = see("a", WIRE, minutes=30)
    assert (first.status, first.version, first.changes) == ("new", 1, None)
    assert (again.status, again.version, again.changes) == ("recrawl", 1, None)
    assert again.duplicate_of is again.near_duplicate_of is None
    assert again.canonical_id == "a"


def test_recrawl_with_reformatted_text_is_not_a_new_version(see: Observe) -> None:
    """Whitespace, case and compatibility characters do not make a new version."""
    see("a", WIRE)
    reflowed = [" " + p.upper().replace(" ", "\u00a0 ", 2) + "\n" for p in WIRE]
    assert see("a", reflowed, minutes=5).version == 1


def test_update_reports_version_two_and_exact_changes(see: Observe) -> None:
    """Headline, added, edited and removed paragraphs and a correction notice are reported."""
    see("a", WIRE)
    updated = [
        WIRE[0],
        WIRE[1].replace("across the country", "in twelve counties"),
        WIRE[2],
        WIRE[3],
        WIRE[4],
        "Odinga said he would respect whatever the court decides.",
        "Correction: An earlier version of this story misstated the number of counties.",
    ]
    result = see("a", updated, headline="Kenya opposition files vote challenge", minutes=60)

    assert (result.status, result.version) == ("updated", 2)
    changes = result.changes
    assert changes is not None
    assert changes.headline_changed
    assert changes.headline_old == "Kenya opposition to challenge vote"
    assert changes.headline_new == "Kenya opposition files vote challenge"
    assert [(e.old_index, e.new_index) for e in changes.paragraphs_edited] == [(1, 1)]
    assert changes.paragraphs_edited[0].old_text.startswith("Raila Odinga, who led")
    assert changes.paragraphs_edited[0].similarity < 1.0
    assert changes.paragraphs_edited[0].new_sentences == [updated[1]]
    assert [r.index for r in changes.paragraphs_removed] == [5]
    assert changes.paragraphs_removed[0].text.startswith("Markets were calm")
    assert [a.index for a in changes.paragraphs_added] == [5, 6]
    assert [c.index for c in changes.corrections] == [6]
    assert changes.paragraphs_moved == []


def test_recrawl_of_an_update_returns_the_same_result(see: Observe) -> None:
    """A replayed update re-emits the same version and changes, so its event is unchanged."""
    see("a", WIRE)
    update = see("a", [*WIRE, "Odinga said he would respect the ruling."], minutes=60)
    replay = see("a", [*WIRE, "Odinga said he would respect the ruling."], minutes=61)
    assert replay.version == update.version == 2
    assert replay.changes == update.changes
    assert replay.status == "recrawl"


def test_earlier_version_arriving_late_keeps_its_number(see: Observe) -> None:
    """Version 1 delivered again after version 2 is still version 1, and state stays at 2."""
    see("a", WIRE)
    see("a", WIRE[:-1], minutes=60)
    late = see("a", WIRE, minutes=61)
    assert (late.status, late.version) == ("earlier_version", 1)
    assert see("a", WIRE[:-1], minutes=62).version == 2


def test_headline_only_change_is_a_new_version(see: Observe) -> None:
    """A corrected headline over the same body is version 2 with only the headline changed."""
    see("a", WIRE)
    result = see("a", WIRE, headline="Kenya opposition to challenge Ruto win", minutes=10)
    assert result.version == 2
    assert result.changes is not None
    assert result.changes.headline_changed
    assert result.changes.paragraphs_added == []
    assert result.changes.paragraphs_edited == []


def test_moved_paragraph_is_reported_as_moved(see: Observe) -> None:
    """Two swapped paragraphs are moves, not removals and additions."""
    see("a", WIRE)
    swapped = [WIRE[0], WIRE[2], WIRE[1], *WIRE[3:]]
    changes = see("a", swapped, minutes=10).changes
    assert changes is not None
    assert changes.paragraphs_added == changes.paragraphs_removed == []
    assert len(changes.paragraphs_moved) == 1


def test_syndicated_copy_links_to_first_copy_above_threshold(see: Observe) -> None:
    """Other furniture, a caption and an edited sentence still link a copy to the original."""
    see("wire", WIRE)
    copy = see("site-b", syndicated(WIRE), minutes=5)
    assert copy.near_duplicate_of == "wire"
    assert copy.similarity is not None
    assert copy.similarity >= NEAR_THRESHOLD
    assert copy.duplicate_of is None
    assert copy.canonical_id == "wire"


def test_every_copy_links_to_the_first_one_seen(see: Observe) -> None:
    """Later copies point at the earliest article of the story, which is their canonical id."""
    see("wire", WIRE)
    see("site-b", syndicated(WIRE), minutes=5)
    third = see("site-c", [*WIRE[:-1], "Follow us for more stories."], minutes=10)
    assert third.near_duplicate_of == "wire"
    assert third.canonical_id == "wire"


def test_exact_copy_under_another_id_is_a_duplicate(see: Observe) -> None:
    """The same body (up to formatting) under another id links to the first one."""
    see("first", WIRE)
    copy = see("second", [p.replace(" ", "  ") for p in WIRE], minutes=1)
    assert copy.duplicate_of == "first"
    assert copy.exact_fingerprint == exact_fingerprint(WIRE)
    assert copy.similarity == 1.0
    assert copy.version == 1


def test_unrelated_articles_on_same_topic_are_not_linked(see: Observe) -> None:
    """Two different stories about the same election do not link."""
    see("story-1", WIRE)
    other = see("story-2", SAME_TOPIC, minutes=5)
    assert other.duplicate_of is other.near_duplicate_of is None
    assert other.similarity is None
    assert other.canonical_id == "story-2"
    assert jaccard(minhash(WIRE), minhash(SAME_TOPIC)) < 0.1


def test_reobserving_an_article_never_links_it_to_itself(see: Observe) -> None:
    """An article seen again, with the same or new content, has no link to its own id."""
    for minutes, body in enumerate((WIRE, WIRE, WIRE[:-1], syndicated(WIRE))):
        result = see("a", body, minutes=minutes)
        assert "a" not in (result.duplicate_of, result.near_duplicate_of)


def test_copies_sharing_one_timestamp_link_in_arrival_order(see: Observe) -> None:
    """In one batch with one ``seen_at``, a copy links to the article observed before it."""
    see("zz-wire", WIRE)
    copy = see("aa-copy", syndicated(WIRE))
    assert copy.near_duplicate_of == "zz-wire"


def test_an_update_keeps_the_links_of_the_first_sighting(see: Observe) -> None:
    """An original corrected after its copies appeared does not become a copy of a copy."""
    see("wire", WIRE)
    see("site-b", syndicated(WIRE), minutes=1)
    update = see("wire", syndicated(WIRE), minutes=2)
    assert update.version == 2
    assert update.near_duplicate_of is update.duplicate_of is None
    assert update.canonical_id == "wire"


def test_window_expiry_forgets_articles_and_prunes_them(
    store: dict[str, Any], entries: EntryStore, see: Observe
) -> None:
    """Past the window a copy is not linked, the old entry is gone and ids restart at 1."""
    see("wire", WIRE)
    see("a", SAME_TOPIC)
    see("a", SAME_TOPIC[:-1], minutes=10)
    eight_days = 8 * 24 * 60
    copy = see("copy", [p.replace(" ", "  ") for p in WIRE], minutes=eight_days)
    assert copy.duplicate_of is copy.near_duplicate_of is None
    assert "a:wire" not in store
    assert see("a", SAME_TOPIC, minutes=eight_days).version == 1
    removed = prune(entries, now=T0 + timedelta(days=30), window_days=WINDOW)
    assert removed > 0
    assert store == {}


def test_recrawls_keep_an_article_alive_in_the_window(see: Observe) -> None:
    """The window counts from the last sighting, so a story re-crawled daily stays known."""
    for day in range(10):
        result = see("a", WIRE, minutes=day * 24 * 60)
    assert result.version == 1
    assert result.status == "recrawl"


def test_replay_into_a_fresh_store_gives_identical_results() -> None:
    """The same sequence observed twice from empty stores gives equal results and stores."""
    sequence = [
        ("wire", WIRE),
        ("site-b", syndicated(WIRE)),
        ("other", SAME_TOPIC),
        ("wire", [*WIRE, "Correction: An earlier version misstated the date."]),
        ("dup", list(WIRE)),
    ]
    runs = []
    for _ in range(2):
        dedup = InMemoryDedup(window_days=WINDOW)
        results = [
            dedup.observe(
                article_id=i, paragraphs=p, headline=None, seen_at=T0 + timedelta(minutes=n)
            )
            for n, (i, p) in enumerate(sequence)
        ]
        runs.append((results, orjson.dumps(dedup.store, option=orjson.OPT_SORT_KEYS)))
    assert runs[0] == runs[1]


def test_store_values_are_json_serialisable(store: dict[str, Any], see: Observe) -> None:
    """Every stored value survives orjson, and a store read back from JSON works the same."""
    see("wire", WIRE)
    see("site-b", syndicated(WIRE), minutes=1)
    see("wire", [*WIRE, "(Updates with court filing)"], minutes=2)
    for key, value in store.items():
        assert isinstance(key, str)
        assert orjson.loads(orjson.dumps(value)) == value
    restored = orjson.loads(orjson.dumps(store))
    result = observe(
        EntryStore(restored),
        article_id="site-c",
        paragraphs=syndicated(WIRE),
        headline=None,
        seen_at=T0 + timedelta(minutes=3),
        window_days=WINDOW,
    )
    assert result.near_duplicate_of == "wire"
    assert orjson.dumps(result.to_dict())


def test_entries_keep_the_changelog_layout(store: dict[str, Any], see: Observe) -> None:
    """An entry is written with the compact keys existing changelogs hold, and reads back
    to the same JSON."""
    see("wire", WIRE)
    see("wire", [*WIRE, "Correction: An earlier version misstated the date."], minutes=1)
    value = orjson.loads(orjson.dumps(store["a:wire"]))
    assert list(value) == [
        "v", "key", "fp", "mh", "n", "first", "last", "head", "paras", "links", "chg", "hist"
    ]  # fmt: skip
    assert list(value["links"]) == ["dup", "near", "sim", "canon"]
    assert [len(p) for p in value["paras"]] == [5] * (len(WIRE) + 1)
    assert [h[1:] for h in value["hist"]] == [[1, exact_fingerprint(WIRE)]]
    entry = ArticleEntry.from_json(value)
    assert (entry.version, entry.changes is not None) == (2, True)
    assert entry.to_json() == value


def test_japanese_text_is_shingled_by_character() -> None:
    """A one-word edit in unspaced Japanese keeps most shingles, so copies still match."""
    text = [
        "以下、その手順。Windows10での操作方法です。まずスタートメニューからプログラムを探し、右クリック。"
    ]
    edited = [
        "以下、その手順。Windows10での操作方法です。まずスタートメニューからアプリを探し、右クリック。"
    ]
    assert jaccard(minhash(text), minhash(edited)) > 0.5


def test_a_precomputed_body_digest_gives_the_same_result() -> None:
    """A body digest computed in another process and sent pickled gives what ``observe``
    computes."""
    sequence = [("wire", list(WIRE)), ("copy", syndicated(WIRE)), ("wire", list(WIRE[:-1]))]
    runs = []
    for precompute in (False, True):
        store: dict[str, Any] = {}
        entries = EntryStore(store)
        results = []
        for n, (article_id, body) in enumerate(sequence):
            sent = pickle.loads(pickle.dumps(body_digest(body)))
            results.append(
                observe(
                    entries,
                    article_id=article_id,
                    paragraphs=body,
                    headline=None,
                    seen_at=T0 + timedelta(minutes=n),
                    window_days=WINDOW,
                    precomputed=sent if precompute else None,
                )
            )
        runs.append((results, orjson.dumps(store)))
    assert runs[0] == runs[1]


def test_minhash_survives_its_hex_form() -> None:
    """The compact hex signature decodes to the same values."""
    signature = minhash(WIRE)
    assert len(to_hex(signature)) == 1024
    assert (from_hex(to_hex(signature)) == signature).all()


@pytest.mark.parametrize(
    ("paragraph", "notice"),
    [
        ("Correction: An earlier version of this story misstated the date.", True),
        ("This story has been corrected to show the vote was on Tuesday.", True),
        ("An earlier version of this article gave the wrong age.", True),
        ("(Corrects paragraph 3 to show the minister resigned on Monday)", True),
        ("(Updates with comments from the finance ministry)", True),
        ("The central bank issued a correction to its forecast on Monday.", False),
        ("Stocks entered a correction: the index fell 10% from its peak.", False),
        ("Correct answers were given by only a third of the candidates.", False),
        ("Corrections officers said the inmate escaped overnight.", False),
    ],
)
def test_correction_lexicon_matches_notices_only(paragraph: str, notice: bool) -> None:
    """Notices match at their usual place; the same words in news prose do not."""
    assert is_correction_notice(paragraph) is notice
