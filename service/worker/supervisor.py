"""`newsflow worker --processes N`: N worker processes on one host, in one consumer group.

Each child is a plain `newsflow worker` with its own web port (NEWSFLOW_WEB_PORT + i).
SIGTERM/SIGINT are forwarded to every child; the exit code is the worst child's. Kafka's
group protocol spreads the partitions over the children exactly as over separate hosts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from types import FrameType

STOP_GRACE_S = 40.0


def supervise(processes: int, base_port: int) -> int:
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "service", "worker"],
            env={**os.environ, "NEWSFLOW_WEB_PORT": str(base_port + i)},
        )
        for i in range(processes)
    ]

    def forward(signum: int, _frame: FrameType | None) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    while any(child.poll() is None for child in children):
        if any(child.poll() not in (None, 0) for child in children):
            forward(signal.SIGTERM, None)  # one child failed: stop the rest, report it
            deadline = time.monotonic() + STOP_GRACE_S
            while time.monotonic() < deadline and any(c.poll() is None for c in children):
                time.sleep(0.2)
            for child in children:
                if child.poll() is None:
                    child.kill()
            break
        time.sleep(0.2)
    return max(abs(child.wait()) for child in children)
