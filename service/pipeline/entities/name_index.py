"""The name index: word prefixes of every name the lexicon can match, to prune n-grams.

``lexicon_prefixes`` and ``lexicon_keys`` are built once per process
(``pipeline.resources``) and passed in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import chain

from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.known_names import organization_keys
from service.pipeline.entities.text import fold
from service.pipeline.entities.tokens import TokenView


def word_prefixes(keys: Iterable[str]) -> set[str]:
    """Every key cut after each of its words: "new york city" -> "new", "new york",
    "new york city"."""
    out: set[str] = set()
    for key in keys:
        out.add(key)
        cut = key.find(" ")
        while cut >= 0:
            out.add(key[:cut])
            cut = key.find(" ", cut + 1)
    return out


def lexicon_keys(gazetteer: Gazetteer) -> frozenset[str]:
    """Every folded name ``gazetteer.lookup`` or ``known_organization`` can match: an
    n-gram whose fold is not one of these finds nothing (built once per process)."""
    return frozenset(chain(gazetteer.places, organization_keys()))


def lexicon_prefixes(gazetteer: Gazetteer) -> frozenset[str]:
    """The word prefixes of every folded name ``gazetteer.lookup`` or ``known_organization``
    can match (built once per process, in ``pipeline.resources``)."""
    return frozenset(word_prefixes(chain(gazetteer.places, organization_keys())))


def find_again(
    view: TokenView, covered: Sequence[bool], keys: Collection[str]
) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, surface, key) of each mention of one of ``keys`` (folded surfaces) on
    tokens not ``covered``, left to right, the longest first; mentions never overlap."""
    prefixes = word_prefixes(keys)
    position = 0  # tokens before it are taken (found or skipped)
    for i in view.live_starts(view.capitalised(), prefixes):
        if i < position or covered[i]:
            continue
        for j in range(view.ngram_limit(i, prefixes), i, -1):
            if any(covered[i:j]):
                continue
            surface = view.surface(i, j)
            key = fold(surface)
            if key in keys:
                yield i, j, surface, key
                position = j
                break
