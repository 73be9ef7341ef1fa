"""A share's move in a market report: "Cheung Kong gained 50 cents to HK$ 62.25", "CEZ lost
21 crowns to 1,010", "Sasol was steady at 58.00". A company's evidence (``evidence``), a
business story's signal (``context``) and where a missed company's name ends
(``candidates/movers``)."""

from __future__ import annotations

from service.pipeline.entities.cues import (
    AMOUNT_WORDS,
    INDEX_UNITS,
    INDEX_WORDS,
    PRICE_HELD,
    PRICE_MOVES,
    PRICE_REACH,
)
from service.pipeline.entities.heads import ORG_HEADS

# A share's close by a percentage, with its direction after it: "Argentaria ended 1.1
# percent higher", "Nokia closed 2.5 pct lower" (``percent_move``).
CLOSE_MOVES = frozenset({"ended", "closed", "finished"})
CLOSE_DIRECTIONS = frozenset({"higher", "lower", "up", "down"})
# The words a share's move opens with (``share_move``, ``percent_move``), case-folded.
MOVE_WORDS = PRICE_MOVES | CLOSE_MOVES | {"was", "were"}


def share_move(words: list[str], k: int) -> bool:
    """Whether token ``k`` opens a share's move in a market report: a move to a price
    ("gained 50 cents to HK$ 62.25", "lost 21 crowns to 1,010") or a price held ("was
    steady at 58.00", "was unchanged at A$ 6.20"). Not an index's ("rose 120 points to
    13,250") nor an amount ("fell 11% to $ 18.3 billion")."""
    word = words[k].casefold()
    if word in PRICE_MOVES:
        return _to_price(words, k + 1, "to")
    return (
        word in ("was", "were")
        and k + 2 < len(words)
        and words[k + 1].casefold() in PRICE_HELD
        and _to_price(words, k + 2, "at")
    )


def _to_price(words: list[str], start: int, to: str) -> bool:
    """``to`` ("to", "at") and a price within ``PRICE_REACH`` tokens from ``start``: "50
    cents to HK$ 62.25", "21 crowns to 1,010"; not an amount ("Sales in Greater China fell
    11% to $ 18.3 billion") nor an index's level ("120 points to 13,250")."""
    for k in range(start, min(len(words) - 1, start + PRICE_REACH)):
        if words[k] == to:
            at = k + 2 if words[k + 1].endswith("$") else k + 1
            amount = at + 1 < len(words) and words[at + 1].casefold() in AMOUNT_WORDS
            return at < len(words) and words[at][:1].isdigit() and not amount
        if words[k].casefold() in INDEX_UNITS:
            return False
    return False


def index_name(words: list[str], start: int, end: int) -> bool:
    """Whether the name of tokens [start, end) is a market index's, which the guidelines
    leave out: "the Hang Seng index", "the FTSE 100 index", "the Nikkei average", "the
    Nasdaq Composite", "The Hang Seng rose 120 points to 13,250"."""
    if words[end - 1].casefold() in INDEX_WORDS:
        return end - start > 1  # "Composite" alone is no index's name
    if end >= len(words):
        return False
    after = words[end + 1] if words[end][:1].isdigit() and end + 1 < len(words) else words[end]
    if after.casefold() in INDEX_WORDS:
        return True
    if words[end].casefold() not in PRICE_MOVES or words[end - 1].casefold() in ORG_HEADS:
        return False  # "the Sao Paulo Stock Exchange rose 1.8 percent to 8,412 points"
    reach = words[end + 1 : end + 1 + PRICE_REACH]
    return any(w.casefold() in INDEX_UNITS for w in reach)


# "percent" as wire copy writes it after a share's move: "Akbank added 4.1 percent".
PERCENT_WORDS = frozenset({"percent", "pct", "%", "per"})
# Most tokens of an appositive between a company's name and its move: ", the Siberian oil
# producer ,", ", based in Monterrey ,".
APPOSITIVE_REACH = 8


def percent_move(words: list[str], k: int) -> bool:
    """Whether token ``k`` opens a move by a percentage alone: "firmed 1.8 percent",
    "slipped 2.4 pct", "ended 1.1 percent higher" (a share's in a market report; an
    amount's "rose 11 percent to $ 18.3 billion" is none)."""
    if k + 2 >= len(words):
        return False
    verb = words[k].casefold()
    closing = verb in CLOSE_MOVES
    if not (closing or verb in PRICE_MOVES):
        return False
    if not words[k + 1][:1].isdigit() or words[k + 2].casefold() not in PERCENT_WORDS:
        return False
    cent = words[k + 2] == "per"  # "per cent"
    if cent and (k + 3 >= len(words) or words[k + 3] != "cent"):
        return False
    after = k + 3 + cent
    if closing:  # "ended 1.1 percent": a close needs its direction
        return after < len(words) and words[after].casefold() in CLOSE_DIRECTIONS
    return not (after < len(words) and words[after] == "to" and not _to_price(words, after, "to"))


def appositive_before(words: list[str], k: int) -> int:
    """Where the appositive that ends right before token ``k`` opens (its first comma):
    "Surgutneftegaz [, the Siberian oil producer ,] added"; ``k`` when none does. It opens
    with a lower-case word and holds no sentence's end."""
    if k < 3 or words[k - 1] != ",":
        return k
    for j in range(k - 2, max(0, k - 2 - APPOSITIVE_REACH), -1):
        if words[j] in (".", ";", ":", "(", ")", '"'):
            return k
        if words[j] == ",":
            return j if words[j + 1].islower() and j + 1 < k - 1 else k
    return k


def appositive_after(words: list[str], k: int) -> int:
    """The token right after the appositive that opens at token ``k`` (``appositive_before``
    read forwards); ``k`` when none does."""
    if k + 2 >= len(words) or words[k] != "," or not words[k + 1].islower():
        return k
    for j in range(k + 2, min(len(words) - 1, k + 2 + APPOSITIVE_REACH)):
        if words[j] in (".", ";", ":", "(", ")", '"'):
            return k
        if words[j] == ",":
            return j + 1
    return k
