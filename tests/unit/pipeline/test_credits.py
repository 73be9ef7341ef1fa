"""Credit lines and bylines become credits with roles, names and places."""

from __future__ import annotations

import pytest

from service.events import Credit
from service.pipeline.credits import parse_byline, parse_credit_line


def test_reuters_credit_line_gives_each_role() -> None:
    """The four roles of the Mali credit line, with the place of the additional reporter."""
    line = (
        "(Reporting by Bate Felix; Additional reporting by John Irish in Paris; "
        "Writing by Alessandra Prentice; Editing by Edmund Blair)"
    )
    assert parse_credit_line(line) == [
        Credit(name="Bate Felix", role="reporting"),
        Credit(name="John Irish", role="additional reporting", place="Paris"),
        Credit(name="Alessandra Prentice", role="writing"),
        Credit(name="Edmund Blair", role="editing"),
    ]


def test_several_names_joined_with_and_and_commas_are_split() -> None:
    """'A, B and C' is three credits of the same role."""
    credits = parse_credit_line("(Reporting by Ann Lee, Bo Chan and Cy Diaz; Editing by Di Ng)")
    assert credits is not None
    assert [(c.name, c.role) for c in credits] == [
        ("Ann Lee", "reporting"),
        ("Bo Chan", "reporting"),
        ("Cy Diaz", "reporting"),
        ("Di Ng", "editing"),
    ]


def test_ap_contributor_line_is_a_credit() -> None:
    """'Associated Press writer X in Y contributed to this report.' is a contributing credit."""
    credits = parse_credit_line(
        "Associated Press writer Jane Doe in Paris contributed to this report."
    )
    assert credits == [Credit(name="Jane Doe", role="contributing", place="Paris")]


def test_photo_credit_is_not_a_credit_line() -> None:
    """'(Photo by X/AFP)' names no newsroom role."""
    assert parse_credit_line("(Photo by Jane Roe/AFP)") is None


def test_byline_with_two_names() -> None:
    """'By Jane Doe and John Roe' is two byline credits."""
    assert parse_byline("By Jane Doe and John Roe") == [
        Credit(name="Jane Doe", role="byline"),
        Credit(name="John Roe", role="byline"),
    ]


def test_all_caps_byline_with_agency_is_tidied() -> None:
    """'By JANE DOE, Associated Press' -> Jane Doe; the agency is not a person."""
    assert parse_byline("By JANE DOE, Associated Press") == [Credit(name="Jane Doe", role="byline")]


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    """'By Monday the talks had stalled.' is prose."""
    assert parse_byline("By Monday the talks had stalled.") is None
    assert parse_byline("By the end of the year, prices rose.") is None


ARENAS_HOLT = [("Miguel Arenas", "reporting"), ("Clare Holt", "editing")]


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting By Miguel Arenas; editing by Clare Holt)",
        "(Reporting by Miguel Arenas, Editing by Clare Holt)",
        "(Reporting by Miguel Arenas Editing by Clare Holt)",
        "Reporting by Miguel Arenas; Editing by Clare Holt",
        "Reporting by Miguel Arenas. Editing by Clare Holt.",
    ],
)
def test_credit_lines_in_other_hands_give_the_same_credits(line: str) -> None:
    """Newsrooms vary the case, the separator and the parentheses of a credit line; each
    form gives one credit per name, never a role read as part of a name."""
    credits = parse_credit_line(line)
    assert credits is not None
    assert [(c.name, c.role) for c in credits] == ARENAS_HOLT


def test_a_joint_role_stays_one_role() -> None:
    """'Reporting and writing by' and 'Additional reporting by' are roles of their own."""
    credits = parse_credit_line(
        "(Reporting and writing by Miguel Arenas; Additional reporting by Ana Ruiz in Seville)"
    )
    assert credits == [
        Credit(name="Miguel Arenas", role="reporting and writing"),
        Credit(name="Ana Ruiz", role="additional reporting", place="Seville"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the BBC showed that the ministry had known for months.",
        "Editing by hand took the team three weeks, she said.",
        "Writing by candlelight, the prisoners kept a diary.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_line_is_prose(line: str) -> None:
    """Without parentheses a credit line must name people: a sentence is not one."""
    assert parse_credit_line(line) is None


def test_a_bylines_credentials_are_not_people() -> None:
    """'By Ilana Muhlstein, MS, RDN' is one person with her degrees."""
    assert parse_byline("By Ilana Muhlstein, MS, RDN") == [
        Credit(name="Ilana Muhlstein", role="byline")
    ]
    assert parse_byline("By Jane Doe, PhD, and John Roe, MD") == [
        Credit(name="Jane Doe", role="byline"),
        Credit(name="John Roe", role="byline"),
    ]
