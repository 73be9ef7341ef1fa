"""The Kafka headers of every record newsflow publishes, so consumers can route and trace
without parsing JSON.

- **CloudEvents, Kafka binary mode** (CloudEvents 1.0 Kafka protocol binding):
  ``ce_specversion`` ``1.0``, ``ce_id`` (the event id), ``ce_type`` (the event type, e.g.
  ``article.normalized``), ``ce_source`` (``urn:newsflow``), ``ce_time`` (``processed_at``),
  ``ce_subject`` (the article id, or the entity id for an entity event),
  ``ce_dataschema`` (the schema's ``$id``) and ``content-type: application/json``.
- **W3C trace context**: ``traceparent`` carries the input record's trace id, when it has a
  valid ``traceparent``, with a span id of newsflow's own; ``tracestate`` is passed on as
  is. A record without one starts a trace whose ids derive from the record's topic,
  partition, offset and value, so a replay gives the same headers.
- **Dead letters** also carry Kafka Connect's error headers, which generic DLQ tooling
  reads: ``__connect.errors.topic``, ``…partition``, ``…offset``,
  ``…exception.class.name`` (the reason code) and ``…exception.message`` (the detail).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Final

from service.pipeline.types import RecordIn

Headers = tuple[tuple[str, bytes], ...]

SOURCE: Final = b"urn:newsflow"
SCHEMAS: Final = {
    "article.normalized": b"newsflow:article-normalized:v1",
    "entity.mentioned": b"newsflow:entity-mentioned:v1",
    "article.rejected": b"newsflow:article-rejected:v1",
}
# "00-<32 hex trace id>-<16 hex parent id>-<2 hex flags>"; an all-zero id is invalid.
_TRACEPARENT: Final = re.compile(r"^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")
MAX_TRACESTATE_BYTES: Final = 512


def _header(record: RecordIn, name: str) -> bytes | None:
    found = None
    for key, value in record.headers:
        if key.lower() == name:
            found = value
    return found


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def trace(record: RecordIn) -> Headers:
    """``traceparent`` (and ``tracestate``) for the events a record causes."""
    raw = (_header(record, "traceparent") or b"").decode("ascii", "replace").strip().lower()
    found = _TRACEPARENT.match(raw)
    value = hashlib.sha256(record.value or b"").hexdigest()
    span = _digest("span", record.topic, record.partition, record.offset, value)[:16]
    if found and found.group(1) != "0" * 32 and found.group(2) != "0" * 16:
        trace_id, flags = found.group(1), found.group(3)
    else:
        trace_id, flags = (
            _digest("trace", record.topic, record.partition, record.offset, value)[:32],
            "01",
        )
    out: list[tuple[str, bytes]] = [("traceparent", f"00-{trace_id}-{span}-{flags}".encode())]
    state = _header(record, "tracestate")
    if found and state and len(state) <= MAX_TRACESTATE_BYTES:
        out.append(("tracestate", state))
    return tuple(out)


def event_headers(
    event_type: str, event_id: str, time: datetime, subject: str, traced: Headers
) -> Headers:
    """The CloudEvents headers of one event, with the record's trace context."""
    return (
        ("ce_specversion", b"1.0"),
        ("ce_id", event_id.encode()),
        ("ce_type", event_type.encode()),
        ("ce_source", SOURCE),
        ("ce_time", time.isoformat().encode()),
        ("ce_subject", subject.encode()),
        ("ce_dataschema", SCHEMAS[event_type]),
        ("content-type", b"application/json"),
        *traced,
    )


def error_headers(record: RecordIn, reason: str, detail: str) -> Headers:
    """Kafka Connect's dead-letter headers: where the record came from and what failed."""
    return (
        ("__connect.errors.topic", str(record.topic or "").encode()),
        (
            "__connect.errors.partition",
            str(record.partition if record.partition is not None else "").encode(),
        ),
        (
            "__connect.errors.offset",
            str(record.offset if record.offset is not None else "").encode(),
        ),
        ("__connect.errors.exception.class.name", reason.encode()),
        ("__connect.errors.exception.message", detail.encode()[:4096]),
    )
