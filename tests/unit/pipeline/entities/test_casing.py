"""The case-restored view of all-caps lines that the model reads (pure, no model)."""

from __future__ import annotations

from service.pipeline.entities.casing import restore_case


def test_restoration_keeps_every_offset() -> None:
    """The restored text has the original's length, so offsets map back one to one."""
    text = "FOOTBALL-ENGLISH LEAGUE TABLE\n\n1. NEWCASTLE UNITED 20 12 4 4 40-20 40\n\nDone."
    assert len(restore_case(text)) == len(text)


def test_all_caps_rows_read_as_names() -> None:
    """Names in an all-caps row are capitalised; short acronyms stay as written."""
    assert restore_case("1. NEWCASTLE UNITED 20 12") == "1. Newcastle United 20 12"
    assert restore_case("2. PSV EINDHOVEN 25 18") == "2. PSV Eindhoven 25 18"


def test_the_article_decides_how_a_word_is_written() -> None:
    """A word the article writes in lower case elsewhere is lowered in the all-caps line."""
    text = "ROVERS CLIMB THE TABLE\n\nThe side climbed the table on Sunday."
    assert restore_case(text).split("\n")[0] == "Rovers Climb the table"


def test_mixed_case_text_is_left_alone() -> None:
    """Lines in mixed case, and a dateline's capitals in one, are untouched."""
    text = "LONDON (Reuters) - Newcastle beat Everton 2-1 in the NBA era."
    assert restore_case(text) == text
