"""Newspapers of a press digest.

"PRESS DIGEST - Bulgaria - Sept 3" lists each newspaper's stories under its name: a line of
its own in capitals ("DUMA", "24 CHASA", "AL-AHRAM", "JORDAN TIMES"), then items that open
with a dash. The model reads such names as people, places or nothing at all. In an article
whose headline says it is a press digest (``context.ArticleContext.digest``), a line of at
most MAX_WORDS words, none in lower case and no sentence mark at its end, right above a
dashed item, is a newspaper: a candidate with an organisation's vote, as the alias table's
names have.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from service.pipeline.entities.candidates import PRIORITY_LEXICON, Candidate
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.entity_types import ORG_VOTE
from service.pipeline.entities.tokens import TokenView

MAX_WORDS: Final = 4  # "AL-QUDS AL-ARABI", "THE JORDAN TIMES"
NEWSPAPER_VOTE: Final = ORG_VOTE + 1.0
_DASHES: Final = ("-", "\u2013", "\u2014")
_SENTENCE_MARKS: Final = frozenset(".:;?!,")


def _newspaper(line: str) -> bool:
    """A newspaper's name as a digest heads its items: "DUMA", "24 CHASA", "AL-AHRAM"."""
    words = line.split()
    return (
        0 < len(words) <= MAX_WORDS
        and line[-1] not in _SENTENCE_MARKS
        and not line.startswith(_DASHES)
        and any(ch.isalpha() for ch in line)
        and not any(w[:1].islower() for w in words)
    )


def digest_candidates(view: TokenView, signals: ArticleContext) -> list[Candidate]:
    """The newspapers of a press digest (module docstring). Linear in the text."""
    if not signals.digest:
        return []
    out: list[Candidate] = []
    lines = view.text.split("\n")
    offset = 0
    previous: tuple[int, str] | None = None  # the last non-blank line: its offset and text
    for line in lines:
        stripped = line.strip()
        if stripped:
            if previous is not None and stripped.startswith(_DASHES) and _newspaper(previous[1]):
                begin = previous[0]
                start = bisect_left(view.starts, begin)
                end = bisect_left(view.starts, begin + len(previous[1]))
                if start < end:
                    out.append(
                        Candidate(
                            start, end, None, {"ORGANIZATION": NEWSPAPER_VOTE}, PRIORITY_LEXICON
                        )
                    )
            previous = (offset + line.index(stripped[0]), stripped)
        offset += len(line) + 1
    return out
