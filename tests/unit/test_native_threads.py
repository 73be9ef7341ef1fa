"""The process a pipeline runs in: numpy's maths on one thread, unless the operator says."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

# In a fresh interpreter: OpenBLAS reads its thread count once, when it loads.
REPORT = """
import {first}
import numpy
from threadpoolctl import threadpool_info
import orjson
blas = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
print(orjson.dumps(blas).decode())
"""


def blas_threads(first: str, **env: str) -> list[int]:
    result = subprocess.run(
        [sys.executable, "-c", REPORT.format(first=first)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env},
        check=True,
    )
    threads: list[int] = orjson.loads(result.stdout.strip().splitlines()[-1])
    assert threads, "numpy's BLAS is not loaded: nothing to check"
    return threads


def test_numpy_alone_starts_a_thread_per_core() -> None:
    # the premise of the two tests below: without newsflow, OpenBLAS takes every core
    if len(os.sched_getaffinity(0)) == 1:
        pytest.skip("one core: OpenBLAS starts one thread anyway")
    assert max(blas_threads("json")) > 1


@pytest.mark.parametrize("first", ["service", "service.worker.pipeline_pool", "bench"])
def test_what_runs_a_pipeline_runs_numpy_on_one_thread(first: str) -> None:
    # the CLI and the worker's pipeline process (spawned: it imports pipeline_pool first),
    # and the bench, whose model rows must run as the service does
    assert blas_threads(first) == [1]


def test_an_operators_thread_count_is_kept() -> None:
    assert blas_threads("service", OPENBLAS_NUM_THREADS="2") == [2]
