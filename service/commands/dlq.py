"""`newsflow dlq replay`: republish rejected payloads to the raw topic once the cause is fixed."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from aiokafka import TopicPartition

from service.commands.clients import started_consumer, started_producer, stop_consumer
from service.config import Settings
from service.events import ArticleRejected


@dataclass
class ReplayReport:
    scanned: int = 0
    replayed: int = 0
    skipped_truncated: int = 0
    skipped_filtered: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def count(self, event: ArticleRejected, reason: str | None, since: datetime | None) -> bool:
        """Tally one rejection; True when its payload is to be replayed."""
        self.scanned += 1
        if not selected(event, reason, since):
            self.skipped_filtered += 1
            return False
        if event.payload_truncated or event.payload is None:
            self.skipped_truncated += 1
            return False
        self.reasons[event.reason] = self.reasons.get(event.reason, 0) + 1
        self.replayed += 1
        return True

    def summary(self, dry_run: bool) -> str:
        verb = "would replay" if dry_run else "replayed"
        return (
            f"scanned {self.scanned}; {verb} {self.replayed}; "
            f"skipped {self.skipped_filtered} by filter, "
            f"{self.skipped_truncated} with a truncated payload"
        )


def original_payload(event: ArticleRejected) -> bytes | None:
    if event.payload is None:
        return None
    if event.payload_encoding == "base64":
        return base64.b64decode(event.payload)
    return event.payload.encode("utf-8")


def original_key(event: ArticleRejected) -> bytes | None:
    key = event.origin.key
    if key is None:
        return None
    return base64.b64decode(key) if event.origin.key_encoding == "base64" else key.encode()


def original_headers(event: ArticleRejected) -> list[tuple[str, bytes]]:
    """The headers to republish: all but the redacted credential headers."""
    return [
        (h.key, base64.b64decode(h.value) if h.value_encoding == "base64" else h.value.encode())
        for h in event.headers
        if not h.redacted
    ]


def selected(event: ArticleRejected, reason: str | None, since: datetime | None) -> bool:
    if reason is not None and event.reason != reason:
        return False
    return since is None or event.processed_at >= since


async def replay(
    settings: Settings, reason: str | None, since: datetime | None, dry_run: bool
) -> ReplayReport:
    """Read the rejected topic up to its current end, and republish the selected payloads."""
    report = ReplayReport()
    consumer = await started_consumer(
        settings, settings.topic_rejected, auto_offset_reset="earliest"
    )
    producer = None if dry_run else await started_producer(settings)
    try:
        partitions = consumer.partitions_for_topic(settings.topic_rejected) or set()
        tps = [TopicPartition(settings.topic_rejected, p) for p in partitions]
        if not tps:
            return report
        end = await consumer.end_offsets(tps)
        remaining = {tp for tp in tps if end[tp] > 0}
        while remaining:
            batch = await consumer.getmany(*remaining, timeout_ms=1000)
            for tp, records in batch.items():
                for record in records:
                    if record.offset >= end[tp] - 1:
                        remaining.discard(tp)
                    if record.offset >= end[tp]:
                        continue
                    event = ArticleRejected.model_validate(orjson.loads(record.value))
                    if report.count(event, reason, since) and producer is not None:
                        await producer.send_and_wait(
                            settings.topic_raw,
                            key=original_key(event),
                            value=original_payload(event),
                            headers=original_headers(event) or None,
                        )
            for tp in list(remaining):
                if await consumer.position(tp) >= end[tp]:
                    remaining.discard(tp)
    finally:
        await stop_consumer(consumer)
        if producer is not None:
            await producer.stop()
    return report
