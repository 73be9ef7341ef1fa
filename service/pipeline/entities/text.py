"""Folding of surface strings, so that lookups ignore case, accents and quote styles."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: "Côte d’Ivoire" -> "cote d'ivoire"; whitespace collapsed."""
    if text.isascii():  # the common case, without the cost of decomposition
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def initials(words: list[str], with_connectors: bool) -> str:
    """Upper-case initials: ["Economic", "Community", "of", ...] -> "ECOWAS" or "ECWAS"."""
    out = []
    for word in words:
        if word[:1].isupper():
            out.append(word[0])
        elif with_connectors and word[:1].isalpha():
            out.append(word[0].upper())
    return "".join(out)
