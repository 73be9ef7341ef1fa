"""The older wire layout the layout bench rewrites the sports and business set into."""

from __future__ import annotations

from bench.layouts import DATE, older_layout, tokenize


def test_the_dateline_prefix_becomes_a_line_of_its_own() -> None:
    page = "Sevilla edge Valencia\n\nSEVILLE, Spain, March 3 (Reuters) - Sevilla beat Valencia 2-1."
    assert older_layout(page) == (
        f"Sevilla edge Valencia\n\nSEVILLE {DATE}\n\nSevilla beat Valencia 2-1 ."
    )


def test_punctuation_is_tokenized_but_numbers_and_abbreviations_are_not() -> None:
    assert tokenize('Kane\'s goal, his 12th (a record), won it: "Great," he said.') == (
        'Kane \'s goal , his 12th ( a record ) , won it : " Great , " he said .'
    )
    assert tokenize("Shares of U.S. Steel rose 2.5 percent to 1,200.50") == (
        "Shares of U.S. Steel rose 2.5 percent to 1,200.50"
    )


def test_a_paragraph_without_a_dateline_keeps_its_place() -> None:
    page = "Results\n\nBayern Munich 3 Borussia Dortmund 1"
    assert older_layout(page) == page
