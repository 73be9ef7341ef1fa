"""The worker's dedup state: the changelog-backed table (``table.py``), the candidate lookup
that follows it, and its hourly prune, as the batch handler links with them."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import faust

from service.config import Settings
from service.dedup import EntryStore, prune
from service.dedup.link import finish, prepare
from service.logging import get_logger
from service.pipeline.types import Outcome
from service.worker.table import DedupTable, dedup_table

log = get_logger("newsflow.dedup")

PRUNE_EVERY_S = 3600.0


class DedupState:
    """Links outcomes through the table's lookup, then waits for its changelog's acks."""

    def __init__(self, table: DedupTable, store: EntryStore, settings: Settings) -> None:
        self.table, self.store, self.settings = table, store, settings

    async def link(self, outcome: Outcome) -> Outcome:
        """Link one outcome: the store is read and written on the event loop (it is the
        Faust table), the diff and the event are computed in a thread, off the loop."""
        sighting = prepare(
            outcome,
            self.store,
            window_days=self.settings.dedup_window_days,
            near_threshold=self.settings.dedup_near_threshold,
        )
        if sighting is None:
            return outcome
        linked, entry = await asyncio.to_thread(
            finish, sighting, outcome, self.settings.max_message_bytes
        )
        if entry is not None:
            self.store.put(outcome.article_id, entry)
        return linked

    async def durable(self) -> None:
        await self.table.changelog_acked()


def install_dedup(app: faust.App, settings: Settings) -> DedupState:
    """The dedup table and its hourly prune."""
    table, store = dedup_table(app, partitions=settings.topic_partitions)

    @app.timer(interval=PRUNE_EVERY_S)  # type: ignore[untyped-decorator]  # faust: untyped
    async def prune_dedup() -> None:
        removed = prune(store, now=datetime.now(UTC), window_days=settings.dedup_window_days)
        await table.changelog_acked()
        log.info("dedup state pruned", removed_keys=removed)

    return DedupState(table, store, settings)
