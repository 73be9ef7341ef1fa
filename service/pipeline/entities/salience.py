"""Salience in 0..1: how central an entity is to the article.

Half comes from how often it is mentioned (relative to the most mentioned entity), a
quarter from appearing in the headline and a quarter from how early it first appears.
"""

from __future__ import annotations

FREQUENCY = 0.5
HEADLINE = 0.25
EARLY = 0.25


def salience(count: int, max_count: int, in_headline: bool, first: int, length: int) -> float:
    frequency = count / max_count if max_count else 0.0
    early = 1.0 - min(1.0, first / length) if length and count else 0.0
    score = FREQUENCY * frequency + HEADLINE * in_headline + EARLY * early
    return round(min(1.0, max(0.0, score)), 4)
