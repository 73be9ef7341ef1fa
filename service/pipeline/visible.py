"""The visible text of a parsed HTML page, one block per line, as a text scraper sees it.

The page's ``<title>`` comes first (as a browser's text export and our scrapers put it),
then the body's text with a line break at every block-level element. What a browser never
shows is skipped: scripts, styles, templates, SVG, embedded objects, ``<select>`` options.
``<noscript>`` is kept: a site may put its whole post there, and the text path's line
classifier removes a "please enable JavaScript" notice like any other furniture.

This is the input of the HTML path's text-path candidate (``candidates.py``): the same line
classifier that cleans scraped page text, run on the page that trafilatura read.
"""

from __future__ import annotations

from typing import Any, Final

from lxml import etree

# Elements that start a new line of text (HTML's block-level elements, table rows, list
# items, line breaks, form controls). Table cells do not: a row is one line, as a browser
# shows it ("1 Kyle Busch 5040 5 1 17 27"); a space separates the cells.
BLOCK_TAGS: Final = frozenset((
    "address", "article", "aside", "blockquote", "br", "button", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "noscript", "ol",
    "option", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
))  # fmt: skip
# What an element's start and end add to the text: a line break, or a space between cells.
_SEPARATORS: Final = dict.fromkeys(BLOCK_TAGS, "\n") | {"td": " ", "th": " "}
HIDDEN_TAGS: Final = frozenset(
    ("script", "style", "template", "svg", "head", "iframe", "object", "select")
)


def visible_lines(tree: Any) -> list[str]:
    """The page's visible text: its title, then one line per block, whitespace collapsed."""
    parts: list[str] = []
    title = tree.find(".//title")
    if title is not None:
        parts.extend((title.text_content(), "\n"))
    body = tree.find(".//body")
    walker = etree.iterwalk(tree if body is None else body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or a processing instruction: its tail shows
            if event == "end" and element.tail:
                parts.append(element.tail)
            continue
        if event == "start":
            if tag in HIDDEN_TAGS:
                walker.skip_subtree()
                continue
            parts.append(_SEPARATORS.get(tag, ""))
            if element.text:
                parts.append(element.text)
        else:
            parts.append(_SEPARATORS.get(tag, ""))
            if element.tail:
                parts.append(element.tail)
    return [line for line in (" ".join(raw.split()) for raw in "".join(parts).split("\n")) if line]
