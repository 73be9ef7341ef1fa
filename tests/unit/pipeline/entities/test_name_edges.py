"""The edges of a name: what the model runs into it (a date, a title) and what belongs to
it (a number, a lone letter, an editor's brackets), with the real model. The sentences and
names are our own."""

from __future__ import annotations

from tests.unit.pipeline.entities.reading import Run, types_of


def test_a_weekday_that_starts_a_date_is_not_part_of_the_name(run: Run) -> None:
    found = types_of(
        run(
            "The archive, founded by Tomas Halloran in 2005, holds 4,000 recordings.",
            "Halloran said the work was done by volunteers.",
            headline="Interview with archive founder Tomas Halloran Sunday, May 28, 2006",
        )
    )
    names = {text for _, text in found}
    assert "Tomas Halloran" in names
    assert not any(text.endswith("Sunday") for text in names)


def test_a_title_after_a_state_does_not_make_the_state_a_name(run: Run) -> None:
    """ "Which previous Virginia Governor(s) ..." is a title: "Virginia" stays a place."""
    found = types_of(
        run(
            "Whitcomb has polled in double digits in Virginia.",
            "Which previous Virginia Governor(s) do you most admire and why?",
            "Whitcomb grew up in Virginia and studied law in Virginia.",
        )
    )
    assert ("LOCATION", "Virginia") in found
    assert ("PERSON", "Virginia") not in found


def test_a_person_in_the_x_trial_stays_a_person(run: Run) -> None:
    """ "the O.J. Simpson trial": "the" is before the trial, not before an organisation."""
    found = types_of(
        run(
            "Millions watched the O.J. Simpson trial, and the O.J. Simpson verdict divided "
            "the country."
        )
    )
    assert ("PERSON", "O.J. Simpson") in found
    assert ("ORGANIZATION", "O.J. Simpson") not in found


def test_company_names_with_a_number_or_a_lone_letter_stay_whole(run: Run) -> None:
    found = types_of(
        run(
            "Tokyo-based Seven & i Holdings, the owner of 7-Eleven, said its profit rose. "
            "Seven & i Holdings also runs the Ito-Yokado supermarkets."
        )
    )
    assert ("ORGANIZATION", "Seven & i Holdings") in found
    assert ("ORGANIZATION", "7-Eleven") in found
    assert not {"Seven", "Eleven"} & {text for _, text in found}


def test_an_editors_brackets_inside_a_person_name_keep_it_whole(run: Run) -> None:
    found = types_of(
        run('"I think [George H. W.] Bush was right," she said. "And Gramm agreed with him."')
    )
    assert ("PERSON", "George H. W.] Bush") in found
    assert ("PERSON", "George H. W.") not in found


def test_a_descriptor_opening_a_sentence_is_not_part_of_the_company(run: Run) -> None:
    """ "Rival Samsung Electronics", "Rivals Honda Motor and Mazda", "Chipmaker Rapidus" at
    the start of a sentence, a ticker after the name or none: the capital is the sentence's,
    the word says what the company is, as "chipmaker Rapidus" does inside one."""
    found = types_of(
        run(
            "Apple said on Thursday that iPhone sales rose 6% in the quarter.",
            "Rival Samsung Electronics (005930.KS) reported a fall in profit last week.",
            "Rivals Honda Motor (7267.T) and Mazda (7261.T), which report next week, cut "
            "their forecasts.",
            "Chipmaker Rapidus said it would open a plant in Hokkaido.",
        )
    )
    names = {text for _, text in found}
    for name in ("Samsung Electronics", "Honda Motor", "Rapidus"):
        assert name in names, (name, found)
    assert not any(text.split()[0] in ("Rival", "Rivals", "Chipmaker") for text in names)


def test_a_party_with_a_mixed_case_acronym_in_another_language(run: Run) -> None:
    """ "Alternative for Germany (AfD)": the initials are German, and the acronym has lower
    case in it; the name before the bracket is the party, and "AfD" is the same one."""
    found = types_of(
        run(
            "The far-right Alternative for Germany (AfD) nearly doubled its support in the "
            "state vote on Sunday, projections showed.",
            "AfD co-leader Tino Chrupalla said voters were turning to his party.",
        )
    )
    assert ("ORGANIZATION", "Alternative for Germany") in found, found
    assert not any(etype != "ORGANIZATION" for etype, text in found if text == "AfD")


def test_an_appositive_noun_says_what_a_name_is(run: Run) -> None:
    """ "Gavi, the vaccine alliance," and "Tessalit, a town": the noun after the comma says
    what the name is, an organisation or a place, whatever the model guessed; a role after
    the comma ("Halsema, the city's mayor,") leaves a person a person."""
    found = types_of(
        run(
            "Drugmakers said they would supply vaccines to Gavi, the vaccine alliance, while "
            "donors met in Geneva.",
            "Fighting spread to Tessalit, a town in northern Mali, on Tuesday.",
            "Femke Halsema, the city's mayor, said the bank would reopen.",
        )
    )
    assert ("ORGANIZATION", "Gavi") in found, found
    assert ("LOCATION", "Tessalit") in found, found
    assert ("PERSON", "Femke Halsema") in found, found
    assert not any(text == "Drugmakers" for _, text in found), found
