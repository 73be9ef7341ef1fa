"""The body metric (4-gram shingle F1) on tiny cases computed by hand."""

from __future__ import annotations

import pytest

from bench.body_metric import page_scores, score, shingles


def test_shingles_are_consecutive_four_token_windows() -> None:
    """Five tokens give two 4-token shingles; punctuation is not a token."""
    assert shingles("a b, c d. e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_identical_texts_score_one() -> None:
    """No false positive and no false negative means precision = recall = 1."""
    assert page_scores("one two three four five", "one two three four five") == (1.0, 1.0)


def test_empty_prediction_and_gold_score_one() -> None:
    """FP = FN = 0 (both empty) counts as perfect."""
    assert page_scores("", "") == (1.0, 1.0)


def test_partial_overlap_by_hand() -> None:
    """Gold 'a b c d e' (2 shingles), prediction 'a b c d x' (2): TP 1, FP 1, FN 1."""
    precision, recall = page_scores("a b c d x", "a b c d e")
    assert precision == pytest.approx(0.5)
    assert recall == pytest.approx(0.5)


def test_extra_text_lowers_precision_only() -> None:
    """Prediction with one extra shingle: TP 1, FP 1, FN 0 -> P 0.5, R 1."""
    assert page_scores("a b c d e", "a b c d") == (pytest.approx(0.5), pytest.approx(1.0))


def test_f1_is_harmonic_mean_of_averaged_precision_and_recall() -> None:
    """Pages (P 1, R 1) and (P 0.5, R 1): mean P 0.75, mean R 1, F1 = 2*.75/(1.75)."""
    result = score([("a b c d", "a b c d"), ("a b c d e", "a b c d")])
    assert result.precision == pytest.approx(0.75)
    assert result.recall == pytest.approx(1.0)
    assert result.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_multiset_counts_repeated_shingles() -> None:
    """A shingle predicted twice but gold once is one TP and one FP."""
    precision, recall = page_scores("a b c d a b c d", "a b c d")
    # 8 tokens, 5 shingles: abcd x2, bcda, cdab, dabc -> TP 1, FP 4, FN 0
    assert precision == pytest.approx(0.2)
    assert recall == pytest.approx(1.0)
