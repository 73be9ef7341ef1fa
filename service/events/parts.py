"""The parts the events are made of: structure, changes, mentions, places, origins. Frozen,
and they forbid extra fields on what newsflow emits (``service.events``)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityType = Literal["PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "EVENT", "OTHER"]
PlaceKind = Literal["country", "admin", "city", "region", "other"]
RemovalCategory = Literal[
    "navigation",
    "related_headlines",
    "paywall_metadata",
    "call_to_action",
    "caption",
    "credit",
    "footer",
    "comments",
    "other",
]
RejectReason = Literal[
    "invalid_json",
    "invalid_envelope",
    "unsupported_content_type",
    "undecodable",
    "too_large",
    "empty_content",
    "no_article_body",
    "processing_timeout",
    "processing_error",
]
Stage = Literal["decode", "clean", "parse", "enrich", "build", "publish"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- parts of article.normalized -------------------------------------------------------------


class Dateline(_Frozen):
    place: str | None = None
    agency: str | None = None
    date: str | None = Field(default=None, description="The date as written, e.g. 'March 3'.")


class Caption(_Frozen):
    text: str
    kind: str | None = Field(default=None, description="e.g. 'file photo', 'photo'.")
    agency: str | None = None
    photographer: str | None = None


class Credit(_Frozen):
    name: str
    role: str = Field(description="e.g. 'reporting', 'additional reporting', 'editing', 'byline'.")
    place: str | None = None


class Quote(_Frozen):
    text: str
    speaker: str | None = None
    speaker_entity_id: str | None = None
    paragraph: int = Field(description="Index into paragraphs[] where the quote starts.")


class EntitySummary(_Frozen):
    entity_id: str
    entity_type: EntityType
    name: str
    mention_count: int
    salience: float = Field(ge=0.0, le=1.0)


class Removed(_Frozen):
    text: str
    category: RemovalCategory


class ParagraphRef(_Frozen):
    index: int
    text: str


class ParagraphEdit(_Frozen):
    old_index: int
    new_index: int
    old_text: str
    new_text: str
    similarity: float = Field(ge=0.0, le=1.0)
    new_sentences: list[str] = Field(default_factory=list)


class ParagraphMove(_Frozen):
    old_index: int
    new_index: int
    text: str


class ArticleChanges(_Frozen):
    """What changed against the previous version of the same article_id."""

    headline_changed: bool
    headline_old: str | None = None
    headline_new: str | None = None
    paragraphs_added: list[ParagraphRef] = Field(default_factory=list)
    paragraphs_removed: list[ParagraphRef] = Field(default_factory=list)
    paragraphs_edited: list[ParagraphEdit] = Field(default_factory=list)
    paragraphs_moved: list[ParagraphMove] = Field(default_factory=list)
    corrections: list[ParagraphRef] = Field(
        default_factory=list, description="Correction or update notices in the new version."
    )
    truncated: bool = Field(
        default=False,
        description="Only the first 1,000 paragraphs were compared, or a list was cut at 100 "
        "items (a very long article, such as a live blog).",
    )


class Fingerprints(_Frozen):
    exact: str = Field(description="sha256 of the normalised body (NFKC, casefold, spaces).")
    minhash: str = Field(description="MinHash signature (128 x 32 bit, hex) of word 5-shingles.")


# --- parts of entity.mentioned ---------------------------------------------------------------


class Mention(_Frozen):
    text: str
    section: Literal["body", "headline", "caption"] = Field(
        default="body", description="Where the mention is; offsets are into that text."
    )
    start: int = Field(description="Character offset into `body` (or the headline / caption).")
    end: int
    paragraph: int = Field(description="Paragraph index (caption index for captions).")
    sentence: int = Field(description="Sentence index within the paragraph.")


class Geo(_Frozen):
    geonames_id: int | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: PlaceKind | None = None


# --- parts of article.rejected ---------------------------------------------------------------


class Origin(_Frozen):
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp: datetime | None = None
    key: str | None = Field(default=None, description="UTF-8 key, or base64 when not UTF-8.")
    key_encoding: Literal["utf-8", "base64"] | None = None
    key_truncated: bool = Field(
        default=False, description="The key was longer than 4 KiB and is cut there."
    )


class Header(_Frozen):
    key: str
    value: str
    value_encoding: Literal["utf-8", "base64"] = "utf-8"
    redacted: bool = Field(
        default=False,
        description="A credential header (authorization, cookie, ...): its value is not kept.",
    )
