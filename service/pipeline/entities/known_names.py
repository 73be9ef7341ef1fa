"""Lookups into the alias table (``aliases.ORGANIZATIONS``): written form -> canonical name."""

from __future__ import annotations

from functools import lru_cache

from service.pipeline.entities.aliases import ORGANIZATIONS
from service.pipeline.entities.text import fold


def _case_sensitive(form: str) -> bool:
    """Acronyms match only as written: "WHO" is the organisation, "who" a pronoun."""
    letters = [ch for ch in form if ch.isalpha()]
    return form.isupper() or "." in form or len(letters) <= 3


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for canonical, forms in ORGANIZATIONS:
        for form in (canonical, *forms):
            if _case_sensitive(form):
                exact[form] = canonical
            else:
                folded[fold(form)] = canonical
    return exact, folded


@lru_cache(maxsize=1 << 16)  # the same surfaces are asked for again and again
def known_organization(surface: str) -> str | None:
    """Canonical name of a well-known organisation written as ``surface``, if listed."""
    exact, folded = _tables()
    return exact.get(surface) or folded.get(fold(surface))


def organization_keys() -> frozenset[str]:
    """Every listed form, folded: ``known_organization(s)`` is None unless ``fold(s)`` is
    one of these."""
    exact, folded = _tables()
    return frozenset({*folded, *(fold(form) for form in exact)})
