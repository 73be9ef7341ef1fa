"""Plain aiokafka clients for the CLI tools (produce, tail, dlq replay), from Settings."""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError, KafkaError

from service.config import Settings
from service.errors import BrokerUnavailableError


async def started_producer(settings: Settings) -> AIOKafkaProducer:
    producer = AIOKafkaProducer(
        acks="all",
        enable_idempotence=True,
        max_request_size=max(settings.max_content_bytes * 2, 1_048_576),
        **settings.kafka_client_kwargs(),
    )
    await _start(producer, settings)
    return producer


async def started_consumer(settings: Settings, *topics: str, **kwargs: Any) -> AIOKafkaConsumer:
    consumer = AIOKafkaConsumer(
        *topics,
        group_id=None,
        enable_auto_commit=False,
        **kwargs,
        **settings.kafka_client_kwargs(),
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
    except KafkaConnectionError as exc:
        await client.stop()
        raise BrokerUnavailableError(
            f"cannot reach Kafka at {settings.kafka_bootstrap_servers} ({exc}); "
            "check NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS"
        ) from None
    except KafkaError as exc:
        await client.stop()
        raise BrokerUnavailableError(
            f"Kafka at {settings.kafka_bootstrap_servers} refused the connection: "
            f"{type(exc).__name__}: {exc}; check the NEWSFLOW_KAFKA_SASL_* / SSL settings"
        ) from None
