"""One error root for newsflow, and the single place that decides what a failure becomes.

NewsflowError
 ├── BrokerUnavailableError   Kafka unreachable or refusing us (one line, exit 2)
 ├── BatchAbandoned           the worker stops before a batch is done: it stays uncommitted
 └── Rejection                one input cannot become an article: a typed `article.rejected`
      └── ProcessingTimeout   the message exceeded NEWSFLOW_MAX_PROCESSING_SECONDS
"""

from __future__ import annotations

from service.events import RejectReason, Stage


class NewsflowError(Exception):
    """Base of every error newsflow raises on purpose."""


class BrokerUnavailableError(NewsflowError):
    """The brokers could not be reached or refused us; the message says which and why."""


class BatchAbandoned(NewsflowError):  # noqa: N818 - an outcome of stopping, not an error
    """The worker is stopping and a batch could not finish: its offsets stay uncommitted and
    the next owner of the partition processes it again."""


class Rejection(NewsflowError):  # noqa: N818 - a rejection is an outcome, not an error
    """An input that cannot be normalised. Carries the contract's reason code."""

    def __init__(self, reason: RejectReason, detail: str, stage: Stage) -> None:
        super().__init__(f"{reason} at {stage}: {detail}")
        self.reason: RejectReason = reason
        self.detail = detail
        self.stage: Stage = stage


class ProcessingTimeout(Rejection):
    def __init__(self, stage: Stage, limit_s: float) -> None:
        super().__init__(
            "processing_timeout",
            f"processing took longer than NEWSFLOW_MAX_PROCESSING_SECONDS={limit_s:g}; "
            "the input is probably pathological, inspect the payload or raise the limit",
            stage,
        )


def to_rejection(exc: BaseException, stage: Stage) -> Rejection:
    """Decide what an exception from a pipeline stage becomes: always a typed rejection.

    Known rejections pass through. Anything else is a bug or an input we did not foresee;
    it becomes ``processing_error`` with the exception type, so the message is dead-lettered
    (replayable with ``newsflow dlq replay`` once fixed) and the partition keeps moving.
    """
    if isinstance(exc, Rejection):
        return exc
    if isinstance(exc, RecursionError | MemoryError):
        detail = f"{type(exc).__name__} while processing; the input is too deeply nested or too big"
    else:
        detail = (
            f"unexpected {type(exc).__name__}: {str(exc)[:300]}; "
            "this is a newsflow bug, report it with the payload"
        )
    return Rejection("processing_error", detail, stage)
