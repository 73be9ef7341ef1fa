"""Span edges: a person's role before "of" is cut from a name ("Founder of Ceres
Robotics"), a body's own first word is not, with the real model. The sentences are our
own."""

from __future__ import annotations

from collections.abc import Callable

from service.pipeline.types import Enriched, ParsedArticle


def test_state_of_is_part_of_the_name(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """ "the State of Ohio" is one name (a role such as "Founder of" is what gets cut)."""
    found = enrich_article(
        ParsedArticle(
            headline=None,
            paragraphs=("Counsel for the State of Ohio told the judges the sentence was fair.",),
        )
    )
    mentions = {m.text for e in found.entities for m in e.mentions}
    assert "State of Ohio" in mentions, mentions
