"""People the model or the gazetteer take for something else, found by how the text uses
them: parties to a lawsuit, with the real model. The sentences and names are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.types import Enriched, ParsedArticle

Run = Callable[..., Enriched]


@pytest.fixture(scope="module")
def run(enrich_article: Callable[[ParsedArticle], Enriched]) -> Run:
    def go(*paragraphs: str, headline: str | None = None) -> Enriched:
        return enrich_article(ParsedArticle(headline=headline, paragraphs=paragraphs))

    return go


def types_of(enriched: Enriched) -> set[tuple[str, str]]:
    """(type, written form) of every mention."""
    return {(e.entity_type, m.text) for e in enriched.entities for m in e.mentions}


def test_parties_to_a_lawsuit_are_people(run: Run) -> None:
    """ "Harlow v. Brenner": surnames, even one that is a town; "Kessel versus Ohio": the
    state stays a place."""
    found = types_of(
        run(
            "Counsel, the court held in Harlow v. Brenner that the statute applied, and "
            "Kessel versus Ohio says no more than that."
        )
    )
    assert ("PERSON", "Harlow") in found
    assert ("PERSON", "Brenner") in found
    assert ("PERSON", "Kessel") in found
    assert ("LOCATION", "Ohio") in found
