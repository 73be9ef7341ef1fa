"""Organisations the model missed, named right after the noun that says what they are.

"investment bank Opportunity", "the government's investment agency APE", "a recently
formed group Doctors for Camp Closure": a lower-case organisation's noun
(``heads.company_noun``: "group", "bank", "airline", "steelmaker"), then a run of
capitalised words that no other source touches. The run is a candidate without a vote of its
own: the noun before it is the organisation's evidence (``evidence.noun_votes``), weighed
with the rest.

Left alone: a run in a headline where capitals say nothing, a calendar word or a word that
names nothing ("the group Monday", "the bank GDP"), a role ("the company President ..."),
a nationality ("the group British ..."), and "and" between two names ("bank Opportunity
and NationsBank" is two).
"""

from __future__ import annotations

from typing import Final

from service.pipeline.entities.candidates import (
    NAME_PARTICLES,
    PRIORITY_MODEL,
    Candidate,
    covered,
    lettered_name_word,
)
from service.pipeline.entities.entity_types import NOT_NAMES
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import SHORTEST_ORG_NOUN, company_noun
from service.pipeline.entities.titles import ROLE_WORDS
from service.pipeline.entities.tokens import TokenView

MAX_WORDS: Final = 5  # "the group Doctors for Camp Closure", "bank Morgan Grenfell"
# Words inside a name between capitalised words: "Doctors for Camp Closure", "AT & T"; not
# "and", which more often joins two names ("bank Opportunity and NationsBank").
_INSIDE: Final = NAME_PARTICLES | {"of", "for", "&"}


def _name_word(word: str) -> bool:
    """A word of a name: capitalised letters (a dot, a hyphen or an ampersand inside), and
    none that names nothing or a role."""
    folded = word.casefold()
    return (
        len(word) > 1
        and lettered_name_word(word, ".-&")
        and folded not in NOT_NAMES
        and folded not in ROLE_WORDS
    )


def described_candidates(
    view: TokenView, found: list[Candidate], gazetteer: Gazetteer, *, skip: int
) -> list[Candidate]:
    """Names right after an organisation's noun that none of ``found`` touches (module
    docstring). ``skip``: the headline's tokens when its capitals say nothing."""
    words = view.words
    nouns = {w for w in view.lower_words() if len(w) >= SHORTEST_ORG_NOUN and company_noun(w)}
    if not nouns:
        return []  # an article without such a noun: nothing to read
    taken: list[bool] | None = None
    out: list[Candidate] = []
    for k in view.indices_of(nouns):
        if k < skip or k + 1 >= len(words):
            continue
        start = end = k + 1
        while end < len(words) and end - start < MAX_WORDS:
            if _name_word(words[end]):
                end += 1
            elif words[end] in _INSIDE and end + 1 < len(words) and _name_word(words[end + 1]):
                end += 2  # "Doctors for Camp Closure", "Bank of Tokyo"
            else:
                break
        if end == start or view.stops[start] or gazetteer.demonym_country(words[start]):
            continue
        if taken is None:
            taken = covered(found, len(words))
        if any(taken[start:end]):
            continue
        out.append(Candidate(start, end, None, {}, PRIORITY_MODEL))
    return out
