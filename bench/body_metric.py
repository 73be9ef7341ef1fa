"""Body metric: 4-gram shingle F1, as the public article-extraction benchmarks report it.

1. Tokenise both texts as ``\\w+`` (Unicode) and form the multiset of consecutive 4-token
   shingles.
2. Per page, take TP, FP and FN over those multisets and normalise the three to sum to 1.
3. Precision = TP/(TP+FP), recall = TP/(TP+FN); when FP = FN = 0 both are 1.
4. Average precision over pages, and recall over pages.
5. F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of consecutive ``n``-token shingles of ``text``."""
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page."""
    pred, ref = shingles(predicted), shingles(gold)
    tp = sum((pred & ref).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    total = tp + fp + fn
    tp_n, fp_n, fn_n = tp / total, fp / total, fn / total
    precision = tp_n / (tp_n + fp_n) if tp_n + fp_n else 0.0
    recall = tp_n / (tp_n + fn_n) if tp_n + fn_n else 0.0
    return precision, recall


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """Macro-averaged precision and recall over (predicted, gold) pages, and their F1."""
    scores = [page_scores(pred, gold) for pred, gold in pairs]
    if not scores:
        return Score(0.0, 0.0, 0)
    n = len(scores)
    return Score(sum(p for p, _ in scores) / n, sum(r for _, r in scores) / n, n)
