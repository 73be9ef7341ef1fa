"""Runs the CPU-bound pipeline in a child process, so the worker's event loop stays free.

The model loads once per child (the pool initializer). The child marks its progress after
every step of every record in shared memory; the parent watches it:

- **Hang**: no progress for ``NEWSFLOW_MAX_PROCESSING_SECONDS`` plus a margin (whatever the
  batch size) -> the child is killed and respawned, and the batch is retried record by
  record; the record that hangs again becomes a ``processing_timeout`` rejection.
- **Crash** (the child dies: out of memory, a crash in native code) -> respawned, retried
  record by record; the record that kills it again becomes a ``processing_error``.
- **Respawn** failing (the model does not load) is retried with a backoff; meanwhile the
  status is ``failed`` and ``/health`` says so.
- **Stop**: a batch still running when the worker must stop is abandoned
  (``BatchAbandoned``: its offsets stay uncommitted and the next owner replays it), and the
  child is killed if it does not exit at once.

Each of these is a log line and a metric (``newsflow_pipeline_restarts_total``).
"""

from __future__ import annotations

import asyncio
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from multiprocessing.sharedctypes import Synchronized
from typing import Literal

from service.config import Settings
from service.errors import BatchAbandoned, ProcessingTimeout, Rejection
from service.logging import get_logger
from service.pipeline.dead_letter import rejected
from service.pipeline.types import Outcome, RecordIn
from service.processor import Processor, limits_of

log = get_logger("newsflow.pipeline")

Status = Literal["starting", "ready", "respawning", "failed"]

PARENT_CHECK_S = 2.0
PR_SET_PDEATHSIG = 1  # linux/prctl.h
WATCH_EVERY_S = 0.25
STOP_KILL_AFTER_S = 3.0
RESPAWN_BACKOFF_S = (1.0, 5.0, 15.0, 30.0)

_PROCESSOR: Processor | None = None
_PROGRESS: Synchronized[float] | None = None


class _HungError(Exception):
    """The child made no progress for longer than a record may take."""


def _exit_with_parent(parent: int) -> None:
    """A worker killed with SIGKILL cannot stop its pipeline process: it stops itself."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _die_with_parent(parent: int) -> None:
    """Make this process end when ``parent`` (its worker) does, however the worker ends.

    On Linux the kernel does it (``prctl(PR_SET_PDEATHSIG, SIGKILL)``), and this process
    keeps its single thread: one more thread, even one that only sleeps, made the model
    read about a fifth fewer articles per second (docs/performance.md). Elsewhere a thread
    checks for the parent every ``PARENT_CHECK_S`` seconds.
    """
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the worker died before the signal was asked for
                os._exit(0)
            return
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _tick() -> None:
    if _PROGRESS is not None:
        _PROGRESS.value = time.monotonic()


def _init_child(settings: Settings, progress: Synchronized[float], parent: int) -> None:
    global _PROCESSOR, _PROGRESS  # noqa: PLW0603 - one pipeline per child process, loaded once
    _die_with_parent(parent)
    _PROGRESS = progress
    _PROCESSOR = Processor.load(settings)  # the model now, not on the first message


def _run(records: Sequence[RecordIn]) -> list[Outcome]:
    assert _PROCESSOR is not None, "child process was not initialised"
    _tick()
    return _PROCESSOR.process(records, on_step=_tick)


def _warm() -> str:
    assert _PROCESSOR is not None
    return _PROCESSOR.pipeline_version


class PipelinePool:
    """One child process running ``Processor.process``, watched, and respawned when it
    hangs or dies. ``on_status`` hears every change of ``status``."""

    def __init__(
        self, settings: Settings, on_status: Callable[[Status, str], None] = lambda s, c: None
    ) -> None:
        self.settings = settings
        self.limit = settings.max_processing_seconds
        # a step is never longer than one record's limit; the margin covers the hand-over
        self.hang_after = self.limit + max(5.0, 0.1 * self.limit)
        self._context = multiprocessing.get_context("spawn")
        self._progress: Synchronized[float] = self._context.Value("d", 0.0, lock=False)
        self._pool: ProcessPoolExecutor | None = None
        self._stopping = False
        self.on_status = on_status
        self.status: Status = "starting"
        self.pipeline_version = ""

    def last_progress(self) -> float:
        """Monotonic time of the child's last step (or of the last hand-over to it)."""
        return self._progress.value

    def _set(self, status: Status, cause: str = "") -> None:
        self.status = status
        self.on_status(status, cause)

    async def start(self) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=self._context,
            initializer=_init_child,
            initargs=(self.settings, self._progress, os.getpid()),
        )
        loop = asyncio.get_running_loop()
        self.pipeline_version = await loop.run_in_executor(self._pool, _warm)
        self._set("ready")

    async def stop(self) -> None:
        """Stop the child: at once, killed if it does not exit within a few seconds."""
        self._stopping = True
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + STOP_KILL_AFTER_S
        for proc in processes:
            await asyncio.to_thread(proc.join, max(0.0, deadline - time.monotonic()))
        for proc in processes:
            if proc.is_alive():
                proc.kill()
                log.warning("pipeline process killed at stop", pid=proc.pid)

    def abandon(self) -> None:
        """The worker must stop now: the batch in flight gives up (``BatchAbandoned``)."""
        self._stopping = True

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def _respawn(self, cause: str) -> None:
        """Kill the child and start a new one, retrying until it loads or the worker stops."""
        self._kill()
        self._set("respawning", cause)
        for attempt in range(1, 1_000_000):
            if self._stopping:
                raise BatchAbandoned
            log.warning("pipeline process respawning", cause=cause, attempt=attempt)
            try:
                await self.start()
            except Exception as exc:  # noqa: BLE001 - a failed start is retried, and reported
                self._kill()
                delay = RESPAWN_BACKOFF_S[min(attempt, len(RESPAWN_BACKOFF_S)) - 1]
                self._set("failed", f"{type(exc).__name__}: {exc}")
                log.error(
                    "pipeline process failed to start",
                    error=f"{type(exc).__name__}: {exc}",
                    attempt=attempt,
                    retry_in_s=delay,
                )
                await asyncio.sleep(delay)
                continue
            log.info("pipeline process respawned", cause=cause, attempt=attempt)
            return

    async def _call(self, records: Sequence[RecordIn]) -> list[Outcome]:
        """Run ``records`` in the child, watching its progress."""
        if self._stopping:
            raise BatchAbandoned
        if self._pool is None:
            await self._respawn("not running")
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        self._progress.value = time.monotonic()
        future = loop.run_in_executor(self._pool, _run, records)
        while True:
            done, _ = await asyncio.wait({future}, timeout=WATCH_EVERY_S)
            if done:
                return future.result()
            if self._stopping:
                future.cancel()
                raise BatchAbandoned
            if time.monotonic() - self._progress.value > self.hang_after:
                future.cancel()
                raise _HungError

    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]:
        """One outcome per record, whatever the child does (``BatchAbandoned`` at a stop)."""
        try:
            return await self._call(records)
        except _HungError:
            log.error("pipeline process hung", seconds=self.hang_after, records=len(records))
            await self._respawn("hung")
        except BrokenProcessPool:
            log.error("pipeline process died", records=len(records))
            await self._respawn("died")
        outcomes = []
        for record in records:
            try:
                outcomes.extend(await self._call([record]))
            except _HungError:
                log.error("pipeline process hung on one record", offset=record.offset)
                await self._respawn("hung")
                outcomes.append(self._reject(ProcessingTimeout("enrich", self.limit), record))
            except BrokenProcessPool:
                log.error("pipeline process died on one record", offset=record.offset)
                await self._respawn("died")
                rejection = Rejection(
                    "processing_error",
                    "the pipeline process died on this input (out of memory or a crash in "
                    "native code); inspect the payload",
                    "enrich",
                )
                outcomes.append(self._reject(rejection, record))
        return outcomes

    def _reject(self, rejection: Rejection, record: RecordIn) -> Outcome:
        return rejected(rejection, record, datetime.now(UTC), limits_of(self.settings).dead_letter)
