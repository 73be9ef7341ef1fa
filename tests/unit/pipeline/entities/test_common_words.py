"""Common words in capitals are no names: a word the article writes in lower case, and
capitalises only where a sentence starts, with the real model. The sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from bench.cleaning import ROOT, load_pages
from service.pipeline import read_article
from service.pipeline.types import Enriched, ParsedArticle, RecordIn


def test_a_sentence_initial_common_word_is_no_entity(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """ "Hydrogen" opens a sentence and the article speaks of "hydrogen": no entity; a
    name written the same way mid-sentence ("Maria Kovac") still is one."""
    found = enrich_article(
        ParsedArticle(
            headline=None,
            paragraphs=(
                "Hydrogen is the lightest element.",
                "Maria Kovac has studied hydrogen storage for ten years in Zagreb.",
            ),
        )
    )
    names = {e.name for e in found.entities}
    assert "Hydrogen" not in names
    assert "Maria Kovac" in names


def test_abbreviated_months_of_a_tour_listing_are_no_organisations(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """A tour's dates ("Aug. 2 -- DTE Energy Music Theatre, Clarkston, MI") put months in the
    cells of a listing; "Aug." and "Sept." are dates, never names (a real Billboard page
    from aeb-dev, read as page text)."""
    page = next(p for p in load_pages(ROOT / "aeb-dev") if "Doobie" in p.body[:3000])
    record = RecordIn(value=page.page_text.encode(), headers=(("content-type", b"text/plain"),))
    enriched = enrich_article(read_article(record, 1_000_000)[1])
    names = {e.name for e in enriched.entities}
    assert "Doobie Brothers" in names or "The Doobie Brothers" in names
    assert not names & {"Aug.", "Sept.", "Oct.", "Nov."}
