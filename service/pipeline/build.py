"""build: the output events, with deterministic ids, serialised once.

The article event has one writer: ``normalized`` builds it, and ``linked`` builds it again
with what the link step (``service/dedup/link.py``) found, both through the model.

Every event is checked against ``max_message_bytes`` (``NEWSFLOW_MAX_MESSAGE_BYTES``, the
broker's limit) before it leaves, and degrades deliberately rather than stall a partition:

- an article event drops its removal log (``removed_truncated``), else the record is
  rejected as ``too_large``;
- a linked article event keeps its changes' summary without the lists (``changes.truncated``),
  else ``too_large``;
- an entity event keeps its first mentions (``mentions_truncated``; ``mention_count`` still
  counts them all), else ``too_large``.

Dead letters are built, and bounded, in ``dead_letter.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from service.dedup.digest import body_digest
from service.dedup.observe import DedupResult
from service.errors import Rejection
from service.events import (
    ArticleNormalized,
    EntityMentioned,
    EntitySummary,
    Fingerprints,
    Quote,
)
from service.ids import article_id, sha256_hex, uuid5
from service.pipeline.headers import event_headers, trace
from service.pipeline.types import (
    Decoded,
    DedupInput,
    Enriched,
    Outcome,
    OutMessage,
    ParsedArticle,
    RecordIn,
)

_WORD = re.compile(r"\w+")


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
    if len(value) > max_message_bytes and article_event.removed:
        article_event = article_event.model_copy(update={"removed": [], "removed_truncated": True})
        value = article_event.model_dump_json().encode()
    if len(value) > max_message_bytes:
        raise _too_large("normalized", len(value), max_message_bytes)
    traced = trace(record)
    article_headers = event_headers("article.normalized", article_event.event_id, now, aid, traced)
    messages = [OutMessage("normalized", aid.encode(), value, article_headers)]
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
            content_hash=content_hash,
        )
        headers = event_headers("entity.mentioned", event.event_id, now, e.entity_id, traced)
        value = _bounded(event, max_message_bytes)
        messages.append(OutMessage("entities", e.entity_id.encode(), value, headers))
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


def linked(outcome: Outcome, result: DedupResult, max_message_bytes: int) -> Outcome:
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
    value = event.model_dump_json().encode()
    if len(value) > max_message_bytes and event.changes is not None:
        summary = event.changes.model_copy(
            update={
                "paragraphs_added": [],
                "paragraphs_removed": [],
                "paragraphs_edited": [],
                "paragraphs_moved": [],
                "corrections": [],
                "truncated": True,
            }
        )
        event = event.model_copy(update={"changes": summary})
        value = event.model_dump_json().encode()
    if len(value) > max_message_bytes:
        raise _too_large("linked normalized", len(value), max_message_bytes)
    first, *entities = outcome.messages
    message = replace(first, value=value)
    return replace(outcome, messages=(message, *entities), dedup=None, article=event)


def _bounded(event: EntityMentioned, max_message_bytes: int) -> bytes:
    """The entity event serialised, with as many of its first mentions as fit."""
    value = event.model_dump_json().encode()
    keep = len(event.mentions)
    while len(value) > max_message_bytes and keep > 0:
        keep = keep * max_message_bytes // len(value) if keep > 1 else 0
        cut = event.model_copy(
            update={"mentions": event.mentions[:keep], "mentions_truncated": True}
        )
        value = cut.model_dump_json().encode()
    if len(value) > max_message_bytes:
        raise _too_large("entity.mentioned", len(value), max_message_bytes)
    return value


def too_large_before_ner(article: ParsedArticle, limit: int) -> Rejection | None:
    """A ``too_large`` rejection, before the model runs, for an article whose normalized
    event could only be over ``limit``: the event holds the paragraphs, and again the body
    they make joined by blank lines (JSON escaping only adds to them)."""
    paragraphs = article.paragraphs
    text = sum(len(p.encode()) for p in paragraphs)
    floor = 2 * text + 2 * max(len(paragraphs) - 1, 0)
    if floor <= limit:
        return None
    return Rejection(
        "too_large",
        f"the article's body and paragraphs alone would make its normalized event at least "
        f"{floor:,} bytes, over NEWSFLOW_MAX_MESSAGE_BYTES={limit:,} (found before the NER "
        "model ran); split the article upstream, or raise the limit together with the output "
        "topics' max.message.bytes",
        "enrich",
    )


def _too_large(what: str, size: int, limit: int) -> Rejection:
    return Rejection(
        "too_large",
        f"the {what} event would be {size:,} bytes, over NEWSFLOW_MAX_MESSAGE_BYTES={limit:,} "
        "even without its removal log, change lists or excess mentions; raise it together "
        "with the output topics' max.message.bytes, or split the article upstream",
        "build",
    )


def _seen_at(fetched_at: datetime | None, record: RecordIn, now: datetime) -> datetime:
    """When the article was seen: the same value when a record is replayed."""
    if fetched_at is not None:
        return fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=UTC)
    if record.timestamp_ms is not None:
        return datetime.fromtimestamp(record.timestamp_ms / 1000, tz=UTC)
    return now
