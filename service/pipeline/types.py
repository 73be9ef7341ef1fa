"""The typed values that flow between pipeline stages. Transport-neutral: no Kafka here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from service.dedup.digest import BodyDigest
from service.events import (
    ArticleNormalized,
    Caption,
    Credit,
    Dateline,
    Geo,
    Mention,
    RawArticle,
    Removed,
)


@dataclass(frozen=True, slots=True)
class RecordIn:
    """One input record as the transport saw it (a Kafka record, a file, a stdin line)."""

    value: bytes | None
    key: bytes | None = None
    # A header may come without a value: Kafka allows it, and its clients hand it over as None.
    headers: tuple[tuple[str, bytes | None], ...] = ()
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Decoded:
    """decode -> a validated envelope whose content type is known."""

    article: RawArticle
    content_type: str  # "text/plain" | "text/html" | "text/markdown"


@dataclass(frozen=True, slots=True)
class CleanedText:
    """clean -> the main text as blocks (one paragraph candidate each) plus what was removed.

    Captions, datelines and credit lines are still inside ``blocks``: recognising them is the
    parse stage's job. ``title``/``author`` come from HTML metadata, ``captions`` from the
    page's figure captions (HTML only: trafilatura's text has no figures).
    """

    blocks: tuple[str, ...]
    removed: tuple[Removed, ...] = ()
    title: str | None = None
    author: str | None = None
    captions: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quote found by parse. ``cue`` is the attribution as written: a name ("Maiga"), a
    pronoun ("he") or a role noun ("the prime minister"); enrich resolves it to a person."""

    text: str
    paragraph: int
    start: int  # offset of the quote's first character in its paragraph
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """parse -> wire-copy structure. ``paragraphs`` is the body and nothing else.
    ``dateline_region`` is the state or country written after the dateline's place
    ("Maine" in "PORTLAND, Maine (AP)"): not part of the event's dateline, it tells enrich
    which Portland."""

    headline: str | None
    paragraphs: tuple[str, ...]
    dateline: Dateline | None = None
    captions: tuple[Caption, ...] = ()
    credits: tuple[Credit, ...] = ()
    dateline_region: str | None = None
    quotes: tuple[QuoteSpan, ...] = ()
    removed: tuple[Removed, ...] = ()
    language: str | None = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Entity:
    """enrich -> one consolidated entity of the article."""

    entity_id: str
    entity_type: str
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    salience: float = 0.0
    geo: Geo | None = None
    country_code: str | None = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # canonical name of the resolved person (or the cue when unresolved)
    entity_id: str | None


@dataclass(frozen=True, slots=True)
class Enriched:
    parsed: ParsedArticle
    entities: tuple[Entity, ...] = ()
    speakers: tuple[Speaker, ...] = ()  # one per parsed quote, same order


@dataclass(frozen=True, slots=True)
class OutMessage:
    """One message to publish. ``channel`` names the output topic's role, not its name."""

    channel: str  # "normalized" | "entities" | "rejected"
    key: bytes | None
    value: bytes
    headers: tuple[tuple[str, bytes], ...] = ()  # Kafka record headers (headers.py)


@dataclass(frozen=True, slots=True)
class DedupInput:
    """What the stateful dedup step needs, computed where the text is (the pipeline process)."""

    paragraphs: tuple[str, ...]
    headline: str | None
    seen_at: datetime
    digest: BodyDigest


@dataclass(frozen=True, slots=True)
class Outcome:
    """The single outcome of one input record, ready to publish and to log."""

    messages: tuple[OutMessage, ...]
    article_id: str
    source_id: str | None
    outcome: str  # "normalized" | "rejected"
    reason: str | None = None
    detail: str | None = None
    entity_count: int = 0
    stage_seconds: tuple[tuple[str, float], ...] = ()  # time spent per pipeline stage
    dedup: DedupInput | None = None  # for normalized outcomes
    # the article event of a normalized outcome, as the first message holds it serialised
    article: ArticleNormalized | None = None
