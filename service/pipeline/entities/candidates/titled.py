"""People the model missed after a title: "Mr Keita", "Foreign Minister Ahmed Attaf"."""

from __future__ import annotations

from service.pipeline.entities.calendar import starts_date
from service.pipeline.entities.candidates import (
    NAME_PARTICLES,
    PRIORITY_TITLE,
    Candidate,
    capitalised,
)
from service.pipeline.entities.entity_types import TITLE_VOTE
from service.pipeline.entities.evidence import role_before
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import ORG_HEADS
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.titles import LOWER_TRIGGERS, ROLE_WORDS, TITLE_TRIGGERS
from service.pipeline.entities.tokens import TokenView


def _name_word(view: TokenView, j: int) -> bool:
    """A word that continues a name after a title: capitalised and not a stop word ("Of",
    "Can" in a title-case headline), or a particle before one."""
    words = view.words
    word = words[j]
    if capitalised(word):
        return word.casefold() not in ROLE_WORDS and not view.stops[j] and not starts_date(words, j)
    return word in NAME_PARTICLES and j + 1 < len(words) and capitalised(words[j + 1])


def title_candidates(view: TokenView, gazetteer: Gazetteer, skip: int = 0) -> list[Candidate]:
    """People the model missed after a title: "Mr Keita", "Foreign Minister Ahmed Attaf".
    The first ``skip`` tokens (a title-case headline, where every word is capitalised) are
    not searched."""
    out: list[Candidate] = []
    words = view.words
    n = len(words)
    triggers = [i for i in view.capitalised() if words[i].casefold() in TITLE_TRIGGERS]
    lowers = view.indices_of(LOWER_TRIGGERS)
    if lowers:
        triggers = sorted({*triggers, *lowers})
    for i in triggers:
        if i < skip or i >= n - 1:
            continue
        word = words[i]
        lower = word.islower()
        if not (
            (capitalised(word) and word.casefold() in TITLE_TRIGGERS)
            or (lower and word in LOWER_TRIGGERS)
        ):
            continue
        j = i + 1
        while j < n and j - i <= 4 and _name_word(view, j):
            j += 1
        if j == i + 1 or (lower and j - i < 3):
            continue  # after a lower-case role, only a full name: "governor Oleh Kiper"
        surface = view.surface(i + 1, j)
        if (
            known_organization(surface)
            or gazetteer.lookup(surface)
            or words[j - 1].casefold() in ORG_HEADS
        ):
            continue
        out.append(
            Candidate(
                i + 1, j, None, {"PERSON": TITLE_VOTE}, PRIORITY_TITLE, role_before(view, i + 1)
            )
        )
    return out
