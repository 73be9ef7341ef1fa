"""Candidate entity spans: the model's, trimmed and split, plus what it missed.

Sources, strongest first when spans overlap (longest wins, then priority):

- acronym definitions: "Economic Community of West African States (ECOWAS)",
- the alias table and the gazetteer, matched on token n-grams (dict lookups, no scans),
- titles before capitalised names: "Mr Keita", "President Bola Tinubu",
- the model's own spans.

All positions are token indices into the ``Doc``; ``TokenView`` holds the token texts
once so that no step touches spaCy objects in a loop.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, compress
from operator import add, itemgetter

from spacy.attrs import IDX, IS_STOP, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from service.pipeline.entities.entity_types import (
    MODEL_LABELS,
    NOT_NAMES,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_VOTE,
    PLACE_NOUNS,
    TITLE_VOTE,
    UNTYPED_LABELS,
)
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.known_names import known_organization, organization_keys
from service.pipeline.entities.text import fold, initials
from service.pipeline.entities.titles import (
    LOWER_TRIGGERS,
    ROLE_HEADS,
    ROLE_STOP,
    ROLE_WORDS,
    TITLE_TRIGGERS,
)

MAX_NGRAM = 6
MAX_ROLE_WORDS = 4  # "deputy prime minister for finance" is about as long as roles get
LEADING_DROP = frozenset({"the", "a", "an", "this", "that", "these", "those"})
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
# Words after which a capitalised known place name is being used as a place.
PLACE_PREPS = frozenset(
    """in from to of near at across into outside inside toward towards via throughout around
    within between northern southern eastern western central north south east west
    neighbouring neighboring""".split()  # noqa: SIM905 - word lists read better as text
)
SPEECH = frozenset({"said", "says", "told", "added", "stated", "wrote", "warned", "argued"})
LIST_GLUE = frozenset({",", "and", "or", "&"})
# Connectors allowed inside an acronym's long form: "Bank *for* International Settlements".
ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "on", "de", "in", "&", "-", "to", "'s"})
# Lower-case words inside a span that may separate two names the model ran together:
# "Kyiv and Odesa", "Matarani in Arequipa".
SPLITTERS = frozenset({"and", ",", "in", "&"})
# Particles inside person names: "Abdulaziz bin Salman", "Lula da Silva".
NAME_PARTICLES = frozenset(
    {"bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "dos", "del"}
)

PRIORITY_MODEL = 1
PRIORITY_TITLE = 2
PRIORITY_LEXICON = 2
PRIORITY_ACRONYM = 3


_VIEW_ATTRS = [ORTH, IDX, IS_STOP]
# Token texts by orth id, shared by all docs: an orth id is the hash of its text, the same
# in every vocab. Bounded: cleared when full (a long-running worker sees many numbers).
_WORD_CACHE: dict[int, str] = {}
_WORD_CACHE_MAX = 1 << 18


def _words(orths: list[int], strings: StringStore) -> list[str]:
    try:
        return list(map(_WORD_CACHE.__getitem__, orths))
    except KeyError:
        if len(_WORD_CACHE) > _WORD_CACHE_MAX:
            _WORD_CACHE.clear()
        words = list(map(strings.__getitem__, orths))
        _WORD_CACHE.update(zip(orths, words, strict=True))
        return words


@dataclass(slots=True)
class TokenView:
    """The tokens of a Doc as plain lists."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    stops: list[bool]  # spaCy's stop-word flag: "Best" is a town, "best" a word
    caps: list[bool]  # starts with a capital letter
    _breaks: list[int] | None = None  # see ngram_end
    _capitals: list[int] | None = None  # see capitalised

    def capitalised(self) -> list[int]:
        """Indices of the tokens that start with a capital letter, in order."""
        if self._capitals is None:
            self._capitals = list(compress(range(len(self.caps)), self.caps))
        return self._capitals

    def indices_of(self, forms: frozenset[str] | set[str]) -> list[int]:
        """Indices of the tokens written as one of ``forms``, in order."""
        if forms.isdisjoint(self.words):
            return []
        return [i for i, w in enumerate(self.words) if w in forms]

    @classmethod
    def of(cls, doc: Doc, text: str) -> TokenView:
        """The tokens of ``doc``, the model's reading of ``text``, in one ``to_array`` call
        instead of a ``Token`` object per token."""
        orths, starts, stop_flags = doc.to_array(_VIEW_ATTRS).T.tolist()
        words = _words(orths, doc.vocab.strings)
        ends = list(map(add, starts, map(len, words)))
        if ends and (ends[-1] > len(text) or text[starts[-1] : ends[-1]] != words[-1]):
            raise ValueError("the Doc is not the model's reading of this text")
        stops = list(map(bool, stop_flags))
        capitals = list(map(str.isupper, map(itemgetter(0), words)))
        return cls(text, words, starts, ends, stops, capitals)

    def surface(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]

    def ngram_end(self, start: int) -> int:
        """The furthest end of an n-gram from ``start`` that stays on one line: a name
        never runs across a paragraph break."""
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = self._line_breaks()
        limit = min(len(self.words), start + MAX_NGRAM)
        k = bisect_left(breaks, start + 1)
        return min(limit, breaks[k]) if k < len(breaks) else limit

    def _line_breaks(self) -> list[int]:
        """Token indices ``k`` with a line break between the end of token ``k - 1`` and
        the end of token ``k``: where ``ngram_end`` stops."""
        text, ends = self.text, self.ends
        out: list[int] = []
        pos = text.find("\n")
        while pos >= 0:
            k = bisect_right(ends, pos)
            if 0 < k < len(ends) and (not out or out[-1] != k):
                out.append(k)
            pos = text.find("\n", pos + 1)
        return out

    def live_starts(self, indices: list[int], prefixes: frozenset[str] | set[str]) -> list[int]:
        """The ``indices`` from which some n-gram may fold to a key with all its word
        prefixes in ``prefixes``: not a lone word (one followed by a space, or the last)
        whose fold is no such prefix. ``ngram_limit`` prunes the rest of the n-grams."""
        starts, ends, words = self.starts, self.ends, self.words
        last = len(words) - 1
        return [
            i
            for i in indices
            if not (i == last or starts[i + 1] != ends[i])
            or (key := fold(words[i])) in prefixes
            or not key
        ]

    def ngram_limit(self, start: int, prefixes: frozenset[str] | set[str]) -> int:
        """``ngram_end(start)``, lowered to the n-grams that can still fold to a key whose
        word prefixes are all in ``prefixes`` (see ``word_prefixes``).

        Where a space separates two tokens, an n-gram that runs on past it folds to the
        fold of its part before the space, a space, and more words; so when that part's
        fold is not a prefix of any key, no longer n-gram is a key, nor is the part itself.
        Nothing else is pruned: lookups on the n-grams left find exactly what they did."""
        end = self.ngram_end(start)
        starts, ends, text = self.starts, self.ends, self.text
        begin = starts[start]
        for j in range(start + 1, end):
            if starts[j] != ends[j - 1]:
                key = fold(text[begin : ends[j - 1]])
                if key and key not in prefixes:
                    return j - 1
        return end


@dataclass(slots=True)
class Candidate:
    start: int  # token index
    end: int  # exclusive
    label: str | None = None  # the model's label, mapped to our types
    votes: dict[str, float] = field(default_factory=dict)
    priority: int = PRIORITY_MODEL
    role: str | None = None
    canonical: str | None = None  # from the alias table


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


_JUNK_CHARS = frozenset("/@=\n")


def _junk(words: list[str]) -> bool:
    """Lone digits, punctuation, URLs, photo-credit slashes, all-lowercase phrases, lone
    titles ("State", "Prime Minister") and months, days and currencies."""
    folded = [w.casefold() for w in words if w.casefold() != "of"]
    if all(w in ROLE_WORDS for w in folded) and (
        len(folded) == 1 or any(w in ROLE_HEADS for w in folded)
    ):
        return True
    if len(words) == 1 and words[0].casefold() in NOT_NAMES:
        return True
    joined = "".join(words)
    if not any(ch.isalpha() for ch in joined) or len(joined) < 2:
        return True
    if not _JUNK_CHARS.isdisjoint(joined) or "http" in joined:
        return True
    return not any(_capitalised(w) for w in words)


def trim(view: TokenView, cand: Candidate, gazetteer: Gazetteer | None = None) -> list[Candidate]:
    """Split at line breaks; drop determiners, possessives, edge punctuation and (for
    people) leading titles, which become the candidate's role."""
    pieces: list[tuple[int, int]] = []
    begin = cand.start
    for i in range(cand.start, cand.end):
        if not view.words[i].strip() or "\n" in view.words[i]:
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, cand.end))
    if len(pieces) > 1:
        # A span across a paragraph break is one wrong guess; its label says nothing
        # about the pieces ("Deby Visits Capital\n\nOfficials" labelled ORG).
        cand = Candidate(cand.start, cand.end, None, dict(cand.votes), cand.priority, cand.role)
    out = []
    for begin, stop in pieces:
        out.extend(_trim_piece(view, cand, (begin, stop), gazetteer))
    return out


def _trim_piece(
    view: TokenView, cand: Candidate, span: tuple[int, int], gazetteer: Gazetteer | None
) -> list[Candidate]:
    words = view.words
    start, end = span
    role: list[str] = []
    while start < end and (
        words[start].casefold() in LEADING_DROP
        or not any(c.isalpha() for c in words[start])
        or (words[start].islower() and words[start] not in NAME_PARTICLES)
    ):
        start += 1  # "the", quotes, "state Department of Public Safety"
    if end - start > 2 and words[start + 1] == "of" and words[start].casefold() in ROLE_WORDS:
        start += 2  # "Founder of Ceres Robotics"
    # Possessives, scores ("Tottenham Hotspur 2-1") and trailing common nouns
    # ("Malatya province": the noun is evidence of the type, not part of the name).
    while end > start and (
        words[end - 1] in POSSESSIVE
        or not any(c.isalpha() for c in words[end - 1])
        or (
            words[end - 1].islower()
            and words[end - 1] not in NAME_PARTICLES
            and end - 1 > start
            and view.starts[end - 1] > view.ends[end - 2]  # not "Ching-te"
        )
    ):
        end -= 1
    if end < len(words) and words[end] == "+" and view.starts[end] == view.ends[end - 1]:
        end += 1  # "OPEC+"
    if cand.label == "PERSON":
        end = _through_particles(words, end)
    if cand.label == "PERSON":
        while end - start > 1 and words[start].casefold() in ROLE_WORDS:
            role.append(words[start].casefold())
            start += 1
    if start >= end or _junk(words[start:end]):
        return []
    inner = _inner_break(view, start, end, cand.label, gazetteer)
    if inner is not None:
        # "Garrett hit Rudolph", "Jeff Bezos's Blue Origin": two names, not one.
        left = trim(view, Candidate(start, inner, cand.label), gazetteer)
        return left + trim(view, Candidate(inner + 1, end, None), gazetteer)
    piece = Candidate(start, end, cand.label, dict(cand.votes), cand.priority, cand.role)
    piece.canonical = cand.canonical
    if role:
        piece.role = " ".join(w for w in role if w not in ROLE_STOP) or None
    return [piece]


def _through_particles(words: list[str], end: int) -> int:
    """A person span the model cut inside a name's particles ("Ursula von" + "der Leyen")
    runs on through them to the capitalised word that completes the name."""
    k = end
    while k < len(words) and words[k] in NAME_PARTICLES and k - end < 2:
        k += 1
    cut = k > end or words[end - 1] in NAME_PARTICLES
    return k + 1 if cut and k < len(words) and words[k][:1].isupper() else end


# Lower-case words that may sit inside a name: "Bank of England", "Lula da Silva".
INNER_GLUE = frozenset(
    """of and for the on in at de da do dos das del della di du des la le van von der den
    bin ibn al el y upon to""".split()  # noqa: SIM905 - word lists read better as text
)


INNER_PUNCT = frozenset({"-", ".", "&", "'", "\u2019", "+"})


def _inner_break(
    view: TokenView, start: int, end: int, label: str | None, gazetteer: Gazetteer | None
) -> int | None:
    """Index of a token that cannot be inside one name, if any: a verb ("Garrett hit
    Rudolph"), a colon, or a possessive after a person or a known name ("Jeff Bezos's Blue
    Origin", "Russia's Wagner Group"; not "People's Liberation Army")."""
    words = view.words
    for k in range(start + 1, end - 1):
        word = words[k]
        if word.isalpha() and word.islower() and word not in INNER_GLUE:
            return k
        if not any(c.isalnum() for c in word) and word not in INNER_PUNCT | POSSESSIVE:
            return k
        if word in POSSESSIVE:
            left = view.surface(start, k)
            if label == "PERSON" or (
                gazetteer is not None
                and (_known_piece(left, gazetteer) is not None or _is_place(left, gazetteer))
            ):
                return k
    return None


def model_candidates(doc: Doc, view: TokenView, gazetteer: Gazetteer) -> list[Candidate]:
    spans: list[Candidate] = []
    for ent in doc.ents:
        label = MODEL_LABELS.get(ent.label_)
        if label is None and ent.label_ not in UNTYPED_LABELS:
            continue
        last = spans[-1] if spans else None
        if last is not None and label == last.label == "PERSON" and last.end == ent.start:
            last.end = ent.end  # "Prince Abdulaziz" + "bin Salman": one name cut in two
            continue
        spans.append(Candidate(ent.start, ent.end, label))
    return [piece for cand in spans for piece in trim(view, cand, gazetteer)]


def _known_piece(surface: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    org = known_organization(surface)
    if org is not None:
        return "ORGANIZATION", org
    places = gazetteer.lookup(surface)
    if places and places[0].kind in ("country", "region"):
        return "LOCATION", None
    return None


def split_composite(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> list[Candidate]:
    """ "Reuters Mali" (one PERSON span) -> Reuters + Mali, when the span is nothing but
    known names and at least one of them is a known organisation."""
    if cand.end - cand.start < 2:
        return [cand]
    whole = view.surface(cand.start, cand.end)
    if _known_piece(whole, gazetteer) is not None or gazetteer.lookup(whole):
        return [cand]
    first = gazetteer.country_place(view.words[cand.start])
    rest = view.words[cand.start + 1 : cand.end]
    if (
        first is not None
        and len(rest) > 1
        and all(_capitalised(w) for w in rest)
        and rest[-1].casefold() not in ORG_HEADS
    ):
        # "Ukraine Kurt Volker": a country, then a name of its own.
        return [
            Candidate(cand.start, cand.start + 1),
            Candidate(cand.start + 1, cand.end, cand.label),
        ]
    for k in range(cand.start + 1, cand.end - 1):
        if view.words[k] in SPLITTERS and _is_place(view.surface(k + 1, cand.end), gazetteer):
            left_known = _is_place(view.surface(cand.start, k), gazetteer)
            if view.words[k] == "in" or left_known:
                return [Candidate(cand.start, k), Candidate(k + 1, cand.end)]
    parts: list[Candidate] = []
    i = cand.start
    has_org = False
    while i < cand.end:
        for j in range(cand.end, i, -1):
            known = _known_piece(view.surface(i, j), gazetteer)
            if known is not None:
                etype, canonical = known
                has_org = has_org or etype == "ORGANIZATION"
                parts.append(
                    Candidate(i, j, None, {etype: ORG_VOTE}, PRIORITY_LEXICON, None, canonical)
                )
                i = j
                break
        else:
            return [cand]
    return parts if has_org and len(parts) > 1 else [cand]


def _is_place(surface: str, gazetteer: Gazetteer) -> bool:
    places = gazetteer.lookup(surface)
    return bool(places) and places[0].major


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
            and _capitalised(words[other])
            and gazetteer.lookup(words[other])
        ):
            return STRONG_CONTEXT
    return 0


def _accept_place(
    place: Place, view: TokenView, span: tuple[int, int], context: set[str], gazetteer: Gazetteer
) -> bool:
    words = view.words
    start, end = span
    if (
        end < len(words)
        and _capitalised(words[end])
        and words[end] not in POSSESSIVE
        and not gazetteer.lookup(words[end])
    ):
        return False  # part of a longer name: "Jordan Henderson", "Paris Saint-Germain"
    if place.kind in ("country", "region"):
        return True
    evidence = place_context(view, start, end, gazetteer)
    if place.geonames_id is None:
        return False
    if place.country_code in context:
        return place.major or evidence >= STRONG_CONTEXT
    return place.major and evidence > 0


def word_prefixes(keys: Iterable[str]) -> set[str]:
    """Every key cut after each of its words: "new york city" -> "new", "new york",
    "new york city"."""
    out: set[str] = set()
    for key in keys:
        out.add(key)
        cut = key.find(" ")
        while cut >= 0:
            out.add(key[:cut])
            cut = key.find(" ", cut + 1)
    return out


def lexicon_prefixes(gazetteer: Gazetteer) -> frozenset[str]:
    """The word prefixes of every folded name ``gazetteer.lookup`` or ``known_organization``
    can match (built once per process, in ``pipeline.resources``)."""
    return frozenset(word_prefixes(chain(gazetteer.places, organization_keys())))


AL_FORMS = frozenset({"al", "al-"})  # lower-case starts of names: "al-Sudani"


def lexicon_candidates(
    view: TokenView, gazetteer: Gazetteer, prefixes: frozenset[str], context: set[str]
) -> list[Candidate]:
    """Known organisations and places on token n-grams the model may have missed;
    ``prefixes`` is ``lexicon_prefixes(gazetteer)``."""
    out: list[Candidate] = []
    words = view.words
    caps = view.caps
    starts = view.capitalised()
    particles = view.indices_of(AL_FORMS)
    if particles:
        starts = sorted({*starts, *particles})
    for i in view.live_starts(starts, prefixes):
        first = words[i]
        for j in range(view.ngram_limit(i, prefixes), i, -1):
            last = words[j - 1]
            if not caps[j - 1] and j - 1 != i and last.islower():
                continue  # names end in a capital word, or one like "d'Ivoire"
            surface = view.surface(i, j)
            org = known_organization(surface)
            if org is not None:
                out.append(
                    Candidate(
                        i, j, None, {"ORGANIZATION": ORG_VOTE + 1}, PRIORITY_LEXICON, None, org
                    )
                )
                break
            places = gazetteer.lookup(surface)
            if not places or (
                j - i == 1
                and (view.stops[i] or not _capitalised(first) or first.casefold() in NOT_NAMES)
            ):
                continue
            if _accept_place(places[0], view, (i, j), context, gazetteer):
                out.append(Candidate(i, j, None, {}, PRIORITY_LEXICON))
                break
    return out


def acronym_candidates(view: TokenView) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """Definitions written "Long Form (LF)": both spans, and the pair for consolidation."""
    out: list[Candidate] = []
    pairs: list[tuple[str, str]] = []
    words = view.words
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        acr = words[i + 1]
        letters = "".join(ch for ch in acr if ch.isupper())
        if (
            len(letters) < 2
            or not acr[:1].isupper()
            or not acr.replace(".", "").replace("&", "").isalnum()
        ):
            continue
        best = None
        for k in range(i - 1, max(-1, i - 16), -1):
            if not (_capitalised(words[k]) or words[k].casefold() in ACRONYM_GLUE):
                break
            if not _capitalised(words[k]):
                continue
            span = words[k:i]
            if letters in (initials(span, False), initials(span, True)):
                best = k
        if best is None:
            # Not the initials ("National Liberation Army (ELN)"): take the capitalised run
            # right before the bracket, if it is at least two words long.
            k = i
            while k > 0 and (_capitalised(words[k - 1]) or words[k - 1] in ("of", "and", "for")):
                k -= 1
            while k < i and not _capitalised(words[k]):
                k += 1
            if i - k < 2 or not acr.isupper():
                continue
            best = k
        # An organisation unless the gazetteer knows the long form ("... Congo (DRC)").
        vote = {"ORGANIZATION": ORG_VOTE}
        out.append(Candidate(best, i, None, dict(vote), PRIORITY_ACRONYM))
        out.append(Candidate(i + 1, i + 2, None, dict(vote), PRIORITY_ACRONYM))
        pairs.append((acr, view.surface(best, i)))
    return out, pairs


def _name_word(view: TokenView, j: int) -> bool:
    """A word that continues a name after a title: capitalised and not a stop word ("Of",
    "Can" in a title-case headline), or a particle before one."""
    words = view.words
    word = words[j]
    if _capitalised(word):
        return word.casefold() not in ROLE_WORDS and not view.stops[j]
    return word in NAME_PARTICLES and j + 1 < len(words) and _capitalised(words[j + 1])


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
            (_capitalised(word) and word.casefold() in TITLE_TRIGGERS)
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
    if k + 1 < n and _capitalised(words[k]) and words[k + 1] in POSSESSIVE:
        k += 2
    elif k < n and _capitalised(words[k]) and words[k].casefold() not in ROLE_WORDS:
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


def select(cands: list[Candidate]) -> list[Candidate]:
    """Merge same-range candidates, then keep the longest non-overlapping ones."""
    merged: dict[tuple[int, int], Candidate] = {}
    for cand in cands:
        key = (cand.start, cand.end)
        have = merged.get(key)
        if have is None:
            merged[key] = cand
            continue
        for etype, weight in cand.votes.items():
            have.votes[etype] = max(have.votes.get(etype, 0.0), weight)
        have.label = have.label or cand.label
        have.role = have.role or cand.role
        have.canonical = have.canonical or cand.canonical
        have.priority = max(have.priority, cand.priority)
    ordered = sorted(merged.values(), key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: set[int] = set()
    kept = []
    for cand in ordered:
        rng = range(cand.start, cand.end)
        if any(i in taken for i in rng):
            continue
        taken.update(rng)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
