"""Datelines: wire prefixes recognised, stripped and title-cased."""

from __future__ import annotations

import pytest

from service.pipeline.dateline import looks_like_dateline, read_dateline, standalone_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date"),
    [
        ("DAKAR (Reuters) - Mali has the right.", "Dakar", "Reuters", None),
        ("WASHINGTON, March 3 (Reuters) - The Senate voted.", "Washington", "Reuters", "March 3"),
        ("LONDON (AP) — Britain said.", "London", "AP", None),
        ("PARIS, Jan 5 (AFP) - France said.", "Paris", "AFP", "Jan 5"),
        ("NEW YORK — Stocks rose.", "New York", None, None),
        ("SAN FRANCISCO, Calif. (AP) — A quake hit.", "San Francisco", "AP", None),
        ("BEIRUT/DUBAI (Reuters) - Talks resumed.", "Beirut/Dubai", "Reuters", None),
        ("LONDON, Nov. 19 (Reuters) - Shares fell.", "London", "Reuters", "Nov. 19"),
        ("TRENTON, N.J. (AP) — The bill passed.", "Trenton", "AP", None),
        ("CHARLESTON, W.Va. (AP) — The mine closed.", "Charleston", "AP", None),
        (
            "WASHINGTON, D.C., March 3 (Reuters) - The Senate voted.",
            "Washington",
            "Reuters",
            "March 3",
        ),
        # tokenized, with spaces around the punctuation
        ("MADRID , March 2 ( Reuters ) - Results of matches.", "Madrid", "Reuters", "March 2"),
        ("SAN FRANCISCO , Calif. ( AP ) — A quake hit.", "San Francisco", "AP", None),
    ],
)
def test_dateline_variants_are_parsed(
    paragraph: str, place: str, agency: str | None, date: str | None
) -> None:
    """Each wire dateline form yields place, agency and date, and leaves the sentence."""
    dateline, _, rest = read_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert rest[0].isupper()
    assert "(" not in rest[:3]


@pytest.mark.parametrize(
    "paragraph",
    [
        "US - China talks resumed on Monday.",
        "Dakar (Reuters) - mixed case is not a dateline.",
        "The president said on Monday that talks would resume.",
        "NATO",
    ],
)
def test_non_datelines_are_left_alone(paragraph: str) -> None:
    """A paragraph without a wire dateline is returned unchanged."""
    assert read_dateline(paragraph) == (None, None, paragraph)


def test_dateline_on_a_huge_paragraph_is_cheap() -> None:
    """The pattern is anchored and bounded: a 5 MB capital run is rejected, not backtracked."""
    paragraph = "A" * 5_000_000
    assert read_dateline(paragraph)[0] is None


@pytest.mark.parametrize(
    ("paragraph", "region"),
    [
        ("PORTLAND, Maine (AP) — A storm hit.", "Maine"),
        ("CAMBRIDGE, Mass., March 3 (Reuters) - Harvard said.", "Mass."),
        ("TRENTON, N.J. (AP) — The bill passed.", "N.J."),
        ("SAN JOSE, Costa Rica (AP) — Rain fell.", "Costa Rica"),
        ("DAKAR (Reuters) - Mali said.", None),
        # the whole dateline in capitals, as older wire copy and some feeds write it: the
        # region is read, and written as the mixed-case form names it
        ("SPRINGFIELD, ILL. (AP) -- The budget passed.", "Ill."),
        ("SACRAMENTO, CALIF. (AP) — Fires spread.", "Calif."),
        ("PORTLAND, MAINE (AP) — A storm hit.", "Maine"),
        ("SAN JOSE, COSTA RICA (AP) — Rain fell.", "Costa Rica"),
        ("CAMBRIDGE, MASS., March 3 (Reuters) - Harvard said.", "Mass."),
        ("TRENTON, N.J. (AP) -- The bill passed.", "N.J."),
    ],
)
def test_the_region_after_the_place_is_read_apart(paragraph: str, region: str | None) -> None:
    """The state or country written after the place is kept beside the dateline (it
    places the dateline), and the place itself is the city alone."""
    dateline, found, rest = read_dateline(paragraph)
    assert dateline is not None
    assert "," not in (dateline.place or "")
    assert found == region
    assert rest[0].isupper()


@pytest.mark.parametrize(
    ("line", "place", "region", "date"),
    [
        ("ROME 1996-10-20", "Rome", None, "1996-10-20"),
        ("NEW YORK 1996-08-29", "New York", None, "1996-08-29"),
        (
            "AL-AIN , United Arab Emirates 1996-12-06",
            "Al-Ain",
            "United Arab Emirates",
            "1996-12-06",
        ),
        ("BOGOTA, Colombia 1996-08-22", "Bogota", "Colombia", "1996-08-22"),
        ("LONDON, Aug 30", "London", None, "Aug 30"),
        ("LONDON, August 30, 1996", "London", None, "August 30, 1996"),
        ("PARIS 30 August 1996", "Paris", None, "30 August 1996"),
        ("SYDNEY, March 8 (Reuters)", "Sydney", None, "March 8"),
    ],
)
def test_a_dateline_on_a_line_of_its_own_is_read(
    line: str, place: str, region: str | None, date: str
) -> None:
    """Wire copy that prints the dateline on its own line, with a date and no text after it
    ("ROME 1996-10-20"), has a dateline too; the whole line is the dateline."""
    found = standalone_dateline(line)
    assert found is not None
    dateline, found_region = found
    assert (dateline.place, found_region, dateline.date) == (place, region, date)
    assert looks_like_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "ROME",  # no date: a heading
        "Rome 1996-10-20",  # the place of a dateline is in capitals
        "NBA 2024-25 SEASON PREVIEW",
        "UPDATED 1996-10-20 10:45",
        "BREAKING NEWS March 3",
        "LAST UPDATED 1996-10-20",
        "ROME 1996-10-20 - Italy's prime minister said on Sunday.",  # prose follows: a prefix
        "LONDON, Aug 30 (Reuters) - Shares fell.",
        "ARSENAL 2 CHELSEA 1",
    ],
)
def test_lines_that_are_not_a_whole_dateline(line: str) -> None:
    assert standalone_dateline(line) is None
    assert not looks_like_dateline(line)


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date", "rest"),
    [
        # the place in mixed case: CNN, AFP's and dpa's English services, India's agencies
        ("Hong Kong (CNN Business) A muddled view.", "Hong Kong", "CNN Business", None, "A"),
        ("Washington (CNN) — The Senate voted.", "Washington", "CNN", None, "The"),
        ("Paris (AFP) - France said on Monday.", "Paris", "AFP", None, "France"),
        ("Berlin (dpa) - Germany said.", "Berlin", "dpa", None, "Germany"),
        ("New Delhi, Dec 4 (PTI) The court ruled.", "New Delhi", "PTI", "Dec 4", "The"),
        ("Portland, Maine (AP) — A storm hit.", "Portland", "AP", None, "A"),
        ("McAllen, Texas (AP) — A storm hit.", "McAllen", "AP", None, "A"),
        # a page whose markup glued the dateline to the sentence
        ("Hong Kong (CNN Business)A muddled view.", "Hong Kong", "CNN Business", None, "A"),
        # the agency alone, as CNN used to open a story
        ("(CNN) President Biden said.", None, "CNN", None, "President"),
        ("(CNN)President Biden said.", None, "CNN", None, "President"),
        # in capitals, an agency needs no dash either
        ("WASHINGTON (CNN) The Senate voted.", "Washington", "CNN", None, "The"),
    ],
)
def test_a_named_agency_in_brackets_makes_a_dateline_of_any_case(
    paragraph: str, place: str | None, agency: str, date: str | None, rest: str
) -> None:
    """A news agency in brackets at the start of a story is a dateline: the words before it
    are its place, in capitals or not, and no dash is needed after it."""
    dateline, _, text = read_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)
    assert text.split()[0] == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "Dakar (Reuters) - mixed case is not a dateline.",  # a lower-case sentence follows
        "The European Union (EU) said on Monday that talks would resume.",  # no agency
        "Apple (AAPL) shares rose on Monday.",
        "Shares of Acme Corp (ACME) rose.",
        "Jane Smith (Reuters) wrote the report with others.",  # "wrote": lower case
        "A report by the Associated Press (AP) said on Monday.",  # more than a place
        "(Reuters)",  # nothing after it
    ],
)
def test_brackets_that_are_not_an_agencys_dateline(paragraph: str) -> None:
    assert read_dateline(paragraph) == (None, None, paragraph)
