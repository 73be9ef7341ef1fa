"""article.rejected: the reason, the origin, the record's headers and its original payload,
bounded so that the dead letter itself can always be published.

- The payload is kept up to ``max_payload_bytes`` (UTF-8, or base64 when not), flagged
  ``payload_truncated`` beyond; should the event still exceed ``max_message_bytes`` (JSON
  escaping can grow text fivefold, base64 by a third), the payload is halved until it fits.
- Headers: at most ``MAX_HEADERS``, each value cut at ``MAX_HEADER_BYTES``, all together at
  most ``MAX_HEADERS_BYTES``; ``headers_truncated`` says when any cut applied.
- The key (in ``origin`` and as the dead letter's own record key) is cut at
  ``MAX_KEY_BYTES``, flagged ``origin.key_truncated``.
- Credential-bearing headers (``REDACTED_HEADERS`` and ``NEWSFLOW_DLQ_REDACT_HEADERS``) keep
  their name with the value ``[redacted]`` and ``redacted: true``; ``dlq replay`` leaves them
  out.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

import orjson

from service.errors import Rejection
from service.events import ArticleRejected, Header, Origin
from service.ids import article_id, uuid5
from service.pipeline.headers import error_headers, event_headers, trace
from service.pipeline.types import Decoded, Outcome, OutMessage, RecordIn

# An envelope that failed to decode is still searched for its "id" up to this size, so the
# dead letter names the upstream item (an empty or invalid body, a bad field).
MAX_ID_LOOKUP_BYTES: Final = 2_000_000
MAX_HEADER_BYTES: Final = 4096
MAX_HEADERS: Final = 64
MAX_HEADERS_BYTES: Final = 65_536
MAX_KEY_BYTES: Final = 4096
REDACTED: Final = "[redacted]"
# Headers that carry credentials, whatever a scraper copied from the HTTP exchange.
REDACTED_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)


@dataclass(frozen=True, slots=True)
class DeadLetterLimits:
    max_payload_bytes: int
    max_message_bytes: int = 1_000_000
    redact_headers: frozenset[str] = REDACTED_HEADERS  # lower-case names


def _text_or_base64(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return base64.b64encode(data).decode("ascii"), "base64"


def _truncate_utf8(data: bytes, limit: int) -> bytes:
    """Cut at ``limit`` bytes without splitting a UTF-8 character."""
    cut = data[:limit]
    try:
        cut.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= limit - 3:
            cut = cut[: exc.start]
    return cut


def _envelope_id(value: bytes) -> str | None:
    """The upstream "id" of a JSON envelope that did not validate, when it has a usable one."""
    if not value or len(value) > MAX_ID_LOOKUP_BYTES or value.lstrip()[:1] != b"{":
        return None
    try:
        ident = orjson.loads(value).get("id")
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return ident if isinstance(ident, str) and 0 < len(ident) <= 512 else None


def _headers(
    pairs: tuple[tuple[str, bytes | None], ...], redact: frozenset[str]
) -> tuple[list[Header], bool]:
    """The record's headers as the dead letter keeps them, and whether any was cut."""
    out: list[Header] = []
    total = 0
    truncated = len(pairs) > MAX_HEADERS
    for name, value in pairs[:MAX_HEADERS]:
        key = name[:256]
        if key.lower() in redact:
            out.append(Header(key=key, value=REDACTED, redacted=True))
            continue
        kept = _truncate_utf8(value or b"", min(MAX_HEADER_BYTES, MAX_HEADERS_BYTES - total))
        truncated = truncated or len(kept) < len(value or b"") or len(key) < len(name)
        total += len(kept) + len(key)
        text, encoding = _text_or_base64(kept)
        out.append(Header(key=key, value=text, value_encoding=encoding))
        if total >= MAX_HEADERS_BYTES:
            truncated = truncated or len(out) < len(pairs)
            break
    return out, truncated


def rejected(
    rejection: Rejection,
    record: RecordIn,
    now: datetime,
    limits: DeadLetterLimits,
    decoded: Decoded | None = None,
) -> Outcome:
    """The dead letter of ``record`` (see the module docstring)."""
    value = record.value or b""
    raw_hash = hashlib.sha256(value).hexdigest()
    upstream = decoded.article if decoded else None
    source_id = upstream.id if upstream else _envelope_id(value)
    aid = article_id(source_id, upstream.url if upstream else None, raw_hash)
    key = record.key[:MAX_KEY_BYTES] if record.key is not None else None
    key_text, key_encoding = _text_or_base64(key) if key is not None else (None, None)
    origin = Origin(
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp=(
            datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)
            if record.timestamp_ms is not None
            else None
        ),
        key=key_text,
        key_encoding=key_encoding,
        key_truncated=record.key is not None and len(record.key) > MAX_KEY_BYTES,
    )
    headers, headers_truncated = _headers(record.headers, limits.redact_headers)
    event_id = uuid5(
        "article.rejected",
        raw_hash,
        rejection.reason,
        str(record.topic),
        str(record.partition),
        str(record.offset),
    )

    def event_bytes(limit: int, keep_headers: bool = True) -> bytes:
        truncated = len(value) > limit
        kept = _truncate_utf8(value, limit) if truncated else value
        payload, encoding = _text_or_base64(kept) if record.value is not None else (None, "utf-8")
        event = ArticleRejected(
            event_id=event_id,
            article_id=aid,
            source_id=source_id,
            processed_at=now,
            reason=rejection.reason,
            detail=rejection.detail,
            stage=rejection.stage,
            origin=origin,
            headers=headers if keep_headers else [],
            headers_truncated=headers_truncated or (bool(headers) and not keep_headers),
            payload=payload,
            payload_encoding=encoding,
            payload_truncated=truncated,
            payload_size=len(value),
        )
        return event.model_dump_json().encode()

    limit = min(limits.max_payload_bytes, len(value))
    encoded = event_bytes(limit)
    while len(encoded) > limits.max_message_bytes and limit > 0:
        limit //= 2
        encoded = event_bytes(limit)
    if len(encoded) > limits.max_message_bytes:
        encoded = event_bytes(0, keep_headers=False)
    return Outcome(
        messages=(
            OutMessage(
                "rejected",
                key,
                encoded,
                (
                    *event_headers("article.rejected", event_id, now, aid, trace(record)),
                    *error_headers(record, rejection.reason, rejection.detail),
                ),
            ),
        ),
        article_id=aid,
        source_id=upstream.id if upstream else None,
        outcome="rejected",
        reason=rejection.reason,
        detail=rejection.detail,
    )
