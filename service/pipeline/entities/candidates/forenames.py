"""People the model missed: a common given name and a surname.

"The Ulster Unionist Party of David Trimble rejected the call": the model read the party and
nothing of "David Trimble". A capitalised common given name (``given_names``) and one or two
capitalised words right after it, with one space between them and nothing capitalised
after them, that no other source's span touches, is a candidate with a person's hint; its
type is decided with the rest of the evidence, as any name's.

Not a run in a headline where capitals say nothing, nor a run of capitals ("DAVID
TRIMBLE"), nor one whose words a name's type already says otherwise: an organisation's or
a place's word ("Victoria Street", "Charlotte Hornets Arena"), a calendar word, a stop word.

Initials, particles and a surname are a candidate too: "F.W. de Klerk" (``_initials_and_particle``).
"""

from __future__ import annotations

from typing import Final

from service.pipeline.entities.candidates import (
    NAME_PARTICLES,
    PRIORITY_MODEL,
    Candidate,
    covered,
)
from service.pipeline.entities.entity_types import FORENAME_INITIALS, NOT_NAMES, PERSON_HINT
from service.pipeline.entities.given_names import given_name
from service.pipeline.entities.heads import LOC_HEADS, ORG_HEADS, ORG_NOUNS, PLACE_NOUNS
from service.pipeline.entities.tokens import TokenView

MAX_SURNAME_WORDS: Final = 2  # "Ole Gunnar Solskjaer", "Juan Antonio Samaranch"
_NOT_SURNAMES: Final = NOT_NAMES | LOC_HEADS | ORG_HEADS | ORG_NOUNS | PLACE_NOUNS
# What joins the parts of a surname: "O'Neill", "Smith-Jones".
_JOINERS: Final = str.maketrans("", "", "'\u2019-")


def _surname(word: str, stop: bool) -> bool:
    """A surname as written: "Trimble", "O'Neill", "McRae", "Smith-Jones", "Müller"; a
    capital first, letters and joiners only, not all in capitals (string tests, linear in
    the word: no pattern a hostile token could make backtrack)."""
    return (
        not stop
        and len(word) > 1
        and word[0].isupper()
        and not word.isupper()
        and word.translate(_JOINERS).isalpha()
        and word.casefold() not in _NOT_SURNAMES
    )


def forename_candidates(view: TokenView, found: list[Candidate], *, skip: int) -> list[Candidate]:
    """A given name and a surname that none of ``found`` touches (module docstring);
    ``skip``: the headline's tokens when its capitals say nothing."""
    words, starts, ends = view.words, view.starts, view.ends
    taken = covered(found, len(words))
    out: list[Candidate] = []
    for i in view.capitalised():
        if i < skip or taken[i] or words[i].isupper() or not given_name(words[i]):
            continue
        end = i + 1
        stop = min(view.ngram_end(i), i + 1 + MAX_SURNAME_WORDS)
        while (
            end < stop
            and not taken[end]
            and starts[end] == ends[end - 1] + 1
            and _surname(words[end], view.stops[end])
        ):
            end += 1
        if end == i + 1:
            continue
        if end < len(words) and (words[end][:1].isupper() or starts[end] == ends[end - 1]):
            continue  # the name goes on past what a person's holds
        out.append(Candidate(i, end, None, {"PERSON": PERSON_HINT}, PRIORITY_MODEL))
    return out + _initials_and_particle(view, taken, skip)


def _initials_and_particle(view: TokenView, taken: list[bool], skip: int) -> list[Candidate]:
    """ "F.W. de Klerk", "J.C. van der Merwe": initials, particles and a surname, which the
    model reads as nothing or as the surname alone."""
    words, starts, ends = view.words, view.starts, view.ends
    out: list[Candidate] = []
    for i in view.capitalised():
        if i < skip or taken[i] or FORENAME_INITIALS.fullmatch(words[i]) is None:
            continue
        end = i + 1
        while end < len(words) and words[end] in NAME_PARTICLES and not taken[end]:
            end += 1
        if end == i + 1 or end >= len(words) or taken[end]:
            continue
        if starts[end] != ends[end - 1] + 1 or not _surname(words[end], stop=False):
            continue
        out.append(Candidate(i, end + 1, None, {"PERSON": PERSON_HINT}, PRIORITY_MODEL))
    return out
