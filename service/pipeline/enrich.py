"""enrich: the NER model's spans -> typed, consolidated, linked entities with salience.

The statistical model runs outside this module (``ner.run_ner`` over ``ner_text``); this
stage is a pure function of the parsed article and the model's ``Doc``:

1. candidates: the model's spans (trimmed, composite ones split) plus acronym definitions,
   alias-table and gazetteer matches and titled names the model missed (``spans.py``);
2. one type per surface from votes and evidence (``entity_types.py``);
3. credit-line and photographer names dropped: they are not what the article is about;
4. surfaces grouped into entities (``consolidate.py``), places geocoded in the article's
   country context (``geo.py``), ids, mentions, salience (``salience.py``);
5. quotes attributed (``speakers.py``), the dateline place added with role "dateline".
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from numpy import flatnonzero
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from service.events import Mention
from service.ids import entity_id
from service.pipeline.entities import speakers as speaker_mod
from service.pipeline.entities.consolidate import Cluster, Surface, consolidate
from service.pipeline.entities.entity_types import (
    ORG_HEADS,
    THE_VOTE,
    TITLE_VOTE,
    Evidence,
    decide_type,
)
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.geo import choose, geo_of
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.salience import salience
from service.pipeline.entities.spans import (
    Candidate,
    TokenView,
    acronym_candidates,
    lexicon_candidates,
    model_candidates,
    noun_votes,
    place_context,
    role_after,
    role_before,
    role_is_person,
    select,
    speech_after,
    split_composite,
    title_candidates,
    word_prefixes,
)
from service.pipeline.entities.text import fold
from service.pipeline.resources import Resources
from service.pipeline.types import Enriched, Entity, ParsedArticle, Speaker

SEPARATOR = "\n\n"
SectionKind = Literal["headline", "caption", "body"]
# "Ferdinand Marcos Jr": the surname is the word before the suffix.
THE = frozenset({"the", "The"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
SCORED = ("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY")
TITLE_CASE_MIN_WORDS = 4
TITLE_CASE_SHARE = 0.7
DATELINE_SALIENCE = 0.1  # named once, outside the text: present, not central


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    index: int  # caption index or paragraph index
    start: int  # offset of this section in the NER text
    body_offset: int  # offset of this paragraph in `body` (body sections only)
    text: str


def sections(parsed: ParsedArticle) -> list[Section]:
    """The parts of an article that NER reads, in order: headline, captions, paragraphs."""
    out: list[Section] = []
    pos = 0

    def add(kind: SectionKind, index: int, text: str, body_offset: int = 0) -> None:
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


@dataclass(slots=True)
class _Found:
    """A kept candidate, its surface and where it is."""

    cand: Candidate
    surface: str
    key: str
    start: int  # char offsets in the NER text
    end: int


def _propagate(
    view: TokenView,
    kept: list[Candidate],
    types: dict[str, str],
    name_parts: set[str],
    written: dict[str, str],
) -> list[_Found]:
    """One sense per article: later mentions the model missed ("Ruto" after "William Ruto",
    "ELN" after its definition) are found by looking every typed surface up again."""
    covered = [False] * len(view.words)
    for cand in kept:
        for i in range(cand.start, cand.end):
            covered[i] = True
    for part in name_parts:
        if part not in types and fold(part) not in written:
            types[part] = "PERSON"
            written[part] = part
    out: list[_Found] = []
    prefixes = word_prefixes(types)
    position = 0  # tokens before it are taken (found or skipped)
    for i in view.live_starts(view.capitalised(), prefixes):
        if i < position or covered[i]:
            continue
        for j in range(view.ngram_limit(i, prefixes), i, -1):
            if any(covered[i:j]):
                continue
            surface = view.surface(i, j)
            key = fold(surface)
            if key in types:
                cand = Candidate(i, j)
                out.append(_Found(cand, surface, key, view.starts[i], view.ends[j - 1]))
                position = j
                break
    return out


def _excluded_names(parsed: ParsedArticle) -> set[str]:
    """Folded names (and surnames) of bylines, credit lines and photographers."""
    names = [c.name for c in parsed.credits]
    names += [c.photographer for c in parsed.captions if c.photographer]
    out: set[str] = set()
    for name in names:
        out.add(fold(name))
        words = fold(name).split()
        if len(words) > 1:
            out.add(words[-1])
    return out


def _dateline_place(parsed: ParsedArticle, gazetteer: Gazetteer) -> Place | None:
    """The dateline's place in the gazetteer, most populous first: datelines name cities
    the reader knows ("PARIS" is Paris, France)."""
    name = _dateline_name(parsed)
    return choose(gazetteer.lookup(name), set()) if name else None


def _title_case_tokens(parsed: ParsedArticle, view: TokenView) -> int:
    """Tokens of a title-case headline ("Minister Warns Of Flooding In Chad"), where
    capitals say nothing about names; 0 when the headline is in sentence case."""
    headline = parsed.headline or ""
    words = [w for w in headline.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) < TITLE_CASE_MIN_WORDS or capitalised < TITLE_CASE_SHARE * len(words):
        return 0
    return bisect_right(view.starts, len(headline))


def _candidates(
    doc: Doc, view: TokenView, resources: Resources, context: set[str], title_case_tokens: int
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    gazetteer = resources.gazetteer
    model = [
        part
        for c in model_candidates(doc, view, gazetteer)
        for part in split_composite(view, c, gazetteer)
    ]
    for cand in model:  # countries and nationalities the model saw set the context
        surface = view.surface(cand.start, cand.end)
        country = gazetteer.country_place(surface)
        code = country.country_code if country else gazetteer.demonym_country(surface)
        if code:
            context.add(code)
    if title_case_tokens:
        # In "Minister Warns Of Flooding In Chad" the model's spans are guesses: keep the
        # known names; names the body confirms come back through propagation.
        model = [
            c
            for c in model
            if c.start >= title_case_tokens
            or c.votes
            or gazetteer.lookup(view.surface(c.start, c.end))
            or gazetteer.demonym_country(view.surface(c.start, c.end))
        ]
    acronyms, pairs = acronym_candidates(view)
    cands = (
        model
        + lexicon_candidates(view, gazetteer, resources.name_prefixes, context)
        + acronyms
        + title_candidates(view, gazetteer, skip=title_case_tokens)
    )
    return select(cands), pairs


@dataclass(slots=True)
class _Article:
    """What one article says about each surface: evidence, roles, written form."""

    view: TokenView
    gazetteer: Gazetteer
    context: set[str]  # ISO codes of the countries the article is about
    found: list[_Found] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    roles: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)

    def gather(self, kept: list[Candidate]) -> None:
        view, gazetteer = self.view, self.gazetteer
        for cand in kept:
            surface = view.surface(cand.start, cand.end)
            key = fold(surface)
            self.found.append(
                _Found(cand, surface, key, view.starts[cand.start], view.ends[cand.end - 1])
            )
            ev = self.evidence.setdefault(key, Evidence())
            self.written.setdefault(key, surface)
            ev.add_model(cand.label)
            for etype, weight in (cand.votes | noun_votes(view, cand.start, cand.end)).items():
                ev.add_vote(etype, weight)
            ev.place_context = max(
                ev.place_context, place_context(view, cand.start, cand.end, gazetteer)
            )
            ev.speech = ev.speech or speech_after(view, cand.end)
            if cand.label == "PERSON" and cand.start > 0 and view.words[cand.start - 1] in THE:
                ev.add_vote("ORGANIZATION", THE_VOTE)
            if cand.canonical:
                self.canonical[key] = cand.canonical
            role = cand.role or role_before(view, cand.start) or role_after(view, cand.end)
            if role:
                self.roles.setdefault(key, set()).add(role)
                if role_is_person(role):
                    ev.add_vote("PERSON", TITLE_VOTE)
        for surface in self.written.values():
            country = gazetteer.country_place(surface)
            if country is not None and country.country_code:
                self.context.add(country.country_code)

    def decide(
        self, name_parts: set[str], org_parts: frozenset[str] = frozenset()
    ) -> dict[str, str]:
        """One type per surface; None-typed surfaces are left out."""
        out = {}
        for key, ev in self.evidence.items():
            surface = self.written[key]
            known = key in self.canonical or known_organization(surface)
            lexicon = "ORGANIZATION" if known else None
            etype = decide_type(
                surface,
                ev,
                self.gazetteer,
                self.context,
                name_parts,
                lexicon_type=lexicon,
                org_parts=org_parts,
            )
            if etype is not None:
                out[key] = etype
        return out

    def surfaces(self, types: dict[str, str]) -> dict[str, Surface]:
        """Typed surfaces with counts, first offsets, places and nationalities' countries."""
        counts = Counter(f.key for f in self.found)
        firsts: dict[str, int] = {}
        for f in self.found:
            firsts.setdefault(f.key, f.start)
        gazetteer = self.gazetteer
        # Places with one country among all their candidates ("Dallas", "Texas") add it to
        # the context in which the ambiguous ones ("Paris") are resolved.
        for key in firsts:
            places = gazetteer.lookup(self.written[key]) if types[key] == "LOCATION" else ()
            codes = {p.country_code for p in places}
            if len(codes) == 1 and places[0].major and places[0].country_code:
                self.context.add(places[0].country_code)
        out: dict[str, Surface] = {}
        for key, first in firsts.items():
            etype, written = types[key], self.written[key]
            surf = Surface(written, etype, counts[key], first, self.canonical.get(key))
            if etype == "LOCATION":
                surf.place = _resolve_place(written, gazetteer, self.context)
            elif etype == "NATIONALITY":
                surf.country_code = gazetteer.demonym_country(written)
                if surf.country_code is None:
                    continue
            out[key] = surf
        return out


def _name_parts(types: dict[str, str]) -> set[str]:
    """First names, surnames and lone names of the article's people."""
    parts: set[str] = set()
    for key, etype in types.items():
        words = [w for w in key.split() if w.strip(".") not in NAME_SUFFIXES]
        if etype == "PERSON" and len(words) > 1:
            parts.update({words[0], words[-1], " ".join(words[-2:])} - {key})
        elif etype == "PERSON" and len(words) == 1:
            parts.add(key)  # "Rudolph" alone makes "Mason Rudolph" a person too
    return parts


def _org_parts(types: dict[str, str]) -> frozenset[str]:
    """First words of the article's organisations that end in an organisation word."""
    return frozenset(
        words[0]
        for key, etype in types.items()
        if etype == "ORGANIZATION" and len(words := key.split()) > 1 and words[-1] in ORG_HEADS
    )


def enrich(parsed: ParsedArticle, doc: Doc, resources: Resources) -> Enriched:
    """Typed, consolidated, geocoded entities of one article, and its quotes' speakers."""
    gazetteer = resources.gazetteer
    view = TokenView.of(doc, ner_text(parsed))
    dateline = _dateline_place(parsed, gazetteer)
    context: set[str] = {dateline.country_code} if dateline and dateline.country_code else set()
    kept, pairs = _candidates(doc, view, resources, context, _title_case_tokens(parsed, view))

    # 2. Evidence per surface, then one type per surface; a second pass knows the people.
    article = _Article(view, gazetteer, context)
    article.gather(kept)
    first = article.decide(set())
    name_parts = _name_parts(first)
    types = article.decide(name_parts, _org_parts(first))
    article.found += _propagate(view, kept, types, name_parts, article.written)

    # 3. Credits and photographers are not entities of the article.
    excluded = _excluded_names(parsed)
    article.found = [
        f
        for f in article.found
        if f.key in types and f.key not in excluded and types[f.key] in SCORED
    ]

    # 4. Surfaces -> entities.
    surfaces = article.surfaces(types)
    found = [f for f in article.found if f.key in surfaces]
    clusters = consolidate(list(surfaces.values()), pairs)
    sents = _sentence_starts(doc, view)
    entities = _entities(parsed, clusters, found, article.roles, dateline, sents=sents)
    speakers, result = _speakers(parsed, entities)
    return Enriched(parsed=parsed, entities=tuple(result), speakers=tuple(speakers))


def _sentence_starts(doc: Doc, view: TokenView) -> list[int]:
    """``[sent.start_char for sent in doc.sents]`` from the sentence-start array, without a
    ``Span`` per sentence."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or not len(doc):
        return [sent.start_char for sent in doc.sents]
    flags = doc.to_array(SENT_START)
    firsts = [0, *(flatnonzero(flags[1:] == 1) + 1).tolist()]
    return [view.starts[i] for i in firsts]


def _resolve_place(surface: str, gazetteer: Gazetteer, context: set[str]) -> Place | None:
    places = gazetteer.lookup(surface)
    own = {p.country_code for p in places if p.kind == "country"}
    # A country name is not its own evidence: "Georgia" next to "Atlanta" is the US state.
    return choose(places, context - own if len(places) > 1 else context) or choose(places, context)


def _entity_id(cluster: Cluster, name: str) -> str:
    for surface in cluster.surfaces:
        if surface.place is not None and surface.place.geonames_id is not None:
            return f"geonames:{surface.place.geonames_id}"
    return entity_id(cluster.etype, name)


def _mention(secs: list[Section], starts: list[int], sents: list[int], f: _Found) -> Mention:
    sec = secs[bisect_right(starts, f.start) - 1]
    local = f.start - sec.start
    base = sec.body_offset if sec.kind == "body" else 0
    sentence = bisect_right(sents, f.start) - bisect_right(sents, sec.start)
    return Mention(
        text=f.surface,
        section=sec.kind,
        start=base + local,
        end=base + local + (f.end - f.start),
        paragraph=sec.index,
        sentence=max(sentence, 0),
    )


def _entities(
    parsed: ParsedArticle,
    clusters: list[Cluster],
    found: list[_Found],
    roles: dict[str, set[str]],
    dateline: Place | None,
    *,
    sents: list[int],
) -> list[tuple[Entity, tuple[int, ...]]]:
    """Entities with the NER-text offsets of their mentions (for speaker resolution)."""
    secs = sections(parsed)
    starts = [s.start for s in secs]
    text_len = sum(len(s.text) + len(SEPARATOR) for s in secs)
    headline_end = secs[0].start + len(secs[0].text) if secs and secs[0].kind == "headline" else -1
    by_key: dict[str, list[_Found]] = {}
    for f in found:
        by_key.setdefault(f.key, []).append(f)
    hits_of = [
        sorted((f for s in c.surfaces for f in by_key[fold(s.text)]), key=lambda f: f.start)
        for c in clusters
    ]
    max_count = max((len(h) for h in hits_of), default=0)
    out: list[tuple[Entity, tuple[int, ...]]] = []
    dateline_done = False
    for cluster, hits in zip(clusters, hits_of, strict=True):
        name = cluster.name
        aliases: list[str] = []
        for f in hits:
            if fold(f.surface) != fold(name) and f.surface not in aliases:
                aliases.append(f.surface)
        role_set = sorted({r for s in cluster.surfaces for r in roles.get(fold(s.text), ())})
        place = next((s.place for s in cluster.surfaces if s.place is not None), None)
        if dateline is not None and place == dateline:
            role_set.append("dateline")
            dateline_done = True
        in_headline = any(f.start < headline_end for f in hits)
        nationality = next((s.country_code for s in cluster.surfaces if s.country_code), None)
        entity = Entity(
            entity_id=_entity_id(cluster, name),
            entity_type=cluster.etype,
            name=name,
            aliases=tuple(aliases),
            mentions=tuple(_mention(secs, starts, sents, f) for f in hits),
            salience=salience(len(hits), max_count, in_headline, hits[0].start, text_len),
            geo=geo_of(place) if place else None,
            country_code=place.country_code if place else nationality,
            roles=tuple(role_set),
        )
        out.append((entity, tuple(f.start for f in hits)))
    if not dateline_done:
        out.extend(_dateline_entity(parsed, dateline, out))
    return out


def _dateline_name(parsed: ParsedArticle) -> str | None:
    """The dateline's place as a name: "DAKAR" -> "Dakar", "HAYWARD, Calif." -> "Hayward"."""
    written = parsed.dateline.place if parsed.dateline else None
    if not written or not written.strip():
        return None
    first = written.split(",")[0].strip()
    return first.title() if first.isupper() else first


def _dateline_entity(
    parsed: ParsedArticle, dateline: Place | None, entities: list[tuple[Entity, tuple[int, ...]]]
) -> list[tuple[Entity, tuple[int, ...]]]:
    """The dateline place as a LOCATION of its own, when no body entity already is it.

    The dateline is outside the body text, so this entity has no mentions of its own. A
    place the gazetteer does not know ("UNITED NATIONS") still becomes one, without geo.
    """
    name = _dateline_name(parsed)
    if name is None or any(fold(e.name) == fold(name) for e, _ in entities):
        return []
    if dateline is not None:
        ident = (
            f"geonames:{dateline.geonames_id}"
            if dateline.geonames_id
            else entity_id("LOCATION", dateline.name)
        )
        geo, country = geo_of(dateline), dateline.country_code
    else:
        ident, geo, country = entity_id("LOCATION", name), None, None
    entity = Entity(
        entity_id=ident,
        entity_type="LOCATION",
        name=name,
        geo=geo,
        country_code=country,
        salience=DATELINE_SALIENCE,
        roles=("dateline",),
    )
    return [(entity, ())]


def _speakers(
    parsed: ParsedArticle, entities: list[tuple[Entity, tuple[int, ...]]]
) -> tuple[list[Speaker], list[Entity]]:
    """One speaker per quote; the entities quoted get the role "quoted"."""
    secs = {s.index: s for s in sections(parsed) if s.kind == "body"}
    cands = [
        speaker_mod.Candidate(
            e.name,
            e.entity_id,
            e.entity_type,
            frozenset({fold(e.name), *(fold(a) for a in e.aliases)}),
            e.roles,
            positions,
        )
        for e, positions in entities
    ]
    quoted: set[str] = set()
    out: list[Speaker] = []
    for quote in parsed.quotes:
        sec = secs.get(quote.paragraph)
        position = sec.start + quote.start if sec else 0
        found = speaker_mod.resolve(quote.cue, position, cands)
        out.append(Speaker(name=found.name, entity_id=found.entity_id))
        if found.entity_id:
            quoted.add(found.entity_id)
    result = [
        replace(e, roles=(*e.roles, "quoted")) if e.entity_id in quoted else e for e, _ in entities
    ]
    return out, result
