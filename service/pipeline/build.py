"""build: the output events, with deterministic ids, serialised once.

The article event has one writer: ``normalized`` builds it, and ``linked`` builds it again
with what the link step (``service/dedup/link.py``) found, both through the model.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime

import orjson

from service.dedup.digest import body_digest
from service.dedup.observe import DedupResult
from service.errors import Rejection
from service.events import (
    ArticleNormalized,
    ArticleRejected,
    EntityMentioned,
    EntitySummary,
    Fingerprints,
    Header,
    Origin,
    Quote,
)
from service.ids import article_id, sha256_hex, uuid5
from service.pipeline.types import Decoded, DedupInput, Enriched, Outcome, OutMessage, RecordIn

_WORD = re.compile(r"\w+")
# An envelope that failed to decode is still searched for its "id" up to this size, so the
# dead letter names the upstream item (an empty or invalid body, a bad field).
MAX_ID_LOOKUP_BYTES = 2_000_000
# Header values copied into a rejection are cut here, so huge headers cannot make the
# dead letter itself too large for the broker.
MAX_HEADER_BYTES = 4096


def normalized(
    decoded: Decoded,
    enriched: Enriched,
    record: RecordIn,
    now: datetime,
    *,
    pipeline_version: str,
    max_message_bytes: int,
) -> Outcome:
    """article.normalized plus one entity.mentioned per entity.

    An event over ``max_message_bytes`` would be refused by the broker and stall the
    partition, so it becomes a ``too_large`` rejection here instead.
    """
    article, parsed = decoded.article, enriched.parsed
    body = parsed.body
    content_hash = sha256_hex(body)
    aid = article_id(article.id, article.url, content_hash)
    ordered = sorted(enriched.entities, key=lambda e: (-e.salience, e.name))
    digest = body_digest(parsed.paragraphs)
    article_event = ArticleNormalized(
        event_id=uuid5("article.normalized", aid, content_hash, pipeline_version),
        article_id=aid,
        source_id=article.id,
        processed_at=now,
        url=article.url,
        source=article.source,
        language=parsed.language,
        headline=parsed.headline,
        dateline=parsed.dateline,
        captions=list(parsed.captions),
        credits=list(parsed.credits),
        paragraphs=list(parsed.paragraphs),
        body=body,
        quotes=[
            Quote(text=q.text, speaker=s.name, speaker_entity_id=s.entity_id, paragraph=q.paragraph)
            for q, s in zip(parsed.quotes, enriched.speakers, strict=True)
        ],
        entities=[
            EntitySummary(
                entity_id=e.entity_id,
                entity_type=e.entity_type,
                name=e.name,
                mention_count=len(e.mentions),
                salience=e.salience,
            )
            for e in ordered
        ],
        word_count=len(_WORD.findall(body)),
        published_at=article.published_at,
        fetched_at=article.fetched_at,
        content_hash=content_hash,
        removed=list(parsed.removed),
        metadata=article.metadata,
        pipeline_version=pipeline_version,
        fingerprints=Fingerprints(exact=digest.exact, minhash=digest.minhash),
    )
    value = article_event.model_dump_json().encode()
    if len(value) > max_message_bytes:
        raise Rejection(
            "too_large",
            f"the normalized event would be {len(value):,} bytes, over "
            f"NEWSFLOW_MAX_MESSAGE_BYTES={max_message_bytes:,}; raise it together with the "
            "output topics' max.message.bytes, or lower NEWSFLOW_MAX_CONTENT_BYTES",
            "build",
        )
    messages = [OutMessage("normalized", aid.encode(), value)]
    for e in ordered:
        event = EntityMentioned(
            event_id=uuid5("entity.mentioned", aid, content_hash, e.entity_id, pipeline_version),
            article_id=aid,
            source_id=article.id,
            processed_at=now,
            entity_id=e.entity_id,
            entity_type=e.entity_type,
            name=e.name,
            aliases=list(e.aliases),
            mentions=list(e.mentions),
            mention_count=len(e.mentions),
            salience=e.salience,
            geo=e.geo,
            country_code=e.country_code,
            roles=list(e.roles),
            url=article.url,
            published_at=article.published_at,
        )
        messages.append(
            OutMessage("entities", e.entity_id.encode(), event.model_dump_json().encode())
        )
    return Outcome(
        messages=tuple(messages),
        article_id=aid,
        source_id=article.id,
        outcome="normalized",
        entity_count=len(ordered),
        dedup=DedupInput(
            paragraphs=parsed.paragraphs,
            headline=parsed.headline,
            seen_at=_seen_at(article.fetched_at, record, now),
            digest=digest,
        ),
        article=article_event,
    )


def linked(outcome: Outcome, result: DedupResult) -> Outcome:
    """The normalized outcome with its article event completed by what the link step found:
    the version, the links, ``first_seen_at`` and the changes. The event is made again
    through the model (so it is validated) and serialised once, in place of the first
    message; the entity events are kept as they are."""
    article = outcome.article
    if article is None:
        raise ValueError("only a normalized outcome's article event can be linked")
    # An exact copy is reported as such; near_duplicate_of is for copies that differ.
    near = result.near_duplicate_of if result.duplicate_of is None else None
    similarity = result.similarity if near is not None else None
    event = ArticleNormalized(
        **{
            **dict(article),
            "version": result.version,
            "duplicate_of": result.duplicate_of,
            "near_duplicate_of": near,
            "similarity": None if similarity is None else round(similarity, 4),
            "canonical_id": result.canonical_id,
            "first_seen_at": result.first_seen_at,
            "changes": result.changes,
        }
    )
    first, *entities = outcome.messages
    message = replace(first, value=event.model_dump_json().encode())
    return replace(outcome, messages=(message, *entities), dedup=None, article=event)


def _seen_at(fetched_at: datetime | None, record: RecordIn, now: datetime) -> datetime:
    """When the article was seen: the same value when a record is replayed."""
    if fetched_at is not None:
        return fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    if record.timestamp_ms is not None:
        return datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)
    return now


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
    except orjson.JSONDecodeError:
        return None
    return ident if isinstance(ident, str) and 0 < len(ident) <= 512 else None


def rejected(
    rejection: Rejection,
    record: RecordIn,
    now: datetime,
    max_payload_bytes: int,
    decoded: Decoded | None = None,
    *,
    max_message_bytes: int = 1_000_000,
) -> Outcome:
    """article.rejected: the reason, the origin, the headers and the original payload.

    The payload is kept up to ``max_payload_bytes``; should the event still exceed
    ``max_message_bytes`` (JSON escaping of control bytes can grow text fivefold, base64 by a
    third), the payload is halved until it fits, so the dead letter itself can be published.
    """
    value = record.value or b""
    raw_hash = hashlib.sha256(value).hexdigest()
    upstream = decoded.article if decoded else None
    source_id = upstream.id if upstream else _envelope_id(value)
    aid = article_id(source_id, upstream.url if upstream else None, raw_hash)
    key_text, key_encoding = _text_or_base64(record.key) if record.key is not None else (None, None)
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
    )
    headers = []
    for hkey, hvalue in record.headers:
        text, enc = _text_or_base64(_truncate_utf8(hvalue or b"", MAX_HEADER_BYTES))
        headers.append(Header(key=hkey, value=text, value_encoding=enc))
    event_id = uuid5(
        "article.rejected",
        raw_hash,
        rejection.reason,
        str(record.topic),
        str(record.partition),
        str(record.offset),
    )

    def event_bytes(limit: int) -> bytes:
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
            headers=headers,
            payload=payload,
            payload_encoding=encoding,
            payload_truncated=truncated,
            payload_size=len(value),
        )
        return event.model_dump_json().encode()

    limit = min(max_payload_bytes, len(value))
    encoded = event_bytes(limit)
    while len(encoded) > max_message_bytes and limit > 0:
        limit //= 2
        encoded = event_bytes(limit)
    return Outcome(
        messages=(OutMessage("rejected", record.key, encoded),),
        article_id=aid,
        source_id=upstream.id if upstream else None,
        outcome="rejected",
        reason=rejection.reason,
        detail=rejection.detail,
    )
