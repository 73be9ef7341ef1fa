"""The pipeline process: a single thread, and gone when its worker is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Starts a PipelinePool as the worker does, prints its child's pid and the child's thread
# count, then waits to be killed.
STARTER = """
import asyncio, os, sys, time
from service.config import Settings
from service.worker.pipeline_pool import PipelinePool

async def main():
    pool = PipelinePool(Settings())
    await pool.start()
    child = next(iter(pool._pool._processes))
    threads = len(os.listdir(f"/proc/{child}/task"))
    print(child, threads, flush=True)
    time.sleep(600)

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        return False
    return "State:\tZ" not in status.read_text()  # a zombie has exited


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_pipeline_process_is_single_threaded_and_dies_with_its_worker() -> None:
    # One more thread in the pipeline process, even one that only sleeps, made the model
    # read about a fifth fewer articles per second (docs/performance.md). So the pipeline
    # process watches for its worker's death with no thread of its own: when the worker is
    # killed outright (SIGKILL: nothing of it runs), its pipeline process goes with it.
    starter = subprocess.Popen([sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True)
    try:
        assert starter.stdout is not None
        child, threads = (int(x) for x in starter.stdout.readline().split())
        assert threads == 1
        assert _alive(child)
        os.kill(starter.pid, signal.SIGKILL)
        starter.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child)
    finally:
        if starter.poll() is None:
            starter.kill()
