"""The event contracts (schema version 1): every message newsflow reads or writes.

The JSON Schema files in ``schemas/`` are generated from these models
(``newsflow schemas export``) and a test fails when they drift. Emitted events are frozen
and forbid extra fields; the input envelope ignores unknown fields so that scrapers may add
their own.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from service.events.envelope_fields import PageUrl, SourceId, Timestamp
from service.events.parts import (
    ArticleChanges,
    Caption,
    Credit,
    Dateline,
    EntitySummary,
    EntityType,
    Fingerprints,
    Geo,
    Header,
    Mention,
    Origin,
    ParagraphEdit,
    ParagraphMove,
    ParagraphRef,
    PlaceKind,
    Quote,
    RejectReason,
    RemovalCategory,
    Removed,
    Stage,
    _Frozen,
)

__all__ = [
    "EVENT_MODELS",
    "ArticleChanges",
    "ArticleNormalized",
    "ArticleRejected",
    "Caption",
    "Credit",
    "Dateline",
    "EntityMentioned",
    "EntitySummary",
    "EntityType",
    "Fingerprints",
    "Geo",
    "Header",
    "Mention",
    "Origin",
    "ParagraphEdit",
    "ParagraphMove",
    "ParagraphRef",
    "PlaceKind",
    "Quote",
    "RawArticle",
    "RejectReason",
    "RemovalCategory",
    "Removed",
    "Stage",
]


# --- input ------------------------------------------------------------------------------------

_DATE = (
    "ISO 8601. Also read: RFC 2822 as RSS and HTTP write it (`Fri, 04 Dec 2026 10:00:00 GMT`) "
    "and Unix seconds; a blank string is no date."
)


class RawArticle(BaseModel):
    """The envelope a scraper publishes on ``articles.raw``. Only ``content`` is required."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: SourceId = Field(
        default=None,
        description="The scraper's own id for the article; an integer is read as its decimal "
        "string.",
    )
    url: PageUrl = Field(
        default=None,
        description="Page URL. A user and password in it (`https://user:pass@host/...`) are "
        "dropped: the URL is copied into every event.",
    )
    source: str | None = Field(default=None, description="Publisher or site name.")
    content: str = Field(
        description="The scraped page: plain text or HTML; with `content_encoding: base64`, "
        "the page's raw bytes in base64."
    )
    content_type: str | None = Field(
        default=None,
        description="`text/plain`, `text/html` or `text/markdown` (a crawler's Markdown, also "
        "recognised under `text/plain`); sniffed when absent.",
    )
    content_encoding: Literal["base64"] | None = Field(
        default=None,
        description="`base64` when `content` is the page's raw bytes, base64-encoded (RFC 4648), "
        "for a page that is not UTF-8; absent when `content` is text.",
    )
    charset: str | None = Field(
        default=None,
        description="The charset of base64 `content` (a label such as `windows-1252` or "
        "`Shift_JIS`, as the page's HTTP content type said). Without it the bytes are decoded "
        "as a browser would: byte order mark, the page's own `<meta charset>`, else detection. "
        "Ignored when `content` is text.",
    )
    title: str | None = Field(default=None, description="Title, if the scraper captured one.")
    published_at: Timestamp = Field(default=None, description=_DATE)
    fetched_at: Timestamp = Field(default=None, description=_DATE)
    language: str | None = Field(default=None, description="A language hint (ISO 639-1).")
    metadata: dict[str, object] | None = Field(
        default=None, description="Passed through untouched to article.normalized."
    )


# --- output events ---------------------------------------------------------------------------


class _Event(_Frozen):
    event_id: str = Field(description="Deterministic UUIDv5: the same input gives the same id.")
    schema_version: Literal[1] = 1
    article_id: str = Field(description="Stable across re-crawls: upstream id, URL or content.")
    source_id: str | None = Field(default=None, description="The envelope's `id`, echoed back.")
    processed_at: datetime


class ArticleNormalized(_Event):
    """Published on ``articles.normalized`` with key ``article_id``."""

    event_type: Literal["article.normalized"] = "article.normalized"
    url: str | None = None
    source: str | None = None
    language: str | None = None
    headline: str | None = None
    dateline: Dateline | None = None
    captions: list[Caption] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    paragraphs: list[str]
    body: str = Field(description="The paragraphs joined by a blank line.")
    quotes: list[Quote] = Field(default_factory=list)
    entities: list[EntitySummary] = Field(default_factory=list)
    word_count: int
    published_at: datetime | None = None
    fetched_at: datetime | None = None
    content_hash: str = Field(description="sha256 of `body`, hex.")
    removed: list[Removed] = Field(default_factory=list)
    removed_truncated: bool = Field(
        default=False,
        description="The removal log was dropped to keep the event under the size limit.",
    )
    metadata: dict[str, object] | None = None
    pipeline_version: str
    # --- duplicates and updates (absent when NEWSFLOW_DEDUP_ENABLED is false) ---
    fingerprints: Fingerprints | None = None
    version: int = Field(
        default=1, ge=1, description="Bumped when the same article_id arrives with new content."
    )
    duplicate_of: str | None = Field(
        default=None, description="article_id of the first article with the same exact body."
    )
    near_duplicate_of: str | None = Field(
        default=None, description="article_id of the first near-identical article (syndication)."
    )
    similarity: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Estimated Jaccard to near_duplicate_of."
    )
    canonical_id: str | None = Field(
        default=None, description="The first article of this story: a link target, or itself."
    )
    first_seen_at: datetime | None = None
    changes: ArticleChanges | None = None


class EntityMentioned(_Event):
    """Published on ``entities.mentioned`` with key ``entity_id``: one per entity per article."""

    event_type: Literal["entity.mentioned"] = "entity.mentioned"
    entity_id: str
    entity_type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    mentions_truncated: bool = Field(
        default=False,
        description="Only the first mentions fit under the message size limit; "
        "mention_count still counts them all.",
    )
    mention_count: int
    salience: float = Field(ge=0.0, le=1.0)
    geo: Geo | None = None
    country_code: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 of a place or a nationality's country."
    )
    roles: list[str] = Field(default_factory=list)
    url: str | None = None
    published_at: datetime | None = None
    content_hash: str | None = Field(
        default=None,
        description="The content_hash of the article version these mentions belong to.",
    )


class ArticleRejected(_Event):
    """Published on ``articles.rejected`` with the original record's key."""

    event_type: Literal["article.rejected"] = "article.rejected"
    reason: RejectReason
    detail: str = Field(description="What went wrong and what to do about it.")
    stage: Stage
    origin: Origin
    headers: list[Header] = Field(default_factory=list)
    headers_truncated: bool = Field(
        default=False,
        description="Headers were cut: at most 64, 4 KiB a value, 64 KiB in all.",
    )
    payload: str | None = None
    payload_encoding: Literal["utf-8", "base64"] = "utf-8"
    payload_truncated: bool = False
    payload_size: int = Field(description="Size of the original value in bytes.")


EVENT_MODELS: dict[str, type[BaseModel]] = {
    "raw-article": RawArticle,
    "article-normalized": ArticleNormalized,
    "entity-mentioned": EntityMentioned,
    "article-rejected": ArticleRejected,
}
