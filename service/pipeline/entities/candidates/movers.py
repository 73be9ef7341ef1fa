"""Shares the model missed: the company named right before a share's move in a market report.

"Barclays rose 41 pence to 1,250", "ICICI added 3.25 to 101.00", "Sasol was steady at
58.00": the model reads such a name as nothing, or as a person. In business copy, the run of
capitalised words right before a share's move to a price, or a price held
(``markets.share_move``), that no span of the model or the lexicon touches is a candidate.
It gets no vote of its own: the move after it is a company's evidence
(``evidence.company_cue``).

Left alone: a run in a headline where capitals say nothing, an instrument's code ("CLc1"),
an index ("Nasdaq Composite"), the end of a name with brackets ("Cheung Kong ( Holdings )
Ltd"), and a single word that is a stop word, a currency or a commodity ("Sterling",
"Aluminium") or opens a sentence and is a common word elsewhere in the article.
"""

from __future__ import annotations

from typing import Final

from service.pipeline.entities.candidates import (
    NAME_PARTICLES,
    PRIORITY_MODEL,
    Candidate,
    covered,
    lettered_name_word,
)
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.cues import COMMODITIES
from service.pipeline.entities.entity_types import NOT_NAMES
from service.pipeline.entities.evidence import sentence_initial
from service.pipeline.entities.markets import (
    MOVE_WORDS,
    appositive_before,
    index_name,
    percent_move,
    share_move,
)
from service.pipeline.entities.tokens import TokenView

MAX_WORDS: Final = 5  # "State Bank of India", "Hongkong and Shanghai Banking Corp"
# Words inside a company's name between capitalised words: "Bank of India", "AT & T".
_INSIDE: Final = NAME_PARTICLES | {"of", "and", "&", "do", "das"}
# Single words that move to a price but name no company: currencies, commodities.
_NO_COMPANY: Final = NOT_NAMES | COMMODITIES


def _name_word(word: str) -> bool:
    """A word of a company's name: capitalised, letters (not an instrument's code: "CLc1",
    "XAU="), no calendar word."""
    return lettered_name_word(word, ".-'")


def _run_before(words: list[str], end: int) -> int:
    """The start of the run of a name's words that ends right before ``end`` (``end`` when
    there is none): capitalised words, and particles between two of them."""
    start = end
    while start > 0 and end - start < MAX_WORDS:
        word = words[start - 1]
        inside = word in _INSIDE and start < end and start > 1 and _name_word(words[start - 2])
        if not (_name_word(word) or inside):
            break
        start -= 1
    return start


def mover_candidates(
    view: TokenView, found: list[Candidate], signals: ArticleContext, *, skip: int
) -> list[Candidate]:
    """Names before a share's move that none of ``found`` (the model's and the lexicon's
    spans) touches (module docstring). ``skip``: the headline's tokens when its capitals
    say nothing."""
    if not signals.company:
        return []
    words = view.words
    taken = covered(found, len(words))
    out: list[Candidate] = []
    for move in range(1, len(words)):
        if words[move].casefold() not in MOVE_WORDS:
            continue  # most tokens: no move opens there
        to_price = share_move(words, move)
        if not (to_price or percent_move(words, move)):
            continue
        k = appositive_before(words, move)  # "Rostelecom , the telephone operator , was flat"
        start = _run_before(words, k)
        if start == k or start < skip or any(taken[start:k]):
            continue
        if not to_price and k == move and k - start == 1 and sentence_initial(view, start):
            continue  # "Inflation rose 0.5 percent": a percentage alone says less than a price
        if k - start == 1 and words[start].casefold() in _NO_COMPANY:
            continue  # "Sterling was steady at $ 1.2205", "Aluminium eased to 1,445 dollars"
        if view.stops[start] or (start > 0 and words[start - 1] == ")"):
            continue  # a stop word, or the end of a name with brackets: "( Holdings ) Ltd"
        if index_name(words, start, k):
            continue  # "The Nasdaq Composite rose 0.9% to 19,700"
        if (
            k - start == 1
            and sentence_initial(view, start)
            and words[start].lower() in view.lower_words()
        ):
            continue  # "Gold rose $ 2 to $ 380" where the article writes "gold"
        out.append(Candidate(start, k, None, {}, PRIORITY_MODEL))
    return out
