"""The model's spans as candidates: trimmed of determiners, titles and possessives, cut at
line breaks and verbs, and split when one span holds several known names."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from service.pipeline.entities.calendar import starts_date
from service.pipeline.entities.candidates import (
    LEADING_DROP,
    NAME_PARTICLES,
    POSSESSIVE,
    PRIORITY_LEXICON,
    Candidate,
    capitalised,
    has_letter,
)
from service.pipeline.entities.cues import COMPANY_BEFORE_PAIRS, REPORTING_PERIOD, SPORTS_WORDS
from service.pipeline.entities.entity_types import MODEL_LABELS, NOT_NAMES, ORG_VOTE, UNTYPED_LABELS
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.given_names import given_name
from service.pipeline.entities.heads import (
    DESCRIPTORS,
    LEGAL_FORMS,
    ORG_HEADS,
    ORG_NOUNS,
    trade_word,
)
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.titles import (
    PORTFOLIOS,
    ROLE_HEADS,
    ROLE_STOP,
    ROLE_WORDS,
    TITLE_TRIGGERS,
)
from service.pipeline.entities.tokens import TokenView
from service.pipeline.results import (
    DASHES,
    DETAIL_LABELS,
    MAX_ROW_CHARS,
    is_detail,
    is_lineup,
    is_listed,
    team_line,
)

# Lower-case words inside a span that may separate two names the model ran together:
# "Kyiv and Odesa", "Matarani in Arequipa", "(from) Vire to Le Mans".
SPLITTERS = frozenset({"and", ",", "in", "&", "to"})

_JUNK_CHARS = frozenset("/@=\n")
# Abbreviations that open a name and that the model leaves out of it now and then ("St.
# Louis Rams" read as "Louis Rams").
SAINTS = frozenset({"St.", "St", "Ste.", "Ste"})


@lru_cache(maxsize=1 << 16)
def _junk(words: tuple[str, ...]) -> bool:
    """Lone digits, punctuation, URLs, photo-credit slashes, all-lowercase phrases, lone
    titles ("State", "Prime Minister") and months, days and currencies. Kept per word
    sequence: the same names come back mention after mention and article after article."""
    folded = [w for w in map(str.casefold, words) if w != "of"]
    if ROLE_WORDS.issuperset(folded) and (len(folded) == 1 or not ROLE_HEADS.isdisjoint(folded)):
        return True
    if len(words) == 1 and folded and (folded[0] in NOT_NAMES or folded[0] in DESCRIPTORS):
        return True  # "Drugmakers said ..." opening a sentence
    joined = "".join(words)
    if len(joined) < 2 or not has_letter(joined):
        return True
    if not _JUNK_CHARS.isdisjoint(joined) or "http" in joined:
        return True
    return not any(w[:1].isupper() for w in words)


def trim(
    view: TokenView, cand: Candidate, gazetteer: Gazetteer | None = None, *, extend: bool = True
) -> list[Candidate]:
    """Split at line breaks; drop determiners, possessives, edge punctuation and (for
    people) leading titles, which become the candidate's role. ``extend``: a person's span
    may run on through the particles after it (``_through_particles``)."""
    pieces: list[tuple[int, int]] = []
    begin = cand.start
    for i in range(cand.start, cand.end):
        if not view.words[i].strip() or "\n" in view.words[i] or _after_slug(view, begin, i):
            pieces.append((begin, i))
            begin = i + 1
    pieces.append((begin, cand.end))
    if len(pieces) > 1:
        # A span across a paragraph break, or across the dash after a sports slug, is one
        # wrong guess; its label says nothing about the pieces ("Deby Visits
        # Capital\n\nOfficials" labelled ORG, "BASKETBALL - NBA RESULTS" labelled ORG).
        cand = Candidate(cand.start, cand.end, None, dict(cand.votes), cand.priority, cand.role)
    out = []
    for begin, stop in pieces:
        out.extend(_trim_piece(view, cand, (begin, stop), gazetteer, extend))
    return out


_DASHES = DASHES | {"\u2014"}  # a slug's dash may be an em dash too


def _after_slug(view: TokenView, begin: int, i: int) -> bool:
    """Whether token ``i`` is a dash with a space on each side that ends what opens the span:
    a sports desk's slug, sport words only ("SOCCER - JAPAN GET LUCKY WIN", "MOTOR RACING -
    HILL WINS"), a detail's label ("Tries - Christian Cullen"), or the team that opens a
    line of match details ("Juventus - Boksic ( 55th minute )", "Inter - Pagliuca , Bergomi
    , Fresi"). Not a dash inside a name ("Great British Energy - Nuclear", "Bre-X")."""
    words = view.words
    if not (words[i] in _DASHES and begin < i and view.spaced(i)):
        return False
    if all(w.casefold() in SPORTS_WORDS for w in words[begin:i]):
        return True
    if " ".join(words[begin:i]).casefold() in DETAIL_LABELS:
        return True  # a detail's label before a dash: "Conversions - Andrew Mehrtens 3"
    bounds = _short_line(view, view.starts[begin], view.ends[i])
    if bounds is None:
        return False  # a line too long to be one of match details
    text, (start, stop) = view.text, bounds
    before = text[start : view.starts[begin]].strip()
    if before and not (before.endswith(":") and is_detail(before)):
        return False  # the span opens neither its line nor a detail ("Scorers : Juventus")
    line = text[start:stop].strip()
    rest = text[view.starts[begin] : stop].strip()
    return team_line(rest) and (is_detail(line) or is_lineup(rest) or _minute_after(words, i))


def _short_line(view: TokenView, begin: int, end: int) -> tuple[int, int] | None:
    """The character bounds of the line that holds ``view.text[begin:end]``, or None when it
    runs on for more than MAX_ROW_CHARS either side: rows, details and listed lines are
    short, and the search for the line's ends never goes further."""
    text = view.text
    first, last = begin - MAX_ROW_CHARS, end + MAX_ROW_CHARS
    start = text.rfind("\n", max(0, first), begin) + 1
    stop = text.find("\n", end, last)
    if (start == 0 and first > 0) or (stop < 0 and last < len(text)):
        return None
    return start, len(text) if stop < 0 else stop


def _minute_after(words: list[str], i: int) -> bool:
    """A bracketed number after the name that follows the dash: "Juventus - Boksic ( 55th"."""
    k = i + 1
    while k < len(words) and words[k][:1].isupper():
        k += 1
    return k + 1 < len(words) and words[k] == "(" and words[k + 1][:1].isdigit()


def _trim_piece(
    view: TokenView,
    cand: Candidate,
    span: tuple[int, int],
    gazetteer: Gazetteer | None,
    extend: bool = True,
) -> list[Candidate]:
    words = view.words
    start, end = span
    role: list[str] = []
    while start < end and (
        words[start].casefold() in LEADING_DROP
        or (not has_letter(words[start]) and not _numbered_name(view, start, end))
        or (words[start].islower() and words[start] not in NAME_PARTICLES)
        or (start + 1 < end and trade_word(words[start].casefold()))
    ):
        start += 1  # "the", quotes, "state Department of Public Safety", "Rival Samsung"
    if end - start > 2 and words[start + 1] == "of" and words[start].casefold() in ROLE_HEADS:
        start += 2  # "Founder of Ceres Robotics"; not "State of Ohio"
    if end - start > 2 and (words[start].casefold(), words[start + 1]) in COMPANY_BEFORE_PAIRS:
        start += 2  # "Shares of Nvidia Corp" at the start of a sentence
    # Possessives, scores ("Tottenham Hotspur 2-1") and trailing common nouns
    # ("Malatya province": the noun is evidence of the type, not part of the name).
    while end > start and (
        words[end - 1] in POSSESSIVE
        or not has_letter(words[end - 1])
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
    if end - start > 1 and (
        starts_date(words, end - 1) or REPORTING_PERIOD.fullmatch(words[end - 1])
    ):
        # "Hugh McGuire Sunday, May 28, 2006": the name, then the date; "Vitro Q3": the
        # company, then the quarter of its results.
        end -= 1
    end = _name_end(words, start, end, cand.label, extend)
    while end - start > 3 and "-" in (rank := view.compound(start)) and rank in TITLE_TRIGGERS:
        role.append(rank)  # "Major-General Sutiyoso", whatever the model's label
        start += 3
    if cand.label == "PERSON":
        while end - start > 1 and words[start].casefold() in ROLE_WORDS:
            role.append(words[start].casefold())
            start += 1
    if start >= end or _junk(tuple(words[start:end])):
        return []
    inner = _inner_break(view, start, end, cand.label, gazetteer)
    if inner is not None:
        return _split(view, Candidate(start, end, cand.label), inner, gazetteer)
    return [_piece(cand, start, _with_legal_form(words, end, cand.label), role)]


def _piece(cand: Candidate, start: int, end: int, role: list[str]) -> Candidate:
    """``cand`` trimmed to ``start:end``, with the ``role`` words trimmed off it; ``cand``
    itself when nothing was."""
    if start == cand.start and end == cand.end and not role:
        return cand
    piece = Candidate(start, end, cand.label, dict(cand.votes), cand.priority, cand.role)
    piece.canonical = cand.canonical
    if role:
        piece.role = " ".join(w for w in role if w not in ROLE_STOP) or None
    return piece


def _with_legal_form(words: list[str], end: int, label: str | None) -> int:
    """The end of an organisation's name (or an unlabelled one) with the comma and legal
    form right after it: "Atlantic Lottery Corporation, Inc."; not "Denver, CO"."""
    if (
        label in (None, "ORGANIZATION")
        and end + 1 < len(words)
        and words[end] == ","
        and words[end + 1].casefold() in LEGAL_FORMS
        and capitalised(words[end + 1])
    ):
        return end + 2
    return end


def _numbered_name(view: TokenView, start: int, end: int) -> bool:
    """ "7-Eleven": a number joined by a hyphen to a capitalised word is part of the name
    (a lone number before a name, "3 Arsenal", is not)."""
    words = view.words
    if not words[start][:1].isdigit() or start + 2 >= end:
        return False
    return view.hyphen(start + 1) and words[start + 2][:1].isupper()


def _name_end(words: list[str], start: int, end: int, label: str | None, extend: bool) -> int:
    """A person's name runs on through its particles (when ``extend``); another name ends
    before a portfolio."""
    if label != "PERSON":
        return _before_portfolio(words, start, end)
    return _through_particles(words, end) if extend else end


def _before_portfolio(words: list[str], start: int, end: int) -> int:
    """The end of a name the model ran on into a portfolio before a title: "EU Farm" of
    "EU Farm Commissioner Franz Fischler" is the EU, and "Farm Commissioner" the role. Not
    a portfolio the name holds: "Ministry of Foreign Affairs spokesman Mao Ning"."""
    if end >= len(words) or words[end].casefold() not in TITLE_TRIGGERS:
        return end
    k = end
    while k - start > 1 and words[k - 1].casefold() in PORTFOLIOS:
        k -= 1
    return k if capitalised(words[k - 1]) else end


def _through_particles(words: list[str], end: int) -> int:
    """A person span the model cut inside a name's particles ("Ursula von" + "der Leyen")
    runs on through them to the capitalised word that completes the name."""
    k = end
    while k < len(words) and words[k] in NAME_PARTICLES and k - end < 2:
        k += 1
    cut = k > end or words[end - 1] in NAME_PARTICLES
    return k + 1 if cut and k < len(words) and words[k][:1].isupper() else end


# Lower-case words that may sit inside a name: "Bank of England", "Lula da Silva" (a
# person's particles, ``NAME_PARTICLES``, and the connectors of other names).
INNER_GLUE = NAME_PARTICLES | frozenset(
    """of and for the on in at do das della des la le y upon to""".split()  # noqa: SIM905 - word lists read better as text
)


# One lower-case letter inside a name: "Seven & i Holdings"; not "v" (versus, "Sydney FC v
# Western Sydney Wanderers") or "x" (times, versus).
LETTER_GLUE = frozenset("abcdefghijklmnopqrstuvwxyz") - {"v", "x"}
EDITORIAL = frozenset({"[", "]"})
INNER_PUNCT = frozenset({"-", ".", "&", "'", "\u2019", "+"})
# What may sit inside one name (``_inner_break``), each set built once.
_INNER_WORDS = INNER_GLUE | LETTER_GLUE
_INNER_MARKS = INNER_PUNCT | POSSESSIVE
# Glue of organisation and place names ("University of Texas at Austin"), and the "and"
# between two people ("Boksic and Del Piero"), that no person's
# name holds ("Peter the Great", "Catherine of Aragon" and "Earl of Clare" do hold theirs).
_NOT_IN_PERSON = frozenset({"and", "for", "on", "in", "at", "upon", "to"})


def _ends_person(view: TokenView, k: int, end: int, gazetteer: Gazetteer | None) -> bool:
    """Whether word ``k`` of a person's span ends the name: "Victoria at Bellerive Oval"
    (no person's name runs through "at"), "Aryna Sabalenka of Belarus" (not "Catherine of
    Aragon")."""
    word = view.words[k]
    if word in _NOT_IN_PERSON:
        return True
    return (
        word == "of"
        and gazetteer is not None
        and gazetteer.country_place(view.surface(k + 1, end)) is not None
    )


def _inner_break(
    view: TokenView, start: int, end: int, label: str | None, gazetteer: Gazetteer | None
) -> int | None:
    """Index of a token that cannot be inside one name, if any: a verb ("Garrett hit
    Rudolph"), a colon, a possessive after a person or a known name ("Jeff Bezos's Blue
    Origin", "Russia's Wagner Group"; not "People's Liberation Army"), or what ends a
    person's name (``_ends_person``)."""
    words = view.words
    for k in range(start + 1, end - 1):
        word = words[k]
        if word.isalpha() and word.islower() and word not in _INNER_WORDS:
            if view.hyphened(k):
                continue  # "Zia-ul-Haq", "Salah-ud-Din": a particle glued by hyphens
            return k
        if label == "PERSON" and _ends_person(view, k, end, gazetteer):
            return k
        score = word.isdigit() and not (len(word) == 2 and word.startswith("0"))
        if score or (
            word == "-"
            and (_label_dash(view, start, k, end, gazetteer) or _line_dash(view, start, k))
        ):
            return k  # a score between two names ("Leganes 0 Real Madrid"), a label's dash
        if not any(c.isalnum() for c in word) and word not in _INNER_MARKS:
            if label == "PERSON" and word in EDITORIAL:
                continue  # "[George H. W.] Bush": an editor's brackets inside a name
            return k
        if word in POSSESSIVE:
            left = view.surface(start, k)
            if label == "PERSON" or (
                gazetteer is not None
                and (known_piece(left, gazetteer) is not None or is_place(left, gazetteer))
            ):
                return k
    return None


def _split(
    view: TokenView, cand: Candidate, inner: int, gazetteer: Gazetteer | None
) -> list[Candidate]:
    """A span cut at ``inner``: "Garrett hit Rudolph", "Jeff Bezos's Blue Origin" are two
    names, not one. The name before the break ends there: it does not run on through it
    again. After a label's dash (``_label_dash``) comes a person's full name, or a
    nationality that describes the name before it, which is no name of its own; after an
    office in a listed line (``_listed_label``), its holder, and the office is no name;
    after a line's slug (``_line_dash``), any name."""
    left = trim(view, Candidate(cand.start, inner, cand.label), gazetteer, extend=False)
    if view.words[inner] != "-":
        return left + trim(view, Candidate(inner + 1, cand.end, None), gazetteer)
    if _demonym(view.words[inner + 1], gazetteer):
        return left  # "DUSKO TADIC - Bosnian Serb"
    after = Candidate(inner + 1, cand.end, "PERSON")
    label = _listed_label(view, inner)
    if label is not None and not _OFFICES.isdisjoint(label.casefold().split()):
        # an office, then its holder: "Interior - Anatoly Kulikov", "Deputy Prime Minister
        # and State Property - Alfred Kokh"; the office is no name
        return trim(view, after, gazetteer)
    if not _label_dash(view, cand.start, inner, cand.end, gazetteer):
        after.label = None  # after the dash of a line's slug, any name
    return left + trim(view, after, gazetteer)


def _label_dash(view: TokenView, start: int, k: int, end: int, gazetteer: Gazetteer | None) -> bool:
    """Whether the dash at ``k``, a space either side, sits between a label and a person's
    full name: "Featherweight - Luisito Espinosa", "CSKA - Vasily Karasev 20" (a list of
    champions, a team's leading scorers). A full name is two capitalised words or more
    after it; the label is one word, or the name opens with a given name. Not "Great
    British Energy - Nuclear" (one name after the dash), nor "Hewlett-Packard" (no
    spaces). A fact box's "DUSKO TADIC - Bosnian Serb , accused of ..." breaks there too:
    the name, then the person's nationality."""
    words = view.words
    if not view.spaced(k) or end - k < 3 or not all(capitalised(w) for w in words[k + 1 : k + 3]):
        return False
    if given_name(words[k + 1]) or _demonym(words[k + 1], gazetteer):
        return True  # a name after the dash, or a nationality: "DUSKO TADIC - Bosnian Serb"
    return k - start == 1


def _line_dash(view: TokenView, start: int, k: int) -> bool:
    """Whether the dash at ``k``, a space either side, ends what opens a line or a listed
    line's label: a desk's slug ("SOUTH AFRICA - JSE top gainers", "COFFEE - NY arabica
    hits ..."), a label ("NANTOU COUNTY - Peng Pai-hsien", "Deputy Prime Minister and State
    Property - Alfred Kokh", ``results.is_listed``). A name with a dash inside opens no
    line ("set up Great British Energy - Nuclear")."""
    if not view.spaced(k):
        return False
    return start == 0 or "\n" in view.words[start - 1] or _listed_label(view, k) is not None


# The words of an office in a cabinet's list: "Interior - Anatoly Kulikov", "Deputy Prime
# Minister and State Property - Alfred Kokh".
_OFFICES = PORTFOLIOS | {"minister", "ministry", "secretary", "premier", "deputy"}


def _listed_label(view: TokenView, k: int) -> str | None:
    """The label of the listed line (``results.is_listed``) whose first spaced dash is
    token ``k``: "Deputy Prime Minister and State Property" in "Deputy Prime Minister and
    State Property - Alfred Kokh ."; None when ``k`` is no such dash."""
    at = view.starts[k]
    bounds = _short_line(view, at, view.ends[k])
    if bounds is None:
        return None
    begin, stop = bounds
    line = view.text[begin:stop]
    if line.find(" - ") != at - 1 - begin or not is_listed(line):
        return None
    return line[: at - 1 - begin]


def _demonym(word: str, gazetteer: Gazetteer | None) -> bool:
    return gazetteer is not None and gazetteer.demonym_country(word) is not None


def model_candidates(doc: Doc, view: TokenView, gazetteer: Gazetteer) -> list[Candidate]:
    spans: list[Candidate] = []
    for start, end, model_label in view.entities(doc.vocab.strings):
        label = MODEL_LABELS.get(model_label)
        if label is None and model_label not in UNTYPED_LABELS:
            continue
        last = spans[-1] if spans else None
        if last is not None and label == last.label == "PERSON" and last.end == start:
            last.end = end  # "Prince Abdulaziz" + "bin Salman": one name cut in two
            continue
        opens = start
        if label == "PERSON" and (last is None or last.end < start):
            opens = _with_given_name(view, start)
        spans.append(Candidate(_with_saint(view, opens), end, label))
    return [piece for cand in spans for piece in trim(view, cand, gazetteer)]


def _with_given_name(view: TokenView, start: int) -> int:
    """A person's span with the given name the model left before it, one space apart:
    "beat Laurent [Jalabert] of France" (not across a line break or a mark)."""
    k = start - 1
    if k >= 0 and view.starts[start] == view.ends[k] + 1 and given_name(view.words[k]):
        return k if view.words[k][:1].isupper() else start
    return start


def _with_saint(view: TokenView, start: int) -> int:
    """ "St." + "Louis Rams": the saint's abbreviation right before a span opens the name."""
    if start > 0 and view.words[start - 1] in SAINTS:
        return start - 1 if view.starts[start] == view.ends[start - 1] + 1 else start
    return start


def known_piece(surface: str, gazetteer: Gazetteer) -> tuple[str, str | None] | None:
    org = known_organization(surface)
    if org is not None:
        return "ORGANIZATION", org
    places = gazetteer.lookup(surface)
    if places and places[0].kind in ("country", "region"):
        return "LOCATION", None
    return None


def _known_whole(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """A known place or organisation (what ``known_piece`` knows, and any place)."""
    whole = view.surface(cand.start, cand.end)
    return bool(gazetteer.lookup(whole)) or known_organization(whole) is not None


def _nationality_and_title(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """ "Thai PM", "French Foreign Minister" (read as one organisation in a headline): a
    nationality and a title, no one's name; not "Swiss Army"."""
    titles = [w.casefold() for w in view.words[cand.start + 1 : cand.end]]
    return (
        gazetteer.demonym_country(view.words[cand.start]) is not None
        and ROLE_WORDS.issuperset(titles)
        and ORG_HEADS.isdisjoint(titles)
        and ORG_NOUNS.isdisjoint(titles)
    )


def _nation_led(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> list[Candidate] | None:
    """A span led by a country or a nationality, split: "Thai PM" -> Thai; "Ukraine Kurt
    Volker", "German Heinz-Harald Frentzen" and "Brazilian Leonardo" -> the two; "Rwandan
    Hutu" -> Rwandan (a people, no one's name). None when the span is none of those."""
    first = view.words[cand.start]
    if _nationality_and_title(view, cand, gazetteer):
        return [Candidate(cand.start, cand.start + 1)]
    nation = gazetteer.country_place(first) is not None or (
        # "German Heinz-Harald Frentzen": a nationality, then the person; "Swede Magnus
        # Gustafsson", which the model reads as one organisation, by the given name
        gazetteer.demonym_country(first) is not None
        and (cand.label == "PERSON" or given_name(view.words[cand.start + 1]))
    )
    rest = view.words[cand.start + 1 : cand.end]
    one_name = (  # "Brazilian Leonardo" (one PERSON span): a player by one name
        len(rest) == 1
        and cand.label == "PERSON"
        and gazetteer.demonym_country(first) is not None
        and capitalised(rest[0])
        and rest[0].casefold() not in ORG_HEADS
        and rest[0].casefold() not in ORG_NOUNS
    )
    if one_name and rest[0].casefold() in NOT_NAMES:
        return [Candidate(cand.start, cand.start + 1)]  # "Rwandan Hutu": no one's name
    if one_name or (
        nation
        and len(rest) > 1
        and all(capitalised(w) or w == "-" for w in rest[1:-1])  # "Heinz - Harald"
        and capitalised(rest[0])
        and capitalised(rest[-1])
        # not an organisation's own name: "U.S. Geological Survey", "UAE Team Emirates"
        and not any(w.casefold() in ORG_HEADS or w.casefold() in ORG_NOUNS for w in rest)
    ):
        # "Ukraine Kurt Volker": a country, then a name of its own.
        return [
            Candidate(cand.start, cand.start + 1),
            Candidate(cand.start + 1, cand.end, cand.label),
        ]
    return None


def split_composite(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> list[Candidate]:
    """ "Reuters Mali" (one PERSON span) -> Reuters + Mali, when the span is nothing but
    known names and at least one of them is a known organisation; "Thai PM" -> Thai."""
    if cand.end - cand.start < 2 or _known_whole(view, cand, gazetteer):
        return [cand]
    led = _nation_led(view, cand, gazetteer)
    if led is not None:
        return led
    for k in range(cand.start + 1, cand.end - 1):
        if view.words[k] in SPLITTERS and is_place(view.surface(k + 1, cand.end), gazetteer):
            left = view.surface(cand.start, k)
            left_known = is_place(left, gazetteer) or (
                _from_to(view, cand.start, k) and bool(gazetteer.lookup(left))
            )
            if view.words[k] == "in" or left_known:
                return [Candidate(cand.start, k), Candidate(k + 1, cand.end)]
    parts: list[Candidate] = []
    i = cand.start
    has_org = False
    while i < cand.end:
        for j in range(cand.end, i, -1):
            known = known_piece(view.surface(i, j), gazetteer)
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


def _from_to(view: TokenView, start: int, k: int) -> bool:
    """ "from [Vire to Le Mans]": a route, whose start may be a small town."""
    return view.words[k] == "to" and start > 0 and view.words[start - 1].casefold() == "from"


def is_place(surface: str, gazetteer: Gazetteer) -> bool:
    places = gazetteer.lookup(surface)
    return bool(places) and places[0].major
