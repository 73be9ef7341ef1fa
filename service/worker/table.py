"""The worker's dedup state: a changelog-backed Faust GlobalTable of article entries, and the
typed store over it (``service.dedup.EntryStore``, with the candidate lookup) that follows
it. The logic is in ``service/dedup`` (pure); this module only connects it to Faust.

- **One record per article.** The table holds the ``a:{article_id}`` entries only; the
  lookup by exact fingerprint and LSH band is derived from them in memory, so a sighting
  writes one changelog record (none for a re-crawl within the hour).
- **Every worker sees every write.** A GlobalTable's changelog partitions are read by all
  workers (``use_partitioner``: any worker writes any key). Faust applies what it reads in
  ``apply_changelog_batch``; ``DedupTable`` passes each applied key on to the lookup.
- **Recovery.** A (re)started worker replays the changelog before it consumes; after every
  recovery the lookup is re-synced with the table (entries already listed are kept).
- **Own writes first.** A worker reads its own writes back from the changelog, a moment
  later. An echo older than the worker's latest write of that key (an update written while
  the previous version was in flight) must not roll the entry back, so the table keeps its
  latest write until the changelog shows that write or a later one.
- **No skipped backlog, no record dropped at the hand-over** around a recovery:
  ``hold_flow`` below and ``service.worker.offsets`` (why: docs/dedup.md, "Restarts and
  rebalances lose nothing").
- **Durable before published.** ``changelog_acked`` waits for the broker's acks of the
  records written so far; the adapter calls it before publishing the batch's events, so a
  replayed record whose event went out finds its entry and is answered the same way.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import faust
from faust.types import EventT, FutureMessage

from service.dedup.store import EntryStore
from service.logging import get_logger

log = get_logger("newsflow.dedup")

ACK_WAIT_S = 30.0  # as long as the publisher's request timeout


class DedupTable(faust.GlobalTable):
    """A GlobalTable that keeps an ``EntryStore``'s lookup current with every changelog
    record it applies, and does not let its own writes' echoes roll entries back."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.entries: EntryStore | None = None
        self._unacked: list[FutureMessage] = []
        # key -> (value, send future) of this worker's latest write not yet read back
        self._written: dict[Any, tuple[Any, FutureMessage]] = {}

    def send_changelog(self, partition: int | None, key: Any, value: Any, *args: Any) -> Any:
        fut = super().send_changelog(partition, key, value, *args)
        self._unacked.append(fut)
        self._written[key] = (value, fut)
        return fut

    def apply_changelog_batch(self, batch: Iterable[EventT[Any]]) -> None:
        events = list(batch)
        super().apply_changelog_batch(events)
        newest: dict[Any, int] = {}
        for event in events:
            key = self._to_key(event.key)
            newest[key] = max(event.message.offset, newest.get(key, -1))
        for key, offset in newest.items():
            self._keep_own_write(key, offset)
            if self.entries is not None and isinstance(key, str):
                self.entries.follow(key, self.data.get(key))

    def _keep_own_write(self, key: Any, offset: int) -> None:
        """After the changelog's record at ``offset`` for ``key`` was applied: put back this
        worker's own later write, if there is one the changelog has not shown yet."""
        written = self._written.get(key)
        if written is None:
            return
        value, fut = written
        if fut.done() and (fut.exception() is not None or fut.result().offset <= offset):
            del self._written[key]  # ours is applied (or was never sent): the log decides
            return
        if value is None:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    async def changelog_acked(self) -> None:
        """Wait until the broker has acknowledged every record written so far."""
        pending, self._unacked = self._unacked, []
        if not pending:
            return
        done, late = await asyncio.wait(pending, timeout=ACK_WAIT_S)
        failed = [f for f in done if f.exception() is not None]
        if failed or late:
            log.warning(
                "dedup state not acknowledged",
                failed=len(failed),
                unacknowledged=len(late),
                error=repr(failed[0].exception()) if failed else None,
            )


def hold_flow(app: faust.App) -> None:
    """Stop delivery to the streams until Faust resumes it at the end of this recovery, so
    that no input record is queued and then cleared by Faust's seek after the recover
    callbacks (docs/dedup.md, "Restarts and rebalances lose nothing", point 1)."""
    app.consumer.stop_flow()
    app.flow_control.suspend()


def dedup_table(app: faust.App, *, partitions: int) -> tuple[DedupTable, EntryStore]:
    """The dedup table and the store ``observe`` works on. The app must be built with
    ``GlobalTable=DedupTable``.

    ``use_partitioner`` lets the changelog partition follow the key rather than the event
    being processed, so the table can be written from a batch of events. The app's
    consumer must rewind uncommitted input partitions on its seeks
    (``service.worker.offsets.seek_uncommitted_to_earliest``; ``create_app`` installs it)."""
    table = app.GlobalTable(
        "dedup",
        default=None,
        partitions=partitions,
        use_partitioner=True,
        # every changelog event applied as it arrives (docs/dedup.md, point 3)
        recovery_buffer_size=1,
        help="newsflow duplicates and versions (service/dedup)",
    )
    if not isinstance(table, DedupTable):
        raise TypeError("build the app with GlobalTable=DedupTable")
    store = EntryStore(table)
    table.entries = store

    @table.on_recover
    async def resync() -> None:
        hold_flow(app)
        store.resync()
        log.info("dedup state ready", keys=len(table), articles=len(store.candidates))
        # Faust's seek right after this callback rewinds the uncommitted partitions

    return table, store
