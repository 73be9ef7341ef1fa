"""Program code in page text (a script's or a style sheet's text kept by a scraper) is no
headline and no paragraph, and does not cut the article's run of lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.clean import clean
from service.pipeline.code_lines import is_code
from service.pipeline.parse import parse
from service.pipeline.types import Decoded

ARTICLE = [
    "Council approves budget",
    "The city council voted on Monday to approve the budget for next year, officials said.",
    "The mayor said the vote was a good day for the city and its schools, and thanked them.",
    "Opponents said the plan would raise taxes for families across the region for five years.",
]
SCRIPT = [
    "window.dataLayer = window.dataLayer || [];",
    "function gtag(){dataLayer.push(arguments);}",
    "gtag('js', new Date()); gtag('config', 'UA-12345-1');",
    "var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];",
]
STYLE = [".article-body p { font-size: 18px; line-height: 1.6; margin: 0 0 1em; }"]
JSON_LD = ['{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council"}']


@pytest.mark.parametrize(
    "lines",
    [
        SCRIPT + ARTICLE,
        STYLE + JSON_LD + ARTICLE,
        ARTICLE[:2] + SCRIPT + ARTICLE[2:],
        ARTICLE[:3] + STYLE + ARTICLE[3:] + SCRIPT,
    ],
)
def test_code_lines_are_neither_headline_nor_body(
    lines: list[str], make_decoded: Callable[..., Decoded]
) -> None:
    decoded = make_decoded("\n".join(lines))
    parsed = parse(decoded, clean(decoded))
    assert parsed.headline == ARTICLE[0]
    assert list(parsed.paragraphs) == ARTICLE[1:]
    assert {r.text for r in parsed.removed if r.category == "other"} >= {
        line for line in lines if line not in ARTICLE
    }


@pytest.mark.parametrize(
    "line",
    [
        "Marina: 54º 55,7' N 10º 30,0' E; VHF; 10 berths at? DKK; Depth:2m; Speed: 3 knots.",
        "Arsenal 2 (Saka 12, Rice 45) Chelsea 1 (Palmer 67); att: 60,123",
        "The formula E = mc² links mass and energy, the physicist said on Monday.",
        "See https://example.com/story?id=12345&ref=home for the full text.",
        "Shares rose 3% [to 12.50 euros] after the results; analysts said the outlook held.",
        "[사진=JTBC, 이매진아시아]",
        "[Photo=Reuters; AP]",
        "the rules of Section 2(a) and Section 3(b) of the Act (as amended in 2019);",
        "Arsenal 2 (Saka 12, Rice 45) Chelsea 1 (Palmer 67)",
        "The euro EUR= rose to 1.0850, sterling GBP= to 1.2710 and the yen JPY= to 145.20.",
        "https://www.youtube.com/watch?v=P37ps_mLqDg&t=3164s&ab_channel=SupremeCourtofIndia",
    ],
)
def test_prose_with_a_mark_or_two_of_code_is_prose(line: str) -> None:
    assert not is_code(line)
