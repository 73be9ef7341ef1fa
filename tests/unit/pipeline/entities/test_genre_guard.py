"""The per-genre guard: newsflow beats the model alone in every genre of the dev data.

The entity rules once fit 32 dev articles and lost to the bare model on held-out news. This
test runs the entity bench's scoring (bench/entities.py) on every dev set, the project's
articles, each of GUM's six genres, sports and business, and fails as soon as enrichment
lifts one genre by less than ``GUARD_MARGIN`` over the model it starts from, or leaves
either half of a genre below it. It measures quality only: no timing.
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.entities import GENRES, predict, score_groups
from bench.entity_data import load_all
from service.pipeline import Resources

# newsflow must stay at least this far above the model alone (entity-set F1) in each genre.
GUARD_MARGIN = 0.05


@pytest.fixture(scope="module")
def groups(resources: Resources) -> dict[str, Any]:
    docs = load_all()
    return score_groups(docs, predict(docs, resources))


@pytest.mark.slow
@pytest.mark.parametrize("genre", GENRES)
def test_newsflow_is_not_below_the_model_alone(groups: dict[str, Any], genre: str) -> None:
    """Entity-set F1 of newsflow >= the model alone's (plus the margin) in this genre."""
    cell = groups[genre]["all"]
    ours = cell["newsflow"]["set"]["all"]["f1"]
    model = cell["model alone"]["set"]["all"]["f1"]
    assert ours >= model + GUARD_MARGIN, (genre, model, ours)


@pytest.mark.slow
@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize("half", ["a", "b"])
def test_no_half_of_a_genre_is_below_the_model_alone(
    groups: dict[str, Any], genre: str, half: str
) -> None:
    """Entity-set F1 of newsflow >= the model alone's on each half of the genre too."""
    cell = groups[genre][half]
    ours = cell["newsflow"]["set"]["all"]["f1"]
    model = cell["model alone"]["set"]["all"]["f1"]
    assert ours >= model, (genre, half, model, ours)


@pytest.mark.slow
def test_span_sets_score_spans_too(groups: dict[str, Any]) -> None:
    """Every GUM genre and the sports and business rows report mention-span F1."""
    for genre in GENRES:
        if genre != "dev":
            assert "span" in groups[genre]["all"]["newsflow"], genre
