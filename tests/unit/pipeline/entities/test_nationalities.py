"""A nationality stays a nationality next to an organisation named with it, with the real
model. The sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from service.pipeline.types import Enriched, ParsedArticle


def test_a_nationality_is_no_organisation_for_sharing_its_name(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """ "Canadian Press" is an organisation; "Canadian" in "a Canadian document" is not."""
    found = enrich_article(
        ParsedArticle(
            headline="Canadian document found on a wet street",
            paragraphs=("The Canadian Press reported the find on Friday.",),
        )
    )
    types = {(e.entity_type, m.text) for e in found.entities for m in e.mentions}
    assert ("ORGANIZATION", "Canadian Press") in types
    assert ("ORGANIZATION", "Canadian") not in types
