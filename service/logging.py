"""structlog, configured once: JSON lines when stderr is not a terminal, console otherwise.

Secrets never reach a line: the Kafka client's loggers never log below INFO, whatever
``NEWSFLOW_LOG_LEVEL`` says (at DEBUG aiokafka logs the SASL PLAIN password and the SCRAM
exchange), and every value of every line is scrubbed of the configured secrets."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

import structlog

# Loggers of the Kafka client, which logs credentials and protocol frames at DEBUG.
CLIENT_LOGGERS = ("aiokafka", "kafka")
REDACTED = "**********"


def _scrubber(
    secrets: Iterable[str],
) -> Callable[[Any, str, MutableMapping[str, Any]], MutableMapping[str, Any]]:
    """A structlog processor that replaces every secret inside the event's string values."""
    known = sorted({s for s in secrets if s}, key=len, reverse=True)

    def scrub(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        if not known:
            return event
        return {key: _scrub_value(value, known) for key, value in event.items()}

    return scrub


def _scrub_value(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, REDACTED)
        return value
    if isinstance(value, dict):
        return {k: _scrub_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_value(v, secrets) for v in value]
    return value


def configure_logging(level: str = "INFO", fmt: str = "auto", secrets: Iterable[str] = ()) -> None:
    """Route structlog and the standard library (Faust, aiokafka) to stderr in one format,
    with ``secrets`` scrubbed from every line."""
    use_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            _scrubber(secrets),
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    floor = max(logging.getLevelName(level), logging.INFO)
    for name in CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(floor)


def get_logger(name: str) -> Any:
    return structlog.stdlib.get_logger(name)
