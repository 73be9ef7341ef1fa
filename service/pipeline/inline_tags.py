"""HTML tags left in page text: a scraper that joins its paragraphs' inner HTML sends text
with "<b>", "<a href=...>", "<br>" and "</p><p>" in it, which the text path published as
the article's words ("The <b>city council</b> voted ...").

Before the text is repaired (which unescapes "&lt;b&gt;", so tags written escaped are tags
here too), HTML comments go ("<!-- ad slot -->" between two paragraphs cut the article's
run, and the first paragraph was lost), "<br>" becomes a line break, and the tags of a closed pair
(an opening and a closing tag of one name, both in the text) are dropped: a block's
("<p>", "<div>", "<li>", "<h2>", "<blockquote>") for a line break, an inline one's ("<b>",
"<a>", "<em>", "<span>", ...) for nothing. A tag named in prose has no pair and stays ("the
<html> tag", "the <b> tag makes text bold"). Text opening as markup, or mostly markup, is
read as HTML before this (``decode._is_markup``).
"""

from __future__ import annotations

import re
from typing import Final

_INLINE: Final = "a|abbr|b|cite|code|em|font|i|mark|q|s|small|span|strong|sub|sup|u"
_BLOCK: Final = "p|div|li|ul|ol|h[1-6]|blockquote|section|article"
_BREAK: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
# An opening tag of either kind, its attributes bounded (a scan stays linear).
_OPENING: Final = re.compile(rf"<({_INLINE}|{_BLOCK})(?:\s[^<>]{{0,2000}})?>", re.IGNORECASE)
_CLOSING: Final = re.compile(rf"</({_INLINE}|{_BLOCK})\s*>", re.IGNORECASE)
_BLOCKS: Final = re.compile(rf"(?:{_BLOCK})", re.IGNORECASE)
# An escaped tag of either kind, or "<br>": its attributes hold no "&" (so a scan stops at the
# next escape, and stays linear); one that quotes with "&quot;" stays as it is.
_ESCAPED: Final = re.compile(
    rf"&lt;(/?)(br|{_INLINE}|{_BLOCK})(\s[^<>&]{{0,2000}})?\s*/?&gt;", re.IGNORECASE
)


def _replacement(name: str) -> str:
    return "\n" if _BLOCKS.fullmatch(name) else ""


def _unescaped_tags(text: str) -> str:
    """Tags written escaped ("&lt;b&gt;city council&lt;/b&gt;": a scraper that escaped the
    inner HTML once more) as tags: repair would unescape them after this, into the text."""
    if "&lt;" not in text:
        return text
    return _ESCAPED.sub(lambda tag: f"<{tag[1]}{tag[2]}{tag[3] or ''}>", text)


def _without_comments(text: str) -> str:
    """``text`` without its HTML comments ("<!-- ad slot -->"), in one pass: each search
    starts where the last comment ended, and an unclosed one ends the search."""
    if "<!--" not in text:
        return text
    kept, start = [], 0
    while (opening := text.find("<!--", start)) != -1:
        closing = text.find("-->", opening + 4)
        if closing == -1:
            break
        kept.append(text[start:opening])
        start = closing + 3
    kept.append(text[start:])
    return "".join(kept)


def without_inline_tags(text: str) -> str:
    """``text`` without its HTML comments, its "<br>" and its paired tags (see the module's
    docstring), written as tags or escaped ("&lt;b&gt;")."""
    text = _unescaped_tags(text)
    if "<" not in text:
        return text  # most texts: one C-level search
    text = _without_comments(text)
    text = _BREAK.sub("\n", text)
    closed = {name.lower() for name in _CLOSING.findall(text)}
    if not closed:
        return text
    text = _OPENING.sub(
        lambda tag: _replacement(tag[1]) if tag[1].lower() in closed else tag[0], text
    )
    return _CLOSING.sub(lambda tag: _replacement(tag[1]), text)
