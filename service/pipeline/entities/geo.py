"""Which of several same-named places an article means, from the article's own context.

The context is the set of countries the article mentions (country names, demonyms, the
dateline's country, places with a single candidate). A candidate in a mentioned country
wins; else a country beats a city of the same name; a state or province beats the towns
named after it ("Oregon" is not Oregon, Ohio), up to a city of about a million ("New York");
else capitals, then the most populous.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
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


def choose(places: Sequence[Place], context: set[str]) -> Place | None:
    """The best candidate, or None: small towns need their country in the context."""
    best: Place | None = None
    best_score = -math.inf
    for place in places:
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
