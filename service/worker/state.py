"""What the worker knows about itself: for readiness (``web``) and consumer lag (``monitoring``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class WorkerState:
    pipeline_version: str = ""
    assignment_done: bool = False
    # (topic, partition) -> the next offset to process: what this worker has done so far
    next_offsets: dict[tuple[str, int], int] = field(default_factory=dict)
