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

import os
from typing import Any

from faust.transport.consumer import Consumer

from tests.integration.fetch_drop import drop_a_fetch

_perform_seek = Consumer.perform_seek
_done = False


async def _seek_then_drop_a_fetch(self: Any) -> None:
    global _done  # noqa: PLW0603 - once per process
    await _perform_seek(self)
    if _done:
        return
    topic = os.environ["NEWSFLOW_TOPIC_RAW"]
    tps = {tp for tp in self._thread._consumer.assignment() if tp.topic == topic}
    if not tps:
        return
    _done = True
    self.stop_flow()  # as on a rebalance; Faust resumes it after this seek
    await drop_a_fetch(self, tps, "dropped-fetch")


Consumer.perform_seek = _seek_then_drop_a_fetch  # type: ignore[method-assign]
