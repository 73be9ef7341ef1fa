"""Assembly: typed surfaces -> entities with ids, mentions, geo, salience and roles.

1. later mentions the model missed are found by looking every typed surface up again;
2. surfaces are grouped into entities (``consolidate.py``), places geocoded in the
   article's country context (``geo.py``);
3. mentions get their offsets in ``body`` (or headline, caption), sentence and paragraph;
4. quotes are attributed (``speakers.py``), the dateline place is added with role
   "dateline" and the dateline's agency with role "agency".
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from pydantic import TypeAdapter
from spacy.tokens import Doc

from service.events import Mention
from service.ids import entity_id as make_entity_id
from service.pipeline.entities import speakers as speaker_mod
from service.pipeline.entities.candidates import Candidate
from service.pipeline.entities.consolidate import Cluster, Surface
from service.pipeline.entities.evidence import ArticleEvidence, Found
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.geo import Region, choose, geo_of, in_regions
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.name_index import find_again
from service.pipeline.entities.salience import salience
from service.pipeline.entities.sections import SEPARATOR, Section
from service.pipeline.entities.text import fold
from service.pipeline.entities.tokens import TokenView
from service.pipeline.types import Entity, ParsedArticle, Speaker

DATELINE_SALIENCE = 0.1  # named once, outside the text: present, not central
# ``ids.entity_id`` folds and slugs the name each time; the same names come back article
# after article.
entity_id = lru_cache(maxsize=1 << 16)(make_entity_id)
_START = attrgetter("start")
# An article's mentions are validated in one call, cheaper than one ``Mention(...)`` each.
_MENTIONS = TypeAdapter(tuple[Mention, ...])


def propagate(
    view: TokenView,
    taken: Sequence[bool],
    types: dict[str, str],
    name_parts: set[str],
    written: dict[str, str],
    *,
    short_forms: dict[str, tuple[str, str]] | None = None,
) -> list[Found]:
    """One sense per article: later mentions the model missed ("Ruto" after "William Ruto",
    "ELN" after its definition, "NBA" and "Knicks" in a headline: ``short_forms``) are found
    by looking every typed surface up again, on the tokens no candidate holds (``taken``)."""
    seeded: set[str] = set()  # name parts looked up as they are folded ("waugh")
    for part in name_parts:
        if part not in types and fold(part) not in written:
            types[part] = "PERSON"
            written[part] = part
            seeded.add(part)
    for short, (form, _) in (short_forms or {}).items():
        if short not in types and short not in written:
            types[short] = "ORGANIZATION"
            written[short] = form
            seeded.add(short)
    out: list[Found] = []
    for i, j, surface, key in find_again(view, taken, types):
        out.append(Found(Candidate(i, j), surface, key, view.starts[i], view.ends[j - 1]))
        if key in seeded:  # named as the article writes it: "Waugh", not "waugh"
            written[key] = surface
            seeded.discard(key)
    return out


def excluded_names(parsed: ParsedArticle) -> set[str]:
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


def dateline_place(parsed: ParsedArticle, gazetteer: Gazetteer) -> Place | None:
    """The dateline's place in the gazetteer: in the state or country written after it
    ("PORTLAND, Maine", "CAMBRIDGE, Mass."), else the most populous, as datelines name
    cities the reader knows ("PARIS" is Paris, France)."""
    name = _dateline_name(parsed)
    if name is None:
        return None
    region = parsed.dateline_region
    inside = list(gazetteer.within(name, region)) if region else []
    if inside:
        # In its state, a town under its own name beats a bigger one that has it as an
        # alternate ("INDIAN WELLS, California" is Indian Wells, not Indio).
        inside = [p for p in inside if fold(p.name) == fold(name)] or inside
        return choose(inside, {p.country_code for p in inside if p.country_code})
    return choose(gazetteer.lookup(name), set())


def surfaces(
    article: ArticleEvidence, types: dict[str, str], dateline: Place | None
) -> dict[str, Surface]:
    """Typed surfaces with counts, first offsets, places and nationalities' countries. A
    place the dateline names is the dateline's place ("Portland" under PORTLAND, Maine)."""
    counts = Counter(f.key for f in article.found)
    firsts: dict[str, int] = {}
    for f in article.found:
        firsts.setdefault(f.key, f.start)
    gazetteer = article.gazetteer
    # Places with one country among all their candidates ("Dallas", "Texas") add it to
    # the context in which the ambiguous ones ("Paris") are resolved.
    for key in firsts:
        places = gazetteer.lookup(article.written[key]) if types[key] == "LOCATION" else ()
        codes = {p.country_code for p in places}
        if len(codes) == 1 and places[0].major and places[0].country_code:
            article.context.add(places[0].country_code)
    # The places as the context alone reads them; the states among them ("Texas") let a
    # town of theirs keep a capital's name ("Paris"), so with any, the places are read again.
    placed = {
        article.written[key]: _resolve_place(article.written[key], gazetteer, article.context)
        for key in firsts
        if types[key] == "LOCATION"
    }
    regions: set[Region] = {
        (p.country_code, p.admin1)
        for p in placed.values()
        if p is not None and p.kind == "admin" and p.admin1
    }
    if dateline is not None and dateline.admin1:
        regions.add((dateline.country_code, dateline.admin1))
    out: dict[str, Surface] = {}
    for key, first in firsts.items():
        etype, written = types[key], article.written[key]
        surf = Surface(written, etype, counts[key], first, article.canonical.get(key), key=key)
        if etype == "LOCATION":
            if dateline is not None and dateline in gazetteer.lookup(written):
                surf.place = dateline
            elif in_regions(gazetteer.lookup(written), regions):
                surf.place = _resolve_place(written, gazetteer, article.context, regions)
            else:
                surf.place = placed[written]
        elif etype == "NATIONALITY":
            surf.country_code = gazetteer.demonym_country(written)
            if surf.country_code is None:
                continue
        out[key] = surf
    return out


def sentence_starts(doc: Doc, view: TokenView) -> list[int]:
    """``[sent.start_char for sent in doc.sents]`` from the sentence-start array, without a
    ``Span`` per sentence."""
    flags = view.sent_flags
    if flags is None or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [sent.start_char for sent in doc.sents]
    starts = view.starts
    out = [start for start, flag in zip(starts, flags, strict=True) if flag == 1]
    if flags and flags[0] != 1:
        out.insert(0, starts[0])  # the first token starts a sentence, flagged or not
    return out


def _resolve_place(
    surface: str,
    gazetteer: Gazetteer,
    context: set[str],
    regions: set[Region] | frozenset[Region] = frozenset(),
) -> Place | None:
    places = gazetteer.lookup(surface)
    own = {p.country_code for p in places if p.kind == "country"}
    # A country name is not its own evidence: "Georgia" next to "Atlanta" is the US state.
    return choose(places, context - own if len(places) > 1 else context, regions) or choose(
        places, context, regions
    )


def _entity_id(cluster: Cluster, name: str) -> str:
    for surface in cluster.surfaces:
        if surface.place is not None and surface.place.geonames_id is not None:
            return f"geonames:{surface.place.geonames_id}"
    return entity_id(cluster.etype, name)


def _mention(
    secs: list[Section], starts: list[int], sents: list[int], f: Found
) -> dict[str, str | int]:
    """The fields of ``f``'s ``Mention``: where it is in its section."""
    sec = secs[bisect_right(starts, f.start) - 1]
    local = f.start - sec.start
    base = sec.body_offset if sec.kind == "body" else 0
    sentence = bisect_right(sents, f.start) - bisect_right(sents, sec.start)
    return {
        "text": f.surface,
        "section": sec.kind,
        "start": base + local,
        "end": base + local + (f.end - f.start),
        "paragraph": sec.index,
        "sentence": max(sentence, 0),
    }


def entities(
    parsed: ParsedArticle,
    clusters: list[Cluster],
    found: list[Found],
    roles: dict[str, set[str]],
    dateline: Place | None,
    *,
    secs: list[Section],
    sents: list[int],
    region: Place | None = None,
) -> list[tuple[Entity, tuple[int, ...]]]:
    """Entities with the NER-text offsets of their mentions (for speaker resolution);
    ``secs`` are the article's ``sections``; ``region`` is the dateline's state or country
    (``dateline_region``)."""
    starts = [s.start for s in secs]
    text_len = sum(len(s.text) + len(SEPARATOR) for s in secs)
    headline_end = secs[0].start + len(secs[0].text) if secs and secs[0].kind == "headline" else -1
    by_key: dict[str, list[Found]] = {}
    for f in found:
        by_key.setdefault(f.key, []).append(f)
    hits_of = [
        sorted((f for s in c.surfaces for f in by_key[s.key or fold(s.text)]), key=_START)
        for c in clusters
    ]
    max_count = max((len(h) for h in hits_of), default=0)
    mentions = _MENTIONS.validate_python(
        [_mention(secs, starts, sents, f) for hits in hits_of for f in hits]
    )
    taken = 0  # the mentions of the entities before this one
    out: list[tuple[Entity, tuple[int, ...]]] = []
    dateline_done = False
    for cluster, hits in zip(clusters, hits_of, strict=True):
        name = cluster.name
        folded = fold(name)
        aliases: list[str] = []
        for f in hits:
            if f.surface not in aliases and fold(f.surface) != folded:
                aliases.append(f.surface)
        role_set = sorted(
            {r for s in cluster.surfaces for r in roles.get(s.key or fold(s.text), ())}
        )
        place = next((s.place for s in cluster.surfaces if s.place is not None), None)
        if place is not None and dateline is not None and place == dateline:
            role_set.append("dateline")
            dateline_done = True
        in_headline = hits[0].start < headline_end  # hits are in text order
        nationality = next((s.country_code for s in cluster.surfaces if s.country_code), None)
        entity = Entity(
            entity_id=_entity_id(cluster, name),
            entity_type=cluster.etype,
            name=name,
            aliases=tuple(aliases),
            mentions=mentions[taken : taken + len(hits)],
            salience=salience(len(hits), max_count, in_headline, hits[0].start, text_len),
            geo=geo_of(place) if place else None,
            country_code=place.country_code if place else nationality,
            roles=tuple(role_set),
        )
        out.append((entity, tuple(f.start for f in hits)))
        taken += len(hits)
    if not dateline_done:
        out.extend(_dateline_entity(parsed, dateline, out))
    out.extend(_region_entity(parsed, region, out))
    return _with_agency(parsed, out)


def dateline_region(parsed: ParsedArticle, gazetteer: Gazetteer) -> Place | None:
    """The state or country written after the dateline's place ("HARTFORD, Connecticut",
    "SANTA CLARA, Calif."), when the gazetteer knows it as one."""
    if not parsed.dateline_region:
        return None
    areas = gazetteer.lookup(parsed.dateline_region)
    return next((p for p in areas if p.kind in ("admin", "country")), None)


def _region_entity(
    parsed: ParsedArticle, region: Place | None, entities: list[tuple[Entity, tuple[int, ...]]]
) -> list[tuple[Entity, tuple[int, ...]]]:
    """The dateline's state or country as a LOCATION of its own, named as written ("Calif.",
    "Australia"), when no body entity already is it; like the dateline's place it has no
    mentions."""
    written = parsed.dateline_region
    if region is None or not written:
        return []
    ident = f"geonames:{region.geonames_id}" if region.geonames_id else None
    if any(
        e.entity_type == "LOCATION" and (e.entity_id == ident or fold(e.name) == fold(written))
        for e, _ in entities
    ):
        return []
    name = written.title() if written.isupper() and len(written) > 3 else written
    entity = Entity(
        entity_id=ident or entity_id("LOCATION", region.name),
        entity_type="LOCATION",
        name=name,
        geo=geo_of(region),
        country_code=region.country_code,
        salience=DATELINE_SALIENCE,
        roles=("dateline",),
    )
    return [(entity, ())]


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
    if name is None or any(
        e.entity_type == "LOCATION" and fold(e.name) == fold(name) for e, _ in entities
    ):
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


def _with_agency(
    parsed: ParsedArticle, entities: list[tuple[Entity, tuple[int, ...]]]
) -> list[tuple[Entity, tuple[int, ...]]]:
    """The dateline's agency ("(Reuters)", "(AP)") is an organisation the article names, as
    its place is a place: the body's organisation of that name takes the role "agency", else
    it is an ORGANIZATION of its own without mentions (the dateline is outside ``body``),
    named as the alias table names it ("AP" -> "Associated Press")."""
    written = parsed.dateline.agency if parsed.dateline is not None else None
    if not written:
        return entities
    name = known_organization(written) or written
    keys = {fold(written), fold(name)}
    for i, (entity, starts) in enumerate(entities):
        if entity.entity_type != "ORGANIZATION":
            continue
        if keys & {fold(entity.name), *map(fold, entity.aliases)}:
            if "agency" in entity.roles:
                return entities
            named = replace(entity, roles=(*entity.roles, "agency"))
            return [*entities[:i], (named, starts), *entities[i + 1 :]]
    agency = Entity(
        entity_id=entity_id("ORGANIZATION", name),
        entity_type="ORGANIZATION",
        name=name,
        aliases=(written,) if fold(written) != fold(name) else (),
        salience=DATELINE_SALIENCE,
        roles=("agency",),
    )
    return [*entities, (agency, ())]


def speakers(
    parsed: ParsedArticle, entities: list[tuple[Entity, tuple[int, ...]]], secs: list[Section]
) -> tuple[list[Speaker], list[Entity]]:
    """One speaker per quote; the entities quoted get the role "quoted"."""
    if not parsed.quotes:
        return [], [e for e, _ in entities]
    body = {s.index: s for s in secs if s.kind == "body"}
    index = speaker_mod.SpeakerIndex(
        [
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
    )
    quoted: set[str] = set()
    out: list[Speaker] = []
    for quote in parsed.quotes:
        sec = body.get(quote.paragraph)
        position = sec.start + quote.start if sec else 0
        found = speaker_mod.resolve(quote.cue, position, index)
        out.append(Speaker(name=found.name, entity_id=found.entity_id))
        if found.entity_id:
            quoted.add(found.entity_id)
    result = [
        replace(e, roles=(*e.roles, "quoted")) if e.entity_id in quoted else e for e, _ in entities
    ]
    return out, result
