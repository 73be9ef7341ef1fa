"""Known organisations (the alias table) and places (the gazetteer) on token n-grams the
model may have missed: dict lookups on the n-grams the name index leaves, no scans."""

from __future__ import annotations

from service.pipeline.entities.candidates import (
    POSSESSIVE,
    PRIORITY_LEXICON,
    Candidate,
    capitalised,
)
from service.pipeline.entities.entity_types import NOT_NAMES, ORG_VOTE
from service.pipeline.entities.evidence import STRONG_CONTEXT, place_context
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.text import fold
from service.pipeline.entities.titles import ROLE_WORDS
from service.pipeline.entities.tokens import TokenView


def _accept_place(
    place: Place, view: TokenView, span: tuple[int, int], context: set[str], gazetteer: Gazetteer
) -> bool:
    words = view.words
    start, end = span
    if (
        end < len(words)
        and capitalised(words[end])
        and words[end] not in POSSESSIVE
        and not any(p.kind != "city" for p in gazetteer.lookup(words[end]))
        and words[end].casefold() not in ROLE_WORDS  # "Republika Srpska President ..."
    ):
        # part of a longer name: "Jordan Henderson", "Paris Saint-Germain", "Tyler Adams"
        # (towns called Adams too); not a city and its state or country: "Cincinnati Ohio"
        return False
    if place.kind in ("country", "region"):
        return True
    if end + 1 < len(words) and words[end] == "of" and capitalised(words[end + 1]):
        return False  # the head of an "X of Y" name: "Tour of Spain" (not Tours, France)
    evidence = place_context(view, start, end, gazetteer)
    if place.geonames_id is None:
        # A subdivision the gazetteer knows by name only, of the article's country and of
        # two words or more: "New South Wales" under a Sydney dateline (not its "Wales").
        return place.kind == "admin" and place.country_code in context and end - start > 1
    if place.country_code in context:
        return place.major or evidence >= STRONG_CONTEXT
    return place.major and evidence > 0


AL_FORMS = frozenset({"al", "al-"})  # lower-case starts of names: "al-Sudani"


def _floors(model: list[Candidate], n: int) -> list[int]:
    """Per token ``i``, the end below which no n-gram from ``i`` can win selection over
    the model's span holding ``i`` (``selection.select``: longest first, and on equal
    length the lexicon before the model): ``i`` where no span holds it."""
    floor = list(range(n))
    for cand in model:
        length = cand.end - cand.start
        floor[cand.start] = cand.end - 1  # the same span (votes merge) or a longer one
        for i in range(cand.start + 1, cand.end):
            floor[i] = min(n, i + length) - 1  # as long as the model's, or longer
    return floor


def lexicon_candidates(
    view: TokenView,
    gazetteer: Gazetteer,
    prefixes: frozenset[str],
    context: set[str],
    *,
    keys: frozenset[str] = frozenset(),
    model: list[Candidate] | None = None,
) -> list[Candidate]:
    """Known organisations and places on token n-grams the model may have missed;
    ``prefixes`` is ``lexicon_prefixes(gazetteer)``, ``keys`` (when given) is
    ``lexicon_keys(gazetteer)``: an n-gram whose fold is none of them is skipped. Given the
    ``model`` candidates, an n-gram that one of them already holds is not looked up: it
    would lose to it in selection (shorter), or is that very span only when it starts and
    ends with it."""
    out: list[Candidate] = []
    words = view.words
    caps = view.caps
    floor = _floors(model or [], len(words))
    starts = view.capitalised()
    particles = view.indices_of(AL_FORMS)
    if particles:
        starts = sorted({*starts, *particles})
    for i in view.live_starts(starts, prefixes):
        first = words[i]
        for j in range(view.ngram_limit(i, prefixes), floor[i], -1):
            last = words[j - 1]
            if not caps[j - 1] and j - 1 != i and last.islower():
                continue  # names end in a capital word, or one like "d'Ivoire"
            surface = view.surface(i, j)
            if keys and fold(surface) not in keys:
                continue  # neither a known organisation nor a place
            org = known_organization(surface)
            if org is not None:
                out.append(
                    Candidate(
                        i, j, None, {"ORGANIZATION": ORG_VOTE + 1}, PRIORITY_LEXICON, None, org
                    )
                )
                break
            places = gazetteer.lookup(surface)
            if not places or (
                j - i == 1
                and (view.stops[i] or not capitalised(first) or first.casefold() in NOT_NAMES)
            ):
                continue
            if _accept_place(places[0], view, (i, j), context, gazetteer):
                out.append(Candidate(i, j, None, {}, PRIORITY_LEXICON))
                break
    return out
