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


def _admin(settings: Settings) -> AIOKafkaAdminClient:
    kwargs: dict[str, Any] = aiokafka_options(settings)
    return AIOKafkaAdminClient(request_timeout_ms=15000, **kwargs)


async def ensure_topics(settings: Settings, retention_ms: int | None = None) -> list[str]:
    """Create the four topics when missing (partitions from settings); return those created."""
    admin = _admin(settings)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        configs = {"retention.ms": str(retention_ms)} if retention_ms else {}
        missing = [
            NewTopic(
                name,
                num_partitions=settings.topic_partitions,
                replication_factor=settings.topic_replication_factor,
                topic_configs=configs,
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


async def _retention(admin: AIOKafkaAdminClient, names: list[str]) -> dict[str, str]:
    """retention.ms per topic. A resource is (error, message, type, name, entries) and an
    entry (name, value, read_only, source, sensitive, synonyms) in the DescribeConfigs reply."""
    if not names:
        return {}
    resources = [ConfigResource(ConfigResourceType.TOPIC, name) for name in names]
    out: dict[str, str] = {}
    for response in await admin.describe_configs(resources):
        for _error, _message, _type, topic, entries in response.resources:
            for entry in entries:
                if entry[0] == "retention.ms":
                    out[topic] = entry[1]
    return out


async def describe_topics(settings: Settings) -> list[TopicInfo]:
    admin = _admin(settings)
    await admin.start()
    try:
        names = topic_names(settings)
        existing = set(await admin.list_topics())
        present = [n for n in names if n in existing]
        described = {t["topic"]: t for t in await admin.describe_topics(present)}
        retention = await _retention(admin, present)
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
