"""The offline dedup state: ``newsflow process`` keeps one ``InMemoryDedup`` across its inputs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from service.dedup.copies import NEAR_THRESHOLD
from service.dedup.digest import BodyDigest
from service.dedup.observe import DedupResult, observe
from service.dedup.store import EntryStore
from service.dedup.window import prune

DEFAULT_WINDOW_DAYS = 7.0


@dataclass(slots=True)
class InMemoryDedup:
    """``observe`` over a plain dict (``store``, the entries as a table would hold them),
    read and written through ``entries`` (which keeps the candidate lookup beside it), with
    the window and threshold fixed once."""

    window_days: float = DEFAULT_WINDOW_DAYS
    near_threshold: float = NEAR_THRESHOLD
    store: dict[str, Any] = field(default_factory=dict)
    entries: EntryStore = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.entries = EntryStore(self.store)

    def observe(
        self,
        *,
        article_id: str,
        paragraphs: Sequence[str],
        headline: str | None,
        seen_at: datetime,
        precomputed: BodyDigest | None = None,
    ) -> DedupResult:
        return observe(
            self.entries,
            article_id=article_id,
            paragraphs=paragraphs,
            headline=headline,
            seen_at=seen_at,
            window_days=self.window_days,
            near_threshold=self.near_threshold,
            precomputed=precomputed,
        )

    def prune(self, now: datetime) -> int:
        return prune(self.entries, now=now, window_days=self.window_days)
