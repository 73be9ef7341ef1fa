"""Context decides the type: sports, company and dateline cues with the real model.

The sentences are our own; the place names in them are real places, the matches and
companies' news invented.
"""

from __future__ import annotations

from tests.unit.pipeline.entities.reading import Run, types_of

SPORTS = (
    "Bristol beat Derby 3-1 in the league on Saturday, the striker scoring twice before "
    "halftime as the coach rotated his squad."
)


def test_a_club_named_after_its_city_is_an_organisation(run: Run) -> None:
    """In a sports story a place that beats or is beaten is a team."""
    found = types_of(run(SPORTS))
    assert ("ORGANIZATION", "Bristol") in found
    assert ("ORGANIZATION", "Derby") in found


def test_a_national_side_stays_a_place(run: Run) -> None:
    """ "France beat Italy" in a rugby story: countries stay LOCATION (docs/entities.md)."""
    found = types_of(run("France beat Italy 35-17 in the rugby match, the coach said."))
    assert ("LOCATION", "France") in found
    assert ("LOCATION", "Italy") in found


def test_results_lines_give_teams_and_scorers(run: Run) -> None:
    """ "Bristol 2 (John Smith 12, 80) Derby 1": two teams and a scorer."""
    found = types_of(
        run(
            "Results of league matches on Saturday (home team first):",
            "Bristol 2 (John Smith 12, 80) Derby 1 (Tom Walker 30)",
            "Coventry 0 Reading 0",
        )
    )
    for team in ("Bristol", "Derby", "Coventry", "Reading"):
        assert ("ORGANIZATION", team) in found, team
    assert ("PERSON", "John Smith") in found


def test_all_caps_table_rows_are_read_and_quoted_as_written(run: Run) -> None:
    """Rows in capitals are case-restored for the model; mentions keep the capitals and
    point into the body."""
    enriched = run(
        "Standings of the league after Saturday's matches:",
        "1. READING 20 12 4 4 40-20 40",
        "2. COVENTRY 20 11 5 4 35-22 38",
    )
    found = types_of(enriched)
    assert ("ORGANIZATION", "READING") in found
    assert ("ORGANIZATION", "COVENTRY") in found
    body = enriched.parsed.body
    for entity in enriched.entities:
        for m in entity.mentions:
            assert body[m.start : m.end] == m.text


def test_a_ticker_makes_a_company_and_is_no_entity(run: Run) -> None:
    """ "Zurich (ZURN.S)": the insurer, not the city; the ticker itself is not a name."""
    enriched = run(
        "Shares of Zurich (ZURN.S) rose 2% after Zurich said in a statement that quarterly "
        "profit beat forecasts."
    )
    found = types_of(enriched)
    assert ("ORGANIZATION", "Zurich") in found
    assert not any("ZURN" in text for _, text in found)


def test_a_wire_dateline_is_a_place_beside_the_club(run: Run) -> None:
    """ "LIVERPOOL, England (Reuters) - Liverpool beat ...": the place and the club."""
    found = types_of(
        run(
            "LIVERPOOL, England, March 3 (Reuters) - Liverpool beat Everton 2-0 in the league "
            "on Sunday, their striker scoring twice."
        )
    )
    assert ("LOCATION", "LIVERPOOL") in found
    assert ("ORGANIZATION", "Liverpool") in found


def test_nationality_words_are_nationalities(run: Run) -> None:
    """ "the Brazilian striker", "the Briton": NATIONALITY, never a team or a place."""
    enriched = run(
        "The Brazilian striker and the Briton both scored in the league match, the coach said."
    )
    typed = {e.name: e.entity_type for e in enriched.entities}
    assert typed.get("Brazilian") == "NATIONALITY"
    assert typed.get("Briton") == "NATIONALITY"


def test_a_city_written_in_its_own_language_is_the_club(run: Run) -> None:
    """ "Roma", "Napoli": in an English sports story the local form of a big city's name is
    the club's (the city is written "Rome"); "in Milan" stays the city."""
    found = types_of(
        run(
            "A late header gave Roma a 2-1 win over Lazio on Sunday.",
            "Elsewhere, AC Milan beat Napoli 3-0 in Milan and the coach praised his squad.",
        )
    )
    assert ("ORGANIZATION", "Roma") in found
    assert ("ORGANIZATION", "Napoli") in found
    assert ("LOCATION", "Milan") in found


def test_the_side_a_team_played_at_after_a_score_is_a_team(run: Run) -> None:
    """ "drew 1-1 at Parma": the home side, not the town."""
    found = types_of(run("Juventus drew 1-1 at Parma on Sunday, the coach said after the match."))
    assert ("ORGANIZATION", "Parma") in found


def test_scorecard_bowlers_and_leaderboard_golfers_are_people(run: Run) -> None:
    """A cricket bowler after "b", a golfer after his score and a runner before her country
    in brackets ("(U.S.)", "(South Africa)") are people, not teams."""
    found = types_of(
        run(
            "Scoreboard on the first day of the final test on Thursday:",
            "England first innings",
            "M. Atherton b Waqar Younis 31",
            "N. Hussain c Saeed Anwar b Waqar Younis 12",
            "Leading scores after the first round of the golf tournament:",
            "66 Greg Norman (Australia)",
            "69 Steve Stricker, Phil Mickelson",
            "Women's 1,500 metres",
            "1. Svetlana Masterkova (Russia) 4:01.12",
            "2. Regina Jacobs (U.S.) 4:02.46",
            "3. Hestrie Storbeck (South Africa) 4:03.01",
        )
    )
    for person in (
        "Waqar Younis",
        "Greg Norman",
        "Steve Stricker",
        "Phil Mickelson",
        "Regina Jacobs",
        "Hestrie Storbeck",
    ):
        assert ("PERSON", person) in found, person
    assert ("LOCATION", "Australia") in found


def test_a_ticker_in_tokenized_text_still_makes_a_company(run: Run) -> None:
    """ "Rio Tinto ( RIO.AX )": spaces inside the brackets, as tokenized feeds print them."""
    found = types_of(run("Shares in Rio Tinto ( RIO.AX ) fell 2.1 percent in Sydney on Monday ."))
    assert ("ORGANIZATION", "Rio Tinto") in found
    assert not any(text == "RIO.AX" for _, text in found)


def test_summary_lines_give_clubs_named_with_their_city_and_no_label_entities(run: Run) -> None:
    """ "Ajax Amsterdam 2 (Kluivert 12) Feyenoord 0. Attendance 40,000": the club with its
    city is a team whatever the model reads, the scorer a person, and the labels nothing."""
    found = types_of(
        run(
            "Summaries of first division matches played on Wednesday:",
            "Ajax Amsterdam 2 (Kluivert 12, Musampa 55) Feyenoord 0. Halftime 1-0."
            " Attendance 40,000",
            "Vitesse Arnhem 0 Twente Enschede 0. Attendance 9,500",
        )
    )
    for team in ("Ajax Amsterdam", "Feyenoord", "Vitesse Arnhem", "Twente Enschede"):
        assert ("ORGANIZATION", team) in found, team
    assert ("PERSON", "Kluivert") in found
    assert not any(text in {"Attendance", "Halftime"} for _, text in found)


def test_a_route_the_model_reads_as_one_name_is_two_places(run: Run) -> None:
    """ "from Vire to Le Mans", read by the model as one organisation: two places."""
    found = types_of(
        run(
            "Results of the seventh stage of the Tour de France , a 190-km ride from Vire to"
            " Le Mans on Friday :",
            "The race ends in Paris , France , on July 21 .",
        )
    )
    assert ("LOCATION", "Vire") in found
    assert ("LOCATION", "Le Mans") in found
    assert not any("Vire to" in text for _, text in found)


def test_a_name_listed_among_people_is_a_person(run: Run) -> None:
    """A squad: "Chris Lewis, Dominic Cork, Robert Croft". The model reads "Dominic Cork" as
    a place; between two people, and no known place itself, it is a person. A list of
    places stays places."""
    found = types_of(
        run(
            "England named the following squad on Sunday for the third test against Pakistan:",
            "Mike Atherton (captain), Alec Stewart, Nick Knight, Graham Thorpe, Nasser Hussain,"
            " John Crawley, Chris Lewis, Dominic Cork, Robert Croft, Ian Salisbury, Alan"
            " Mullally.",
            "The tour then moves to Leeds, Manchester, Birmingham and Cardiff.",
        )
    )
    assert ("PERSON", "Dominic Cork") in found
    for city in ("Leeds", "Manchester", "Birmingham", "Cardiff"):
        assert ("LOCATION", city) in found, city


def test_regions_named_in_english_are_places(run: Run) -> None:
    """ "Lower Saxony", which the model reads as an organisation, "Thuringia" and
    "Guangdong", which it leaves out, are regions."""
    found = types_of(
        run(
            "Factory output rose in Bavaria and Lower Saxony in January, while it fell in "
            "Saxony and Thuringia, state statistics offices said on Tuesday.",
            "In China, authorities in Xinjiang and Guangdong said exports rose.",
            headline="Ruling party wins Lower Saxony vote",
        )
    )
    for name in ("Bavaria", "Lower Saxony", "Thuringia", "Guangdong"):
        assert ("LOCATION", name) in found, (name, found)
    assert ("ORGANIZATION", "Lower Saxony") not in found


def test_a_place_with_a_win_loss_record_is_the_team(run: Run) -> None:
    """ "Los Angeles fell to 23-26": a team's record after its city's name, in a game story."""
    found = types_of(
        run(
            "Stephen Curry scored 40 points as the Golden State Warriors beat the Los Angeles "
            "Lakers 129-120 on Saturday.",
            "LeBron James led the Lakers with 36 points, but Los Angeles fell to 23-26 and "
            "Denver improved to 34-15 with a win over Utah.",
            headline="Curry scores 40 as Warriors beat Lakers",
        )
    )
    assert ("ORGANIZATION", "Los Angeles") in found, found
    assert ("ORGANIZATION", "Denver") in found, found
