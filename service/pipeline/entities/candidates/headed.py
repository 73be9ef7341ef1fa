"""Organisations the model missed, named by their last word: "National Hockey League",
"War Office", "Bank of Tanzania" (``heads.ORG_HEADS``, ``heads.ORG_FIRST``).

A run of capitalised words on one line that ends in an organisation's word is a candidate
with an organisation's vote. The run walks back over capitalised words, and over "of" only
after an organisation's first word ("Bank of", "Ministry of"), so "Results of National
Hockey League games" gives "National Hockey League". It stops at a determiner, a stop word,
an organisation's word ("Senate Democrats" gives nothing), "interim", "acting" or
"former", and a word that opens a sentence and is written in lower case elsewhere or ends
in "-ing" ("Allow Parliament to ...", "Watching NBA League Pass"); a run that a
nationality opens gives nothing ("English Premier League", "Saudi Energy Minister"), nor
one the gazetteer knows as a country or region ("the West Bank"). An
industry's word ("Oil", "Securities") ends a name the model found, but starts no search
here (``heads.INDUSTRY_HEADS``).

A bank's or a company's word in its own language opens a name instead, which runs on over
capitalised words and the particles between them: "Banco do Brasil", "Banca di Roma",
"Banque de France", "Companhia Vale do Rio Doce" (``heads.ORG_FIRST_ANY``); the model reads
such names in pieces.
"""

from __future__ import annotations

from service.pipeline.entities.candidates import LEADING_DROP, PRIORITY_LEXICON, Candidate
from service.pipeline.entities.entity_types import ORG_VOTE
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import (
    INDUSTRY_HEADS,
    ORG_FIRST,
    ORG_FIRST_ANY,
    ORG_HEADS,
    trade_word,
)
from service.pipeline.entities.tokens import TokenView

MAX_WORDS = 6  # "Economic Community of West African States" is the longest kind
# Generic heads ("a Hybrid Organization") start no search either, nor "Union", which ends
# places too ("Soviet Union").
_HEADS = ORG_HEADS - INDUSTRY_HEADS - {"organisation", "organization", "union"}
# Words before a name that are no part of it: "the", "Interim BART Police".
# Words that open no organisation's name: determiners, "Former", and a company's
# descriptor ("Rival CRA Ltd", "Miner Rio Tinto Plc" at the start of a sentence).
_NOT_IN_RUN = LEADING_DROP | {"interim", "acting", "former"}
_SENTENCE_END = frozenset({".", "!", "?", '"', "\u201c", ":"})
# Lower-case words inside a name that a bank's word opens: "Banco do Brasil".
_PARTICLES = frozenset({"do", "da", "dos", "das", "de", "di", "del", "della", "du", "des"})


def _name_word(view: TokenView, k: int) -> bool:
    """Whether word ``k`` continues the run back: capitalised, no stop word or determiner,
    no organisation's word itself ("Senate Democrats"), and not a common word that opens a
    sentence or a line ("Allow Parliament")."""
    words = view.words
    word = words[k]
    folded = word.casefold()
    if not view.caps[k] or view.stops[k] or folded in _NOT_IN_RUN or folded in ORG_HEADS:
        return False
    if trade_word(folded):  # "Miner Rio Tinto Plc", "Steelmaker Eregli Demir Celik"
        return False
    opens = (
        k == 0
        or words[k - 1] in _SENTENCE_END
        or "\n" in view.text[view.ends[k - 1] : view.starts[k]]
    )
    # a common word or an "-ing" form that opens a sentence: "Allow Parliament", "Watching NBA"
    return not (opens and (folded in view.lower_words() or folded.endswith("ing")))


def _run_start(view: TokenView, end: int, skip: int, gazetteer: Gazetteer) -> int:
    """Where the run that ends at ``end`` starts; ``end`` itself when there is no run, and
    when a nationality opens it: "English Premier League" is "Premier League", "Saudi Pro
    League" the whole, which nothing here tells apart."""
    words = view.words
    start = end
    while start - 1 >= skip and end - start + 1 < MAX_WORDS:
        k = start - 1
        if _name_word(view, k):
            if gazetteer.demonym_country(words[k]) is not None:
                return end
            start = k
        elif words[k] == "of" and k - 1 >= skip and words[k - 1].casefold() in ORG_FIRST:
            start = k - 1
        else:
            break
    return start


def headed_candidates(view: TokenView, gazetteer: Gazetteer, skip: int = 0) -> list[Candidate]:
    """Runs of capitalised words ending in an organisation's word (module docstring); the
    first ``skip`` tokens (a title-case headline) are not searched."""
    words = view.words
    out = _opened(view, skip)
    ends = [i for i in view.capitalised() if i >= skip and words[i].casefold() in _HEADS]
    if not ends:
        return out
    for end in ends:
        start = _run_start(view, end, skip, gazetteer)
        if start == end or view.ngram_end(start) <= end:
            continue
        if not _land(words[start : end + 1], gazetteer):  # "West Bank"
            out.append(
                Candidate(start, end + 1, None, {"ORGANIZATION": ORG_VOTE}, PRIORITY_LEXICON)
            )
    return out


def _land(words: list[str], gazetteer: Gazetteer) -> bool:
    """A country or region the gazetteer knows: "West Bank" is no bank."""
    return any(p.land for p in gazetteer.lookup(" ".join(words)))


def _opened(view: TokenView, skip: int) -> list[Candidate]:
    """Names that a bank's or a company's word in its own language opens: "Banco do
    Brasil", "Compagnie Generale des Etablissements Michelin"."""
    words = view.words
    out: list[Candidate] = []
    for i in view.capitalised():
        if i < skip or words[i].casefold() not in ORG_FIRST_ANY:
            continue
        stop, end, k = view.ngram_end(i), i + 1, i + 1
        while k < stop and k - i < MAX_WORDS:
            if view.caps[k] and not view.stops[k]:
                end = k = k + 1
            elif words[k] in _PARTICLES or view.hyphen(k):
                k += 1  # "Banco do Brasil", "Grupo Financiero Banamex-Accival"
            else:
                break
        if end > i + 1:
            out.append(Candidate(i, end, None, {"ORGANIZATION": ORG_VOTE}, PRIORITY_LEXICON))
    return out
