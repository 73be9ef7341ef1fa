"""Headlines: a line repeating the headline is dropped, a lede holding its words is not, and
a short page title is the headline when it is the only line above the body."""

from __future__ import annotations

import pytest

from service.pipeline.headline import find_page_headline, same_headline, strip_site_suffix


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


def test_a_short_title_alone_above_the_body_is_the_headline() -> None:
    """'NBA Glance', two words, is the headline when no other line stands above the body."""
    lines = ["NBA Glance", "", "All Times EST", "Boston 118, Miami 104"]
    assert find_page_headline(lines, 2) == (0, "NBA Glance")


def test_a_short_line_among_a_menu_is_no_headline() -> None:
    """Above a body with a menu, a two-word line is not taken for the headline."""
    assert find_page_headline(["Home", "Top News", "World", "Sport"], 4) is None


@pytest.mark.parametrize(
    ("title", "stripped"),
    [
        ("Best tech gadgets of 2019 | ZDNet", "Best tech gadgets of 2019"),
        ("Mali junta names new premier - Reuters", "Mali junta names new premier"),
        ("Mali says it can seek help - report", "Mali says it can seek help - report"),
        # a topic before a headline in capitals, and a sentence's full stop: no site
        ("BASEBALL - RESULTS .", "BASEBALL - RESULTS ."),
        ("SOCCER - JAPAN GET LUCKY WIN", "SOCCER - JAPAN GET LUCKY WIN"),
    ],
)
def test_a_site_name_after_the_title_goes(title: str, stripped: str) -> None:
    assert strip_site_suffix(title) == stripped


def test_the_line_over_the_byline_is_the_headline_when_the_title_differs() -> None:
    """A page whose <title> words its story otherwise, and whose headline sits above a
    byline, then a video strip of teasers just above the body: the headline is the line
    over the byline, not the teaser nearest the body."""
    title = "US-China trade war developments leave investors with mixed feelings -- latest - CNN"
    menu = ["Markets", "Tech", "Media", "Success", "Perspectives", "Videos"] * 10
    lines = [
        title,
        *menu,
        "Investors don't seem to know what to make of the US-China trade war",
        "By Jill Disis, CNN Business",
        "Updated 0339 GMT (1139 HKT) November 19, 2019",
        "MUST WATCH",
        "China censors a lot, from Winnie the Pooh to the NBA",
        "How Jack Ma changed China",
        "Alibaba thinks US businesses are ready for their platform",
        "Hong Kong (CNN Business) A muddled view of US-China trade talks weighs on investors.",
    ]
    headline = len(menu) + 1
    assert find_page_headline(lines, len(lines) - 1) == (headline, lines[headline])


def test_a_teaser_over_a_teasers_byline_far_above_does_not_beat_the_title() -> None:
    """The line most like the title still wins over a line with a byline under it."""
    lines = [
        "Council approves the new budget - The Daily",
        "Ferry terminal opening delayed again",
        "By Ann Other",
        "Council approves the new budget",
        "The city council voted on Tuesday to approve a new budget.",
    ]
    assert find_page_headline(lines, 4) == (3, "Council approves the new budget")
