"""Duplicates and updates across the stream (on by default), with state in a changelog-backed
table of one record per article."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from devtools.worker_process import Topics, WorkerProcess, consume_until, produce

WIRE = [
    "Ministers from 20 countries agreed on Tuesday to cut fishing quotas in the North Atlantic "
    "by a fifth over five years, after scientists warned that cod stocks were collapsing.",
    "The deal, reached after two weeks of talks in Reykjavik, still needs the approval of "
    "national parliaments, several delegates said.",
    '"This is the hardest decision we have taken in a decade," Norway\'s fisheries minister '
    "told reporters, adding that coastal towns would receive compensation.",
    "Environmental groups welcomed the agreement but said the cuts came too late for some "
    "species, and called for a ban on bottom trawling in protected areas.",
]


def page(site: str, paragraphs: list[str]) -> str:
    """Wire text inside one site's own navigation, share buttons and footer."""
    return "\n".join(
        [f"Home | World | Business | {site}", "Subscribe now", *paragraphs,
         "Share this article", f"© 2026 {site}. All rights reserved."]
    )  # fmt: skip


async def test_recrawl_syndication_and_restart_recovery(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """A re-crawl is version 2 with its changes (after a restart); a syndicated copy links back."""
    topics = Topics()
    first = worker_factory(topics, NEWSFLOW_DEDUP_ENABLED="true")
    tag = uuid.uuid4().hex[:6]
    url = f"https://news.example.com/world/fish-{tag}?utm_source=rss"
    original = {"url": url, "title": "Nations agree to cut fishing quotas",
                "content": page("Example News", WIRE)}  # fmt: skip
    copy_paragraphs = [*WIRE[:3], WIRE[3].replace("welcomed", "praised")]
    syndicated = {
        "id": f"copy-{tag}",
        "url": f"https://other.example.org/{tag}",
        "title": "Fishing quotas cut",
        "content": page("Other Daily", copy_paragraphs),
    }
    await produce(bootstrap, topics.raw, [(b"o", orjson.dumps(original), None)])
    await produce(bootstrap, topics.raw, [(b"c", orjson.dumps(syndicated), None)])

    def articles(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [e for e in evs if e["event_type"] == "article.normalized"]

    events = await consume_until(
        bootstrap, [topics.normalized], lambda evs: len(articles(evs)) >= 2
    )
    v1 = next(e for e in events if e["url"] == url)
    copy = next(e for e in events if e.get("source_id") == f"copy-{tag}")
    assert v1["version"] == 1
    assert v1["fingerprints"]["exact"]
    assert copy["near_duplicate_of"] == v1["article_id"]
    assert copy["similarity"] >= 0.45
    assert copy["canonical_id"] == v1["article_id"]

    # one changelog record per article: the candidate lookup is not stored
    changelog = f"{topics.group}-dedup-changelog"
    records = await consume_until(bootstrap, [changelog], lambda _: False, within_s=5)
    keys = [f'"a:{v1["article_id"]}"'.encode(), f'"a:{copy["article_id"]}"'.encode()]
    assert sorted(r["_key"] for r in records) == sorted(keys)

    # restart: the new worker recovers the table from its changelog
    assert first.stop() == 0
    second = worker_factory(topics, NEWSFLOW_DEDUP_ENABLED="true")
    update = {
        "url": url.replace("?utm_source=rss", "#comments"),  # the same canonical URL
        "title": "Nations agree to cut fishing quotas by a fifth",
        "content": page("Example News", [*WIRE, "Correction: An earlier version of this "
                                          "story misstated the length of the talks."]),
    }  # fmt: skip
    await produce(bootstrap, topics.raw, [(b"o", orjson.dumps(update), None)])
    events = await consume_until(
        bootstrap, [topics.normalized], lambda evs: len(articles(evs)) >= 3
    )
    v2 = [e for e in articles(events) if e["article_id"] == v1["article_id"] and e["version"] == 2]
    assert len(v2) == 1
    changes = v2[0]["changes"]
    assert changes["headline_changed"] is True
    assert [p["index"] for p in changes["paragraphs_added"]] == [4]
    assert changes["corrections"]
    ready = [r for r in second.log_records() if r.get("event") == "dedup state ready"]
    assert ready, second.log_tail()
    assert ready[0]["articles"] == 2


async def _send(bootstrap: str, topic: str, partition: int, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, value=value, partition=partition)
    finally:
        await producer.stop()


async def _processed_by(workers: list[WorkerProcess], source_id: str) -> list[int]:
    """The workers that logged this article; the line follows its event by a moment."""
    deadline = time.monotonic() + 30
    while True:
        found = [
            i
            for i, worker in enumerate(workers)
            for r in worker.log_records()
            if r.get("event") == "article processed" and r.get("source_id") == source_id
        ]
        if found or time.monotonic() > deadline:
            return found
        await asyncio.sleep(0.2)


async def test_a_copy_on_another_worker_links_to_the_first(
    worker_factory: Callable[..., WorkerProcess], bootstrap: str
) -> None:
    """Two workers share the input partitions; the original is processed by one and the
    syndicated copy by the other, a few seconds later: the second must already see the
    first's entry (another worker's changelog writes are applied as they arrive, not once a
    thousand have been buffered)."""
    topics = Topics()
    workers = [worker_factory(topics), worker_factory(topics)]
    tag = uuid.uuid4().hex[:6]
    original = {"id": f"orig-{tag}", "url": f"https://news.example.com/{tag}",
                "title": "Nations agree to cut fishing quotas",
                "content": page("Example News", WIRE)}  # fmt: skip
    copy = {"id": f"copy-{tag}", "url": f"https://other.example.org/{tag}",
            "title": "Fishing quotas cut", "content": page("Other Daily", WIRE)}  # fmt: skip

    def normalized(evs: list[dict[str, Any]], source_id: str) -> list[dict[str, Any]]:
        return [
            e for e in evs
            if e["event_type"] == "article.normalized" and e.get("source_id") == source_id
        ]  # fmt: skip

    # Each worker owns one of the two partitions once the group has settled; an article
    # sent to partition 0 and then to partition 1 goes to both workers in turn.
    deadline = time.monotonic() + 60
    while True:
        await _send(bootstrap, topics.raw, 0, orjson.dumps(original))
        first = await consume_until(
            bootstrap, [topics.normalized], lambda evs: bool(normalized(evs, original["id"]))
        )
        await _send(bootstrap, topics.raw, 1, orjson.dumps(copy))
        events = await consume_until(
            bootstrap, [topics.normalized], lambda evs: bool(normalized(evs, copy["id"]))
        )
        by_original = await _processed_by(workers, original["id"])
        by_copy = await _processed_by(workers, copy["id"])
        if set(by_original).isdisjoint(by_copy) or time.monotonic() > deadline:
            break
        # Both went to one worker (the group was still rebalancing): try with new ids.
        tag = uuid.uuid4().hex[:6]
        original["id"], copy["id"] = f"orig-{tag}", f"copy-{tag}"
        original["url"], copy["url"] = f"https://news.example.com/{tag}", f"https://o.example/{tag}"
    assert by_original, by_original
    assert by_copy, by_copy
    assert set(by_original).isdisjoint(by_copy), (by_original, by_copy)
    v1 = normalized(first, original["id"])[0]
    linked = normalized(events, copy["id"])[0]
    assert linked["duplicate_of"] == v1["article_id"], linked
    assert linked["canonical_id"] == v1["article_id"]
