"""parse: cleaned blocks -> wire-copy structure (headline, dateline, body paragraphs...)."""

from __future__ import annotations

import re

from service.events import Dateline
from service.pipeline.types import CleanedText, Decoded, ParsedArticle

# "DAKAR (Reuters) - ", "WASHINGTON, March 3 (Reuters) - ", "LONDON (AP) — "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{1,40}?)(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r" \((?P<agency>[A-Za-z][\w .&]{0,30})\) ?[-\u2013\u2014] ?"
)


def _dateline(paragraph: str) -> tuple[Dateline | None, str]:
    match = _DATELINE.match(paragraph)
    if not match:
        return None, paragraph
    place = match["place"].strip().title()
    return Dateline(place=place, agency=match["agency"], date=match["date"]), paragraph[match.end() :]


def parse(decoded: Decoded, cleaned: CleanedText) -> ParsedArticle:
    """Recover the article's structure from its main text blocks."""
    blocks = list(cleaned.blocks)
    headline = decoded.article.title or cleaned.title
    if headline is None and blocks and len(blocks) > 1 and not blocks[0].endswith("."):
        headline = blocks.pop(0)
    elif headline is not None and blocks and blocks[0] == headline:
        blocks.pop(0)
    dateline = None
    paragraphs: list[str] = []
    for block in blocks:
        if dateline is None and not paragraphs:
            dateline, block = _dateline(block)
        paragraphs.append(block)
    return ParsedArticle(
        headline=headline,
        paragraphs=tuple(paragraphs),
        dateline=dateline,
        removed=cleaned.removed,
        language=cleaned.language,
    )
