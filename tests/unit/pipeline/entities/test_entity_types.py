"""One type per surface from votes and evidence (decide_type, without the model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.entities.entity_types import Evidence, decide_type
from service.pipeline.entities.gazetteer import Gazetteer

Decide = Callable[..., str | None]


@pytest.fixture(scope="module")
def decide(gazetteer: Gazetteer) -> Decide:
    """decide_type on model votes alone, with optional context, place evidence and names."""

    def go(
        surface: str,
        model: dict[str, float],
        *,
        context: frozenset[str] = frozenset(),
        place_context: int = 0,
        name_parts: frozenset[str] = frozenset(),
    ) -> str | None:
        evidence = Evidence(model=dict(model), place_context=place_context)
        return decide_type(
            surface, evidence, gazetteer, set(context), set(name_parts), lexicon_type=None
        )

    return go


def test_country_outvotes_the_model(decide: Decide) -> None:
    """Six PERSON labels out of eight do not make Mali a person."""
    assert decide("Mali", {"PERSON": 6, "LOCATION": 2}) == "LOCATION"


def test_small_town_needs_its_country_and_a_clear_use(decide: Decide) -> None:
    """Tessalit is a place "in Tessalit" in an article about Mali, not on its own."""
    assert decide("Tessalit", {"PERSON": 1}, context=frozenset({"ML"}), place_context=2) == (
        "LOCATION"
    )
    assert decide("Tessalit", {"PERSON": 1}) == "PERSON"


def test_surname_of_a_person_stays_a_person(decide: Decide) -> None:
    """ "Jordan" is a person where "Michael Jordan" is, even though Jordan is a country."""
    assert decide("Jordan", {"PERSON": 1}, name_parts=frozenset({"jordan"})) == "PERSON"


def test_organisation_and_place_words_decide(decide: Decide) -> None:
    """ "Defence Ministry" is an organisation and "Swat River" a place, whatever the label."""
    assert decide("Defence Ministry", {"LOCATION": 1}) == "ORGANIZATION"
    assert decide("Swat River", {"PERSON": 1}) == "LOCATION"


def test_first_name_that_a_town_shares_stays_a_person(decide: Decide) -> None:
    """ "Isabel", read as a person twice and as a place once but never written as one, is
    no town in the Philippines; "in Isabel" still makes it one."""
    assert decide("Isabel", {"PERSON": 2, "LOCATION": 1}) == "PERSON"
    assert decide("Isabel", {"PERSON": 1}, context=frozenset({"PH"}), place_context=2) == (
        "LOCATION"
    )


def test_a_road_is_a_place_and_a_masthead_a_newspaper(decide: Decide) -> None:
    """ "Elmwood Road" read as a person is a street; "Edmonton Sun" read as a person is the
    newspaper of that city, not the city."""
    assert decide("Elmwood Road", {"PERSON": 1}) == "LOCATION"
    assert decide("Edmonton Sun", {"PERSON": 1}, place_context=2) == "ORGANIZATION"
    assert decide("Rising Sun", {"PERSON": 1}) == "PERSON"


def test_given_name_makes_a_person(decide: Decide) -> None:
    """A common first name outweighs a lone ORG label: "Jeanine Pirro"."""
    assert decide("Jeanine Pirro", {"ORGANIZATION": 1}) == "PERSON"


@pytest.mark.parametrize("name", ["Romain Ntamack", "Antoine Dupont", "Stefan de Vrij"])
def test_european_players_given_names_make_people(decide: Decide, name: str) -> None:
    """The model read these players of the sports set and the golden events as
    organisations; the list knew none of their given names."""
    assert decide(name, {"ORGANIZATION": 1}) == "PERSON"


def test_events_are_not_emitted(decide: Decide) -> None:
    """ "Davis Cup" is an event, which enrich leaves out."""
    assert decide("Davis Cup", {"PERSON": 1}) == "EVENT"


@pytest.mark.parametrize(
    "name",
    [
        "Africa Movie Academy Award for Best Actress",
        "Nobel Prize in Physics",
        "Africa Cup of Nations",
        "Congressional Medal of Honor",
    ],
)
def test_an_award_or_a_cup_named_with_what_it_is_for_is_an_event(decide: Decide, name: str) -> None:
    """The award's or the cup's word, then "for", "in" or "of" and what it is for: an
    event as "Davis Cup" is, however the model reads it."""
    assert decide(name, {"ORGANIZATION": 1}) == "EVENT"


def test_an_organisation_of_a_place_is_no_event(decide: Decide) -> None:
    assert decide("Bank of England", {"ORGANIZATION": 1}) == "ORGANIZATION"
    assert decide("University of Cape Town", {"ORGANIZATION": 1}) == "ORGANIZATION"


def test_unknown_word_the_model_alone_calls_a_place_is_dropped(decide: Decide) -> None:
    """One word, no gazetteer entry, no "in X": the model's GPE label alone is not enough."""
    assert decide("Weibo", {"LOCATION": 1}) is None
    assert decide("Weibo", {"LOCATION": 1}, place_context=2) == "LOCATION"


def test_demonym_is_a_nationality(decide: Decide) -> None:
    """ "Malian" is a NATIONALITY even when the model calls it an organisation."""
    assert decide("Malian", {"ORGANIZATION": 1}) == "NATIONALITY"
