"""Which of several same-named places an article means, from the article's own context.

The context is the set of countries the article mentions (country names, demonyms, the
dateline's country, places with a single candidate). First, what a name can never mean:

- a country's name is the country, never a town of that name, even a town in a country
  the article mentions ("Brazil" in a US story is not Brazil, Indiana);
- the name of a capital or of a city of a million is that city, never a town of under
  TOWN people, even one in a mentioned country ("London" is not London, Kentucky), unless
  the article names the town's state ("Dallas and Paris in Texas": ``regions``). A story
  datelined "PARIS, Texas" finds its Paris through the dateline too
  (``assembly.dateline_place``).

Then a candidate in a mentioned country wins ("Birmingham" in a US story is Alabama's);
else a country beats a city of the same name; a state beats the towns named after it
("Oregon" is not Oregon, Ohio), up to a city of about a million ("New York"); else
capitals, then the most populous.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from functools import lru_cache

from service.events import Geo
from service.pipeline.entities.gazetteer import Place

IN_CONTEXT = 2.0
COUNTRY = 1.5
CAPITAL = 1.0
# A division has no population here; this is log10(population + 1) / 10 of a city of a
# million, the size from which a city named like its state is the one news means. Only for
# the divisions GeoNames lists (the US states): pycountry's others get none, so a country
# of their name wins ("Niger" in a story about Nigeria is the country, not the state).
ADMIN = 0.6
# Towns below this size never take a capital's or a big city's name (see above); a city of
# this size or more is weighed by the context like any other.
TOWN = 100_000
BIG_CITY = 1_000_000

Region = tuple[str | None, str | None]  # (country code, GeoNames admin1 code): a US state


def choose(
    places: Sequence[Place], context: set[str], regions: Collection[Region] = ()
) -> Place | None:
    """The best candidate, or None: small towns need their country in the context.
    ``regions``: the states the article names."""
    best: Place | None = None
    best_score = -math.inf
    for place in _possible(places, regions):
        in_context = place.country_code in context
        if not place.major and not in_context:
            continue
        score = (
            (IN_CONTEXT if in_context else 0.0)
            + (COUNTRY if place.kind in ("country", "region") else 0.0)
            + (ADMIN if place.kind == "admin" and place.geonames_id is not None else 0.0)
            + (CAPITAL if place.capital else 0.0)
            + math.log10(place.population + 1) / 10
            + (0.2 if place.geonames_id is not None else 0.0)
        )
        if score > best_score:
            best, best_score = place, score
    return best


def in_regions(places: Sequence[Place], regions: Collection[Region]) -> bool:
    """Whether one of ``places`` lies in one of ``regions``: only then do the regions change
    what ``choose`` picks among them."""
    return any((p.country_code, p.admin1) in regions for p in places)


def _possible(places: Sequence[Place], regions: Collection[Region]) -> Sequence[Place]:
    """The candidates a name can mean: no town named like a country, and no small town named
    like a capital or a city of a million, unless the article names its state."""
    if any(p.kind == "country" for p in places):
        return [p for p in places if p.kind != "city"]
    if any(p.kind == "city" and (p.capital or p.population >= BIG_CITY) for p in places):
        return [
            p
            for p in places
            if p.kind != "city"
            or p.capital
            or p.population >= TOWN
            or (p.country_code, p.admin1) in regions
        ]
    return places


@lru_cache(maxsize=4096)
def geo_of(place: Place) -> Geo:
    """The event's ``Geo`` of a place (immutable, so one per place is shared)."""
    return Geo(
        geonames_id=place.geonames_id,
        country_code=place.country_code,
        lat=place.lat,
        lon=place.lon,
        kind=place.kind,
    )
