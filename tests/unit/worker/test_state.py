"""Stall detection reads progress, not batch length: a batch of big articles that the
pipeline process is working through is not a stall, a batch making no progress is."""

from __future__ import annotations

import time

from service.worker.state import WorkerState


def test_a_long_batch_whose_pipeline_reports_progress_is_not_stalled() -> None:
    now = time.monotonic()
    state = WorkerState(pipeline_progress=lambda: now - 10)
    state.busy_since = now - 200  # sixteen long articles, each within its own limit
    assert state.stalled_for(now) == 10


def test_a_batch_with_no_progress_since_it_started_is_stalled_for_its_length() -> None:
    now = time.monotonic()
    state = WorkerState(pipeline_progress=lambda: now - 500)  # the previous batch
    state.busy_since = now - 200  # e.g. publishing to a broker that does not answer
    assert state.stalled_for(now) == 200


def test_waiting_input_with_no_batch_since_the_last_one_is_stalled() -> None:
    now = time.monotonic()
    state = WorkerState(input_waiting=True, last_progress=now - 300)
    assert state.stalled_for(now) == 300
    assert WorkerState(last_progress=now - 300).stalled_for(now) == 0
