"""The place gazetteer and the choice between same-named places."""

from __future__ import annotations

from service.pipeline.entities.gazetteer import load_gazetteer
from service.pipeline.entities.geo import choose


def test_gazetteer_is_built_once_per_process() -> None:
    """The loader is cached: every caller shares one index."""
    assert load_gazetteer() is load_gazetteer()


def test_country_aliases_resolve_to_the_country() -> None:
    """ "U.S.", "Britain", "UK" and "Ivory Coast" are countries with their ISO code."""
    gaz = load_gazetteer()
    for written, code in {"U.S.": "US", "Britain": "GB", "UK": "GB", "Ivory Coast": "CI"}.items():
        place = gaz.country_place(written)
        assert place is not None, written
        assert place.country_code == code, written
        assert place.kind == "country"


def test_small_town_resolves_only_in_its_country() -> None:
    """Tessalit (a small Malian town) needs Mali in the context to be a place."""
    candidates = load_gazetteer().lookup("Tessalit")
    assert choose(candidates, set()) is None
    place = choose(candidates, {"ML"})
    assert place is not None
    assert place.country_code == "ML"
    assert place.geonames_id


def test_ambiguous_city_prefers_a_mentioned_country() -> None:
    """Paris is the French capital by default and the Texan town in a US-only context."""
    candidates = load_gazetteer().lookup("Paris")
    default = choose(candidates, set())
    assert default is not None
    assert default.country_code == "FR"
    assert default.capital
    in_us = choose(candidates, {"US"})
    assert in_us is not None
    assert in_us.country_code == "US"


def test_country_beats_a_same_named_city() -> None:
    """ "Niger" is the country, not a same-named subdivision of Nigeria."""
    place = choose(load_gazetteer().lookup("Niger"), set())
    assert place is not None
    assert place.kind == "country"
    assert place.country_code == "NE"


def test_alternate_names_find_the_city() -> None:
    """Timbuktu is GeoNames' Tombouctou, in Mali."""
    place = choose(load_gazetteer().lookup("Timbuktu"), set())
    assert place is not None
    assert place.country_code == "ML"
    assert place.kind == "city"


def test_curated_regions_are_places_without_a_country() -> None:
    """Sahel, West Africa and the Horn of Africa are regions, with no country code."""
    gaz = load_gazetteer()
    for name in ("Sahel", "West Africa", "Horn of Africa", "Middle East", "Balkans"):
        place = gaz.lookup(name)[0]
        assert place.kind == "region", name
        assert place.country_code is None, name


def test_demonyms_map_to_their_country() -> None:
    """Irregular and derived demonyms both find their country; plurals too."""
    gaz = load_gazetteer()
    cases = {"Malian": "ML", "Nigerien": "NE", "Nigerian": "NG", "French": "FR", "Kenyans": "KE"}
    for demonym, code in cases.items():
        assert gaz.demonym_country(demonym) == code, demonym


def test_short_capitalised_acronyms_are_not_towns() -> None:
    """ "AI" is not the town of Ai; listed country acronyms like "UAE" still are places."""
    gaz = load_gazetteer()
    assert gaz.lookup("AI") == ()
    assert gaz.country_place("UAE") is not None


def test_us_state_abbreviations_are_states() -> None:
    """AP abbreviations in datelines ("Calif.") resolve to the state."""
    place = load_gazetteer().lookup("Calif.")[0]
    assert place.name == "California"
    assert place.kind == "admin"
    assert place.country_code == "US"
