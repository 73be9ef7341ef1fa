"""enrich: the NER model's spans -> typed, consolidated entities with mentions and salience.

The statistical model runs outside this module (``ner.run_ner`` over ``ner_text``); this
stage is a pure function of the parsed article and the model's ``Doc``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc

from service.events import Mention
from service.ids import entity_id
from service.pipeline.types import Enriched, Entity, ParsedArticle, Speaker

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NATIONALITY",
}
SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # "headline" | "caption" | "body"
    index: int  # caption index or paragraph index
    start: int  # offset of this section in the NER text
    body_offset: int  # offset of this paragraph in `body` (body sections only)
    text: str


def sections(parsed: ParsedArticle) -> list[Section]:
    """The parts of an article that NER reads, in order: headline, captions, paragraphs."""
    out: list[Section] = []
    pos = 0

    def add(kind: str, index: int, text: str, body_offset: int = 0) -> None:
        nonlocal pos
        out.append(Section(kind, index, pos, body_offset, text))
        pos += len(text) + len(SEPARATOR)

    if parsed.headline:
        add("headline", 0, parsed.headline)
    for i, caption in enumerate(parsed.captions):
        add("caption", i, caption.text)
    body_pos = 0
    for i, paragraph in enumerate(parsed.paragraphs):
        add("body", i, paragraph, body_pos)
        body_pos += len(paragraph) + len(SEPARATOR)
    return out


def ner_text(parsed: ParsedArticle) -> str:
    """The text handed to the NER model: credits and boilerplate never reach it."""
    return SEPARATOR.join(s.text for s in sections(parsed))


def _trim(text: str) -> str:
    if text.lower().startswith("the "):
        text = text[4:]
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def enrich(parsed: ParsedArticle, doc: Doc) -> Enriched:
    """Group the model's entity spans into one entity per (type, name)."""
    secs = sections(parsed)
    starts = [s.start for s in secs]
    sent_starts = [sent.start_char for sent in doc.sents]
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for ent in doc.ents:
        etype = LABELS.get(ent.label_)
        name = _trim(ent.text)
        if etype is None or not name or "\n" in name:
            continue
        sec = secs[bisect_right(starts, ent.start_char) - 1]
        local = ent.start_char - sec.start
        base = sec.body_offset if sec.kind == "body" else 0
        sentence = bisect_right(sent_starts, ent.start_char) - bisect_right(sent_starts, sec.start)
        grouped[(etype, name)].append(
            Mention(
                text=ent.text,
                section=sec.kind,  # type: ignore[arg-type]
                start=base + local,
                end=base + local + len(ent.text),
                paragraph=sec.index,
                sentence=max(sentence, 0),
            )
        )
    total = sum(len(m) for m in grouped.values()) or 1
    entities = tuple(
        Entity(
            entity_id=entity_id(etype, name),
            entity_type=etype,
            name=name,
            mentions=tuple(mentions),
            salience=round(min(1.0, len(mentions) / total * 3), 4),
        )
        for (etype, name), mentions in grouped.items()
    )
    speakers = tuple(Speaker(name=q.cue, entity_id=None) for q in parsed.quotes)
    return Enriched(parsed=parsed, entities=entities, speakers=speakers)
