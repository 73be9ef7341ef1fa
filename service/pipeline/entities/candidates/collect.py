"""All candidate sources of one article, selected: what the later steps type and assemble."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc

from service.pipeline.entities.candidates import Candidate
from service.pipeline.entities.candidates.acronyms import acronym_candidates
from service.pipeline.entities.candidates.citations import citation_candidates
from service.pipeline.entities.candidates.described import described_candidates
from service.pipeline.entities.candidates.digests import digest_candidates
from service.pipeline.entities.candidates.forenames import forename_candidates
from service.pipeline.entities.candidates.franchises import (
    club_candidates,
    franchise_candidates,
    nickname_candidates,
)
from service.pipeline.entities.candidates.headed import headed_candidates
from service.pipeline.entities.candidates.lexicon import lexicon_candidates
from service.pipeline.entities.candidates.model import (
    is_place,
    model_candidates,
    split_composite,
)
from service.pipeline.entities.candidates.movers import mover_candidates
from service.pipeline.entities.candidates.opponents import opponent_candidates
from service.pipeline.entities.candidates.tables import table_candidates
from service.pipeline.entities.candidates.titled import nationality_candidates, title_candidates
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.markets import index_name
from service.pipeline.entities.selection import select
from service.pipeline.entities.tokens import TokenView
from service.pipeline.types import ParsedArticle

TITLE_CASE_MIN_WORDS = 4
# Words from which a headline in capitals is guesswork too ("FRENCH PRESS REVIEW"): a
# capital there says nothing either, and a title-case headline needs more words to tell.
CAPITALS_MIN_WORDS = 2
TITLE_CASE_SHARE = 0.7


def title_case_tokens(parsed: ParsedArticle, view: TokenView) -> int:
    """Tokens of a title-case headline ("Minister Warns Of Flooding In Chad") or one in
    capitals ("FRENCH PRESS REVIEW"), where capitals say nothing about names; 0 when the
    headline is in sentence case."""
    headline = parsed.headline or ""
    words = [w for w in headline.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    fewest = CAPITALS_MIN_WORDS if all(w.isupper() for w in words) else TITLE_CASE_MIN_WORDS
    if len(words) < fewest or capitalised < TITLE_CASE_SHARE * len(words):
        return 0
    return bisect_right(view.starts, len(headline))


def collect_candidates(
    doc: Doc,
    view: TokenView,
    gazetteer: Gazetteer,
    *,
    name_prefixes: frozenset[str],
    name_keys: frozenset[str] = frozenset(),
    context: set[str],
    title_case_tokens: int,
    signals: ArticleContext,
) -> tuple[list[Candidate], list[tuple[str, str]]]:
    """Every source's candidates, without tickers, selected (``selection.select``); and
    the acronym definitions' (short, long) pairs."""
    model = [
        part
        for c in model_candidates(doc, view, gazetteer)
        for part in split_composite(view, c, gazetteer)
    ]
    for cand in model:  # countries and nationalities the model saw set the context
        surface = view.surface(cand.start, cand.end)
        country = gazetteer.country_place(surface)
        code = country.country_code if country else gazetteer.demonym_country(surface)
        if code:
            context.add(code)
    if title_case_tokens:
        # In "Minister Warns Of Flooding In Chad" the model's spans are guesses: keep the
        # known names (a place only with a town's size: "Banks" of "... UP ON BANKS" is a
        # hamlet's name); names the body confirms come back through propagation.
        model = [
            c
            for c in model
            if c.start >= title_case_tokens
            or c.votes
            or is_place(view.surface(c.start, c.end), gazetteer)
            or gazetteer.demonym_country(view.surface(c.start, c.end))
        ]
    acronyms, pairs = acronym_candidates(view, gazetteer)
    lexicon = lexicon_candidates(
        view, gazetteer, name_prefixes, context, keys=name_keys, model=model
    )
    cands = (
        model
        + lexicon
        + acronyms
        + title_candidates(view, gazetteer, skip=title_case_tokens)
        + nationality_candidates(view, gazetteer)
        + table_candidates(view, signals, gazetteer)
        + headed_candidates(view, gazetteer, skip=title_case_tokens)
        + franchise_candidates(view, model, gazetteer, signals)
        + club_candidates(view, model + lexicon, gazetteer, signals)
        + digest_candidates(view, signals)
        + opponent_candidates(view, model + lexicon, signals, skip=title_case_tokens)
        + mover_candidates(view, model + lexicon, signals, skip=title_case_tokens)
        + described_candidates(view, model + lexicon, gazetteer, skip=title_case_tokens)
        + nickname_candidates(view, gazetteer, signals)
    )
    cands += forename_candidates(view, cands, skip=title_case_tokens)
    cited = citation_candidates(view, gazetteer, signals)
    if cited:  # "(Dye & Bavelier, 2010)": the model's "Dye & Bavelier" ORG gives way
        taken = {i for c in cited for i in range(c.start, c.end)}
        same = {(c.start, c.end) for c in cited}
        cands = [
            c for c in cands if (c.start, c.end) in same or taken.isdisjoint(range(c.start, c.end))
        ] + cited
    tickers = signals.ticker_tokens
    if tickers:  # "(AAPL.O)" is not a name, and no name runs into it
        cands = [c for c in cands if tickers.isdisjoint(range(c.start, c.end))]
    if signals.company:  # "the Hang Seng index", "The Nikkei rose 120 points": no names
        cands = [c for c in cands if not _index(view, c, gazetteer)]
    if signals.term_labels:  # "Borrower : Kingdom of Belgium": the label is no name
        cands = [t for c in cands if (t := _without_label(c, signals.term_labels)) is not None]
    if signals.rows:  # "Halftime: 1-1; Attendance: 38,214": labels, not names
        cands = [c for c in cands if not _row_label(view, c, signals)]
    return select(cands), pairs


def _row_label(view: TokenView, cand: Candidate, signals: ArticleContext) -> bool:
    """A name right before a colon in a row is its label ("Halftime: 1-1", "Attendance:
    38,214"); but a venue is not ("At Leicester : Leicestershire 353 ( V. Wells 120 )"),
    nor a side before its line-up ("Newcastle : Srnicek ; Watson , ...")."""
    words = view.words
    if cand.end >= len(words) or words[cand.end] != ":":
        return False
    row = signals.row_of(cand.start)
    return (
        row is not None
        and row.team_end != cand.end
        and not (cand.start > 0 and words[cand.start - 1].casefold() == "at")
    )


def _without_label(cand: Candidate, labels: frozenset[int]) -> Candidate | None:
    """A candidate without the term's label it runs into ("Frankfurt [Denoms]" ->
    "Frankfurt"); None when it starts in one ("Borrower", "Reoffer")."""
    inside = [i for i in range(cand.start, cand.end) if i in labels]
    if not inside:
        return cand
    if inside[0] == cand.start:
        return None
    return replace(cand, end=inside[0])


def _index(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """A market index's name (``markets.index_name``); not a nationality before "index"
    ("the Qatari index eased 0.2%")."""
    return (
        cand.label != "NATIONALITY"
        and index_name(view.words, cand.start, cand.end)
        and gazetteer.demonym_country(view.surface(cand.start, cand.end)) is None
    )
