"""The snippet benchmark's reading of go-trafilatura's ``data.go`` and its counting."""

from __future__ import annotations

import pytest

from bench.snippets import Case, Tally, parse_cases, tally

# Two entries as data.go writes them: Go string escapes, a field between the lists, an entry
# with no "without", and an entry without a file (skipped: no page to read).
DATA_GO = r"""package main

var comparisonData = map[string]ComparisonEntry{
	"https://example.org/a": {
		File:    "example.org.a.html",
		Title:   "A",
		With:    []string{"Die \"GEMA\" dreht", "http://www.openpetition.de"},
		Authors: []string{"Someone"},
		Without: []string{"31. Mai", "Impressum"},
	},
	"https://example.org/b": {
		File: "example.org.b.html",
		With: []string{"only\twith"},
	},
	"https://example.org/c": {
		Title: "no page",
	},
}
"""


def test_parse_cases_reads_files_and_both_lists_with_go_escapes() -> None:
    cases = parse_cases(DATA_GO)
    assert cases == [
        Case(
            "https://example.org/a",
            "example.org.a.html",
            ('Die "GEMA" dreht', "http://www.openpetition.de"),
            ("31. Mai", "Impressum"),
        ),
        Case("https://example.org/b", "example.org.b.html", ("only\twith",), ()),
    ]


def test_tally_counts_found_and_leaked_snippets() -> None:
    case = Case("u", "f", ("kept one", "missed"), ("menu", "footer"))
    assert tally(case, "text with kept one and a menu") == Tally(tp=1, fn=1, fp=1, tn=1)


def test_tally_scores_by_hand() -> None:
    """TP 6, FN 2, FP 2, TN 10: precision 0.75, recall 0.75, accuracy 0.8."""
    total = Tally(4, 1, 1, 5) + Tally(2, 1, 1, 5)
    assert total == Tally(6, 2, 2, 10)
    assert total.precision == pytest.approx(0.75)
    assert total.recall == pytest.approx(0.75)
    assert total.f1 == pytest.approx(0.75)
    assert total.accuracy == pytest.approx(0.8)


def test_empty_tally_scores_zero_not_an_error() -> None:
    assert Tally().f1 == 0.0
    assert Tally().accuracy == 0.0
