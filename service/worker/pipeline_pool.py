"""Runs the CPU-bound pipeline in a child process, so the worker's event loop stays free.

The model loads once per child (the pool initializer). A batch that exceeds its time bound,
or a child that dies, is retried record by record in a fresh child: the record that is
really at fault becomes a ``processing_timeout`` / ``processing_error`` rejection and the
others are processed normally.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime

from service.config import Settings
from service.errors import ProcessingTimeout, Rejection
from service.pipeline import build
from service.pipeline.types import Outcome, RecordIn
from service.processor import Processor

_PROCESSOR: Processor | None = None
PARENT_CHECK_S = 2.0


def _exit_with_parent(parent: int) -> None:
    """A worker killed with SIGKILL cannot stop its pipeline process: it stops itself."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _init_child(settings: Settings) -> None:
    global _PROCESSOR  # noqa: PLW0603 - one pipeline per child process, loaded once
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _PROCESSOR = Processor.load(settings)  # the model now, not on the first message


def _run(records: Sequence[RecordIn]) -> list[Outcome]:
    assert _PROCESSOR is not None, "child process was not initialised"
    return _PROCESSOR.process(records)


def _warm() -> str:
    assert _PROCESSOR is not None
    return _PROCESSOR.pipeline_version


class PipelinePool:
    """One child process running ``Processor.process``; restarted when it hangs or dies."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.timeout = settings.max_processing_seconds
        self._pool: ProcessPoolExecutor | None = None
        self.pipeline_version = ""

    async def start(self) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_child,
            initargs=(self.settings,),
        )
        loop = asyncio.get_running_loop()
        self.pipeline_version = await loop.run_in_executor(self._pool, _warm)

    async def stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _kill(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def _call(self, records: Sequence[RecordIn], limit_s: float) -> list[Outcome]:
        if self._pool is None:
            await self.start()
        assert self._pool is not None
        loop = asyncio.get_running_loop()
        return await asyncio.wait_for(loop.run_in_executor(self._pool, _run, records), limit_s)

    async def process(self, records: Sequence[RecordIn]) -> list[Outcome]:
        """One outcome per record, whatever the child does."""
        try:
            return await self._call(records, self.timeout * max(len(records), 1))
        except (TimeoutError, BrokenProcessPool):
            self._kill()
        outcomes = []
        for record in records:
            try:
                outcomes.extend(await self._call([record], self.timeout))
            except TimeoutError:
                self._kill()
                outcomes.append(self._reject(ProcessingTimeout("enrich", self.timeout), record))
            except BrokenProcessPool:
                self._kill()
                rejection = Rejection(
                    "processing_error",
                    "the pipeline process died on this input (out of memory or a crash in "
                    "native code); inspect the payload",
                    "enrich",
                )
                outcomes.append(self._reject(rejection, record))
        return outcomes

    def _reject(self, rejection: Rejection, record: RecordIn) -> Outcome:
        return build.rejected(
            rejection,
            record,
            datetime.now(UTC),
            self.settings.dlq_max_payload_bytes,
            max_message_bytes=self.settings.max_message_bytes,
        )
