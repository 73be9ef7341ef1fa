"""Create and describe newsflow's topics with the Kafka admin API (aiokafka)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError

from service.config import Settings
from service.kafka_security import aiokafka_options


@dataclass(frozen=True, slots=True)
class TopicInfo:
    name: str
    partitions: int
    exists: bool
    retention_ms: str | None = None


def topic_names(settings: Settings) -> list[str]:
    return [
        settings.topic_raw,
        settings.topic_normalized,
        settings.topic_entities,
        settings.topic_rejected,
    ]


# Room for a record's headers and its batch framing above the value limits below.
HEADROOM = 65_536


def message_limits(settings: Settings) -> dict[str, int]:
    """``max.message.bytes`` each topic needs: the raw topic takes values up to
    NEWSFLOW_MAX_CONTENT_BYTES, the output topics events up to NEWSFLOW_MAX_MESSAGE_BYTES."""
    out = settings.max_message_bytes + HEADROOM
    return {
        settings.topic_raw: settings.max_content_bytes + HEADROOM,
        settings.topic_normalized: out,
        settings.topic_entities: out,
        settings.topic_rejected: out,
    }


def _admin(settings: Settings) -> AIOKafkaAdminClient:
    kwargs: dict[str, Any] = aiokafka_options(settings)
    return AIOKafkaAdminClient(request_timeout_ms=15000, **kwargs)


async def ensure_topics(settings: Settings, retention_ms: int | None = None) -> list[str]:
    """Create the four topics when missing (partitions from settings, ``max.message.bytes``
    from the size settings); return those created."""
    admin = _admin(settings)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        retention = {"retention.ms": str(retention_ms)} if retention_ms else {}
        limits = message_limits(settings)
        missing = [
            NewTopic(
                name,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
                topic_configs={**retention, "max.message.bytes": str(limits[name])},
            )
            for name in topic_names(settings)
            if name not in existing
        ]
        if missing:
            # another worker may have created them first: that is the goal
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing, timeout_ms=15000)
        return [t.name for t in missing]
    finally:
        await admin.close()


async def _config(admin: AIOKafkaAdminClient, names: list[str], key: str) -> dict[str, str]:
    """One config value per topic. A resource is (error, message, type, name, entries) and an
    entry (name, value, read_only, source, sensitive, synonyms) in the DescribeConfigs reply."""
    if not names:
        return {}
    resources = [ConfigResource(ConfigResourceType.TOPIC, name) for name in names]
    out: dict[str, str] = {}
    for response in await admin.describe_configs(resources):
        for _error, _message, _type, topic, entries in response.resources:
            for entry in entries:
                if entry[0] == key:
                    out[topic] = entry[1]
    return out


async def too_small(settings: Settings) -> dict[str, tuple[int, int]]:
    """Topics whose ``max.message.bytes`` is under what newsflow will write or read there:
    name -> (the topic's limit, the limit needed)."""
    admin = _admin(settings)
    await admin.start()
    try:
        needed = message_limits(settings)
        present = [n for n in needed if n in set(await admin.list_topics())]
        actual = await _config(admin, present, "max.message.bytes")
    finally:
        await admin.close()
    return {
        name: (int(actual[name]), needed[name])
        for name in present
        if name in actual and int(actual[name]) < needed[name]
    }


async def describe_topics(settings: Settings) -> list[TopicInfo]:
    admin = _admin(settings)
    await admin.start()
    try:
        names = topic_names(settings)
        existing = set(await admin.list_topics())
        present = [n for n in names if n in existing]
        described = {t["topic"]: t for t in await admin.describe_topics(present)}
        retention = await _config(admin, present, "retention.ms")
        out = []
        for name in names:
            info = described.get(name)
            out.append(
                TopicInfo(
                    name=name,
                    partitions=len(info["partitions"]) if info else 0,
                    exists=info is not None,
                    retention_ms=retention.get(name),
                )
            )
        return out
    finally:
        await admin.close()
