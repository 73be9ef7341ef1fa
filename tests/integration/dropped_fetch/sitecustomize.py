"""Test hook, loaded by a worker whose PYTHONPATH starts with this folder: drops a fetch of
the input backlog while the flow is stopped, every time, on a worker without any table.

Faust's fetch loop drops records a fetch returns while the flow is stopped (a rebalance
stops it, e.g. a second worker joining) and calls ``consumer.perform_seek()`` to fetch them
again (``getmany``). Here, at the first ``perform_seek`` once input partitions are assigned
(Faust's seek before it resumes the flow; on a first assignment the flow was never
stopped, so the hook stops it as a rebalance does), the input partitions' records are
drained from aiokafka's fetcher as such a fetch would, and ``perform_seek`` is called as
``getmany`` does. The worker must still process
every record. It prints ``dropped-fetch hook: drained N`` so that the test can check the
drop really happened. Relies on Faust's and aiokafka's internals.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from faust.transport.consumer import Consumer

_perform_seek = Consumer.perform_seek
_done = False


async def _drain(fetcher: Any, tps: set[Any]) -> dict[Any, list[Any]]:
    deadline = time.monotonic() + 10.0
    while time.monotonic() < deadline:
        records: dict[Any, list[Any]] = await fetcher.fetched_records(tps, timeout=0.5)
        if records:
            return records
    return {}


async def _seek_then_drop_a_fetch(self: Any) -> None:
    global _done  # noqa: PLW0603 - once per process
    await _perform_seek(self)
    if _done:
        return
    thread = self._thread
    aiokafka_consumer = thread._consumer
    topic = os.environ["NEWSFLOW_TOPIC_RAW"]
    tps = {tp for tp in aiokafka_consumer.assignment() if tp.topic == topic}
    if not tps:
        return
    _done = True
    self.stop_flow()  # as on a rebalance; Faust resumes it after this seek
    records = await thread.call_thread(_drain, aiokafka_consumer._fetcher, tps)
    print(
        f"dropped-fetch hook: drained {sum(map(len, records.values()))}",
        file=sys.stderr,
        flush=True,
    )
    await self.perform_seek()  # what Faust's getmany does with a fetch it drops
    await asyncio.sleep(0)


Consumer.perform_seek = _seek_then_drop_a_fetch  # type: ignore[method-assign]
