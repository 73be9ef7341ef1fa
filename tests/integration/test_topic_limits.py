"""Topic limits that match the settings: topics are created with max.message.bytes for what
newsflow puts there, a large page is accepted and gets its outcome, and a worker on topics
too small for its limits says so at start."""

from __future__ import annotations

from collections.abc import Callable

import orjson
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from devtools.worker_process import Topics, WorkerProcess, consume_until, produce
from service.commands.topics import message_limits, too_small
from service.config import Settings


def settings_for(bootstrap: str, topics: Topics) -> Settings:
    return Settings(
        kafka_bootstrap_servers=bootstrap,
        topic_raw=topics.raw,
        topic_normalized=topics.normalized,
        topic_entities=topics.entities,
        topic_rejected=topics.rejected,
    )


async def test_created_topics_take_the_pages_and_events_the_settings_allow(
    shared_worker: WorkerProcess, bootstrap: str
) -> None:
    """The worker created its topics with room for NEWSFLOW_MAX_CONTENT_BYTES pages and
    NEWSFLOW_MAX_MESSAGE_BYTES events: a 1.8 MB page (over Kafka's 1 MB default) is accepted
    and gets exactly one outcome."""
    settings = settings_for(bootstrap, shared_worker.topics)
    assert await too_small(settings) == {}
    assert message_limits(settings)[settings.topic_raw] > 5_000_000
    paragraph = "The council met on Monday to discuss the bridge and its budget for the year. "
    content = "\n\n".join(f"{i}: {paragraph * 4}" for i in range(5600))
    value = orjson.dumps({"id": "big-page", "content": content})
    assert len(value) > 1_700_000
    await produce(bootstrap, settings.topic_raw, [(b"big-page", value, None)])
    events = await consume_until(
        bootstrap,
        [settings.topic_normalized, settings.topic_rejected],
        lambda evs: any(e.get("source_id") == "big-page" for e in evs),
        within_s=180,
    )
    (outcome,) = [e for e in events if e.get("source_id") == "big-page"]
    assert outcome["event_type"] == "article.rejected"
    assert outcome["reason"] == "too_large"


async def test_a_worker_on_topics_too_small_for_its_limits_warns_with_the_fix(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """Topics created elsewhere with Kafka's default limit: the worker starts, and logs which
    topic is too small and the command that fixes it."""
    topics = Topics()
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        names = [topics.raw, topics.normalized, topics.entities, topics.rejected]
        await admin.create_topics([NewTopic(n, 2, 1) for n in names])
    finally:
        await admin.close()
    worker = worker_factory(topics)
    await consume_until(bootstrap, [topics.normalized], lambda evs: True, within_s=5)
    log = worker.log_text()
    assert "max.message.bytes is below" in log
    assert f"--entity-name {topics.raw}" in log
