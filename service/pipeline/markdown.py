"""Page text written in Markdown, as crawlers that render pages to Markdown send it: read
as the page text it renders to, one block per line.

"# Budget approved", "**By Jane Roe**", "The council [voted](https://...) on *Monday*." and
"* [Home](/)" become "Budget approved", "By Jane Roe", "The council voted on Monday." and
"Home": the text path then cleans them as it cleans any page's text (the menu goes, the
headline and byline are read). Parsed by markdown-it-py (CommonMark), not by patterns.

A text is read as Markdown when its content type says so (``text/markdown``), or when it is
labelled plain text and its first characters carry Markdown's marks (``looks_like_markdown``):
links written ``[text](url)``, headings written ``# ``, bold written ``**``. Plain page text
has none of them.
"""

from __future__ import annotations

import re
from typing import Final

from markdown_it import MarkdownIt
from markdown_it.token import Token

# CommonMark. Raw HTML (a crawler's leftovers) is parsed as HTML, and left out of the text.
_MARKDOWN: Final = MarkdownIt("commonmark")

# What is read to tell Markdown from plain text.
SNIFF_CHARS: Final = 20_000
_LINK: Final = re.compile(r"\[[^\]\n]{1,300}\]\((?:https?://|/|#|\.)[^)\s]{0,2000}\)")
_HEADING: Final = re.compile(r"^#{1,6} \S", re.MULTILINE)
_BOLD: Final = re.compile(r"\*\*[^*\n]{1,200}\*\*")
# Marks of Markdown needed: three links, or a heading and two marks of another kind.
MIN_LINKS: Final = 3
MIN_MARKS_WITH_HEADING: Final = 2


def looks_like_markdown(text: str) -> bool:
    """Whether a text labelled plain carries Markdown's marks (links, headings, bold)."""
    head = text[:SNIFF_CHARS]
    if "](" not in head and "# " not in head and "**" not in head:
        return False  # most page text: three substring checks
    links = len(_LINK.findall(head))
    if links >= MIN_LINKS:
        return True
    return _HEADING.search(head) is not None and links + len(_BOLD.findall(head)) >= (
        MIN_MARKS_WITH_HEADING
    )


def _inline(token: Token) -> str:
    """The text of an inline run: links keep their words, images and breaks go."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def markdown_text(text: str) -> str:
    """The page text a Markdown text renders to: the first top-level heading as its title
    line, then each heading, paragraph and list item on a line, a blank line after each
    block and list, code as written; rules, images and raw HTML left out."""
    lines: list[str] = []
    title: str | None = None
    in_list = 0  # a list's items are consecutive lines, as a page's menu is
    in_title = False
    for token in _MARKDOWN.parse(text):
        if token.type == "heading_open" and token.tag == "h1" and title is None:
            in_title = True
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
            if not in_list:
                lines.append("")
        elif token.type == "inline":
            rendered = _inline(token)
            if in_title:
                title, in_title = rendered or None, False
            if rendered:
                lines.append(rendered)
                if not in_list:
                    lines.append("")
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").split("\n"))
            lines.append("")
    body = "\n".join(lines).strip()
    # Page text opens with the page's title: the first top-level heading, which the text
    # path then finds again in place as the headline (not a menu's first link).
    return f"{title}\n\n{body}" if title else body
