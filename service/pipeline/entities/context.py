"""Article-level signals, read once from the text before any name is typed.

- **Wire dateline in the body**: "SEVILLE, Spain, March 3 (Reuters) - " at the start of the
  first body paragraph, when parse left it there. Its place names are places whatever the
  article does with them later ("MADRID ... Madrid said in a statement").
- **Tickers**: "(AAPL.O)", "(7203.T)", "(SQM_pb.SN)". Never entities themselves; the name
  right before one is a listed company.
- **Rows**: results lines and table rows, lines of names and numbers with next to no
  lower-case words: "Sevilla 2 (Isaac Romero 39) Valencia 1", "Boston 118, Miami 104",
  "1. REAL MADRID 26 18 5 3 58-22 59" (``candidates/tables.py`` reads their cells); and
  fixtures on a line of their own: "CLEVELAND AT BALTIMORE".
- **Sports context**: score patterns, rows and sports words. In a sports story a place
  name that plays, wins, signs or stands in a table is a team (``evidence.py``).
- **Company context**: tickers, legal forms, market words and shares' moves ("Barclays rose
  41 pence to 1,250"). In such a story a name with company cues is a company even when it
  is also a place.

Positions are token indices into the ``TokenView``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from service.pipeline.entities.agencies import AGENCIES
from service.pipeline.entities.candidates import NAME_PARTICLES
from service.pipeline.entities.cues import (
    COMPANY_WORDS,
    ROW_GLUE,
    SCORECARD_WORDS,
    SLUG_WORDS,
    SPORTS_MARKERS,
    SPORTS_WORDS,
    TEAM_ROLES,
)
from service.pipeline.entities.markets import MOVE_WORDS, share_move
from service.pipeline.entities.sections import Section
from service.pipeline.entities.text import fold
from service.pipeline.entities.tokens import TokenView
from service.pipeline.results import (
    DASHES,
    PEOPLE_LABELS,
    is_detail,
    is_term,
    side_lineup,
    team_line,
    term_runs,
)

# "(AAPL.O)", "(7203.T)", "(SQM_pb.SN)", "(BIMBOA.MX)"; not "(U.S.)" or "(ECOWAS)".
TICKER = re.compile(r"\( ?([A-Z0-9][A-Za-z0-9_&-]{0,9}\.[A-Z]{1,3}) ?\)")
# "SEVILLE, Spain, March 3 (Reuters) - ", "LEEDS, England (AP) — ", "LONDON (Reuters) -".
# The place is in capitals; the bracket holds an agency; a dash follows.
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\u2019 -]*[A-Z.])(?P<rest>(?:,\s*[^,()\n]{2,30}){0,3})"
    r"\s*\((?P<agency>[^()\n]{2,30})\)\s*[-\u2013\u2014]"
)
# A press digest's headline: "PRESS DIGEST - Bulgaria - Sept 3", "Press digest - Egypt",
# "PAKISTAN PRESS - Highlights of Pakistani newspapers", "ISRAEL - BUSINESS PRESS - AUGUST
# 27", "FRENCH PRESS REVIEW", "Highlights of Greek papers": the press, its newspapers or papers.
DIGEST = re.compile(r"\b(?:press|newspapers?|papers)\b", re.IGNORECASE)
# "2-1", "118-104", "6-4": two small numbers of one size joined by a dash; not "22-506" (a
# case number), "2019-20", "201-947-1234" or "1.5-2" (what comes before is checked in
# ``_scores``: a look-behind at every position of the text costs more).
SCORE = re.compile(r"(\d{1,3})\s?[-\u2013]\s?(\d{1,3})(?![\d.,/-])")
NOT_BEFORE_SCORE = frozenset("0123456789.,/-")
DIGIT = re.compile(r"\d")
MAX_SLUG_WORDS = 3  # "AMERICAN FOOTBALL", "MOTOR RACING", "ALPINE SKIING"
_SLUG = SPORTS_WORDS | SLUG_WORDS
# A row's lower-case words that are no prose: its glue, a scorecard's marks, a name's
# particle and a player's role ("12 - Phil de Glanville ( Bath , captain )").
_ROW_WORDS = ROW_GLUE | SCORECARD_WORDS | NAME_PARTICLES | TEAM_ROLES
SPORTS_MIN = 4  # signals (sports words, scores, rows) that make an article a sports story
COMPANY_MIN = 2
# Most tokens a term's label holds: "Co - lead managers", "Denoms ( K )".
MAX_LABEL_TOKENS = 8
ROW_MIN_NUMBERS = 1
ROW_MAX_LOWER = 1  # lower-case words a row may hold besides its glue ("at", "pen", "p.m.")
# A fixture's line ("CLEVELAND AT BALTIMORE") is short, and its glue one of these.
FIXTURE_MAX_CHARS = 80
FIXTURE_GLUE = frozenset({"at", "v", "v.", "vs", "vs."})
FIXTURE_HINT = re.compile(r" (?:at|AT|At|vs?|VS?|Vs?)\.? ")  # read before the tokens


@dataclass(frozen=True, slots=True)
class Row:
    """A results line or table row: its tokens [start, end). A match detail's line
    (``_details``) also says where its people start and where its team's name ends
    (-1: none)."""

    start: int
    end: int
    people: int = -1  # "Scorers : [Boksic ( 55th ) , Del Piero ( 78th )]"
    team_end: int = -1  # "[Wales] - Tries : Bateman", "[Juventus] - Peruzzi , Ferrara"
    fixture: bool = False  # "CLEVELAND AT BALTIMORE": its "at" is no place's
    lineup: bool = False  # "Newcastle : [Srnicek ; Watson , Peacock]": its people are players


@dataclass(slots=True)
class ArticleContext:
    """What the article as a whole says about how to read its names."""

    dateline_tokens: frozenset[int] = frozenset()  # the dateline's place tokens in the body
    ticker_tokens: frozenset[int] = frozenset()  # the bracket and the code of each ticker
    before_ticker: frozenset[int] = frozenset()  # the token right before "(AAPL.O)"
    rows: list[Row] = field(default_factory=list)
    row_starts: list[int] = field(default_factory=list)
    sports: bool = False
    company: bool = False
    # "Leading scores ( South Africa unless stated )": the rows list competitors, people
    competitors: bool = False
    # the labels of a list of terms: "[Borrower] : Kingdom of Belgium", "Frankfurt [Denoms (
    # K )] : 1-10" (``_term_labels``)
    term_labels: frozenset[int] = frozenset()
    # "PRESS DIGEST - Bulgaria - Sept 3": its newspapers head their items
    # (``candidates/digests.py``)
    digest: bool = False

    def row_of(self, token: int) -> Row | None:
        k = bisect_right(self.row_starts, token) - 1
        if k >= 0 and token < self.rows[k].end:
            return self.rows[k]
        return None


def _tokens_in(view: TokenView, start: int, end: int) -> range:
    """Indices of the tokens inside the characters [start, end)."""
    return range(bisect_left(view.starts, start), bisect_left(view.starts, end))


def _dateline(view: TokenView, secs: list[Section]) -> frozenset[int]:
    body = next((s for s in secs if s.kind == "body"), None)
    if body is None:
        return frozenset()
    match = DATELINE.match(body.text)
    if match is None or fold(match.group("agency")) not in AGENCIES:
        return frozenset()
    start = body.start + match.start("place")
    end = body.start + match.end("rest")
    return frozenset(_tokens_in(view, start, end))


def _tickers(view: TokenView) -> tuple[frozenset[int], frozenset[int]]:
    inside: set[int] = set()
    before: set[int] = set()
    for match in TICKER.finditer(view.text):
        tokens = _tokens_in(view, match.start(), match.end())
        inside.update(tokens)
        if tokens and tokens.start > 0:
            before.add(tokens.start - 1)
    return frozenset(inside), frozenset(before)


def _is_number(word: str) -> bool:
    return word[:1].isdigit() or (word[:1] in ".-" and word[1:2].isdigit())


def _detail(view: TokenView, tokens: range, line: str, after_people: bool) -> Row | None:
    """A match detail's line as a row (``results.is_detail``): "Scorers : Boksic ( 55th )",
    "Wales - Tries : Bateman ( 2 ) , Thomas", "Referee : Pierluigi Collina ( Italy )"; or,
    under a detail that lists people ("Scorers :", "Teams :"), a team's line: "Juventus -
    Peruzzi , Ferrara", "Juventus - Boksic ( 55th minute )"; or a side's line-up after its
    name (``results.side_lineup``): "Newcastle : Srnicek ; Watson , Peacock , ...", its
    name the team's, the rest its people."""
    detail = is_detail(line)
    words = view.words
    if not detail and side_lineup(line):  # "Newcastle : Srnicek ; Watson , Peacock , ..."
        colon = next((i for i in tokens if words[i] == ":"), -1)
        if colon <= tokens.start:
            return None
        return Row(tokens.start, tokens.stop, colon + 1, colon, lineup=True)
    if not detail and not (after_people and team_line(line)):
        return None
    colon = next((i for i in tokens if words[i] == ":"), -1) if detail else -1
    if detail and colon < 0:
        return None  # the colon glued into a token: not read
    dash = -1
    if team_line(line):  # "Wales - Tries : Bateman", "Juventus - Peruzzi , Ferrara"
        dash = next((i for i in tokens if words[i] in DASHES and view.spaced(i)), -1)
    elif detail and team_line(line.split(":", 1)[1].strip()):  # "Scorers : Juventus - Boksic"
        after = range(colon + 1, tokens.stop)
        dash = next((i for i in after if words[i] in DASHES and view.spaced(i)), -1)
    if not detail:
        return Row(tokens.start, tokens.stop, dash + 1, dash)
    label = " ".join(words[dash + 1 if 0 <= dash < colon else tokens.start : colon]).casefold()
    people = max(colon, dash) + 1 if label in PEOPLE_LABELS else -1
    return Row(tokens.start, tokens.stop, people, dash)


def _label_before(view: TokenView, colon: int, first: int) -> range:
    """The tokens of the label that ends at ``colon``: back over a bracket ("Denoms ( K )")
    and lower-case words ("Issue [price]", "Co-lead [managers]") to its capitalised first
    word; empty when there is none."""
    words = view.words
    first = max(first, colon - MAX_LABEL_TOKENS)  # a label is short: a bounded walk back
    k = colon - 1
    if k >= first and words[k] == ")":
        while k >= first and words[k] != "(":
            k -= 1
        k -= 1
    while k >= first and (words[k].islower() or words[k] == "-"):
        k -= 1
    if k < first or not words[k][:1].isupper():
        return range(0)
    if k > first and words[k - 1].casefold() == "at":
        return range(0)  # a venue: "At Leicester : Leicestershire 353 ( V. Wells 120 )"
    return range(k, colon)


def _term_labels(view: TokenView) -> frozenset[int]:
    """The tokens of the labels in the article's lists of terms (``results.is_term``:
    MIN_TERMS or more term lines in a row, blank lines between them aside; a side's
    line-up is none): "[Borrower] : Kingdom of Belgium", "[Issue price] : 101.20 [Maturity] :
    16.OCT.03". Labels, not names; the values are ("Kingdom of Belgium", "Frankfurt"). Read
    in wire stories only: a guide's list may be labelled with names ("Les Saintes: composed
    of Terre de Haut and Terre de Bas")."""
    text, words = view.text, view.words
    spans = list(_line_spans(text))
    lines = [text[start:stop].strip() for start, stop in spans]
    out: set[int] = set()
    for run in term_runs(lines, lambda i: is_term(lines[i]) and not side_lineup(lines[i])):
        for line in run:
            tokens = _tokens_in(view, *spans[line])
            for i in tokens:
                if words[i] == ":":
                    out.update(_label_before(view, i, tokens.start))
    return frozenset(out)


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, stop) of every line of ``text``, blank ones included."""
    pos = 0
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        yield pos, stop
        pos = stop + 1


def _details(view: TokenView) -> dict[int, Row]:
    """The lines of match details, by the offset where their line starts (``_detail``)."""
    text = view.text
    out: dict[int, Row] = {}
    after_people = False
    for line_start, stop in _line_spans(text):
        line = text[line_start:stop].strip()
        if not line:
            continue  # a blank line between the details does not end them
        row = None
        if ":" in line or " - " in line:
            tokens = _tokens_in(view, line_start, stop)
            row = _detail(view, tokens, line, after_people) if len(tokens) > 1 else None
        if row is not None:
            out[line_start] = row
        after_people = row is not None and row.people >= 0
    return out


def _rows(view: TokenView, body: int = 0) -> list[Row]:
    """Lines of names and numbers: at least one number, at least one capitalised word, and
    at most ``ROW_MAX_LOWER`` lower-case words that are not row glue; and the lines of
    match details (``_details``). Only lines from offset ``body``: a headline is no row,
    whatever its score ("SOCCER - ENGLAND BEAT MOLDOVA 3-0 .")."""
    details = _details(view)
    rows: list[Row] = []
    text = view.text
    for line_start, stop in _line_spans(text):
        if line_start < body:
            continue
        if (row := details.get(line_start)) is not None:
            rows.append(row)
            continue
        if DIGIT.search(text, line_start, stop) is None:
            if (
                stop - line_start <= FIXTURE_MAX_CHARS
                and FIXTURE_HINT.search(text, line_start, stop) is not None
                and _fixture(view, line_start, stop)
            ):
                tokens = _tokens_in(view, line_start, stop)
                rows.append(Row(tokens.start, tokens.stop, fixture=True))
            continue  # most lines of prose: no number, no row
        tokens = _tokens_in(view, line_start, stop)
        if len(tokens) > 1 and _names_and_numbers(view.words[tokens.start : tokens.stop]):
            rows.append(Row(tokens.start, tokens.stop))
    return rows


def _names_and_numbers(words: list[str]) -> bool:
    """Whether a line's words make a row: ROW_MIN_NUMBERS numbers or more, a capitalised
    name, at most ROW_MAX_LOWER lower-case words besides the glue. Words in brackets count
    as neither prose nor names: "Verdy Kawasaki 1 Urawa Red Diamonds 2 ( after extra time
    )", "( Sanfrecce won 4-3 on penalties )"; a line that is all note is no row ("( Graphic :
    Global assets in 2019 - here )")."""
    numbers = lower = names = depth = 0
    for word in words:
        if "(" in word or ")" in word:  # "(", ")", and glued: "):"
            depth += word.count("(") - word.count(")")
        elif _is_number(word):
            numbers += 1
        elif depth > 0:
            continue
        elif word[:1].isupper():
            names += 1
        elif word.isalpha() and word.casefold() not in _ROW_WORDS:
            lower += 1
            if lower > ROW_MAX_LOWER:
                return False  # prose: no need to read the rest of the line
    return numbers >= ROW_MIN_NUMBERS and names > 0 and numbers + names > 2


def _fixture(view: TokenView, start: int, end: int) -> bool:
    """A fixture on a line of its own, no score yet: "CLEVELAND AT BALTIMORE", "Italy v
    Ireland", "Texas at New York": capitalised names on each side of one "at", "v" or "vs",
    and nothing else but notes in brackets: a draw's countries ("Tenerife ( Spain ) v
    Helsingborg ( Sweden )"), a venue ("( in Rome )")."""
    words = view.words
    tokens = _tokens_in(view, start, end)
    glue = [i for i in tokens if words[i].casefold() in FIXTURE_GLUE]
    if len(glue) != 1 or not tokens.start < glue[0] < tokens.stop - 1:
        return False
    depth = 0
    for i in tokens:
        word = words[i]
        depth += (word == "(") - (word == ")")
        if depth < 0 or (depth == 0 and word != ")" and i != glue[0] and not word[:1].isupper()):
            return False
    # not "Also at Walmart": a stop word opens neither side
    return depth == 0 and not (view.stops[tokens.start] or view.stops[glue[0] + 1])


def _scores(text: str) -> int:
    """Score-like pairs in the text: two numbers of one size, or both under 100."""
    count = 0
    for match in SCORE.finditer(text):
        start = match.start()
        if start and text[start - 1] in NOT_BEFORE_SCORE:
            continue
        a, b = match.groups()
        count += len(a) == len(b) or max(len(a), len(b)) < 3
    return count


def _sports_slug(headline: Section | None) -> bool:
    """A sports desk's slug opens the headline: "SOCCER - ...", "AMERICAN FOOTBALL - ...",
    "MOTOR RACING - ..." (sport words only, before a dash with a space on each side)."""
    if headline is None:
        return False
    slug, dash, _ = headline.text.partition(" - ")
    words = slug.casefold().split()
    return bool(dash) and 0 < len(words) <= MAX_SLUG_WORDS and _SLUG.issuperset(words)


# The note of a list of competitors: "( South Africa unless stated )", "( U.S. unless
# otherwise stated )", "( BRITAIN UNLESS NOTED )". Their nationality is given once; the rows
# are people. Only a name opens the note: "( kickoff 1430 GMT unless stated )" over a list
# of fixtures, "( in millions of guilders unless stated )" over a table, name no country.
UNLESS_STATED = re.compile(
    r"\(\s*(?:[A-Z][\w.'-]*\s+){1,4}(?i:unless\s+(?:otherwise\s+)?(?:stated|noted|indicated))\b"
)


def _share_moves(words: list[str]) -> int:
    """Shares' moves in a market report (``markets.share_move``), counted up to
    COMPANY_MIN: each is a business story's signal."""
    found = 0
    for k, word in enumerate(words):
        if word in MOVE_WORDS and share_move(words, k):
            found += 1
            if found == COMPANY_MIN:
                break
    return found


def read_context(view: TokenView, secs: list[Section], *, wire: bool = False) -> ArticleContext:
    """The article's signals (module docstring). ``wire``: the article has a dateline (a
    wire story), whose lists of terms have labels, not names (``_term_labels``)."""
    tickers, before = _tickers(view)
    headline = secs[0] if secs and secs[0].kind == "headline" else None
    rows = _rows(view, headline.start + len(headline.text) if headline else 0)
    words = set(map(str.casefold, set(view.words)))
    scores = _scores(view.text)
    marked = bool(scores) or len(rows) > 1 or not words.isdisjoint(SPORTS_MARKERS)
    sports = len(words & SPORTS_WORDS) + min(scores, 3) + min(len(rows), 3)
    company = len(words & COMPANY_WORDS) + 2 * bool(tickers) + _share_moves(view.words)
    return ArticleContext(
        dateline_tokens=_dateline(view, secs),
        ticker_tokens=tickers,
        before_ticker=before,
        rows=rows,
        row_starts=[r.start for r in rows],
        sports=(marked and sports >= SPORTS_MIN) or _sports_slug(headline),
        company=company >= COMPANY_MIN,
        competitors=UNLESS_STATED.search(view.text) is not None,
        digest=headline is not None and DIGEST.search(headline.text) is not None,
        term_labels=_term_labels(view) if wire and ":" in view.text else frozenset(),
    )
