"""What the worker knows about itself: for health and readiness (``web``), consumer lag and
stall detection (``monitoring``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


def _never() -> float:
    return 0.0


@dataclass
class WorkerState:
    pipeline_version: str = ""
    pipeline_status: str = "starting"  # starting | ready | respawning | failed
    pipeline_problem: str = ""  # why the pipeline process last failed to start
    assignment_done: bool = False
    # (topic, partition) -> the next offset to process: what this worker has done so far
    next_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
    input_waiting: bool = False  # records of the raw topic not processed yet (monitoring)
    busy_since: float | None = None  # monotonic start of the batch in flight
    last_progress: float = field(default_factory=time.monotonic)  # last batch done, or start
    # monotonic time of the pipeline process's last step (``PipelinePool.last_progress``)
    pipeline_progress: Callable[[], float] = _never
    stalled: bool = False

    def batch_started(self) -> None:
        self.busy_since = time.monotonic()

    def batch_done(self) -> None:
        self.busy_since = None
        self.last_progress = time.monotonic()

    def stalled_for(self, now: float) -> float:
        """How long the worker has made no progress while work was waiting (0 when none):
        a batch in flight with no step of the pipeline process that long (a batch of big
        articles may run long, each within its own limit), or records waiting with no batch
        done since."""
        if self.busy_since is not None:
            return now - max(self.busy_since, self.pipeline_progress())
        if self.input_waiting:
            return now - self.last_progress
        return 0.0
