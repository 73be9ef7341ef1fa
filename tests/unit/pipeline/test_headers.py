"""Every published record carries CloudEvents headers and a W3C trace context; dead letters
also carry Kafka Connect's error headers."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from service.pipeline.headers import trace
from service.pipeline.types import RecordIn
from service.processor import Processor

ARTICLE = (
    "Angela Merkel visited Paris on Monday and said the talks with France had been good. "
    "The chancellor met President Emmanuel Macron at the Elysee Palace for two hours."
)
PARENT = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def record(value: bytes, headers: tuple[tuple[str, bytes], ...] = ()) -> RecordIn:
    return RecordIn(value=value, headers=headers, topic="articles.raw", partition=2, offset=7)


def test_events_carry_cloudevents_headers_and_the_input_trace(
    processor_for: Callable[..., Processor],
) -> None:
    """Each event's ce_id is its event_id and ce_type its event_type; the input's trace id
    and tracestate go on, with newsflow's own span id."""
    value = orjson.dumps({"id": "m1", "content": ARTICLE})
    headers = (("traceparent", PARENT), ("tracestate", b"vendor=1"))
    (outcome,) = processor_for().process([record(value, headers)])
    assert outcome.outcome == "normalized"
    for message in outcome.messages:
        got = dict(message.headers)
        event = orjson.loads(message.value)
        assert got["ce_specversion"] == b"1.0"
        assert got["ce_id"] == event["event_id"].encode()
        assert got["ce_type"] == event["event_type"].encode()
        assert got["content-type"] == b"application/json"
        trace_id = got["traceparent"].split(b"-")[1]
        assert trace_id == b"4bf92f3577b34da6a3ce929d0e0e4736"
        assert got["traceparent"] != PARENT  # a span of our own
        assert got["tracestate"] == b"vendor=1"


def test_a_record_without_trace_context_starts_one_the_same_on_a_replay() -> None:
    """No traceparent in: a valid one out, derived from the record, so replays match."""
    first = dict(trace(record(b"x")))
    assert first == dict(trace(record(b"x")))
    version, trace_id, span, flags = first["traceparent"].decode().split("-")
    assert (version, len(trace_id), len(span), flags) == ("00", 32, 16, "01")
    assert "tracestate" not in first
    assert dict(trace(record(b"x", (("traceparent", b"garbage"),)))) == first


def test_dead_letters_carry_kafka_connect_error_headers(
    processor_for: Callable[..., Processor],
) -> None:
    """Where the record came from and what failed, in the names generic DLQ tools read."""
    (outcome,) = processor_for().process([record(b"{not json")])
    got = dict(outcome.messages[0].headers)
    assert got["ce_type"] == b"article.rejected"
    assert got["__connect.errors.topic"] == b"articles.raw"
    assert got["__connect.errors.partition"] == b"2"
    assert got["__connect.errors.offset"] == b"7"
    assert got["__connect.errors.exception.class.name"] == b"invalid_json"
    assert got["__connect.errors.exception.message"].startswith(b"the value is not")
