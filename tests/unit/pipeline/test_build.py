"""build: deterministic events, and rejections that keep the origin and the payload."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import orjson

from service.commands.dlq import original_headers
from service.errors import Rejection
from service.events import ArticleRejected
from service.pipeline.dead_letter import REDACTED_HEADERS, DeadLetterLimits
from service.pipeline.dead_letter import rejected as dead_letter
from service.pipeline.types import Outcome, RecordIn

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def rejected(
    rejection: Rejection,
    rec: RecordIn,
    now: datetime,
    max_payload_bytes: int,
    max_message_bytes: int = 1_000_000,
) -> Outcome:
    """The dead letter with the given payload and message limits."""
    return dead_letter(rejection, rec, now, DeadLetterLimits(max_payload_bytes, max_message_bytes))


def record(value: bytes, key: bytes | None = b"k1") -> RecordIn:
    return RecordIn(
        value=value,
        key=key,
        headers=(("trace", b"abc"), ("bin", b"\xff\x00")),
        topic="articles.raw",
        partition=3,
        offset=42,
        timestamp_ms=1_700_000_000_000,
    )


def test_rejection_carries_origin_headers_and_payload() -> None:
    """Topic, partition, offset, timestamp, key and headers are kept; binary is base64."""
    outcome = rejected(Rejection("invalid_json", "bad", "decode"), record(b"{oops"), NOW, 1000)
    (message,) = outcome.messages
    assert message.channel == "rejected"
    assert message.key == b"k1"
    event = ArticleRejected.model_validate(orjson.loads(message.value))
    assert (event.origin.topic, event.origin.partition, event.origin.offset) == (
        "articles.raw",
        3,
        42,
    )
    assert event.origin.key == "k1"
    assert event.payload == "{oops"
    assert not event.payload_truncated
    assert event.headers[1].value_encoding == "base64"
    assert base64.b64decode(event.headers[1].value) == b"\xff\x00"


def test_payload_is_truncated_at_the_limit_with_a_flag() -> None:
    """A big payload is cut at the byte limit, and says so."""
    outcome = rejected(Rejection("too_large", "big", "decode"), record(b"a" * 5000), NOW, 100)
    event = orjson.loads(outcome.messages[0].value)
    assert event["payload"] == "a" * 100
    assert event["payload_truncated"] is True
    assert event["payload_size"] == 5000


def test_invalid_utf8_payload_is_base64() -> None:
    """Bytes that are not UTF-8 survive the dead letter queue intact."""
    outcome = rejected(Rejection("undecodable", "bin", "decode"), record(b"\xff\xfe\x00"), NOW, 100)
    event = orjson.loads(outcome.messages[0].value)
    assert event["payload_encoding"] == "base64"
    assert base64.b64decode(event["payload"]) == b"\xff\xfe\x00"


def test_rejection_event_id_is_stable_for_the_same_record() -> None:
    """Replaying the same record gives the same event id; another offset gives another."""
    first = orjson.loads(
        rejected(Rejection("invalid_json", "x", "decode"), record(b"{"), NOW, 9).messages[0].value
    )
    again = orjson.loads(
        rejected(Rejection("invalid_json", "x", "decode"), record(b"{"), datetime.now(UTC), 9)
        .messages[0]
        .value
    )
    assert first["event_id"] == again["event_id"]


def test_huge_header_values_are_cut_in_the_dead_letter() -> None:
    """A megabyte header cannot make the rejection itself too large to publish."""
    rec = RecordIn(
        value=b"{", headers=(("big", b"x" * 1_000_000),), topic="t", partition=0, offset=1
    )
    event = orjson.loads(
        rejected(Rejection("invalid_json", "x", "decode"), rec, NOW, 100).messages[0].value
    )
    assert len(event["headers"][0]["value"]) == 4096


def test_rejection_event_stays_under_the_message_limit_whatever_the_payload() -> None:
    """Control bytes that JSON escapes sixfold still give a dead letter under the limit."""
    value = bytes(range(1, 32)) * 40_000  # about 1.2 MB that escapes to about 7 MB
    outcome = rejected(
        Rejection("undecodable", "x", "decode"), record(value), NOW, 2_000_000,
        max_message_bytes=1_000_000,
    )  # fmt: skip
    (message,) = outcome.messages
    assert len(message.value) <= 1_000_000
    event = orjson.loads(message.value)
    assert event["payload_truncated"] is True
    assert event["payload_size"] == len(value)


def test_credential_headers_are_redacted_and_not_replayed() -> None:
    """authorization, cookie and configured names keep their name, not their value; a
    replay leaves them out."""
    rec = RecordIn(
        value=b"{",
        headers=(
            ("Authorization", b"Bearer s3cr3t"),
            ("Cookie", b"session=abc"),
            ("X-Upstream-Token", b"tok-123"),
            ("source", b"wire"),
        ),
    )
    limits = DeadLetterLimits(100, redact_headers=REDACTED_HEADERS | {"x-upstream-token"})
    value = dead_letter(Rejection("invalid_json", "x", "decode"), rec, NOW, limits)
    raw = value.messages[0].value
    assert b"s3cr3t" not in raw
    assert b"session=abc" not in raw
    assert b"tok-123" not in raw
    event = ArticleRejected.model_validate_json(raw)
    assert [(h.key, h.redacted) for h in event.headers] == [
        ("Authorization", True),
        ("Cookie", True),
        ("X-Upstream-Token", True),
        ("source", False),
    ]
    assert original_headers(event) == [("source", b"wire")]


def test_huge_keys_and_headers_are_cut_and_flagged() -> None:
    """A 700 kB key and 600 headers of 4 KiB still give a dead letter far under 1 MB."""
    rec = RecordIn(
        value=b"{", key=b"k" * 700_000, headers=tuple((f"h{i}", b"v" * 4096) for i in range(600))
    )
    outcome = rejected(Rejection("invalid_json", "x", "decode"), rec, NOW, 1000)
    (message,) = outcome.messages
    assert len(message.value) < 100_000
    assert message.key is not None
    assert len(message.key) == 4096
    event = ArticleRejected.model_validate_json(message.value)
    assert event.origin.key_truncated
    assert event.headers_truncated
    assert len(event.headers) <= 64
