"""Evidence about a name from the words around one of its mentions.

- Place use: "in Kidal", "northern Mali", "Bamako, Mali", a list of places.
- Roles: "Prime Minister [Choguel Maiga]", "[Maiga], Mali's prime minister,".
- Nouns: "Malatya province", "chipmaker Rapidus".
- Speech: "[X] said".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.pipeline.entities.candidates import LEADING_DROP, POSSESSIVE, Candidate, capitalised
from service.pipeline.entities.entity_types import (
    ORG_VOTE,
    THE_VOTE,
    TITLE_VOTE,
    Evidence,
    decide_type,
)
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import ORG_HEADS, ORG_NOUNS, PLACE_NOUNS
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.text import fold
from service.pipeline.entities.titles import ROLE_HEADS, ROLE_STOP, ROLE_WORDS
from service.pipeline.entities.tokens import TokenView

THE = frozenset({"the", "The"})
# "Ferdinand Marcos Jr": the surname is the word before the suffix.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
MAX_ROLE_WORDS = 4  # "deputy prime minister for finance" is about as long as roles get
# Words after which a capitalised known place name is being used as a place.
PLACE_PREPS = frozenset(
    """in from to of near at across into outside inside toward towards via throughout around
    within between northern southern eastern western central north south east west
    neighbouring neighboring""".split()  # noqa: SIM905 - word lists read better as text
)
SPEECH = frozenset({"said", "says", "told", "added", "stated", "wrote", "warned", "argued"})
LIST_GLUE = frozenset({",", "and", "or", "&"})

STRONG_CONTEXT = 2
WEAK_CONTEXT = 1


def place_context(view: TokenView, start: int, end: int, gazetteer: Gazetteer) -> int:
    """How clearly a name is used as a place: 2 for "in Kidal", "northern Mali", "Bamako,
    Mali" or "Kidal, Tessalit and Timbuktu"; 1 for "of Tribune"; 0 otherwise."""
    words = view.words
    before = words[start - 1].casefold() if start > 0 else ""
    if before in PLACE_PREPS:
        return WEAK_CONTEXT if before == "of" else STRONG_CONTEXT
    if end + 1 < len(words) and words[end] == "," and gazetteer.country_place(words[end + 1]):
        return STRONG_CONTEXT
    # In a list next to another capitalised known place.
    for glue, other in ((end, end + 1), (start - 1, start - 2)):
        if (
            0 <= other < len(words)
            and glue >= 0
            and words[glue] in LIST_GLUE
            and capitalised(words[other])
            and gazetteer.lookup(words[other])
        ):
            return STRONG_CONTEXT
    return 0


def role_before(view: TokenView, start: int) -> str | None:
    """ "Malian opposition leader [Choguel Maiga]" -> "opposition leader"; also with a comma:
    "the fund's Western Hemisphere director, [Rodrigo Valdes]" -> "director"."""
    words = view.words
    if start > 1 and words[start - 1] == "," and words[start - 2].casefold() in ROLE_HEADS:
        start -= 1
    k = start
    while k > 0 and start - k < MAX_ROLE_WORDS and words[k - 1].casefold() in ROLE_WORDS:
        k -= 1
    role = [w.casefold() for w in words[k:start] if w.casefold() not in ROLE_STOP]
    return " ".join(role) or None


def role_after(view: TokenView, end: int) -> str | None:
    """ "[Choguel Maiga], Mali's prime minister," -> "prime minister"."""
    words = view.words
    n = len(words)
    if end >= n or words[end] != ",":
        return None
    k = end + 1
    if k < n and words[k].casefold() in LEADING_DROP | {"his", "her", "its", "their"}:
        k += 1
    if k + 1 < n and capitalised(words[k]) and words[k + 1] in POSSESSIVE:
        k += 2
    elif k < n and capitalised(words[k]) and words[k].casefold() not in ROLE_WORDS:
        k += 1  # a demonym or place: "Malian", "French"
    begin = k
    while k < n and words[k].casefold() in ROLE_WORDS:
        k += 1
    ends = {",", ".", ";", "said", "told", "who", "and", "of", "at", "for"}
    if k == begin or (k < n and words[k] not in ends):
        return None
    role = [w.casefold() for w in words[begin:k] if w.casefold() not in ROLE_STOP]
    return " ".join(role) or None


def role_is_person(role: str | None) -> bool:
    """A role that only people hold: it ends with a head noun ("prime minister", "chief
    executive"), not a bare modifier ("opposition")."""
    if not role:
        return False
    return role.split()[-1] in ROLE_HEADS


def noun_votes(view: TokenView, start: int, end: int) -> dict[str, float]:
    """Evidence from the common nouns around a name: "Malatya province", "the town of
    Yesilyurt", "chipmaker Rapidus", "the agency AFAD"."""
    words = view.words
    after = words[end] if end < len(words) else ""
    before = words[start - 1] if start > 0 else ""
    if after in PLACE_NOUNS or (before == "of" and start > 1 and words[start - 2] in PLACE_NOUNS):
        return {"LOCATION": ORG_VOTE - 0.5}
    if after in ORG_NOUNS or before in ORG_NOUNS:
        return {"ORGANIZATION": ORG_VOTE - 0.5}
    return {}


def speech_after(view: TokenView, end: int) -> bool:
    return end < len(view.words) and view.words[end].casefold() in SPEECH


@dataclass(slots=True)
class Found:
    """A kept candidate, its surface and where it is."""

    cand: Candidate
    surface: str
    key: str
    start: int  # char offsets in the NER text
    end: int


@dataclass(slots=True)
class ArticleEvidence:
    """What one article says about each surface: evidence, roles, written form."""

    view: TokenView
    gazetteer: Gazetteer
    context: set[str]  # ISO codes of the countries the article is about
    found: list[Found] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    roles: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)

    def gather(self, kept: list[Candidate]) -> None:
        view, gazetteer = self.view, self.gazetteer
        for cand in kept:
            surface = view.surface(cand.start, cand.end)
            key = fold(surface)
            self.found.append(
                Found(cand, surface, key, view.starts[cand.start], view.ends[cand.end - 1])
            )
            ev = self.evidence.setdefault(key, Evidence())
            self.written.setdefault(key, surface)
            ev.add_model(cand.label)
            for etype, weight in (cand.votes | noun_votes(view, cand.start, cand.end)).items():
                ev.add_vote(etype, weight)
            ev.place_context = max(
                ev.place_context, place_context(view, cand.start, cand.end, gazetteer)
            )
            ev.speech = ev.speech or speech_after(view, cand.end)
            if cand.label == "PERSON" and cand.start > 0 and view.words[cand.start - 1] in THE:
                ev.add_vote("ORGANIZATION", THE_VOTE)
            if cand.canonical:
                self.canonical[key] = cand.canonical
            role = cand.role or role_before(view, cand.start) or role_after(view, cand.end)
            if role:
                self.roles.setdefault(key, set()).add(role)
                if role_is_person(role):
                    ev.add_vote("PERSON", TITLE_VOTE)
        for surface in self.written.values():
            country = gazetteer.country_place(surface)
            if country is not None and country.country_code:
                self.context.add(country.country_code)

    def decide(
        self, name_parts: set[str], org_parts: frozenset[str] = frozenset()
    ) -> dict[str, str]:
        """One type per surface; None-typed surfaces are left out."""
        out = {}
        for key, ev in self.evidence.items():
            surface = self.written[key]
            known = key in self.canonical or known_organization(surface)
            lexicon = "ORGANIZATION" if known else None
            etype = decide_type(
                surface,
                ev,
                self.gazetteer,
                self.context,
                name_parts,
                lexicon_type=lexicon,
                org_parts=org_parts,
            )
            if etype is not None:
                out[key] = etype
        return out


def name_parts(types: dict[str, str]) -> set[str]:
    """First names, surnames and lone names of the article's people."""
    parts: set[str] = set()
    for key, etype in types.items():
        words = [w for w in key.split() if w.strip(".") not in NAME_SUFFIXES]
        if etype == "PERSON" and len(words) > 1:
            parts.update({words[0], words[-1], " ".join(words[-2:])} - {key})
        elif etype == "PERSON" and len(words) == 1:
            parts.add(key)  # "Rudolph" alone makes "Mason Rudolph" a person too
    return parts


def org_parts(types: dict[str, str]) -> frozenset[str]:
    """First words of the article's organisations that end in an organisation word."""
    return frozenset(
        words[0]
        for key, etype in types.items()
        if etype == "ORGANIZATION" and len(words := key.split()) > 1 and words[-1] in ORG_HEADS
    )
