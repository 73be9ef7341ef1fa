"""How the entity tests read an enriched article."""

from __future__ import annotations

from collections.abc import Callable

from service.pipeline.types import Enriched

Run = Callable[..., Enriched]


def types_of(enriched: Enriched) -> set[tuple[str, str]]:
    """(type, written form) of every mention."""
    return {(e.entity_type, m.text) for e in enriched.entities for m in e.mentions}
