"""Candidate entity spans, from every source, before selection.

Sources, strongest first when spans overlap (longest wins, then priority, ``selection.py``):

- acronym definitions: "Economic Community of West African States (ECOWAS)" (``acronyms``),
- the alias table and the gazetteer, matched on token n-grams (``lexicon``),
- titles before capitalised names: "Mr Keita", "President Bola Tinubu" (``titled``),
- names in results lines and table rows: "Sevilla 2 (Isaac Romero 39) Valencia 1"
  (``tables``),
- runs of capitals that end in an organisation's word: "National Hockey League" (``headed``),
- a team the model missed, after a result's cue: "a home win over Real Betis" (``opponents``),
- a company the model missed, before a share's move: "Barclays rose 41 pence to 1,250"
  (``movers``),
- an organisation the model missed, right after its noun: "investment bank Opportunity"
  (``described``),
- a person the model missed, by a common given name: "the party of David Trimble"
  (``forenames``, after all the others: only what none of them touches),
- authors cited by year: "(Dye & Bavelier, 2010)", "Quilis (1964)" (``citations``); the
  spans of other sources over a cited name give way,
- the model's own spans, trimmed and split (``model``).

All positions are token indices into the ``Doc`` (``tokens.TokenView``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from service.pipeline.entities.calendar import CALENDAR_WORDS

LEADING_DROP = frozenset({"the", "a", "an", "this", "that", "these", "those"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Particles inside person names: "Abdulaziz bin Salman", "Lula da Silva", "Daniel arap
# Moi", "Noor binti Ahmad". Not German "zu", a preposition far more often than a particle.
NAME_PARTICLES = frozenset(
    {
        "arap",
        "binti",
        "bint",
        "bin",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "dos",
        "del",
        "du",
        "di",
    }
)

PRIORITY_MODEL = 1
PRIORITY_TITLE = 2
PRIORITY_LEXICON = 2
PRIORITY_TABLE = 2
PRIORITY_ACRONYM = 3


@dataclass(slots=True)
class Candidate:
    start: int  # token index
    end: int  # exclusive
    label: str | None = None  # the model's label, mapped to our types
    votes: dict[str, float] = field(default_factory=dict)
    priority: int = PRIORITY_MODEL
    role: str | None = None
    canonical: str | None = None  # from the alias table


def covered(kept: Iterable[Candidate], n: int) -> list[bool]:
    """For each of ``n`` tokens, whether one of ``kept`` holds it."""
    out = [False] * n
    for cand in kept:
        out[cand.start : cand.end] = [True] * (cand.end - cand.start)
    return out


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def lettered_name_word(word: str, marks: str) -> bool:
    """A capitalised word of letters, with ``marks`` inside ("St.", "Coca-Cola", "AT&T"),
    and no calendar word: a word of a name that a source finds without the model."""
    letters = word
    for mark in marks:
        letters = letters.replace(mark, "")
    return word[:1].isupper() and letters.isalpha() and word.casefold() not in CALENDAR_WORDS


_LETTER = re.compile(r"[^\W\d_]")


def has_letter(word: str) -> bool:
    """ "Kidal", "U.S.", "3M"; not "2-1", "--" or "'s"'s apostrophe alone."""
    return word.isalpha() or _LETTER.search(word) is not None
