"""Grouping an article's typed surfaces into entities."""

from __future__ import annotations

from service.pipeline.entities.consolidate import Surface, consolidate
from service.pipeline.entities.gazetteer import Gazetteer


def names(clusters: list) -> dict[str, set[str]]:  # type: ignore[type-arg]
    return {c.name: {s.text for s in c.surfaces} for c in clusters}


def test_surname_joins_the_full_name() -> None:
    """ "Maiga" joins "Choguel Maiga", and a first name joins its full name."""
    surfaces = [
        Surface("Choguel Maiga", "PERSON", 2, 0),
        Surface("Maiga", "PERSON", 3, 50),
        Surface("Joe Biden", "PERSON", 1, 10),
        Surface("Joe", "PERSON", 1, 90),
    ]
    assert names(consolidate(surfaces, [])) == {
        "Choguel Maiga": {"Choguel Maiga", "Maiga"},
        "Joe Biden": {"Joe Biden", "Joe"},
    }


def test_ambiguous_surname_goes_to_the_most_mentioned() -> None:
    """With two Smiths, a bare "Smith" joins the one mentioned more."""
    surfaces = [
        Surface("Anna Smith", "PERSON", 1, 0),
        Surface("John Smith", "PERSON", 3, 20),
        Surface("Smith", "PERSON", 2, 90),
    ]
    assert names(consolidate(surfaces, []))["John Smith"] == {"John Smith", "Smith"}


def test_middle_initials_and_suffixes_do_not_split_a_person() -> None:
    """ "Patrick W. Carlineo" and "Patrick Carlineo Jr." are one person."""
    surfaces = [
        Surface("Patrick Carlineo Jr.", "PERSON", 1, 0),
        Surface("Patrick W. Carlineo", "PERSON", 1, 40),
    ]
    assert len(consolidate(surfaces, [])) == 1


def test_acronym_definition_joins_the_long_form() -> None:
    """ "... West African States (ECOWAS)" makes ECOWAS an alias of the long form."""
    long_form = "Economic Community of West African States"
    surfaces = [Surface(long_form, "ORGANIZATION", 1, 0), Surface("ECOWAS", "ORGANIZATION", 2, 50)]
    clusters = consolidate(surfaces, [("ECOWAS", long_form)])
    assert names(clusters) == {long_form: {long_form, "ECOWAS"}}


def test_initials_join_an_organisation_without_a_definition() -> None:
    """ "IMF" joins "International Monetary Fund" by its initials alone."""
    surfaces = [
        Surface("International Monetary Fund", "ORGANIZATION", 1, 0),
        Surface("IMF", "ORGANIZATION", 2, 30),
    ]
    assert len(consolidate(surfaces, [])) == 1


def test_first_word_joins_an_organisation_with_a_suffix() -> None:
    """ "Seplat" joins "Seplat Group" (an organisation word ends the long form)."""
    surfaces = [
        Surface("Seplat Group", "ORGANIZATION", 1, 0),
        Surface("Seplat", "ORGANIZATION", 1, 9),
    ]
    assert names(consolidate(surfaces, [])) == {"Seplat Group": {"Seplat Group", "Seplat"}}


def test_alias_table_names_the_entity() -> None:
    """Surfaces with the same canonical name ("U.N.", "United Nations") are one entity."""
    surfaces = [
        Surface("U.N.", "ORGANIZATION", 2, 0, canonical="United Nations"),
        Surface("United Nations", "ORGANIZATION", 1, 40, canonical="United Nations"),
    ]
    assert names(consolidate(surfaces, [])) == {"United Nations": {"U.N.", "United Nations"}}


def test_places_group_by_the_place_they_resolve_to(gazetteer: Gazetteer) -> None:
    """ "U.S." and "United States" are one place, named as GeoNames names it."""
    us = gazetteer.country_place("U.S.")
    surfaces = [
        Surface("U.S.", "LOCATION", 2, 0, place=us),
        Surface("United States", "LOCATION", 1, 30, place=us),
    ]
    assert names(consolidate(surfaces, [])) == {"United States": {"U.S.", "United States"}}


def test_same_text_different_types_stay_apart() -> None:
    """A person and a place never merge, even when one's name contains the other's."""
    surfaces = [Surface("Jordan Henderson", "PERSON", 1, 0), Surface("Jordan", "LOCATION", 1, 30)]
    assert len(consolidate(surfaces, [])) == 2
