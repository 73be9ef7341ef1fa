"""The test broker and the test workers stop by themselves: killed, the process that
started them leaves none behind.

A CI job that times out, or a developer's Ctrl-C on a wedged run, kills the test process
before its fixtures can stop what they started. A broker runs in a session of its own, so
without a guard it would outlive its caller, holding a gigabyte of heap and two ports; a
worker would go on retrying a broker that is gone.
"""

from __future__ import annotations

import os
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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def test_a_broker_whose_caller_is_killed_stops_by_itself() -> None:
    caller = subprocess.Popen(
        [sys.executable, "-c", CALLER],
        stdout=subprocess.PIPE,
        text=True,
        cwd=localkafka.ROOT,
    )
    try:
        assert caller.stdout is not None
        broker_pid = int(caller.stdout.readline())
        assert _alive(broker_pid)
        caller.send_signal(signal.SIGKILL)  # no cleanup runs in the caller
        caller.wait(timeout=30)
        deadline = time.monotonic() + 60
        while _alive(broker_pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _alive(broker_pid), "the broker outlived the process that started it"
    finally:
        if caller.poll() is None:
            caller.kill()


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


def test_a_worker_whose_caller_is_killed_stops_by_itself(bootstrap: str) -> None:
    caller = subprocess.Popen(
        [sys.executable, "-c", WORKER_CALLER, bootstrap],
        stdout=subprocess.PIPE,
        text=True,
        cwd=localkafka.ROOT,
    )
    try:
        assert caller.stdout is not None
        worker_pid = int(caller.stdout.readline())
        assert _alive(worker_pid)
        caller.send_signal(signal.SIGKILL)
        caller.wait(timeout=30)
        deadline = time.monotonic() + 60
        while _alive(worker_pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _alive(worker_pid), "the worker outlived the process that started it"
    finally:
        if caller.poll() is None:
            caller.kill()
