"""The visible text of a parsed HTML page, one block per line, as a text scraper sees it.

The page's ``<title>`` comes first (as a browser's text export and our scrapers put it),
then the body's text with a line break at every block-level element. What a browser never
shows is skipped: scripts, styles, templates, SVG, embedded objects, ``<select>`` options.
``<noscript>`` is kept: a site may put its whole post there, and the text path's line
classifier removes a "please enable JavaScript" notice like any other furniture.

This is the input of the HTML path's text-path candidate (``candidates.py``): the same line
classifier that cleans scraped page text, run on the page that trafilatura read. Each line's
link density is measured on the way: a line mostly inside ``<a>`` elements (a menu entry, a
teaser's headline or lede) is no article prose, however it reads (``plausibility.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
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


# A line with at least this share of its characters inside links is a link: a menu entry, a
# teaser's headline or lede, a list of related stories.
LINK_SHARE: Final = 0.5


@dataclass(frozen=True, slots=True)
class VisibleText:
    """The page's visible lines, and those of them that are mostly link text."""

    lines: list[str]
    linked: frozenset[str]


class _LineBuilder:
    """Collects text pieces into lines, counting each line's characters inside links."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.linked: set[str] = set()
        self._pieces: list[str] = []
        self._chars = self._link_chars = 0

    def add(self, text: str, in_link: bool) -> None:
        for i, piece in enumerate(text.split("\n")):
            if i:
                self.end_line()
            if piece:
                self._pieces.append(piece)
                chars = len(piece) - piece.count(" ")
                self._chars += chars
                self._link_chars += chars if in_link else 0

    def end_line(self) -> None:
        line = " ".join("".join(self._pieces).split())
        if line:
            self.lines.append(line)
            if self._link_chars >= LINK_SHARE * self._chars:
                self.linked.add(line)
        self._pieces.clear()
        self._chars = self._link_chars = 0


def visible_text(tree: Any) -> VisibleText:
    """The page's visible text: its title, then one line per block, whitespace collapsed;
    with the lines that are mostly link text (link density, line by line)."""
    out = _LineBuilder()
    title = tree.find(".//title")
    if title is not None:
        out.add(title.text_content() + "\n", in_link=False)
    body = tree.find(".//body")
    walker = etree.iterwalk(tree if body is None else body, events=("start", "end"))
    links = 0  # how many <a> elements the walk is inside
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or a processing instruction: its tail shows
            if event == "end" and element.tail:
                out.add(element.tail, links > 0)
            continue
        if event == "start":
            if tag in HIDDEN_TAGS:
                walker.skip_subtree()
                continue
            if tag == "a":
                links += 1
            out.add(_SEPARATORS.get(tag, ""), in_link=False)
            if element.text:
                out.add(element.text, links > 0)
        else:
            out.add(_SEPARATORS.get(tag, ""), in_link=False)
            if tag == "a" and links:
                links -= 1
            if element.tail:
                out.add(element.tail, links > 0)
    out.end_line()
    return VisibleText(out.lines, frozenset(out.linked))
