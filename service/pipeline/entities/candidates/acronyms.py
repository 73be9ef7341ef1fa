"""Acronym definitions: "Economic Community of West African States (ECOWAS)"."""

from __future__ import annotations

import re

from service.pipeline.entities.candidates import (
    LEADING_DROP,
    PRIORITY_ACRONYM,
    Candidate,
    capitalised,
)
from service.pipeline.entities.cues import COMPANY_BEFORE_PAIRS
from service.pipeline.entities.entity_types import ORG_VOTE
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import LOC_HEADS, trade_word
from service.pipeline.entities.text import initials
from service.pipeline.entities.tokens import TokenView

# "AAPL.O", "ZURN.S", "7203.T": a listing code, not an acronym ("U.S." has a dot per letter).
TICKER_CODE = re.compile(r"[A-Z0-9][A-Za-z0-9_&-]+\.[A-Z]{1,3}")
MAX_MIXED_ACRONYM = 5  # the longest acronym with lower case in it: "PvdA"
# Connectors allowed inside an acronym's long form: "Bank *for* International Settlements".
ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "on", "de", "in", "&", "-", "to", "'s"})


def acronym_candidates(
    view: TokenView, gazetteer: Gazetteer
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """Definitions written "Long Form (LF)": both spans, and the pair for consolidation.
    A country's abbreviation in brackets defines nothing: "Pete Sampras ( U.S. )" is a
    player and his country."""
    out: list[Candidate] = []
    pairs: list[tuple[str, str]] = []
    words = view.words
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        acr = words[i + 1]
        letters = "".join(ch for ch in acr if ch.isupper())
        if TICKER_CODE.fullmatch(acr):
            # "(ZURN.S)" is a ticker: the name before it is a company, no long form.
            out.extend(_listed_name(view, i))
            continue
        if (
            len(letters) < 2
            or not acr[:1].isupper()
            or not acr.replace(".", "").replace("&", "").isalnum()
        ):
            continue
        best = None
        for k in range(i - 1, max(-1, i - 16), -1):
            if not (capitalised(words[k]) or words[k].casefold() in ACRONYM_GLUE):
                break
            if not capitalised(words[k]):
                continue
            span = words[k:i]
            if letters in (initials(span, False), initials(span, True)):
                best = k
        if best is None:
            # Not the initials ("National Liberation Army (ELN)"): take the capitalised run
            # right before the bracket, if it is at least two words long.
            k = i
            while k > 0 and (capitalised(words[k - 1]) or words[k - 1] in ("of", "and", "for")):
                k -= 1
            while k < i and (not capitalised(words[k]) or _opens_sentence(words[k])):
                k += 1  # "The National Liberation Army (ELN)" opening a sentence
            if i - k < 2 or not _acronym(acr) or gazetteer.country_place(acr) is not None:
                continue
            best = k
        # An organisation unless the gazetteer knows the long form ("... Congo (DRC)"); a
        # facility's or place's stays a place: "Johnson Space Center (JSC)".
        place = words[i - 1].casefold() in LOC_HEADS
        vote = {"LOCATION" if place else "ORGANIZATION": ORG_VOTE}
        out.append(Candidate(best, i, None, dict(vote), PRIORITY_ACRONYM))
        out.append(Candidate(i + 1, i + 2, None, dict(vote), PRIORITY_ACRONYM))
        pairs.append((acr, view.surface(best, i)))
    return out, pairs


def _listed_name(view: TokenView, bracket: int) -> list[Candidate]:
    """The capitalised run right before a ticker's bracket, without a leading "Shares of"
    ("Shares of Nvidia Corp (NVDA.O)" -> "Nvidia Corp")."""
    words = view.words
    k = bracket
    while k > 0 and (capitalised(words[k - 1]) or words[k - 1] in ("of", "&", "and")):
        k -= 1
    while k < bracket and not capitalised(words[k]):
        k += 1
    while bracket - k > 1 and _opens_sentence(words[k]):
        k += 1  # "Rival Samsung Electronics (005930.KS)" opening a sentence
    if bracket - k > 2 and (words[k].casefold(), words[k + 1]) in COMPANY_BEFORE_PAIRS:
        k += 2
    if k >= bracket:
        return []
    return [Candidate(k, bracket, None, {"ORGANIZATION": ORG_VOTE}, PRIORITY_ACRONYM)]


def _opens_sentence(word: str) -> bool:
    """A word whose capital is the sentence's, before a name: "The", "Rival"."""
    folded = word.casefold()
    return folded in LEADING_DROP or trade_word(folded)


def _acronym(word: str) -> bool:
    """Capitals, or an acronym with a little lower case in it ("AfD", "PvdA", "FdI"): two
    capitals or more, one first and one last, and at most two lower-case letters; not
    "McLaren" or "YouTube"."""
    if word.isupper():
        return True
    capitals = sum(ch.isupper() for ch in word)
    lower = sum(ch.islower() for ch in word)
    return (
        len(word) <= MAX_MIXED_ACRONYM
        and word[0].isupper()
        and word[-1].isupper()
        and capitals >= 2
        and lower <= 2
    )
