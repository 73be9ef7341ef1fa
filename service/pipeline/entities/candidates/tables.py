"""Names in results lines and table rows, where the model reads worst.

"Sevilla 2 (Isaac Romero 39, Dodi Lukebakio 82) Valencia 1", "Boston 118, Miami 104",
"1. REAL MADRID 26 18 5 3 58-22 59", "Dallas at Memphis, 8 p.m.": each run of capitalised
words between the numbers and brackets is a candidate. What its cell says (a team, a
scorer) is evidence, read in ``evidence.row_slot``. Only in sports stories.
"""

from __future__ import annotations

from service.pipeline.entities.candidates import (
    NAME_PARTICLES,
    PRIORITY_TABLE,
    Candidate,
    capitalised,
)
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.cues import ROW_GLUE
from service.pipeline.entities.entity_types import NOT_NAMES, TITLE_VOTE
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.tokens import TokenView

# A name in a side's line-up ("Newcastle : Srnicek ; Watson , Peacock , ..."): a player,
# whatever the gazetteer knows of the word ("Watson", "Palmer"), as a title makes one.
LINEUP_VOTE = TITLE_VOTE
# What separates the items of a list in a row: "Ajax : van der Sar ; Bogarde , Blind".
_ITEM_SEPARATORS = frozenset({":", ";", ",", "-"})
JOINERS = frozenset({".", "-", "'", "\u2019", "&"})
# Words capitalised only because a sentence opens with them, before a name in a results
# sentence: "On Saturday Auxerre drew 1-1 at Lens", "But Monaco beat Nantes 2-0".
OPENERS = frozenset(
    """on in at after before but and while then also earlier later last by for with from
    to of""".split()  # noqa: SIM905 - a word list reads better as text
)


def _name_token(view: TokenView, i: int, begin: int) -> bool:
    """Token ``i`` continues (or starts, at ``begin``) a name in a row."""
    word = view.words[i]
    if capitalised(word):
        return True
    if i == begin:
        return False
    glued = view.starts[i] == view.ends[i - 1]
    if word in JOINERS and glued:
        return True  # "L.A.", "Sanchez-Pizjuan", "St."
    if word.isdigit() and word.startswith("0") and len(word) == 2:
        return True  # "Mainz 05", "Schalke 04"
    if view.hyphened(i):
        return True  # "Inzamam-ul-Haq": a lower-case part between hyphens
    return word in NAME_PARTICLES or word in {"da", "do", "de", "of"}


def _particle_first(view: TokenView, i: int, end: int) -> bool:
    """A particle that opens a name in a list, right after its separator: "Ajax : [van] der
    Sar ; Bogarde", "Feyenoord - [de] Goey"; a capitalised word follows the particles."""
    words = view.words
    if words[i] not in NAME_PARTICLES or i == 0 or words[i - 1] not in _ITEM_SEPARATORS:
        return False
    k = i
    while k < end and words[k] in NAME_PARTICLES:
        k += 1
    return k < end and capitalised(words[k])


def _opener(word: str, gazetteer: Gazetteer) -> bool:
    """A word that leads a run of capitals but no name in it: "[On Saturday] Auxerre drew",
    "[Dutchman] Jan Siemerink beat" (a nationality before a player)."""
    folded = word.casefold()
    return folded in OPENERS or folded in NOT_NAMES or gazetteer.demonym_country(word) is not None


def table_candidates(view: TokenView, ctx: ArticleContext, gazetteer: Gazetteer) -> list[Candidate]:
    """Runs of capitalised words in the article's rows (sports stories only)."""
    if not ctx.sports:
        return []
    out: list[Candidate] = []
    words = view.words
    for row in ctx.rows:
        i = row.start
        while i < row.end:
            if not (capitalised(words[i]) or _particle_first(view, i, row.end)):
                i += 1
                continue
            j = i + 1
            while j < row.end and _name_token(view, j, i):
                j += 1
            while j > i + 1 and not capitalised(words[j - 1]) and not words[j - 1].isdigit():
                j -= 1  # no trailing particle or joiner ("Boston." at a line's end)
            while j > i + 1 and _opener(words[i], gazetteer):
                i += 1
            surface = words[i:j]
            single = surface[0].casefold() if j - i == 1 else ""
            if single not in ROW_GLUE and single not in NOT_NAMES:  # calendar words too
                player = row.lineup and i >= row.people  # a name in a side's line-up
                votes = {"PERSON": LINEUP_VOTE} if player else {}
                out.append(Candidate(i, j, None, votes, PRIORITY_TABLE))
            i = j
    return out
