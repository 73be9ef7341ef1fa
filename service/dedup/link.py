"""The link step (``dedupe``), the pipeline's one stateful step: a normalised article linked
to its earlier copies and versions.

It runs where the state is (the worker's event loop with a changelog-backed table, or
``newsflow process`` with a dict), after the pure stages, on the outcomes they built:
``observe`` gives the version, duplicate_of / near_duplicate_of with similarity,
canonical_id, first_seen_at and the field-level changes against the previous version, and
``build.linked`` makes the article event with them. A replay of a record gets the same
values (the store answers an identical sighting with what it said the first time), so
replays stay identical events.
"""

from __future__ import annotations

from collections.abc import Sequence

from service.dedup.entry import ArticleEntry
from service.dedup.observe import Sighting, complete, sight
from service.dedup.store import EntryStore
from service.pipeline import build
from service.pipeline.types import Outcome


def dedupe_all(
    outcomes: Sequence[Outcome],
    store: EntryStore,
    *,
    window_days: float,
    near_threshold: float,
    max_message_bytes: int,
) -> list[Outcome]:
    """``dedupe`` over a batch, in order (later articles see earlier ones)."""
    return [
        dedupe(
            o,
            store,
            window_days=window_days,
            near_threshold=near_threshold,
            max_message_bytes=max_message_bytes,
        )
        for o in outcomes
    ]


def dedupe(
    outcome: Outcome,
    store: EntryStore,
    *,
    window_days: float,
    near_threshold: float,
    max_message_bytes: int,
) -> Outcome:
    """The outcome with its article event completed by what the store knows."""
    sighting = prepare(outcome, store, window_days=window_days, near_threshold=near_threshold)
    if sighting is None:
        return outcome
    linked, entry = finish(sighting, outcome, max_message_bytes)
    if entry is not None:
        store.put(outcome.article_id, entry)
    return linked


def prepare(
    outcome: Outcome,
    store: EntryStore,
    *,
    window_days: float,
    near_threshold: float,
) -> Sighting | None:
    """The store's part of the link step (reads, and a re-crawl's touch): cheap. None for an
    outcome that is not linked (a rejection)."""
    if outcome.dedup is None or not outcome.messages:
        return None
    info = outcome.dedup
    return sight(
        store,
        article_id=outcome.article_id,
        paragraphs=info.paragraphs,
        headline=info.headline,
        seen_at=info.seen_at,
        window_days=window_days,
        near_threshold=near_threshold,
        precomputed=info.digest,
    )


def finish(
    sighting: Sighting, outcome: Outcome, max_message_bytes: int
) -> tuple[Outcome, ArticleEntry | None]:
    """The costly, store-free part: an update's changes and the linked article event, with
    the entry to write (the worker runs this off its event loop)."""
    result, entry = complete(sighting)
    return build.linked(outcome, result, max_message_bytes), entry
