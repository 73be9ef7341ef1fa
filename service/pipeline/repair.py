"""Text repair: mojibake (ftfy), Unicode NFC, invisible characters and whitespace.

Paragraph boundaries (line breaks) are kept; everything else is normalised.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import HTML_ENTITY_RE

from service.pipeline.inline_tags import without_inline_tags

# Zero-width and bidirectional-control characters carry no text; drop them.
# U+200B..U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A..U+202E (embeddings/overrides),
# U+2060..U+2064 (word joiner etc.), U+2066..U+2069 (isolates), U+FEFF (BOM), U+00AD (SHY).
# Matches "\u200b" in "a\u200bb"; never a visible character. One class: a linear scan.
_INVISIBLE_CHARS: Final = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
_INVISIBLE: Final = re.compile(f"[{_INVISIBLE_CHARS}]")
# Line breaks besides "\n": CR LF, CR, and the line and paragraph separators U+2028 and
# U+2029 (JavaScript strings, CMS exports), which are nothing else. Each becomes "\n":
# "a\u2028b" -> "a\nb". The vertical tab, the form feed and NEL, which ``str.splitlines``
# also splits on, are control characters here (a space): in news text they are mostly
# debris between words, and NEL a Windows-1252 ellipsis read as Latin-1.
_LINE_BREAK: Final = re.compile("\r\n|[\r\u2028\u2029]")
# C0/C1 control characters other than tab and newline become a space: "a\x07b" -> "a b".
_CONTROL_CHARS: Final = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROLS: Final = re.compile(f"[{_CONTROL_CHARS}]")
# Either kind, found in one scan: most texts hold neither and skip both substitutions.
_INVISIBLE_OR_CONTROL: Final = re.compile(f"[{_INVISIBLE_CHARS}{_CONTROL_CHARS}]")
# Characters that UTF-8 lead bytes become when misread as Latin-1 / cp1252: "Ã" in "cafÃ©".
# Not "’" or "—" (typographic punctuation alone is no sign of mojibake).
_MOJIBAKE_LEAD: Final = re.compile("[\u00c2-\u00f4]")
# ftfy works line by line anyway; lines longer than this are fixed in slices of this size
# (ftfy's own limit is 1,000,000) so one huge line cannot hold the worker for long.
_FTFY_SLICE: Final = 100_000


def _fix_line(line: str) -> str:
    if line.isascii():
        # Pure-ASCII lines cannot hold mojibake; ftfy changes one only by decoding its HTML
        # entities ("&amp;"), which it leaves alone in a line with a "<" (HTML source).
        if "&" not in line or "<" in line or HTML_ENTITY_RE.search(line) is None:
            return line
    # UTF-8 read as Latin-1 / Windows-1252 always shows a lead-byte character (Â..ô: "Ã©"
    # for "é"); a line with none, and no entity, needs nothing. Otherwise ftfy's detector
    # (one regex pass) decides, and only a suspect line pays for the full fix.
    elif "&" not in line and (_MOJIBAKE_LEAD.search(line) is None or not is_bad(line)):
        return line
    if len(line) <= _FTFY_SLICE:
        return ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False)
    return "".join(
        ftfy.fix_text(line[i : i + _FTFY_SLICE], normalization="NFC", uncurl_quotes=False)
        for i in range(0, len(line), _FTFY_SLICE)
    )


def repair(text: str) -> str:
    """Repair encoding and normalise whitespace; keep one block per line."""
    return "\n".join(repair_lines(text))


def repair_lines(text: str) -> list[str]:
    """``repair``'s lines: the text repaired, one block per line.

    The line-break, invisible, control and mojibake steps run only when the text holds what
    they act on (a substring test is a C-level scan, ten times faster than a pattern's).
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_BREAK.sub("\n", text)
    # Controls first, so ftfy (which deletes them) and the ASCII fast path agree: a space.
    if _INVISIBLE_OR_CONTROL.search(text) is not None:
        text = _CONTROLS.sub(" ", _INVISIBLE.sub("", text))
    # A line needs ftfy only with an "&" or a lead-byte character (``_fix_line``).
    if "&" in text or _MOJIBAKE_LEAD.search(text) is not None:
        text = "\n".join(_fix_line(line) for line in text.split("\n"))
    text = unicodedata.normalize("NFC", text)
    # Runs of whitespace in a line, NBSP and the Unicode spaces too, become one space and the
    # ends go: "a \u00a0\t b " -> "a b" (str.split() splits on what ``\s`` matches).
    return [" ".join(line.split()) for line in text.split("\n")]


# A one-line field copied with its markup (a title with its "<b>", a script with it): a
# script or style element with its code, and a void tag ("<br>", "<img ...>"), are no text;
# paired tags go as in page text (``inline_tags``). A scan stops at the next "<": linear.
_FIELD_CODE: Final = re.compile(r"<(script|style)\b[^<>]{0,500}>[^<]{0,8000}</\1\s*>", re.I)
_VOID_TAG: Final = re.compile(r"<(?:br|hr|img|meta|link|input|wbr|source)\b[^<>]{0,2000}>", re.I)


def repair_inline(text: str) -> str:
    r"""Repair a one-line field (a title, an author name): as ``repair``, its markup out,
    and a line break inside it becomes a space. "Mali\u200b talks\n resume\x00" -> "Mali
    talks resume"; "<b>Council</b> votes<script>track()</script>" -> "Council votes"."""
    repaired = repair(text)
    if "<" in repaired:
        repaired = without_inline_tags(_VOID_TAG.sub(" ", _FIELD_CODE.sub(" ", repaired)))
    return " ".join(repaired.split())
