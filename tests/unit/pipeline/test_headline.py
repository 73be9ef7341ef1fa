"""Headlines: a line repeating the headline is dropped, a lede holding its words is not."""

from __future__ import annotations

import pytest

from service.pipeline.headline import same_headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Council passes budget", "Council passes budget"),
        ("Council passes budget | The Washington Post", "Council passes budget"),
        ("Best tech gadgets of 2019 - ZDNet", "Best tech gadgets of 2019"),
        ("Диета Аткинса - потеря веса до 10 килограмм за 14 дней", "Диета Аткинса (14 дней)"),
    ],
)
def test_the_headline_again_is_the_same_headline(line: str, headline: str) -> None:
    """The headline repeated, with a site name, or a longer variant that is still a
    headline (no sentence end), is the headline."""
    assert same_headline(line, headline)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "LONDON, Feb 22 (Reuters) - Results and scorers from Saturday's English Premier "
            "League matches:",
            "English Premier League results and scorers",
        ),
        (
            "A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, "
            "D-Minn., in March, prosecutors said.",
            "New York man pleads guilty to threatening to kill Rep. Ilhan Omar",
        ),
    ],
)
def test_a_lede_holding_the_headline_words_is_not_the_headline(line: str, headline: str) -> None:
    """A sentence with every word of the headline and many more is the first paragraph."""
    assert not same_headline(line, headline)
