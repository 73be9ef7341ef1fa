"""The older wire layout: the same story as a 1990s news feed would print it.

``older_layout`` rewrites a text page of the sports and business set (``entity_data``) so
that the staged entity bench (``entities.py --stages --layout older``) measures how much of
newsflow's lead survives a change of layout that no rule was written against:

- the wire dateline prefix of a paragraph ("SEVILLE, Spain, March 3 (Reuters) - ") becomes
  a line of its own with an ISO date ("SEVILLE 1996-08-22") and the agency goes (so gold
  mentions of the agency in datelines are missed by every row alike);
- every paragraph is tokenized as those feeds were: spaces around commas, colons,
  semicolons, brackets and quotation marks, before a possessive "'s" and before the full
  stop that ends the paragraph ("Sevilla , who ...", "( Reuters )", "Kane 's", "time .").

Gold entities are scored as an entity set by their folded surfaces (``entity_data.normalise``),
so they need no offsets; a name written with a possessive or a bracket inside it ("People's
Bank of China") no longer matches its tokenized form, for every row alike.
"""

from __future__ import annotations

import re
from typing import Final

# The wire prefix: place in capitals, then a region and a date if any, the agency, a dash.
_PREFIX: Final = re.compile(
    r"(?P<place>[A-Z][A-Z .'/-]+?)(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})? \((?:Reuters|AP|AFP)\) [-—–] "
)
# Only the first paragraphs of a story carry its dateline.
_DATELINE_PARAGRAPHS: Final = 4
DATE: Final = "1996-08-22"


def tokenize(paragraph: str) -> str:
    """Spaces around a paragraph's punctuation, as the older feeds printed it."""
    text = re.sub(r"([,;:])(?=[\s\"”’]|$)", r" \1", paragraph)
    text = text.replace("(", "( ").replace(")", " )")
    text = re.sub(r"(\w)['’]s\b", r"\1 's", text)
    text = re.sub(r'["“”]', ' " ', text)
    text = re.sub(r"([^.\s])\.([\"\s]*)$", r"\1 .\2", text)
    return " ".join(text.split())


def older_layout(text: str) -> str:
    """A text page (paragraphs split by a blank line) in the older wire layout."""
    out: list[str] = []
    for i, paragraph in enumerate(text.split("\n\n")):
        match = _PREFIX.match(paragraph) if i < _DATELINE_PARAGRAPHS else None
        rest = paragraph
        if match is not None:
            out.append(f"{match['place'].strip()} {DATE}")
            rest = paragraph[match.end() :]
        out.append(tokenize(rest))
    return "\n\n".join(out)
