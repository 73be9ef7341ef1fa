"""Quote attribution: each parsed cue resolved to the person who spoke.

- A name ("Maiga", "Choguel Maiga") -> the consolidated PERSON with that name or alias,
  or whose surname it is.
- A pronoun ("he", "she") -> the nearest PERSON mentioned before the quote; "it" -> the
  nearest organisation.
- A role noun ("the prime minister") -> the PERSON the article gives that title
  ("Prime Minister Choguel Maiga", "Maiga, the prime minister,"); the nearest one if several.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from service.pipeline.entities.text import fold
from service.pipeline.entities.titles import ROLE_STOP, ROLE_WORDS

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them"})
ORG_PRONOUNS = frozenset({"it"})
PERSON: Final = frozenset({"PERSON"})
ORGANIZATION: Final = frozenset({"ORGANIZATION"})
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


class _Nearest:
    """Of some candidates, the one mentioned last before a position (the first of them in
    order on a tie): their mentions sorted once, each question a binary search."""

    def __init__(self, cands: Sequence[Candidate]) -> None:
        mentions = sorted((p, order) for order, c in enumerate(cands) for p in c.positions)
        self._cands = cands
        self._positions = [p for p, _ in mentions]
        self._orders = [order for _, order in mentions]

    def before(self, position: int) -> Candidate | None:
        last = bisect_left(self._positions, position) - 1
        if last < 0:
            return None
        first_there = bisect_left(self._positions, self._positions[last])
        return self._cands[self._orders[first_there]]


class SpeakerIndex:
    """An article's candidates, indexed once for all its quotes: each quote reads these
    maps instead of every candidate, so an article of thousands of quotes and names costs
    time in proportion to them, not to their product."""

    def __init__(self, cands: Sequence[Candidate]) -> None:
        self.cands = tuple(cands)
        people = [c for c in self.cands if c.etype == "PERSON"]
        self._order = {id(c): i for i, c in enumerate(people)}
        self._by_form: dict[str, list[Candidate]] = {}
        self._by_long_form: dict[str, list[Candidate]] = {}  # people's names of 2+ words
        self._by_last_word: dict[str, list[Candidate]] = {}  # people, by a name's last word
        self._by_role_end: dict[str, list[Candidate]] = {}  # people, by a role's last word
        for cand in self.cands:
            for form in cand.forms:
                self._by_form.setdefault(form, []).append(cand)
        for cand in people:
            for form in cand.forms:
                if " " in form:
                    self._by_long_form.setdefault(form, []).append(cand)
            for word in {f.split()[-1] for f in cand.forms if f.split()}:
                self._by_last_word.setdefault(word, []).append(cand)
            for word in {r.split()[-1] for r in cand.roles if r.split()}:
                self._by_role_end.setdefault(word, []).append(cand)
        self._nearest: dict[object, _Nearest] = {}

    def nearest(self, key: object, cands: Sequence[Candidate], position: int) -> Candidate | None:
        """The one of ``cands`` (the same list each time for one ``key``) mentioned last
        before ``position``."""
        if key not in self._nearest:
            self._nearest[key] = _Nearest(cands)
        return self._nearest[key].before(position)

    def of_types(self, types: frozenset[str], position: int) -> Candidate | None:
        """The candidate of one of ``types`` mentioned last before ``position``."""
        if types not in self._nearest:
            self._nearest[types] = _Nearest([c for c in self.cands if c.etype in types])
        return self._nearest[types].before(position)

    def named(self, key: str) -> list[Candidate]:
        """The candidates with this name or alias (folded)."""
        return self._by_form.get(key, [])

    def named_inside(self, key: str) -> list[Candidate]:
        """The people one of whose names (of two words or more) the cue contains, as words:
        "secretary of state antony blinken" names "antony blinken"; the longest name wins."""
        words = key.split(" ")
        found: dict[str, list[Candidate]] = {}
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                form = " ".join(words[i:j])
                if form in self._by_long_form:
                    found[form] = self._by_long_form[form]
        if not found:
            return []
        longest = max(map(len, found))
        best = {id(c): c for form, cs in found.items() if len(form) == longest for c in cs}
        return sorted(best.values(), key=lambda c: self._order[id(c)])

    def by_surname(self, word: str) -> list[Candidate]:
        """The people one of whose names ends with ``word``."""
        return self._by_last_word.get(word, [])

    def holding(self, words: list[str]) -> list[Candidate]:
        """The people the article gives a role ending with ``words``."""
        return [
            c
            for c in self._by_role_end.get(words[-1], [])
            if any(r.split()[-len(words) :] == words for r in c.roles if r)
        ]


def _role_words(cue: str) -> list[str]:
    words = [w for w in fold(cue).split() if w not in CUE_DROP and not w.endswith("'s")]
    return [w for w in words if w not in ROLE_STOP]


def resolve(cue: str | None, position: int, index: SpeakerIndex) -> Resolved:
    """The speaker of a quote at ``position`` (NER-text offset) attributed to ``cue``."""
    if not cue or not cue.strip():
        return Resolved(None, None)
    key = fold(cue)
    if key in PERSON_PRONOUNS | GROUP_PRONOUNS | ORG_PRONOUNS:
        types = PERSON if key in PERSON_PRONOUNS else ORGANIZATION
        if key in GROUP_PRONOUNS:
            types = PERSON | ORGANIZATION
        found = index.of_types(types, position)
        return Resolved(found.name, found.entity_id) if found else Resolved(None, None)
    words = _role_words(cue)
    named, kind = index.named(key), "name"
    if not named:
        named, kind = index.named_inside(key), "inside"
    if not named and words:
        named, kind = index.by_surname(words[-1]), "surname"
    if named:
        found = index.nearest((kind, key), named, position) or named[0]
        return Resolved(found.name, found.entity_id)
    if words and all(w in ROLE_WORDS for w in words):
        holders = index.holding(words)
        if holders:
            found = index.nearest(("role", key), holders, position) or holders[0]
            return Resolved(found.name, found.entity_id)
    return Resolved(name_in_cue(cue), None)


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
