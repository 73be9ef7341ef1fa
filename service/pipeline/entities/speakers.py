"""Quote attribution: each parsed cue resolved to the person who spoke.

- A name ("Maiga", "Choguel Maiga") -> the consolidated PERSON with that name or alias,
  or whose surname it is.
- A pronoun ("he", "she") -> the nearest PERSON mentioned before the quote; "it" -> the
  nearest organisation.
- A role noun ("the prime minister") -> the PERSON the article gives that title
  ("Prime Minister Choguel Maiga", "Maiga, the prime minister,"); the nearest one if several.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.pipeline.entities.text import fold
from service.pipeline.entities.titles import ROLE_STOP, ROLE_WORDS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
ORG_PRONOUNS = frozenset({"it"})
CUE_DROP = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "country's"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """What speaker resolution needs to know about one entity."""

    name: str
    entity_id: str
    etype: str
    forms: frozenset[str]  # folded name and aliases
    roles: tuple[str, ...]
    positions: tuple[int, ...]  # char offsets of mentions in the NER text


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None
    entity_id: str | None


def _nearest(cands: Sequence[Candidate], types: set[str], position: int) -> Candidate | None:
    best: Candidate | None = None
    best_pos = -1
    for cand in cands:
        if cand.etype not in types:
            continue
        before = [p for p in cand.positions if p < position]
        if before and max(before) > best_pos:
            best, best_pos = cand, max(before)
    return best


def _role_words(cue: str) -> list[str]:
    words = [w for w in fold(cue).split() if w not in CUE_DROP and not w.endswith("'s")]
    return [w for w in words if w not in ROLE_STOP]


def resolve(cue: str | None, position: int, cands: Sequence[Candidate]) -> Resolved:
    """The speaker of a quote at ``position`` (NER-text offset) attributed to ``cue``."""
    if not cue or not cue.strip():
        return Resolved(None, None)
    key = fold(cue)
    if key in PERSON_PRONOUNS | GROUP_PRONOUNS | ORG_PRONOUNS:
        types = {"PERSON"} if key in PERSON_PRONOUNS else {"ORGANIZATION"}
        if key in GROUP_PRONOUNS:
            types = {"PERSON", "ORGANIZATION"}
        found = _nearest(cands, types, position)
        return Resolved(found.name, found.entity_id) if found else Resolved(None, None)
    people = [c for c in cands if c.etype == "PERSON"]
    words = _role_words(cue)
    named = (
        [c for c in cands if key in c.forms]
        or _named_inside(key, people)
        or [c for c in people if words and any(f.split()[-1] == words[-1] for f in c.forms)]
    )
    if named:
        found = _nearest(named, {c.etype for c in named}, position) or named[0]
        return Resolved(found.name, found.entity_id)
    if words and all(w in ROLE_WORDS for w in words):
        holders = [
            c for c in people if any(r.split()[-len(words) :] == words for r in c.roles if r)
        ]
        if holders:
            found = _nearest(holders, {"PERSON"}, position) or holders[0]
            return Resolved(found.name, found.entity_id)
    return Resolved(name_in_cue(cue), None)


def _named_inside(key: str, people: Sequence[Candidate]) -> list[Candidate]:
    """The people one of whose names (of two words or more) the cue contains, as words:
    "secretary of state antony blinken" names "antony blinken"; the longest name wins."""
    padded = f" {key} "
    best: list[Candidate] = []
    best_len = 0
    for cand in people:
        for form in cand.forms:
            if " " in form and f" {form} " in padded and len(form) >= best_len:
                best = [cand] if len(form) > best_len else [*best, cand]
                best_len = len(form)
    return best


def name_in_cue(cue: str) -> str:
    """The name in a cue no entity matched: the words after its last title word
    ("French fisheries minister Hervé Berville" -> "Hervé Berville"), when they are
    capitalised; else the cue as written ("the ministry", "Maiga")."""
    words = cue.split()
    last_role = max((i for i, w in enumerate(words) if fold(w) in ROLE_WORDS), default=-1)
    tail = words[last_role + 1 :]
    if last_role >= 0 and tail and tail[0][:1].isupper() and tail[-1][:1].isupper():
        return " ".join(tail)
    return cue
