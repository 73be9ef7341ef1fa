"""Facilities are places (docs/entities.md): a name ending in a facility word is a
LOCATION, whatever the model says, with the real model. The sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

from service.pipeline.types import Enriched, ParsedArticle


def test_museums_stations_and_centers_are_places(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """ "Harwick Science Center", "Dunmore Aviation Museum": the model says ORG."""
    found = enrich_article(
        ParsedArticle(
            headline=None,
            paragraphs=(
                "The shuttle will be shown at the Harwick Science Center, while the Dunmore "
                "Aviation Museum gets a training cockpit.",
            ),
        )
    )
    types = {m.text: e.entity_type for e in found.entities for m in e.mentions}
    for name in ("Harwick Science Center", "Dunmore Aviation Museum"):
        assert types.get(name) == "LOCATION", (name, types)


def test_a_facility_defined_by_its_acronym_stays_a_place(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """ "Harwick Space Center (HSC)": the long form and the acronym are a place."""
    found = enrich_article(
        ParsedArticle(
            headline=None,
            paragraphs=(
                "Engineers at the Harwick Space Center (HSC) tested the capsule. HSC staff "
                "said the tests went well.",
            ),
        )
    )
    types = {m.text: e.entity_type for e in found.entities for m in e.mentions}
    assert types.get("Harwick Space Center") == "LOCATION", types
    assert types.get("HSC") == "LOCATION", types
