"""The worker against a real broker: articles in, normalised events, entities and rejections out."""

from __future__ import annotations

import uuid
from typing import Any

import orjson

from devtools.worker_process import WorkerProcess, consume_until, produce


def envelope(**fields: Any) -> bytes:
    return orjson.dumps(fields)


async def test_example_article_yields_normalized_and_entity_events_with_one_article_id(
    shared_worker: WorkerProcess, example_text: str
) -> None:
    """The Reuters example becomes one article.normalized and its entity events, same article_id."""
    topics = shared_worker.topics
    source_id = f"reuters-mali-{uuid.uuid4().hex[:6]}"
    await produce(
        shared_worker.bootstrap,
        topics.raw,
        [(source_id.encode(), envelope(id=source_id, content=example_text), None)],
    )

    def done(events: list[dict[str, Any]]) -> bool:
        return any(
            e.get("source_id") == source_id and e["_topic"] == topics.normalized for e in events
        )

    events = await consume_until(
        shared_worker.bootstrap, [topics.normalized, topics.entities], done
    )
    article = next(
        e for e in events if e.get("source_id") == source_id and e["_topic"] == topics.normalized
    )
    assert article["event_type"] == "article.normalized"
    assert article["headline"].startswith("Mali says it can seek military help")
    assert article["_key"] == article["article_id"].encode()
    assert len(article["paragraphs"]) >= 11

    # entity events are published before the batch is acked, so they are all there now
    events = await consume_until(
        shared_worker.bootstrap,
        [topics.entities],
        lambda evs: sum(e.get("source_id") == source_id for e in evs) >= len(article["entities"]),
        within_s=30,
    )
    mine = [e for e in events if e.get("source_id") == source_id]
    assert mine, "no entity.mentioned events arrived"
    assert {e["article_id"] for e in mine} == {article["article_id"]}
    assert {e["entity_id"] for e in mine} == {s["entity_id"] for s in article["entities"]}
    assert all(e["_key"] == e["entity_id"].encode() for e in mine)
    names = {e["name"] for e in mine}
    assert "Mali" in names


async def test_bad_messages_arrive_on_rejected_with_their_reason(
    shared_worker: WorkerProcess,
) -> None:
    """Invalid JSON, an envelope without content, and empty content are dead-lettered, typed."""
    topics = shared_worker.topics
    tag = uuid.uuid4().hex[:6]
    cases = {
        f"bad-json-{tag}": (b"{not json", "invalid_json"),
        f"no-content-{tag}": (envelope(id="x", title="no content"), "invalid_envelope"),
        f"empty-{tag}": (envelope(id="y", content="   "), "empty_content"),
    }
    await produce(
        shared_worker.bootstrap,
        topics.raw,
        [(key.encode(), value, [("origin-test", b"yes")]) for key, (value, _) in cases.items()],
    )
    keys = {k.encode() for k in cases}

    events = await consume_until(
        shared_worker.bootstrap,
        [topics.rejected],
        lambda evs: keys <= {e["_key"] for e in evs},
    )
    got = {e["_key"].decode(): e for e in events if e["_key"] in keys}
    assert set(got) == set(cases)
    for key, (value, reason) in cases.items():
        event = got[key]
        assert event["event_type"] == "article.rejected"
        assert event["reason"] == reason
        assert event["detail"]
        assert event["origin"]["topic"] == topics.raw
        assert event["origin"]["key"] == key
        assert event["payload"] == value.decode()
        copied = {"key": "origin-test", "value": "yes", "value_encoding": "utf-8"}
        assert {**copied, "redacted": False} in event["headers"]


async def test_every_offset_of_a_mixed_batch_has_exactly_one_outcome(
    shared_worker: WorkerProcess, example_text: str
) -> None:
    """50 mixed messages: each input offset appears exactly once across normalized and rejected."""
    topics = shared_worker.topics
    tag = uuid.uuid4().hex[:6]
    paragraphs = [p for p in example_text.split("\n") if len(p) > 120]
    messages = []
    for i in range(50):
        kind = i % 5
        key = f"mixed-{tag}-{i}".encode()
        if kind == 0:
            value = b"\xff\xfe binary \x00\x01"
        elif kind == 1:
            value = envelope(id=f"{tag}-{i}", content="")
        elif kind == 2:
            value = b"[1, 2, 3]"
        else:
            body = "\n".join(paragraphs[i % len(paragraphs) :] + paragraphs[: i % len(paragraphs)])
            value = envelope(id=f"{tag}-{i}", title=f"Story {i}", content=body)
        messages.append((key, value, None))
    positions = await produce(shared_worker.bootstrap, topics.raw, messages)
    keys = {m[0] for m in messages}
    expected_ok = {f"{tag}-{i}" for i in range(50) if i % 5 >= 3}

    def settled(evs: list[dict[str, Any]]) -> bool:
        normalized = {e.get("source_id") for e in evs if e["_topic"] == topics.normalized}
        rejected = {e["_key"] for e in evs if e["_topic"] == topics.rejected}
        return len(normalized & expected_ok) + len(rejected & keys) >= 50

    events = await consume_until(
        shared_worker.bootstrap, [topics.normalized, topics.rejected], settled
    )
    rejected = [e for e in events if e["_topic"] == topics.rejected and e["_key"] in keys]
    normalized = [
        e for e in events if e["_topic"] == topics.normalized and e.get("source_id") in expected_ok
    ]

    rejected_offsets = {(e["origin"]["partition"], e["origin"]["offset"]) for e in rejected}
    by_source = {f"{tag}-{i}": positions[i] for i in range(50)}
    normalized_offsets = {by_source[e["source_id"]] for e in normalized}
    assert len(rejected) == len(rejected_offsets) == 30
    assert len(normalized) == len(normalized_offsets) == 20
    assert rejected_offsets | normalized_offsets == set(positions)
    assert not rejected_offsets & normalized_offsets
    reasons = {e["reason"] for e in rejected}
    assert reasons == {"undecodable", "empty_content", "invalid_envelope"}
