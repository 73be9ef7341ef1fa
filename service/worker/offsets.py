"""Input offsets that Faust's seek back to committed offsets leaves wrong.

Faust drops records it fetched at the wrong moment and then "seeks back to the committed
offsets" (``consumer.perform_seek``): whenever a fetch returns while the flow is stopped
(``getmany``: a rebalance, e.g. a second worker joining, or the dedup table's recovery
holding the flow) and after every recovery. For an input partition without a committed
offset (a new consumer group on a backlog, or its last owner killed before its first
commit) that seek does nothing: aiokafka's ``seek_to_committed`` skips it, so the fetch
position stays past the dropped records: a backlog skipped (later offsets get committed),
or, with nothing newer to fetch, a partition that never moves again. So every such seek
also rewinds those partitions to their earliest offset (``seek_uncommitted_to_earliest``,
installed by ``create_app`` for every worker, dedup on or off).
"""

from __future__ import annotations

import faust

from service.logging import get_logger

log = get_logger("newsflow.offsets")

_INSTALLED = "_newsflow_rewinds_uncommitted"  # flag on the consumer: wrapped once


async def rewind_uncommitted(app: faust.App, topic: str) -> None:
    """Seek the assigned partitions of ``topic`` that have no committed offset to their
    earliest offset (see the module docstring; Faust seeks only committed ones)."""
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
    again does nothing.

    Faust calls ``perform_seek`` after every recovery and from its fetch loop when a fetch
    returns while the flow is stopped: it drops those records and relies on the seek to
    fetch them again. Without this, the position of a partition with no committed offset
    stays past the dropped records (see the module docstring)."""
    consumer = app.consumer
    if getattr(consumer, _INSTALLED, False):
        return
    seek_committed = consumer.perform_seek

    async def perform_seek() -> None:
        await seek_committed()
        await rewind_uncommitted(app, topic)

    consumer.perform_seek = perform_seek  # type: ignore[method-assign]  # see the docstring
    setattr(consumer, _INSTALLED, True)
