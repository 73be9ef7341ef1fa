"""The entity tests' way in: enrich, with the real model, an article of their own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline.types import Enriched, ParsedArticle
from tests.unit.pipeline.entities.reading import Run


@pytest.fixture(scope="module")
def run(enrich_article: Callable[[ParsedArticle], Enriched]) -> Run:
    """enrich on paragraphs of our own (and optionally a headline, captions, quotes)."""

    def go(*paragraphs: str, headline: str | None = None, **kwargs: object) -> Enriched:
        parsed = ParsedArticle(headline=headline, paragraphs=paragraphs, **kwargs)  # type: ignore[arg-type]
        return enrich_article(parsed)

    return go
