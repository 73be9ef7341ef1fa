"""HTML tags left in page text (a scraper's joined inner HTML) are not the article's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.clean import clean
from service.pipeline.inline_tags import without_inline_tags
from service.pipeline.parse import parse
from service.pipeline.types import Decoded

HEADLINE = "Council approves budget"
PARAGRAPHS = [
    "The city council voted on Monday to approve the budget for next year, officials said.",
    "The mayor said the vote was a good day for the city and its schools, and thanked them.",
    "Opponents said the plan would raise taxes for families across the region for five years.",
]


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE
        + "\n"
        + "\n".join(PARAGRAPHS)
        .replace("city council", "<b>city council</b>")
        .replace("mayor", '<a href="/people/mayor">mayor</a>'),
        HEADLINE + "<br>\n" + "<br/>".join(PARAGRAPHS),
        HEADLINE + "\n<p>" + "</p><p>".join(PARAGRAPHS) + "</p>",
        HEADLINE
        + "\n"
        + "\n".join(PARAGRAPHS).replace(" and ", " &amp; ").replace("budget", "<em>budget</em>"),
        # escaped once more by the scraper: repair unescaped them into the words
        HEADLINE
        + "\n"
        + "\n".join(PARAGRAPHS)
        .replace("city council", "&lt;b&gt;city council&lt;/b&gt;")
        .replace("mayor", '&lt;a href="/people/mayor"&gt;mayor&lt;/a&gt;'),
        HEADLINE + "&lt;br&gt;\n" + "&lt;br /&gt;".join(PARAGRAPHS),
    ],
)
def test_tags_in_page_text_are_not_words(text: str, make_decoded: Callable[..., Decoded]) -> None:
    decoded = make_decoded(text)
    parsed = parse(decoded, clean(decoded))
    assert parsed.headline == HEADLINE
    assert "<" not in parsed.body, parsed.paragraphs
    assert "&amp;" not in parsed.body, parsed.paragraphs
    assert parsed.paragraphs[0].startswith("The city council voted on Monday")
    assert len(parsed.paragraphs) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The <html> tag opens every page, the course said on Monday.",
        "The <b> tag makes text bold, and <br> breaks a line, the course said.",
        "The council voted 5 < 7 on Monday, and the mayor said <3.",
    ],
)
def test_a_tag_named_in_prose_stays(text: str) -> None:
    expected = text.replace("<br>", "\n")
    assert without_inline_tags(text) == expected


def test_an_html_page_that_escaped_its_article_markup_is_read_without_tags(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A page whose CMS escaped the article's markup once more ("&lt;p&gt;The council...")
    was published as one paragraph of tags: the parser unescaped them into the text."""
    escaped = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in PARAGRAPHS)
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{HEADLINE}</h1><div>{escaped}</div></article></body></html>"
    )
    decoded = make_decoded(page, "text/html")
    parsed = parse(decoded, clean(decoded))
    assert list(parsed.paragraphs) == PARAGRAPHS


def test_html_comments_in_page_text_are_not_words(make_decoded: Callable[..., Decoded]) -> None:
    """An ad slot's comments between two paragraphs cut the article's run: the first
    paragraph was lost. An unclosed comment stays, and ends the search."""
    text = "\n".join([HEADLINE, "<!-- ad slot -->", PARAGRAPHS[0], "<!-- /ad slot -->"])
    decoded = make_decoded(text + "\n" + "\n".join(PARAGRAPHS[1:]))
    parsed = parse(decoded, clean(decoded))
    assert (parsed.headline, list(parsed.paragraphs)) == (HEADLINE, PARAGRAPHS)
    assert without_inline_tags("a <!-- b --> c <!-- d") == "a  c <!-- d"
