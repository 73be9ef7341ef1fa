"""The topics a worker needs, checked while it runs: a deleted one is recreated, with a log
line, instead of crashing the worker or stalling it for good."""

from __future__ import annotations

import contextlib

import faust
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from service.commands.topics import message_limits, too_small, topic_names
from service.config import Settings
from service.kafka_security import aiokafka_options
from service.logging import get_logger

log = get_logger("newsflow.worker")

CHECK_EVERY_S = 10.0


def changelog_topic(settings: Settings) -> str:
    """The dedup table's changelog topic (Faust's ``<group>-<table>-changelog``)."""
    return f"{settings.consumer_group}-dedup-changelog"


def install_topics_watch(app: faust.App, settings: Settings) -> None:
    @app.task  # type: ignore[untyped-decorator]  # faust ships no type for this decorator
    async def check_topic_limits() -> None:
        """Once at start: each topic's max.message.bytes against what newsflow will put
        there; a topic too small would refuse pages or events (too_large for nothing)."""
        try:
            small = await too_small(settings)
        except KafkaError as exc:
            log.warning("could not check the topics' limits", error=f"{type(exc).__name__}: {exc}")
            return
        for name, (actual, needed) in small.items():
            log.warning(
                "topic's max.message.bytes is below what newsflow writes or reads there",
                topic=name,
                max_message_bytes=actual,
                needed=needed,
                fix=f"kafka-configs.sh --bootstrap-server <broker> --alter --entity-type topics "
                f"--entity-name {name} --add-config max.message.bytes={needed} (or lower "
                "NEWSFLOW_MAX_CONTENT_BYTES / NEWSFLOW_MAX_MESSAGE_BYTES)",
            )

    @app.timer(interval=CHECK_EVERY_S)  # type: ignore[untyped-decorator]  # faust: untyped
    async def recreate_missing_topics() -> None:
        admin = AIOKafkaAdminClient(request_timeout_ms=10000, **aiokafka_options(settings))
        try:
            await admin.start()
            existing = set(await admin.list_topics())
            limits = message_limits(settings)
            wanted: dict[str, dict[str, str]] = {
                name: {"max.message.bytes": str(limits[name])} for name in topic_names(settings)
            }
            if settings.dedup_enabled:
                wanted[changelog_topic(settings)] = {"cleanup.policy": "compact"}
            missing = [name for name in wanted if name not in existing]
            if not missing:
                return
            log.error("topics missing; recreating them", topics=missing)
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [
                        NewTopic(
                            name,
                            num_partitions=settings.topic_partitions,
                            replication_factor=settings.topic_replication_factor,
                            topic_configs=wanted[name],
                        )
                        for name in missing
                    ],
                    timeout_ms=15000,
                )
            log.warning("topics recreated", topics=missing)
        except KafkaError as exc:
            log.warning("could not check the topics", error=f"{type(exc).__name__}: {exc}")
        finally:
            await admin.close()
