"""Faust's seek back to committed offsets also rewinds input partitions that have none, so a
dropped fetch is fetched again (why: docs/dedup.md, "Restarts and rebalances lose nothing")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import faust

from service.logging import get_logger

log = get_logger("newsflow.offsets")

_INSTALLED = "_newsflow_rewinds_uncommitted"  # flag on the consumer: wrapped once


async def rewind_uncommitted(app: faust.App, topic: str) -> None:
    """Seek the assigned partitions of ``topic`` that have no committed offset to their
    earliest offset (Faust seeks only committed ones)."""
    consumer = app.consumer
    committed = await consumer.seek_to_committed()  # type: ignore[attr-defined]  # not in ConsumerT
    fresh = [tp for tp, offset in committed.items() if tp.topic == topic and not offset]
    if not fresh:
        return
    earliest = await consumer.earliest_offsets(*fresh)
    for tp in fresh:
        await consumer.seek(tp, earliest.get(tp) or 0)
    log.info(
        "uncommitted partitions rewound",
        topic=topic,
        partitions=sorted(tp.partition for tp in fresh),
    )


def seek_uncommitted_to_earliest(app: faust.App, topic: str) -> None:
    """Make the consumer's seek to committed offsets also rewind the partitions of ``topic``
    that have none (``rewind_uncommitted``). Creates the consumer if need be; installing it
    again does nothing. Faust calls ``perform_seek`` after every recovery and when it drops
    a fetch that returned while the flow was stopped."""
    consumer = app.consumer
    if getattr(consumer, _INSTALLED, False):
        return
    seek_committed = consumer.perform_seek

    async def perform_seek() -> None:
        await seek_committed()
        await rewind_uncommitted(app, topic)

    consumer.perform_seek = perform_seek  # type: ignore[method-assign]  # docs/dedup.md
    setattr(consumer, _INSTALLED, True)


def leave_uncommitted(app: faust.App, messages: Iterable[Any]) -> None:
    """Keep the offsets of ``messages`` (a batch abandoned at a stop) from being committed.

    ``take_events`` acks its batch however the agent's block ends. These messages are marked
    acked without being recorded as such, so Faust's commit stops before the first of them
    and the next owner of the partition processes them again (at-least-once)."""
    unacked = getattr(app.consumer, "_unacked_messages", None)
    for message in messages:
        message.acked = True
        if unacked is not None:
            unacked.discard(message)
