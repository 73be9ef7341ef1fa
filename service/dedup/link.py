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

from service.dedup.observe import observe
from service.dedup.store import EntryStore
from service.pipeline import build
from service.pipeline.types import Outcome


def dedupe_all(
    outcomes: Sequence[Outcome],
    store: EntryStore,
    *,
    window_days: float,
    near_threshold: float,
) -> list[Outcome]:
    """``dedupe`` over a batch, in order (later articles see earlier ones)."""
    return [
        dedupe(o, store, window_days=window_days, near_threshold=near_threshold) for o in outcomes
    ]


def dedupe(
    outcome: Outcome,
    store: EntryStore,
    *,
    window_days: float,
    near_threshold: float,
) -> Outcome:
    """The outcome with its article event completed by what the store knows."""
    if outcome.dedup is None or not outcome.messages:
        return outcome
    info = outcome.dedup
    result = observe(
        store,
        article_id=outcome.article_id,
        paragraphs=info.paragraphs,
        headline=info.headline,
        seen_at=info.seen_at,
        window_days=window_days,
        near_threshold=near_threshold,
        precomputed=info.digest,
    )
    return build.linked(outcome, result)
