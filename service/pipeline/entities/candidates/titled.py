"""People the model missed after a title ("Mr Keita", "Foreign Minister Ahmed Attaf") or
a nationality ("Swede Magnus Larsson")."""

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
from service.pipeline.entities.given_names import given_name
from service.pipeline.entities.heads import CLUB_WORDS, EVENT_HEADS, ORG_HEADS
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


# Titles of royals and clergy, who are named by a given name alone: "King Constantine",
# "Queen Sofia", "Patriarch Bartholomew".
ROYAL_TITLES = frozenset(
    """king queen prince princess pope patriarch sheikh emir sultan""".split()  # noqa: SIM905 - word lists read better as text
)


def _royal_name(view: TokenView, title: int, end: int, gazetteer: Gazetteer) -> bool:
    """A royal's or a cleric's one name after the title, though a place has it too: "King
    Constantine" (the Algerian city), "Queen Sofia" (the Bulgarian capital); not a place
    named with the title ("Prince George", "Prince Rupert")."""
    return (
        view.words[title].casefold() in ROYAL_TITLES
        and end == title + 2
        and not gazetteer.lookup(view.surface(title, end))
    )


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
            or (gazetteer.lookup(surface) and not _royal_name(view, i, j, gazetteer))
            or words[j - 1].casefold() in ORG_HEADS
        ):
            continue
        out.append(
            Candidate(
                i + 1, j, None, {"PERSON": TITLE_VOTE}, PRIORITY_TITLE, role_before(view, i + 1)
            )
        )
    return out


# A nationality's noun or adjective before a given name and a surname (two or three plain
# capitalised words): sports copy writes a player so ("Swede Magnus Larsson", "Australian
# Mark Philippoussis"), and the model often reads the nationality and leaves the name. One
# word is a nationality's adjective ("Australian Open"), and without a given name first the
# words are as often a league or a work ("Spanish La Liga", "Czech String Quartet").
NATIONALITY_NAME_WORDS = range(2, 4)


def _plain_word(view: TokenView, j: int, gazetteer: Gazetteer) -> bool:
    """A word of a person's name after a nationality: capitalised but not all capitals (a
    headline's), no role, stop, date or event word, and no nationality or country itself."""
    word = view.words[j]
    return (
        capitalised(word)
        and word.isalpha()
        and not word.isupper()
        and word.casefold() not in ROLE_WORDS
        and word.casefold() not in EVENT_HEADS
        and not view.stops[j]
        and not starts_date(view.words, j)
        and gazetteer.demonym_country(word) is None
        and gazetteer.country_place(word) is None
    )


def nationality_candidates(view: TokenView, gazetteer: Gazetteer) -> list[Candidate]:
    """People the model missed after a nationality: "Swede Magnus Larsson" (see
    ``NATIONALITY_NAME_WORDS``). The run of name words must end where the capitals do, and
    be no place, known organisation, club or company name."""
    out: list[Candidate] = []
    words = view.words
    n = len(words)
    for i in view.capitalised():
        # a given name first, the cheaper test: most capitalised words are followed by none
        if i + 2 >= n or not given_name(words[i + 1]):
            continue
        if gazetteer.demonym_country(words[i]) is None:
            continue
        j = i + 1
        while j < n and j - i <= NATIONALITY_NAME_WORDS.stop and _plain_word(view, j, gazetteer):
            j += 1
        if j - i - 1 not in NATIONALITY_NAME_WORDS or (j < n and capitalised(words[j])):
            continue
        surface = view.surface(i + 1, j)
        name = [w.casefold() for w in words[i + 1 : j]]
        if (
            known_organization(surface)
            or gazetteer.lookup(surface)
            or name[-1] in ORG_HEADS
            or not CLUB_WORDS.isdisjoint(name)
        ):
            continue
        out.append(Candidate(i + 1, j, None, {"PERSON": TITLE_VOTE}, PRIORITY_TITLE))
    return out
