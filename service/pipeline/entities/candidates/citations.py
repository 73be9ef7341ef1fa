"""Authors cited by year and parties to cited cases: people, whatever the model says.

- In brackets: "(Dye & Bavelier, 2010; Boot, Kramer, & Gratton, 2008)", "(Lewis et al.,
  2014)", "(see Brieber, 2014)": every name before ", 2010" back to the bracket or ";".
- In prose: "Quilis (1964)", "Palmeri and Gazio (1995)", "Sapir's (1971)", "Lewis et al.
  (2014)": the names right before "(1964)".
- Reading lists and bibliographies, names inverted at the start of a line: "Marx, Karl and
  Engels, Friedrich. The Communist Manifesto", "Austen, Jane. Pride and Prejudice" (the
  second part a known given name, so that "Richmond, Virginia." stays a place).
- Cases: "Lynch v. Overholser", "Kennedy versus Washington": a one-word party is a surname
  (a country, a state or a known body still wins by its own evidence: "Green versus United
  States"). Not in sports and company stories, where "Arsenal v Chelsea" are teams and
  "Epic v. Apple" companies.

The model reads such lists as organisations ("Dye & Bavelier" ORG) or places ("Polat"), so
a cited name is a candidate with a person's vote, and the model's spans over it give way
(``collect.py``). Only in a text that cites: three authors in brackets, or an "et al."
(a filmography's "(Three Sinners, 1950)" is a title). Not an author: a name the alias
table knows ("(World Bank, 2019)"), a country ("France (2015)"), a name ending in an
organisation word ("Open Science Collaboration"), a month ("(March 2014)"), an acronym
("(WHO, 2020)").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from service.pipeline.entities.calendar import CALENDAR_WORDS
from service.pipeline.entities.candidates import NAME_PARTICLES, PRIORITY_ACRONYM, Candidate
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.cues import CASE_GLUE
from service.pipeline.entities.entity_types import CITATION_VOTE, PARTY_VOTE
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.given_names import GIVEN_NAMES
from service.pipeline.entities.heads import ORG_HEADS
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.text import fold
from service.pipeline.entities.tokens import TokenView

# A year as citations write it: ", 2010)", ", 2010;" or " 2010)" in brackets, "(1964)" or
# "(2000: 103)" in prose, and so with the punctuation tokenized ("( 1964 )", ", 2010 ;");
# not "in 2010 the", "(2010-11)" or "1,964".
CITED_YEAR = re.compile(r"(?:, | |\()((?:1[5-9]|20)\d\d[a-z]?)(?= ?[);:,])")
# Words between authors: "Dye & Bavelier", "Palmeri and Gazio", "Li, Polat, & Scalzo".
AUTHOR_GLUE = frozenset({",", "&", "and"})
# Lower-case words that open a bracketed citation: "(see also, Gibbons et al., 2014)".
CITE_LEADS = frozenset({"see", "also", "e.g.", "cf.", "eg", "cf", "i.e."})
# Capitalised words of one name: "Domínguez Caparrós", "Marsha Kinder"; not "Open Science
# Collaboration".
MAX_AUTHOR_WORDS = 2
MAX_NAME_TOKENS = 5  # "Mendoza - Ruiz", "van der Berg"
MIN_CITED = 3  # authors cited in brackets (or an "et al.") that make a text one that cites
MAX_GROUP = 24  # tokens from one year back to its bracket or ";"
JOINERS = frozenset({"-", "'", "\u2019"})  # "Berez-Kroeker", "O'Brien"
# "Marx, Karl and Engels, Friedrich." at the start of a line: surname, given names, a full
# stop; not "Paris, France." (checked: the given name must be one, ``_inverted``).
_INVERTED_NAME = r"([^\W\d_][\w'\u2019-]*), ([^\W\d_]\w+(?: [^\W\d_]\w+)?)"
PLACE_OF_NOTE = 100_000  # a city a place list would name after a comma
INVERTED = re.compile(rf"(?m)^{_INVERTED_NAME}(?: and {_INVERTED_NAME})?\.(?=\s)")


def _et_al(words: list[str], end: int) -> int:
    """The end of the names before "et al." ending at ``end`` (exclusive), or ``end``."""
    if end >= 3 and words[end - 1] == "." and words[end - 2] == "al" and words[end - 3] == "et":
        return end - 3
    if end >= 2 and words[end - 1] == "al." and words[end - 2] == "et":
        return end - 2
    return end


def _name_start(view: TokenView, end: int, floor: int) -> int:
    """The start of the run of name words ending at ``end`` (exclusive): capitalised words,
    hyphen joins ("Berez-Kroeker") and particles ("van", "de"); ``end`` when none."""
    words = view.words
    k = end
    while k > floor:
        word = words[k - 1]
        glued = k - 1 > floor and view.starts[k - 1] == view.ends[k - 2]
        name = word[:1].isupper() and any(c.islower() for c in word) and not view.stops[k - 1]
        joined = word in JOINERS and glued and k < end and view.starts[k] == view.ends[k - 1]
        particle = word in NAME_PARTICLES and k < end and word not in ("al", "el")
        if not (name or joined or particle):
            break  # a stop word is no name: not "As" in "As Quilis (1964) shows"
        k -= 1
    while k < end and not words[k][:1].isupper():
        k += 1  # a name starts with a capital: not "de Certeau" cut to "de"
    return k


def _author(view: TokenView, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Tokens [start, end) are one author's name, not an organisation or a country."""
    words = view.words[start:end]
    names = [w for w in words if w[:1].isupper()]
    if not names or len(names) > MAX_AUTHOR_WORDS:
        return False
    surface = view.surface(start, end)
    last = names[-1].casefold()
    if known_organization(surface) or last in ORG_HEADS or last in CALENDAR_WORDS:
        return False  # "(World Bank, 2019)", "(March 2014)"
    return gazetteer.country_place(surface) is None


def _authors(
    view: TokenView, begin: int, end: int, gazetteer: Gazetteer
) -> list[tuple[int, int]] | None:
    """Tokens [begin, end) split into author names at commas, "&" and "and", or None when
    some piece is not a name: "Kramer, Simons, & Gratton" -> three names."""
    words = view.words
    out: list[tuple[int, int]] = []
    stop = end
    while stop > begin:
        stop = _et_al(words, stop)
        start = _name_start(view, stop, begin)
        if start == stop or not _author(view, start, stop, gazetteer):
            return None
        out.append((start, stop))
        k = start
        while k > begin and words[k - 1] in AUTHOR_GLUE:
            k -= 1
        if k == start and k > begin:
            return None  # something else sits between two names
        stop = k
    return out


def _bracketed(view: TokenView, year: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """ "(Dye & Bavelier, 2010; ...)", "(Milekic 2010)": the names between "(" or ";" and
    the year."""
    words = view.words
    if year < 2 or words[year - 1] == "(":
        return []
    end = year - 1 if words[year - 1] == "," else year
    k = end
    floor = max(0, year - MAX_GROUP)
    while k > floor and words[k - 1] not in ("(", ";", "\n", "\n\n"):
        k -= 1
    if k == floor or words[k - 1] not in ("(", ";"):
        return []
    begin = k
    while begin < end and (words[begin].casefold() in CITE_LEADS | {","} or words[begin].islower()):
        begin += 1  # "(see for example Brieber 2014"
    return _authors(view, begin, end, gazetteer) or []


def _in_prose(view: TokenView, year: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """ "Quilis (1964)", "Palmeri and Gazio (1995)", "Sapir's (1971)", "X, (2000)"."""
    words = view.words
    n = len(words)
    if year < 2 or words[year - 1] != "(" or year + 1 >= n or words[year + 1] not in {")", ":"}:
        return []
    end = year - 1
    if end > 0 and words[end - 1] in (",", "'s", "\u2019s"):
        end -= 1
    end = _et_al(words, end)
    start = _name_start(view, end, max(0, end - MAX_NAME_TOKENS))
    if start == end or not _author(view, start, end, gazetteer):
        return []
    out = [(start, end)]
    if start > 1 and words[start - 1] in ("and", "&"):
        other = _name_start(view, start - 1, max(0, start - 1 - MAX_NAME_TOKENS))
        if other < start - 1 and _author(view, other, start - 1, gazetteer):
            out.append((other, start - 1))
    return out


def _parties(view: TokenView, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """One-word names on either side of "v." or "versus": "[Lynch] v. [Overholser]"; not a
    country or a state ("Kessel versus Ohio")."""
    words = view.words
    out = []
    for i in view.indices_of(CASE_GLUE):
        for k in (i - 1, i + 1):
            if 0 <= k < len(words) and _one_name(view, k):
                places = gazetteer.lookup(words[k])
                if not any(p.kind in ("country", "region", "admin") for p in places):
                    out.append((k, k + 1))
    return out


def _one_name(view: TokenView, k: int) -> bool:
    """Token ``k`` is a name of one word: capitalised, not all capitals ("FTC"), no stop
    word, and not the start of a longer name ("United States")."""
    words = view.words
    word = words[k]
    if not (word[:1].isupper() and any(c.islower() for c in word)) or view.stops[k]:
        return False
    return not (k + 1 < len(words) and words[k + 1][:1].isupper()) and not (
        k > 0 and words[k - 1][:1].isupper() and words[k - 1].casefold() not in CASE_GLUE
    )


def _inverted(view: TokenView, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """ "Marx, Karl and Engels, Friedrich." at the start of a line: each inverted name."""
    out = []
    starts, text = view.starts, view.text
    for match in INVERTED.finditer(text):
        for group in (1, 3):
            if match.group(group) is None:
                continue
            surname, given = match.group(group), match.group(group + 1)
            first = given.split()[0]
            if not (surname[:1].isupper() and first[:1].isupper()):
                continue
            if fold(first) not in GIVEN_NAMES or any(
                p.kind != "city" or p.capital or p.population >= PLACE_OF_NOTE
                for p in gazetteer.lookup(given)
            ):
                continue  # "Salem, Virginia.": a state, a country or a city of note
            i = bisect_left(starts, match.start(group))
            j = bisect_left(starts, match.end(group + 1))
            if i < len(starts) and starts[i] == match.start(group):
                out.append((i, j))
    return out


def citation_candidates(
    view: TokenView, gazetteer: Gazetteer, signals: ArticleContext
) -> list[Candidate]:
    """Cited authors and parties (module docstring), each a candidate with a person's vote."""
    out = [
        Candidate(s, e, None, {"PERSON": CITATION_VOTE}, PRIORITY_ACRONYM)
        for s, e in _inverted(view, gazetteer)
    ]
    if not (signals.sports or signals.company):
        out += [
            Candidate(s, e, None, {"PERSON": PARTY_VOTE}, PRIORITY_ACRONYM)
            for s, e in _parties(view, gazetteer)
        ]
    starts = view.starts
    years = []
    for match in CITED_YEAR.finditer(view.text):
        i = bisect_left(starts, match.start(1))
        if i < len(starts) and starts[i] == match.start(1):
            years.append(i)
    spans = [span for i in years for span in _bracketed(view, i, gazetteer)]
    if len(spans) < MIN_CITED and "et al" not in view.text:
        return out  # "(Three Sinners, 1950)" in a filmography: a title, no citation
    spans += [span for i in years for span in _in_prose(view, i, gazetteer)]
    return out + [
        Candidate(s, e, None, {"PERSON": CITATION_VOTE}, PRIORITY_ACRONYM) for s, e in spans
    ]
