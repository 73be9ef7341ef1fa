"""Results blocks: results lines, standings rows and their headers, which are a sports
story's content however little they read like prose.

A **row** is a line of capitalised names and numbers with next to no lower-case words:

- score lines: "Sevilla 2 (Isaac Romero 39) Valencia 1", "Boston 118, Miami 104",
  "Edmonton 5 MONTREAL 2", "Saturday's results: France 35 Ireland 17; England 27 Wales 22";
- table rows: "1. REAL MADRID 26 18 5 3 58-22 59", "Boston 41 12 .774 —",
  "2. Max Verstappen (Netherlands) Red Bull 54";
- fixtures: "Dallas at Memphis, 8 p.m.", "Bournemouth v Manchester United (1400 GMT)".

Not rows: prose ("Sevilla, who are 10th with 34 points, travel to Girona"), dates and page
metadata ("Updated March 3, 2019 10:45 AM": a month or a weekday is no team), and market
data ("Dow Jones 38,500.12 +0.5%", "Apple 189.23 (-1.2%)", "Dow 38,500 +120": a
percentage, a currency, a signed decimal, a price's two decimals or a level in thousands
with a signed change mark a quote, not a score).

A **block** is a run of rows and the short **labels** between them (blank lines do not break
it): section and column heads such as "EASTERN CONFERENCE", "Atlantic Division W L Pct GB",
"Played on Saturday:", "Wednesday's Games", "Drivers". A label belongs to a block only when
a row follows it in the block; a block holds at least ``MIN_ROWS`` rows and no more labels
than rows, so a menu ("Home", "World", "Sport") with a stray number is never one.

A **match detail** is a line under a match report with a label of ``DETAIL_LABELS``:
"Scorers : Boksic ( 55th minute )", "Attendance : 60,000", "Wales - Tries : Bateman ( 2 )";
under "Teams :", the line-ups "Juventus - Peruzzi , Ferrara , Torricelli" (``is_lineup``);
a side's line-up after its name and a colon, "Germany : Andreas Koepke ; Matthias Sammer ,
Juergen Kohler ..." (``side_lineup``).

Whether a block is kept is decided by where it sits (``boilerplate.py``): next to the
article's prose, or as the whole of a story under a sports headline or dateline
(``sports_heading``). A related-links list, a footer or a market sidebar is never a block.

Linear: a row is told by a few regular expressions and one split of the line, and only
lines up to ``MAX_ROW_CHARS`` are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from service.pipeline.entities.calendar import FULL_WEEKDAYS, MONTHS, WEEKDAYS

# Rows are short: longer lines are prose or something else, and are not read.
MAX_ROW_CHARS: Final = 400
# Fewest rows a block holds, and most words a label has.
MIN_ROWS: Final = 2
MAX_LABEL_WORDS: Final = 8
# A label this short needs only its first word capitalised: "England first innings",
# "Men's singles", "Second round".
SHORT_LABEL_WORDS: Final = 4
# Most labels in a row: a conference, a division and its column heads; more is a menu.
MAX_LABEL_RUN: Final = 3
# Lower-case words a row may hold besides its glue: one, or a third of its words
# ("Toronto 5, N.Y. Yankees 4, 10 innings", "Washington 4 PITTSBURGH 4 (Pittsburgh won 2-1
# in shootout)", "Heritage (1-0): Armani Sheffield 19 points and 3 steals.").
MAX_LOWER_SHARE: Final = 0.34

# The same for a fixture, a line without a score ("Final round, March 15: Italy v Ireland
# (in Rome); England v Wales (in London)").
MAX_FIXTURE_LOWER_SHARE: Final = 0.25

# Row glue: the few lower-case words that results lines hold ("Dallas at Memphis, 8 p.m.",
# "Saeed Anwar run out 91",
# "Cole Palmer 40 pen", "Pittsburgh won 2-1 in shootout" has three lower-case words that are
# not glue).
_GLUE: Final = frozenset(
    """at v vs vs. pen og aet p.m. a.m. pm am ot so et ht ft pts pct gb w l d not out run
    retired hurt""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words before a number that are no team: a month or a weekday (also abbreviated), and
# the labels of page metadata ("Updated 18 November 2019", "Page 2", "Image 3").
_NOT_TEAMS: Final = (
    MONTHS
    | WEEKDAYS
    | frozenset(
        "thur updated published posted modified page image photo slide".split()  # noqa: SIM905 - a word list reads better as text
    )
)
# Market data: "+0.5%", "-1.2", "$12", "€3.4bn", "189.23", "38,500.12". A score or a
# column never carries a percentage or a currency, nor a signed decimal or a price's two
# decimals (".774" and "19.4" do not match). A signed whole number is a goal difference
# ("Liverpool 26 19 6 1 61 24 +37 63") unless a level in thousands stands beside it
# ("Dow 38,500 +120").
_MARKET: Final = re.compile(r"[%$€£¥]|(?<![\w.])[+\-−]\d+\.\d|\d\.\d\d(?!\d)")
# The same, but for a result: a time or a distance ("19.32", "2.05") beside a name's country
# in brackets; a percentage or a currency is still a quote.
_MARKET_MARKS: Final = re.compile(r"[%$€£¥]")
_SIGNED: Final = re.compile(r"(?<![\w.])[+\-−]\d")
_THOUSANDS: Final = re.compile(r"\d,\d{3}")
# A word right before a number, one space apart: "Boston 118", "MADRID 26", "Bull 54",
# "(Isaac Romero 39"; not "Updated: 18 Nov" (a colon between).
_PAIR: Final = re.compile(r"(?<![\w.'’&-])([^\W\d_][\w.'’&\-]*) (\.?\d[\d.,:/+\-]*)")
# A name's country or team in brackets right before a number: "Jan Siemerink (Netherlands)
# 6-4 6-2", "Marc Rosset ( Switzerland ) 7-6", "Donovan Bailey (U.S.) 9.84", "(KEN) 27:05".
# A word with lower-case letters, dotted initials or a three-letter code: never a ticker
# ("Apple Inc (AAPL.O) 189.23" is a quote).
_BRACKETED_PAIR: Final = re.compile(
    r"\( ?(?:[A-Z][a-z][\w.'’&\- ]{0,30}?|(?:[A-Z]\.){2,4}|[A-Z]{3}) ?\) \.?\d"
)
_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
# An aside in brackets, which says nothing of whether its line is a row: "Extras ( lb-4 nb-6
# ) 10", "Total ( for three wickets ) 151", "1. Helissio ( ridden by Olivier Peslier ) 18-10".
_ASIDE: Final = re.compile(r"\([^()\n]{0,120}\)")
# A score or a place before the names: "66 Greg Norman (Australia)", "69 Steve Stricker,
# Phil Mickelson", "T4 Ernie Els", "=7 Nick Faldo", "10 - Fredi Bobic ( VfB Stuttgart )",
# and a one-word name with its rider, team or country in brackets: "2. Pilsudski ( Walter
# Swinburn )".
_LEADING: Final = re.compile(r"(?:[T=]?\d{1,3}\.?)(?: [-\u2013\u2014])? [A-Z][\w.'’\-]* [A-Z(]")
# A first sign of a row, tried before anything else: a digit, or " v"/" at " of a fixture.
_MAYBE: Final = re.compile(r"\d| vs?\.? | at ")
# "v"/"vs" between two capitalised names: a fixture ("Italy v Ireland (in Rome)"); "at"
# too ("Dallas at Memphis, 8 p.m."), but "at" is common in prose, so that form is a
# fixture only with next to no lower-case words.
_FIXTURE: Final = re.compile(r"\b[A-Z][\w.'’&-]*,? (?P<glue>vs?\.?|at) [A-Z]")
# Words that head a sports story: "SOCCER-SPANISH LEAGUE RESULTS", "NBA Glance",
# "Premier League table", "A-League Men ladder", "Major League Baseball scores".
SPORTS_HEADING: Final = re.compile(
    r"\b(?:results?|scores?|scorers|standings|table|ladder|glance|fixtures|league|cup"
    r"|division|conference|championship|soccer|football|basketball|baseball|hockey|cricket"
    r"|rugby|tennis|golf|cycling|athletics|motor racing|formula one|nba|nfl|nhl|mlb|wnba"
    r"|mls|ipl)\b",
    re.IGNORECASE,
)


def _lower_word(word: str) -> bool:
    """A word in lower case that is no row glue: "won" in "(Pittsburgh won 2-1 in
    shootout)", not "at", "pen" or "p.m."."""
    return (
        word.lstrip("([\"'“‘")[:1].islower()
        and word.strip("()[],;:\"'“”‘’").casefold() not in _GLUE
    )


def _paired(line: str) -> bool:
    """Whether a capitalised name stands right before a number (``_PAIR``): not a month,
    a weekday or a metadata label ("March 3", "Page 2"), and not before a time ("Updated
    1:39 am") or a date ("BONN 1996-09-14"); or a name's country in brackets does
    ("Jan Siemerink (Netherlands) 6-4 6-2", "Michael Johnson ( U.S. ) 19.32")."""
    for pair in _PAIR.finditer(line):
        name, number = pair.groups()
        if (
            name[0].isupper()
            and ":" not in number
            and (name.casefold().rstrip(".") not in _NOT_TEAMS or _club_weekday(line, pair))
            and _ISO_DATE.match(number) is None
        ):
            return True
    return _BRACKETED_PAIR.search(line) is not None


def _club_weekday(line: str, pair: re.Match[str]) -> bool:
    """Whether a weekday before a number ends a club's name: "Sheffield Wednesday 3 2 1 0"
    is a team; "Updated Wednesday 3" and "Associated Press November 19" (a month) are
    not."""
    if pair[1].casefold() not in FULL_WEEKDAYS:
        return False
    before = line[: pair.start()].split()[-1:]
    return (
        bool(before)
        and before[0].isalpha()  # no comma between: not "Tuesday, Nov. 19"
        and before[0][0].isupper()
        and before[0].casefold() not in _NOT_TEAMS
    )


def is_row(line: str) -> bool:
    """Whether a line is a results line, a table row or a fixture (module docstring).

    >>> is_row("Boston 118, Miami 104"), is_row("1. REAL MADRID 26 18 5 3 58-22 59")
    (True, True)
    >>> is_row("Dow Jones 38,500.12 +0.5%"), is_row("Updated March 3, 2019 10:45 AM")
    (False, False)
    """
    if len(line) > MAX_ROW_CHARS or _MAYBE.search(line) is None:
        return False  # neither a score nor a fixture: most lines of a page, at C speed
    words = (_ASIDE.sub(" ", line) if "(" in line else line).split()
    lower = sum(1 for w in words if _lower_word(w))
    if len(words) < 2 or lower > max(1, MAX_LOWER_SHARE * len(words)) or _market(line):
        return False  # prose (most lines with a number), or a quote
    if _paired(line) or _LEADING.match(line) is not None or _fixture(line, lower, len(words)):
        return True
    # The same without asides and glue: "Total 151", "1. Helissio 18-10", "G. Thorpe 54".
    names = " ".join(w for w in words if w.casefold() not in _GLUE)
    return names != line and _paired(names)


def _market(line: str) -> bool:
    """Whether a line quotes a market (``_MARKET``); beside a name's country in brackets,
    only a percentage or a currency does (``_MARKET_MARKS``)."""
    if _BRACKETED_PAIR.search(line) is not None:
        return _MARKET_MARKS.search(line) is not None
    return bool(_MARKET.search(line) or (_SIGNED.search(line) and _THOUSANDS.search(line)))


def _fixture(line: str, lower: int, words: int) -> bool:
    """A fixture without a score holds fewer lower-case words still; with "at", one at most
    ("... VP of Platform Engineering at Karma Automotive, unveils ..." is a caption)."""
    fixture = _FIXTURE.search(line)
    if fixture is None or lower > max(1, MAX_FIXTURE_LOWER_SHARE * words):
        return False
    return fixture["glue"] != "at" or lower <= 1


def is_label(line: str) -> bool:
    """A short section or column head: "EASTERN CONFERENCE", "Played on Saturday:",
    "Atlantic Division W L Pct GB", "Wednesday's Games", "England first innings", a table's
    unit in brackets ("( in millions of pesos )"). Not a sentence ("He left.")."""
    if len(line) > MAX_ROW_CHARS or line.rstrip().endswith((".", "!", "?", ";", ",")):
        return False
    words = line.split()
    if not words or len(words) > MAX_LABEL_WORDS:
        return False
    if line.startswith("(") and line.rstrip().endswith(")"):
        return True  # a table's unit: "( in millions of pesos )"
    capitalised = sum(1 for w in words if not w[0].isalpha() or w[0].isupper())
    short_head = len(words) <= SHORT_LABEL_WORDS and words[0][0].isupper()
    return line.rstrip().endswith(":") or capitalised * 2 >= len(words) or short_head


@dataclass(frozen=True, slots=True)
class Block:
    """Lines [start, end) of a page: rows and labels, the first and last non-blank lines
    of which are a label or a row and the last a row."""

    start: int
    end: int
    rows: int


def results_blocks(
    lines: list[str],
    candidate: list[bool],
    *,
    title: int | None,
    row_flags: list[bool] | None = None,
) -> list[Block]:
    """The results blocks among a page's lines, in order. ``candidate``: the lines that may
    be rows or labels; the caller rules out what it knows is neither (lexicon furniture such
    as "Advertisement" or "Most popular", which ends a block; lines mostly in lower case).
    ``title``: the index of the page's title ("NBA Glance"), which is never a block's label
    (None when these lines are a part of the page without it). ``row_flags``: which candidates
    are rows, when they are told otherwise than by ``is_row`` (a table of figures).

    Rows are found first; labels are only read between rows and just above a block's first
    row, each line at most twice, so the cost is linear in the page.
    """
    row_at = _numbered_items_out(
        lines,
        [
            i
            for i, line in enumerate(lines)
            if candidate[i] and (is_row(line) if row_flags is None else row_flags[i])
        ],
    )
    if len(row_at) < MIN_ROWS:
        return []

    def label(i: int) -> bool:
        return candidate[i] and i != title and is_label(lines[i])

    def labels_between(a: int, b: int) -> int | None:
        """The labels between rows a and b, or None when anything else is there, or more
        labels than a table's heads (a menu)."""
        found = 0
        for i in range(a + 1, b):
            if lines[i]:
                if found == MAX_LABEL_RUN or not label(i):
                    return None
                found += 1
        return found

    def heads(row: int) -> int:
        """Where a block whose first row is ``row`` starts: its labels above, if any."""
        start, found, i = row, 0, row - 1
        while i >= 0 and found < MAX_LABEL_RUN:
            if lines[i]:
                if not label(i):
                    break
                start, found = i, found + 1
            i -= 1
        return start

    blocks: list[Block] = []
    first, rows, labels = row_at[0], 1, 0
    for previous, row in pairwise(row_at):
        between = labels_between(previous, row)
        if between is not None:
            rows, labels = rows + 1, labels + between
            continue
        _close(
            blocks, lines, start=heads(first), first=first, last=previous, rows=rows, labels=labels
        )
        first, rows, labels = row, 1, 0
    _close(
        blocks, lines, start=heads(first), first=first, last=row_at[-1], rows=rows, labels=labels
    )
    return blocks


_NO_DIGITS: Final = str.maketrans("", "", "0123456789")


def _numbered_items_out(lines: list[str], row_at: list[int]) -> list[int]:
    """Rows without those that repeat the row before them but for its numbers: a numbered
    list ("Item 1", "Item 2", "Chapter 3") names nothing new, a results block names other
    teams on every line."""
    out: list[int] = []
    previous = ""
    for i in row_at:
        words = lines[i].translate(_NO_DIGITS)
        if words != previous:
            out.append(i)
        previous = words
    return out


def _close(
    blocks: list[Block],
    lines: list[str],
    *,
    start: int,
    first: int,
    last: int,
    rows: int,
    labels: int,
) -> None:
    """Add the block of rows first..last, with its heads from ``start`` on, if it is one: at
    least ``MIN_ROWS`` rows and no more labels than rows (the heads nearest its first row
    are kept as long as that holds)."""
    room = rows - labels
    if rows < MIN_ROWS or room < 0:
        return
    heads = [i for i in range(start, first) if lines[i]][-room:] if room else []
    blocks.append(Block(heads[0] if heads else first, last + 1, rows))


# The details printed under a match report, each a line of its own with its label:
# "Scorers : Boksic ( 55th minute ) , Del Piero ( 78th )", "Attendance : 60,000",
# "Wales - Tries : Bateman ( 2 ) , Thomas", "Referee : Pierluigi Collina ( Italy )"; and a
# squad's lines by position, each player's club after him in brackets: "Defenders : Paolo
# Maldini ( AC Milan ) , Ciro Ferrara ( Juventus )" (a position is no side's name).
DETAIL_LABELS: Final = frozenset(
    """scorers scorer goalscorers goalscorer attendance crowd referee teams line-ups lineups
    substitutes replacements tries try conversions conversion penalties penalty drop-goal
    half-time halftime toss umpires extras booked bowling
    squad goalkeepers defenders midfielders forwards strikers backs""".split()  # noqa: SIM905 - word lists read better as text
) | {
    "sent off",
    "sent-off",
    "sending off",
    "yellow card",
    "yellow cards",
    "red card",
    "red cards",
    "penalty goals",
    "drop goal",
    "drop goals",
    "man of the match",
    "fall of wickets",
    "to bat",
}
# The details that list people (not "Attendance", "Toss" or "Half-time").
PEOPLE_LABELS: Final = DETAIL_LABELS - {"attendance", "crowd", "half-time", "halftime", "toss",
                                        "extras", "fall of wickets"}  # fmt: skip
# A team's name and a spaced dash may come first ("Wales - Tries :", "Juventus - Peruzzi ,").
DASHES: Final = frozenset({"-", "\u2013"})
# A team's name: up to four capitalised words ("Juventus", "Northern Ireland").
_TEAM_NAME: Final = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_TEAM_PREFIX: Final = rf"(?:{_TEAM_NAME} [-\u2013] )"
_DETAIL: Final = re.compile(rf"{_TEAM_PREFIX}?([A-Za-z][A-Za-z' -]{{0,20}}?) ?:(?:\s|$)")
_LINEUP: Final = re.compile(rf"{_TEAM_PREFIX}[A-Z]")
MIN_LINEUP_COMMAS: Final = 2


def is_detail(line: str) -> bool:
    """A match detail's line: its label, then what it lists (``DETAIL_LABELS``)."""
    match = _DETAIL.match(line[:MAX_ROW_CHARS])
    return match is not None and match[1].casefold() in DETAIL_LABELS


def team_line(line: str) -> bool:
    """A line that opens with a team's name and a spaced dash: "Juventus - Boksic"."""
    return _LINEUP.match(line[:MAX_ROW_CHARS]) is not None


def side_line(line: str) -> bool:
    """A side's line under a detail that lists people: its name, a spaced dash and names,
    next to no lower-case words: "Sparta - Boateng ( 30th penalty )", "Juventus - Peruzzi ,
    Ferrara , Torricelli ..."."""
    return len(line) <= MAX_ROW_CHARS and team_line(line) and _names_mostly(line)


def is_lineup(line: str) -> bool:
    """A team's line-up under "Teams :": "Juventus - Peruzzi , Ferrara , Torricelli ..."."""
    return line.count(",") >= MIN_LINEUP_COMMAS and side_line(line)


def _names_mostly(line: str) -> bool:
    """Next to no lower-case words besides row glue (``MAX_LOWER_SHARE``): a list of names."""
    words = line.split()
    return sum(1 for w in words if _lower_word(w)) <= MAX_LOWER_SHARE * len(words)


# A side's line-up after its name and a colon, as wire copy prints it under a match report:
# "Germany : Andreas Koepke ; Matthias Sammer , Juergen Kohler , Markus Babbel ; ...";
# its first name may open with a particle ("Ajax : van der Sar ; Bogarde , Blind , ...").
_SIDE_LINEUP: Final = re.compile(rf"({_TEAM_NAME}) : (?:[a-z]{{1,3}} ){{0,2}}[A-Z]")
# Fewest names a line-up lists (a side of five or more: football, rugby, cricket, hockey).
MIN_SIDE_NAMES: Final = 5


def side_lineup(line: str) -> bool:
    """A side's line-up after its name and a colon: "Germany : Andreas Koepke ; Matthias
    Sammer , Juergen Kohler ...". The name is up to four capitalised words and no detail's
    label ("Scorers :" is a detail), and MIN_SIDE_NAMES or more names follow, between
    commas and semicolons, with next to no lower-case words; not "Tony Blair : the
    election , he said , is ..." (lower-case words)."""
    if len(line) > MAX_ROW_CHARS:
        return False
    match = _SIDE_LINEUP.match(line)
    if match is None or match[1].casefold() in DETAIL_LABELS:
        return False
    separators = line.count(",") + line.count(";")
    return separators >= MIN_SIDE_NAMES - 1 and _names_mostly(line)


# A term: a label of one to four words, the first capitalised, a colon and its value
# ("Borrower : Kingdom of Belgium", "Issue price : 101.20 Maturity : 16.OCT.03").
_TERM: Final = re.compile(r"[A-Z][^\s:]*(?: [^\s:]+){0,3} ?: \S")
# Fewest terms in a row that make a list of terms.
MIN_TERMS: Final = 3


# A line of a list set as "label - value": a cabinet's line-up ("Foreign Affairs - Adrian
# Severin ( PD )", "Minister of State for Reform - Ulm Spineanu"), a list of champions. A
# label of one to six words, the first capitalised, then a spaced dash.
_DASH_ITEM: Final = re.compile(r"[A-Z][^\s-]*(?: [^\s-]+){0,5} - \S")


def is_listed(line: str) -> bool:
    """A line of a wire story's list: a term (``is_term``) or a "label - value" line."""
    return is_term(line) or (" - " in line and _DASH_ITEM.match(line) is not None)


def is_term(line: str) -> bool:
    """A line of a list of terms: a new issue's ("Borrower : Kingdom of Belgium", "Amt : 300
    million marks Coupon : 5.75 pct"), a fact box's."""
    return ":" in line and _TERM.match(line) is not None  # the colon first: a C-level scan


def term_runs(lines: Sequence[str], term: Callable[[int], bool]) -> list[list[int]]:
    """The lists of terms among ``lines`` (stripped; ``term(i)``: line i is one of a list's
    terms): the indices of each run of MIN_TERMS or more, blank lines between them aside."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            continue  # blank lines between the terms do not end them
        if term(i):
            run.append(i)
            continue
        if len(run) >= MIN_TERMS:
            runs.append(run)
        run = []
    if len(run) >= MIN_TERMS:
        runs.append(run)
    return runs


def sports_heading(line: str) -> bool:
    """Whether a headline or an intro line names a sports story: "NBA Glance",
    "SOCCER-SPANISH LEAGUE RESULTS", "Results of Spanish La Liga matches on Sunday:"."""
    return SPORTS_HEADING.search(line[:MAX_ROW_CHARS]) is not None
