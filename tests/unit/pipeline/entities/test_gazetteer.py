"""The place gazetteer and the choice between same-named places."""

from __future__ import annotations

from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.geo import choose


def test_country_aliases_resolve_to_the_country(gazetteer: Gazetteer) -> None:
    """ "U.S.", "Britain", "UK" and "Ivory Coast" are countries with their ISO code."""
    for written, code in {"U.S.": "US", "Britain": "GB", "UK": "GB", "Ivory Coast": "CI"}.items():
        place = gazetteer.country_place(written)
        assert place is not None, written
        assert place.country_code == code, written
        assert place.kind == "country"


def test_small_town_resolves_only_in_its_country(gazetteer: Gazetteer) -> None:
    """Tessalit (a small Malian town) needs Mali in the context to be a place."""
    candidates = gazetteer.lookup("Tessalit")
    assert choose(candidates, set()) is None
    place = choose(candidates, {"ML"})
    assert place is not None
    assert place.country_code == "ML"
    assert place.geonames_id


def test_ambiguous_city_prefers_a_mentioned_country(gazetteer: Gazetteer) -> None:
    """Of cities of a size, the one in a country the article mentions: Birmingham,
    Cambridge and Athens in a US story are the American ones."""
    for name in ("Birmingham", "Cambridge", "Athens"):
        default = choose(gazetteer.lookup(name), set())
        assert default is not None
        assert default.country_code != "US", name
        in_us = choose(gazetteer.lookup(name), {"US"})
        assert in_us is not None
        assert in_us.country_code == "US", name


def test_a_town_does_not_take_a_capitals_name_away(gazetteer: Gazetteer) -> None:
    """A town of under 100,000 people is not the capital or the city of millions of its
    name, even in a country the article mentions: "London" and "Paris" in a US story are
    not London, Kentucky and Paris, Texas (a story datelined PARIS, Texas still is:
    ``test_dateline_place.py``)."""
    for name, code in {"London": "GB", "Paris": "FR", "Toronto": "CA", "Warsaw": "PL"}.items():
        place = choose(gazetteer.lookup(name), {"US"})
        assert place is not None
        assert place.country_code == code, name


def test_a_country_is_not_a_town_of_its_name(gazetteer: Gazetteer) -> None:
    """ "Brazil", "Norway" or "Mexico" in a US story are countries, not Brazil, Indiana; and
    "Georgia" is the US state in a US story, the country otherwise."""
    for name, code in {"Brazil": "BR", "Norway": "NO", "Mexico": "MX", "Belgium": "BE"}.items():
        place = choose(gazetteer.lookup(name), {"US"})
        assert place is not None
        assert (place.kind, place.country_code) == ("country", code), name
    colombia = choose(gazetteer.lookup("Colombia"), {"CU"})
    assert colombia is not None
    assert colombia.country_code == "CO"
    georgia_us, georgia = (choose(gazetteer.lookup("Georgia"), c) for c in ({"US"}, set()))
    assert georgia_us is not None
    assert (georgia_us.kind, georgia_us.country_code) == ("admin", "US")
    assert georgia is not None
    assert (georgia.kind, georgia.country_code) == ("country", "GE")


def test_country_beats_a_same_named_city(gazetteer: Gazetteer) -> None:
    """ "Niger" is the country, not a same-named subdivision of Nigeria, also in a story
    that mentions Nigeria."""
    for context in (set(), {"NG"}):
        place = choose(gazetteer.lookup("Niger"), context)
        assert place is not None
        assert place.kind == "country"
        assert place.country_code == "NE"


def test_alternate_names_find_the_city(gazetteer: Gazetteer) -> None:
    """Timbuktu is GeoNames' Tombouctou, in Mali."""
    place = choose(gazetteer.lookup("Timbuktu"), set())
    assert place is not None
    assert place.country_code == "ML"
    assert place.kind == "city"


def test_curated_regions_are_places_without_a_country(gazetteer: Gazetteer) -> None:
    """Sahel, West Africa and the Horn of Africa are regions, with no country code."""
    for name in ("Sahel", "West Africa", "Horn of Africa", "Middle East", "Balkans"):
        place = gazetteer.lookup(name)[0]
        assert place.kind == "region", name
        assert place.country_code is None, name


def test_demonyms_map_to_their_country(gazetteer: Gazetteer) -> None:
    """Irregular and derived demonyms both find their country; plurals too."""
    cases = {"Malian": "ML", "Nigerien": "NE", "Nigerian": "NG", "French": "FR", "Kenyans": "KE"}
    for demonym, code in cases.items():
        assert gazetteer.demonym_country(demonym) == code, demonym


def test_short_capitalised_acronyms_are_not_towns(gazetteer: Gazetteer) -> None:
    """ "AI" is not the town of Ai; listed country acronyms like "UAE" still are places."""
    assert gazetteer.lookup("AI") == ()
    assert gazetteer.country_place("UAE") is not None


def test_us_state_abbreviations_are_states(gazetteer: Gazetteer) -> None:
    """AP abbreviations in datelines ("Calif.") resolve to the state."""
    place = gazetteer.lookup("Calif.")[0]
    assert place.name == "California"
    assert place.kind == "admin"
    assert place.country_code == "US"


def test_a_state_beats_the_towns_named_after_it(gazetteer: Gazetteer) -> None:
    """ "Oregon", "Florida" or "Virginia" is the US state, not Oregon, Ohio, Florida, New York
    or Virginia, South Africa, with the US in the context or without it."""
    names = ["Oregon", "Iowa", "Nevada", "Virginia", "Indiana", "Delaware", "Wyoming"]
    names += ["Florida", "Maine", "California", "Missouri", "Alabama", "Arizona", "Montana"]
    names += ["Oklahoma", "Maryland"]
    for context in ({"US"}, set()):
        for name in names:
            place = choose(gazetteer.lookup(name), context)
            assert place is not None, name
            assert (place.kind, place.country_code, place.name) == ("admin", "US", name)


def test_a_big_city_beats_the_state_of_its_name(gazetteer: Gazetteer) -> None:
    """ "New York" is the city of eight million, "Washington" the capital, not the states."""
    for name in ("New York", "Washington"):
        place = choose(gazetteer.lookup(name), {"US"})
        assert place is not None, name
        assert place.kind == "city", name


def test_regions_are_known_by_their_english_names(gazetteer: Gazetteer) -> None:
    """pycountry writes "Niedersachsen" and "Toscana"; English news writes "Lower Saxony"
    and "Tuscany" (and "Tuscany" is also a small Canadian town, which it is not here)."""
    for name, country in (
        ("Lower Saxony", "DE"),
        ("Bavaria", "DE"),
        ("Tuscany", "IT"),
        ("Catalonia", "ES"),
        ("Guangdong", "CN"),
        ("Tigray", "ET"),
    ):
        assert any(
            p.kind == "admin" and p.country_code == country for p in gazetteer.lookup(name)
        ), name


def test_every_english_region_name_is_a_pycountry_subdivision() -> None:
    import pycountry

    from service.pipeline.entities.subdivisions import EXONYMS

    missing = [code for code in EXONYMS if pycountry.subdivisions.get(code=code) is None]
    assert missing == []
