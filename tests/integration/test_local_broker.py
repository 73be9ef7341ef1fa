"""The test broker and the test workers stop by themselves: killed, the process that
started them leaves none behind.

A CI job that times out, or a developer's Ctrl-C on a wedged run, kills the test process
before its fixtures can stop what they started. A broker runs in a session of its own, so
without a guard it would outlive its caller, holding a gigabyte of heap and two ports; a
worker would go on retrying a broker that is gone.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from devtools import localkafka

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# A caller that starts a broker, prints its pid, and waits to be killed.
CALLER = """
import sys, tempfile, time
from pathlib import Path
from devtools.localkafka import LocalKafka
broker = LocalKafka(workdir=Path(tempfile.mkdtemp(prefix="newsflow-orphan-")))
broker.start()
print(broker.proc.pid, flush=True)
time.sleep(600)
"""


# A caller that starts a test worker, prints its pid, and waits to be killed.
WORKER_CALLER = """
import sys, tempfile, time
from pathlib import Path
from devtools.worker_process import Topics, WorkerProcess
worker = WorkerProcess(sys.argv[1], Topics(), Path(tempfile.mkdtemp(prefix="newsflow-orphan-")))
worker.start()
print(worker.proc.pid, flush=True)
time.sleep(600)
"""


def _started_then_orphaned(script: str, *args: str) -> int:
    """Run ``script`` (which prints the pid of what it starts), SIGKILL it once it has, and
    return the pid of what it started."""
    caller = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True,
        cwd=localkafka.ROOT,
    )  # fmt: skip
    try:
        assert caller.stdout is not None
        child = int(caller.stdout.readline())
        assert localkafka.alive(child)
        caller.send_signal(signal.SIGKILL)  # no cleanup runs in the caller
        caller.wait(timeout=30)
        return child
    finally:
        if caller.poll() is None:
            caller.kill()


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while localkafka.alive(pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    return not localkafka.alive(pid)


def test_a_broker_whose_caller_is_killed_stops_by_itself() -> None:
    broker = _started_then_orphaned(CALLER)
    assert _gone_within(broker, 60), "the broker outlived the process that started it"


def test_a_worker_whose_caller_is_killed_stops_by_itself(bootstrap: str) -> None:
    worker = _started_then_orphaned(WORKER_CALLER, bootstrap)
    assert _gone_within(worker, 60), "the worker outlived the process that started it"
