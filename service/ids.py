"""Deterministic identifiers: the same input always yields the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid

import courlan

# Fixed namespace of newsflow's UUIDv5 ids. Never change it: ids are a public contract.
NAMESPACE = uuid.UUID("6f1c7a52-3e0b-5b8e-9a4e-2d5f0c1b7e93")


def uuid5(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def sha256_hex(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def canonical_url(url: str) -> str | None:
    """Scheme and host lowercased, tracking parameters and fragment dropped (courlan)."""
    try:
        normalized = courlan.normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        return None
    return normalized or None


def article_id(upstream_id: str | None, url: str | None, content_hash: str) -> str:
    """Stable across re-crawls: the upstream id, else the canonical URL, else the content."""
    if upstream_id:
        return uuid5("id", upstream_id)
    canonical = canonical_url(url) if url else None
    if canonical:
        return uuid5("url", canonical)
    return uuid5("content", content_hash)


_SLUG_DROP = re.compile(r"[^\w]+")


def entity_id(entity_type: str, canonical_name: str) -> str:
    """`person:choguel_maiga`: readable, deterministic from type and canonical name."""
    folded = unicodedata.normalize("NFKD", canonical_name.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    slug = _SLUG_DROP.sub("_", folded).strip("_")[:100] or sha256_hex(canonical_name)[:16]
    return f"{entity_type.lower()}:{slug}"
