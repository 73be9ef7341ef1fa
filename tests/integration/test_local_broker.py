"""The test broker stops by itself: killed, the process that started it leaves no broker.

A CI job that times out, or a developer's Ctrl-C on a wedged run, kills the test process
before its fixtures can stop their brokers. Each broker runs in a session of its own, so
without a guard it would outlive its caller, holding a gigabyte of heap and two ports.
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
