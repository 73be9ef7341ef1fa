"""Which earlier articles a new one is a copy of: its links, chosen among the candidates.

Links are set at an article's first sighting, to articles already in the store (so links
point from later arrivals to earlier ones and never form a cycle):

- ``duplicate_of`` is the earliest live article (by first sighting, then id) that had the
  same exact body (in its current or an earlier version);
- ``near_duplicate_of`` the earliest live article whose current body shares an LSH band and
  whose stored signature gives an estimated Jaccard ≥ ``NEAR_THRESHOLD`` (of the
  ``MAX_CANDIDATES`` earliest nominated); ``similarity`` that estimate;
- ``canonical_id`` is the root of the earlier of the two (the article itself when it has no
  link): one identity per story.

Links belong to the article, not to a version: an update keeps them, so an original
corrected after its copies appeared never becomes a copy of its own copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

from service.dedup.candidates import MIN_SHINGLES, Posting
from service.dedup.entry import ArticleEntry, Links
from service.dedup.fingerprint import from_hex, jaccard
from service.dedup.store import EntryStore
from service.dedup.window import live

# Estimated Jaccard of a syndicated copy to its original, on the bench (``bench/dedup.py``,
# seeds 1-5): median 0.81-0.82, 5th percentile 0.54-0.57 (a 100-word story under six lines
# of another site's furniture, a caption and edits sits lowest). Different stories, the two
# halves of one long article and stories under the same site furniture included: at most
# 0.20. 0.45 sits in that gap, five standard errors of the 128-value estimate (±0.044)
# above the highest unrelated pair; it links 96-98 % of copies (0.5: 94-96 %, 0.8: about
# half) with precision 1.0. The LSH bands (32 x 4) nominate a pair at 0.45 with probability
# 0.74, at 0.6 with 0.99; a copy its original's bands miss is often caught via a sibling.
NEAR_THRESHOLD: Final = 0.45
# Live articles verified per near-duplicate lookup, earliest first: links point to the
# earliest, and a story syndicated a hundred times must not cost a hundred comparisons.
MAX_CANDIDATES: Final = 64


def _first_match(
    store: EntryStore,
    postings: Iterable[Posting],
    article_id: str,
    horizon: float,
    score: Callable[[ArticleEntry], float | None],
) -> tuple[str, ArticleEntry, float] | None:
    """The earliest live article other than ``article_id`` among ``postings`` (earliest
    first) that ``score`` accepts (a number, not None), of the first ``MAX_CANDIDATES``
    live ones. Expired articles met on the way are deleted."""
    tried = 0
    for _, item_id in postings:
        if item_id == article_id:
            continue
        entry = live(store, item_id, horizon)
        if entry is None:
            continue
        value = score(entry)
        if value is not None:
            return item_id, entry, value
        tried += 1
        if tried >= MAX_CANDIDATES:
            break
    return None


def find_links(
    store: EntryStore,
    *,
    article_id: str,
    fingerprint: str,
    signature_hex: str,
    shingle_count: int,
    horizon: float,
    threshold: float,
) -> Links:
    """The links of an article at its first sighting (see the module docstring), among the
    live articles (last seen at ``horizon`` or later) of ``store``."""
    if shingle_count == 0:
        return Links(None, None, None, article_id)
    candidates = store.candidates
    duplicate = _first_match(
        store, candidates.exact(fingerprint), article_id, horizon, lambda _: 1.0
    )
    near = None
    if shingle_count >= MIN_SHINGLES:
        signature = from_hex(signature_hex)

        def verified(entry: ArticleEntry) -> float | None:
            estimate = jaccard(signature, from_hex(entry.minhash))
            return estimate if estimate >= threshold else None

        near = _first_match(store, candidates.near(signature), article_id, horizon, verified)
    targets = [t for t in (duplicate, near) if t is not None]
    if not targets:
        return Links(None, None, None, article_id)
    root_id, root, _ = min(targets, key=lambda t: (t[1].first_seen, t[0]))
    return Links(
        duplicate[0] if duplicate else None,
        near[0] if near else None,
        near[2] if near else None,
        root.links.canonical_id or root_id,
    )
