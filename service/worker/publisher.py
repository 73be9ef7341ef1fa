"""Publishes outcome messages with newsflow's own idempotent producer, and waits for acks.

Faust's producer does not enable idempotence outside transactions, so the adapter owns an
aiokafka producer with ``acks=all`` and ``enable_idempotence=True``. A send that fails (the
broker is down, a leader moves) is retried until it succeeds or the worker stops: the batch is
only acked, and its offsets only committed, once every output is durable.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from service.config import Settings
from service.kafka_security import aiokafka_options
from service.logging import get_logger
from service.pipeline.types import OutMessage

log = get_logger("newsflow.publisher")

RETRY_BACKOFF_S = (0.5, 1.0, 2.0, 5.0)


class Publisher:
    def __init__(self, settings: Settings) -> None:
        self.topics = {
            "normalized": settings.topic_normalized,
            "entities": settings.topic_entities,
            "rejected": settings.topic_rejected,
        }
        self.settings = settings
        self._producer: AIOKafkaProducer | None = None

    async def start(self) -> None:
        """Create and start the producer (inside the running event loop)."""
        compression = self.settings.producer_compression
        self._producer = AIOKafkaProducer(
            acks="all",
            enable_idempotence=True,
            linger_ms=self.settings.producer_linger_ms,
            compression_type=None if compression == "none" else compression,
            max_request_size=max(self.settings.max_content_bytes * 2, 1_048_576),
            request_timeout_ms=30000,
            **aiokafka_options(self.settings),
        )
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()

    async def ping(self) -> bool:
        """True when a broker answers a metadata request."""
        if self._producer is None:
            return False
        try:
            await self._producer.client.fetch_all_metadata()
        except KafkaError:
            return False
        return True

    async def _send(self, message: OutMessage) -> None:
        assert self._producer is not None, "Publisher.start() was not awaited"
        attempt = 0
        while True:
            try:
                fut = await self._producer.send(
                    self.topics[message.channel], key=message.key, value=message.value
                )
                await fut
                return
            except KafkaError as exc:
                delay = RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S) - 1)]
                log.warning(
                    "publish failed; retrying",
                    topic=self.topics[message.channel],
                    error=f"{type(exc).__name__}: {exc}",
                    attempt=attempt + 1,
                    retry_in_s=delay,
                )
                attempt += 1
                await asyncio.sleep(delay)

    async def publish(self, messages: Sequence[OutMessage]) -> None:
        """Send all and return once the broker has acknowledged every one (retrying failures)."""
        await asyncio.gather(*(self._send(m) for m in messages))
