"""Test hook, loaded by a worker whose PYTHONPATH starts with this folder: makes the race
behind the SIGKILL-restart stall happen every time instead of now and then.

The race: Faust's fetch loop has a fetch in flight when the dedup table's recover callback
stops the flow (``hold_flow``); the fetch returns the input backlog while the flow is
stopped, so Faust's ``getmany`` drops those records and calls ``consumer.perform_seek()``
to fetch them again. Here, right after the first rewind of the uncommitted input
partitions (the flow is stopped then), the backlog is drained from aiokafka's fetcher as
that fetch would, and ``perform_seek`` is called as ``getmany`` does. The worker must still
process the whole backlog. It prints ``inflight-fetch hook: drained N`` so that the test
can check the race was really produced. Relies on Faust's and aiokafka's internals.
"""

from __future__ import annotations

from typing import Any

from service.worker import offsets
from tests.integration.fetch_drop import drop_a_fetch

_rewind = offsets.rewind_uncommitted
_done = False


async def _rewind_then_drop_a_fetch(app: Any, topic: str) -> None:
    global _done  # noqa: PLW0603 - once per process
    await _rewind(app, topic)
    if _done:
        return
    _done = True
    consumer = app.consumer
    assert not consumer.flow_active, "the hook expects to run while the flow is held"
    tps = {tp for tp in consumer._thread._consumer.assignment() if tp.topic == topic}
    await drop_a_fetch(consumer, tps, "inflight-fetch")


offsets.rewind_uncommitted = _rewind_then_drop_a_fetch
