"""Publishes outcome messages with newsflow's own idempotent producer, and waits for acks.

Faust's producer does not enable idempotence outside transactions, so the adapter owns an
aiokafka producer with ``acks=all`` and ``enable_idempotence=True``.

- A send that fails for a passing reason (the broker is down, a leader moves, a topic is
  missing) is retried with a backoff until it succeeds, so the batch is only acked, and
  its offsets only committed, once every output is durable. The stall shows in ``/health``.
- A send the broker will never accept (a message over the topic's ``max.message.bytes``, an
  invalid topic or record) is not retried: ``publish`` returns it as a ``Failure`` and the
  batch handler dead-letters the record instead.
- A message over ``NEWSFLOW_MAX_MESSAGE_BYTES`` is refused here, before it is sent.
- At a stop, ``abandon`` ends the retries: ``BatchAbandoned``, the batch stays uncommitted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer
from aiokafka.errors import (
    CorruptRecordException,
    InvalidTopicError,
    KafkaError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
)

from service.config import Settings
from service.errors import BatchAbandoned
from service.kafka_security import aiokafka_options
from service.logging import get_logger
from service.pipeline.types import OutMessage

log = get_logger("newsflow.publisher")

RETRY_BACKOFF_S = (0.5, 1.0, 2.0, 5.0)
# Errors the broker gives for a record it will never accept: retrying cannot help.
PERMANENT = (
    MessageSizeTooLargeError,
    RecordListTooLargeError,
    InvalidTopicError,
    CorruptRecordException,
)
# Headroom of the producer's request size over the largest event: a request carries one
# record batch with its own headers.
REQUEST_OVERHEAD = 16_384


@dataclass(frozen=True, slots=True)
class Failure:
    """A message the broker will never accept: its index in the published sequence."""

    index: int
    error: str
    too_large: bool


class Publisher:
    def __init__(self, settings: Settings) -> None:
        self.topics = {
            "normalized": settings.topic_normalized,
            "entities": settings.topic_entities,
            "rejected": settings.topic_rejected,
        }
        self.settings = settings
        self.max_bytes = settings.max_message_bytes
        self._producer: AIOKafkaProducer | None = None
        self._abandoned = False

    async def start(self) -> None:
        """Create and start the producer (inside the running event loop)."""
        compression = self.settings.producer_compression
        self._producer = AIOKafkaProducer(
            acks="all",
            enable_idempotence=True,
            linger_ms=self.settings.producer_linger_ms,
            compression_type=None if compression == "none" else compression,
            max_request_size=self.max_bytes + REQUEST_OVERHEAD,
            request_timeout_ms=30000,
            **aiokafka_options(self.settings),
        )
        await self._producer.start()

    async def stop(self) -> None:
        self._abandoned = True
        if self._producer is not None:
            await self._producer.stop()

    def abandon(self) -> None:
        """The worker must stop now: sends still retrying give up (``BatchAbandoned``)."""
        self._abandoned = True

    async def ping(self) -> bool:
        """True when a broker answers a metadata request."""
        if self._producer is None:
            return False
        try:
            await self._producer.client.fetch_all_metadata()
        except KafkaError:
            return False
        return True

    async def _send(self, index: int, message: OutMessage) -> Failure | None:
        assert self._producer is not None, "Publisher.start() was not awaited"
        topic = self.topics[message.channel]
        if len(message.value) > self.max_bytes:
            return Failure(
                index,
                f"{len(message.value):,} bytes, over NEWSFLOW_MAX_MESSAGE_BYTES={self.max_bytes:,}",
                too_large=True,
            )
        attempt = 0
        while True:
            try:
                fut = await self._producer.send(
                    topic,
                    key=message.key,
                    value=message.value,
                    headers=list(message.headers) or None,
                )
                await fut
                return None
            except PERMANENT as exc:
                log.error("publish refused by the broker", topic=topic, error=_text(exc))
                return Failure(index, _text(exc), too_large=not isinstance(exc, InvalidTopicError))
            except KafkaError as exc:
                if self._abandoned:
                    raise BatchAbandoned from exc
                delay = RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S) - 1)]
                log.warning(
                    "publish failed; retrying",
                    topic=topic,
                    error=_text(exc),
                    hint="the broker is unreachable, or the topic is missing (newsflow topics "
                    "create)",
                    attempt=attempt + 1,
                    retry_in_s=delay,
                )
                attempt += 1
                await asyncio.sleep(delay)

    async def publish(self, messages: Sequence[OutMessage]) -> list[Failure]:
        """Send all; return once the broker has acknowledged every one it will ever accept.
        The others are returned, by index."""
        results = await asyncio.gather(*(self._send(i, m) for i, m in enumerate(messages)))
        return [f for f in results if f is not None]


def _text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
