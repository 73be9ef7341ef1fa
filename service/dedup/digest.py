"""The store-free part of ``observe`` (about 90 % of its time): a body's ``BodyDigest``.

Computed where the text is (the pipeline process, by ``build``) and handed, pickled, to
``observe`` where the store is (the worker's event loop, or ``newsflow process``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.dedup.changes import ParagraphDigest, digest
from service.dedup.fingerprint import (
    body_hashes,
    exact_of_normalized,
    minhash_of,
    normalize,
    shingle_hashes,
    simhashes,
    to_hex,
    token_hashes,
    tokens_of,
)


@dataclass(frozen=True, slots=True)
class BodyDigest:
    """What ``observe`` needs of a body besides its text."""

    exact: str  # the exact fingerprint (sha256 hex of the normalised body)
    minhash: str  # hex (fingerprint.to_hex)
    shingle_count: int
    paragraphs: tuple[ParagraphDigest, ...]


def body_digest(paragraphs: Sequence[str]) -> BodyDigest:
    """Exact fingerprint, MinHash, shingle count and paragraph digests of one body."""
    norms = [normalize(p) for p in paragraphs]
    hashes = [token_hashes(tokens_of(n)) for n in norms]
    shingle_values = shingle_hashes(body_hashes(hashes))
    return BodyDigest(
        exact_of_normalized(norms),
        to_hex(minhash_of(shingle_values)),
        len(shingle_values),
        tuple(
            digest(p, n, h) for p, n, h in zip(paragraphs, norms, simhashes(hashes), strict=True)
        ),
    )
