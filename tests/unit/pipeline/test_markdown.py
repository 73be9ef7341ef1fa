"""Page text in Markdown, as crawlers that render pages to Markdown send it."""

from __future__ import annotations

import orjson
import pytest

from service.pipeline.clean import clean
from service.pipeline.decode import decode
from service.pipeline.markdown import looks_like_markdown, markdown_text
from service.pipeline.parse import parse
from service.pipeline.types import ParsedArticle, RecordIn

LIMIT = 1_000_000

# A news page as a crawler renders it to Markdown: the menu as a list of links, the
# headline as a heading, the byline in bold, links inside the prose, a picture, the
# footer's links.
PAGE = """[Skip to content](#main)

* [Home](https://news.example.com/)
* [World](https://news.example.com/world)
* [Business](https://news.example.com/business)
* [Sport](https://news.example.com/sport)

# Harbour ferry terminal to open two years late

**By Jane Roe**

![The new terminal](https://cdn.example.com/terminal.jpg)

The harbour authority said on Monday that the new ferry terminal would open in the \
spring of 2027, two years later than planned, after a [dispute over its \
foundations](https://news.example.com/dispute) delayed the work.

"We are confident the building is now safe," said the authority's chief executive, \
*Maria Lopez*, adding that the cost had risen to **$240 million**.

Passenger groups said the delay would keep thousands of commuters on the old ferries, \
which break down several times a month.

* [Privacy policy](https://news.example.com/privacy)
* [Contact us](https://news.example.com/contact)
"""

BODY = (
    "The harbour authority said on Monday that the new ferry terminal would open in the "
    "spring of 2027, two years later than planned, after a dispute over its foundations "
    "delayed the work.",
    '"We are confident the building is now safe," said the authority\'s chief executive, '
    "Maria Lopez, adding that the cost had risen to $240 million.",
    "Passenger groups said the delay would keep thousands of commuters on the old ferries, "
    "which break down several times a month.",
)


def test_markdown_renders_to_the_page_text_it_shows() -> None:
    """The first top-level heading opens the text as its title line; headings, emphasis and
    links keep their words; images, rules and raw HTML go; a list's items are consecutive
    lines, as a page's menu is; code stays as written."""
    text = markdown_text(
        "# Title here\n\nSome *em* and **bold** and [a link](https://x.example/a).\n"
        "Second line.\n\n* [Home](/)\n* [News](/news)\n\n![alt](x.jpg)\n\n---\n\n"
        "> A quote.\n\n```\nkeep  this\n```\n\n<div>raw html</div>\n"
    )
    assert text.split("\n") == [
        "Title here",  # the page's title line
        "",
        "Title here",
        "",
        "Some em and bold and a link. Second line.",
        "",
        "Home",
        "News",
        "",
        "A quote.",
        "",
        "keep  this",
    ]


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "# A heading\n\nA paragraph with **bold** and [a link](https://x.example).",
        "See [one](https://a.example), [two](https://b.example) and [three](/c).",
    ],
)
def test_markdown_is_told_from_plain_text_by_its_marks(text: str) -> None:
    assert looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Monday. #budget #council\n\nIt meets again on Friday.",
        "He wrote **this** once, she said.\n\n# 1 in the charts, it stayed there.",
        "Read the report [PDF] (https://x.example/report.pdf) on the council's site.",
        "See [one](https://a.example) and [two](https://b.example).",  # two links: prose
    ],
)
def test_plain_text_with_a_mark_or_two_is_not_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


@pytest.mark.parametrize("content_type", [None, "text/plain", "text/markdown"])
def test_a_crawlers_markdown_page_gives_its_article(content_type: str | None) -> None:
    """Declared text/markdown, labelled plain text or not labelled at all: the headline
    is the heading, the byline a credit, the body the prose without its link marks, and
    the menu and footer go (before: the body held "* [Home](...)", and a text/markdown
    envelope was unsupported_content_type)."""
    fields = {"content": PAGE} | ({"content_type": content_type} if content_type else {})
    decoded = decode(RecordIn(value=orjson.dumps(fields)), LIMIT)
    assert decoded.content_type == "text/markdown"
    parsed = parse(decoded, clean(decoded))
    assert isinstance(parsed, ParsedArticle)
    assert parsed.headline == "Harbour ferry terminal to open two years late"
    assert [(c.name, c.role) for c in parsed.credits] == [("Jane Roe", "byline")]
    assert parsed.paragraphs == BODY
