"""Plain aiokafka clients for the CLI tools (produce, tail, dlq replay), from Settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError, KafkaError

from service.config import Settings
from service.errors import BrokerUnavailableError
from service.kafka_security import aiokafka_options


async def started_producer(settings: Settings) -> AIOKafkaProducer:
    producer = AIOKafkaProducer(
        acks="all",
        enable_idempotence=True,
        max_request_size=max(settings.max_content_bytes * 2, 1_048_576),
        **aiokafka_options(settings),
    )
    await _start(producer, settings)
    return producer


async def started_consumer(settings: Settings, *topics: str, **kwargs: Any) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(
        *topics,
        group_id=None,
        enable_auto_commit=False,
        **kwargs,
        **aiokafka_options(settings),
    )
    await _start(consumer, settings)
    return consumer


async def stop_consumer(consumer: AIOKafkaConsumer) -> None:
    """Stop a group-less consumer. aiokafka 0.14 re-raises the CancelledError of its own
    cancelled committed-offsets task when a manually assigned consumer stops; that task has
    nothing to commit here, so the error carries no meaning and is dropped."""
    try:
        await consumer.stop()
    except asyncio.CancelledError:
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise  # a real cancellation of ours


async def _start(client: AIOKafkaProducer | AIOKafkaConsumer, settings: Settings) -> None:
    try:
        await client.start()
    except BaseException:
        await client.stop()
        raise


class _Recorder(logging.Handler):
    """Keeps aiokafka's warnings so a failure can be explained in one line."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def kafka_failures_explained(settings: Settings) -> Iterator[None]:
    """Silence aiokafka's per-attempt logging, and turn a failure into one actionable
    ``BrokerUnavailableError`` that says whether the address or the credentials are wrong."""
    logger = logging.getLogger("aiokafka")
    recorder = _Recorder()
    saved = (logger.propagate, logger.level)
    logger.addHandler(recorder)
    logger.propagate = False
    logger.setLevel(logging.WARNING)
    try:
        yield
    except KafkaError as exc:
        raise BrokerUnavailableError(explain(exc, settings, recorder.messages)) from None
    finally:
        logger.removeHandler(recorder)
        logger.propagate, level = saved
        logger.setLevel(level)


def explain(exc: KafkaError, settings: Settings, logged: list[str]) -> str:
    where = f"Kafka at {settings.kafka_bootstrap_servers}"
    auth = next((m for m in reversed(logged) if "authenticat" in m.lower()), None)
    if auth is not None:
        mechanism = settings.kafka_sasl_mechanism or "PLAIN"
        return (
            f"{where} rejected the credentials of user {settings.kafka_sasl_username!r} "
            f"({mechanism}): {auth.split(':')[0]}; check NEWSFLOW_KAFKA_SASL_USERNAME, "
            "NEWSFLOW_KAFKA_SASL_PASSWORD and NEWSFLOW_KAFKA_SASL_MECHANISM"
        )
    if isinstance(exc, KafkaConnectionError):
        return (
            f"cannot reach {where} ({exc}); check NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS "
            f"and NEWSFLOW_KAFKA_SECURITY_PROTOCOL={settings.kafka_security_protocol}"
        )
    return f"{where} failed: {type(exc).__name__}: {exc}"
