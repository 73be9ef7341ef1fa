"""People the model or the gazetteer take for something else, found by how the text uses
them: parties to a lawsuit, with the real model. The sentences and names are our own."""

from __future__ import annotations

from service.events import Dateline
from tests.unit.pipeline.entities.reading import Run, types_of


def test_parties_to_a_lawsuit_are_people(run: Run) -> None:
    """ "Harlow v. Brenner": surnames, even one that is a town; "Kessel versus Ohio": the
    state stays a place."""
    found = types_of(
        run(
            "Counsel, the court held in Harlow v. Brenner that the statute applied, and "
            "Kessel versus Ohio says no more than that."
        )
    )
    assert ("PERSON", "Harlow") in found
    assert ("PERSON", "Brenner") in found
    assert ("PERSON", "Kessel") in found
    assert ("LOCATION", "Ohio") in found


def test_a_player_whose_given_name_is_a_town_is_a_person_in_a_match_report(run: Run) -> None:
    """ "Victoria Azarenka beat ... Azarenka will face": a given name, which is also a
    town's (Victoria, and David, George, Mary, Austin and dozens more), and a surname the
    article writes alone name a player, not a team, whatever verb a team would take after
    its name. Before, the town's name blocked the given name's evidence and "beat" made her
    a team: an organisation."""
    found = types_of(
        run(
            "Victoria Azarenka beat Madison Keys 6-4 6-3 in the Australian Open "
            "quarter-finals on Tuesday.",
            "Azarenka will face Aryna Sabalenka in the semi-finals. Keys had not dropped a set "
            "before the match.",
            headline="Azarenka beats Keys",
        )
    )
    assert ("PERSON", "Victoria Azarenka") in found
    assert ("ORGANIZATION", "Victoria Azarenka") not in found


def test_a_town_named_like_a_given_name_still_opens_places(run: Run) -> None:
    """The given name outweighs its town's name only for a surname the article writes alone
    ("Azarenka will face"): "Victoria Station" and "Elizabeth Line" are no people."""
    found = types_of(
        run(
            "Trains on the Elizabeth Line were suspended on Monday and Victoria Station was "
            "closed after a fire, officials in London said."
        )
    )
    assert ("PERSON", "Victoria Station") not in found
    assert ("PERSON", "Elizabeth Line") not in found


def test_a_law_named_after_someone_is_no_person(run: Run) -> None:
    """ "the Logan Act": a given name that is also a town's (Logan) and a law's word. The
    given name's evidence, now heard over a town's name, stops at a law's or a treaty's
    last word ("Act", "Accords", "Doctrine")."""
    found = types_of(
        run(
            "Lawyers said the Logan Act, a 1799 law, had never been used to convict anyone. "
            "The senator cited the Logan Act again on Tuesday."
        )
    )
    assert ("PERSON", "Logan Act") not in found
    assert ("PERSON", "Logan") not in found


def test_a_town_named_like_a_given_name_before_a_surname_is_no_place(run: Run) -> None:
    """ "Tyler Adams and Brandon Williams starred": the model read no name here, and the
    gazetteer found Tyler, Texas, because towns are called Adams too. A capitalised word
    after a place's name makes a longer name unless it is a state, a region or a country
    ("Cincinnati Ohio" keeps Cincinnati)."""
    found = types_of(
        run(
            "Tyler Adams and Brandon Williams starred as the United States beat Mexico 2-0 in "
            "a World Cup qualifier on Friday. Christian Pulisic scored the opener.",
            "Tornadoes hit Cincinnati Ohio on Monday, officials said.",
            headline="U.S. beat Mexico",
        )
    )
    assert ("LOCATION", "Tyler") not in found
    assert ("LOCATION", "Cincinnati") in found


def test_an_age_in_commas_outweighs_a_small_towns_name(run: Run) -> None:
    """ "Hilton, 41, said ...": only a person has an age in commas. Before, a town called
    Hilton in the article's country, with the model's place label, outvoted it (3.5 to 2)."""
    found = types_of(
        run(
            "Paris Hilton sued a toy maker on Monday, her lawyers said.",
            "Hilton, 41, said the company used her image without permission.",
            headline="Hilton sues",
            dateline=Dateline(place="Los Angeles", agency="Reuters"),
        )
    )
    assert ("PERSON", "Hilton") in found
    assert ("LOCATION", "Hilton") not in found
