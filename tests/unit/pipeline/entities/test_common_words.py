"""Common words in capitals are no names: a word the article writes in lower case, and
capitalises only where a sentence starts, with the real model. The sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from service.pipeline.types import Enriched, ParsedArticle


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
