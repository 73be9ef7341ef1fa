"""What the ``inflight_fetch`` and ``dropped_fetch`` worker hooks share: drop a fetch of the
input partitions as Faust's ``getmany`` does when a fetch returns while the flow is stopped.
Relies on Faust's and aiokafka's internals."""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any


async def _drain(fetcher: Any, tps: set[Any]) -> dict[Any, list[Any]]:
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline:
        records: dict[Any, list[Any]] = await fetcher.fetched_records(tps, timeout=0.5)
        if records:
            return records
    return {}


async def drop_a_fetch(consumer: Any, tps: set[Any], hook: str) -> None:
    """Drain ``tps``' fetched records from aiokafka's fetcher (the flow must be stopped),
    print ``<hook> hook: drained N`` for the test to check, then seek back as ``getmany``
    does with a fetch it drops."""
    thread = consumer._thread
    records = await thread.call_thread(_drain, thread._consumer._fetcher, tps)
    print(f"{hook} hook: drained {sum(map(len, records.values()))}", file=sys.stderr, flush=True)
    await consumer.perform_seek()
    await asyncio.sleep(0)
