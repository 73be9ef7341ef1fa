"""The duplicate and version index over an ``EntryStore``: ``observe`` one article at a time.

The store holds one ``ArticleEntry`` per article (``entry.py``: the entry and its JSON
layout), so one sighting writes at most one key (one changelog record). Which earlier
articles had a body is not stored: ``candidates.Candidates`` derives it from the entries
(exact fingerprint and LSH band -> articles) and the ``EntryStore`` keeps it current.

How one sighting is judged (``observe``):

1. **Version.** The version key is a hash of the normalised headline and the exact body
   fingerprint. The article's live entry with the same key: a **re-crawl**; the stored
   result is returned as it was (same version, links and changes), so a replay after a
   crash re-emits the same event. A key among the earlier versions: an **earlier version**
   arriving late (a replay or a revert); its version number comes back, state is untouched.
   Otherwise an **update** (version + 1, ``changes`` against the stored version) or a
   **new** article (version 1).
2. **Links**, at an article's first sighting, to articles already in the store (so links
   point from later arrivals to earlier ones and never form a cycle). ``duplicate_of`` is
   the earliest live article (by first sighting, then id) that had the same exact body (in
   its current or an earlier version); ``near_duplicate_of`` the earliest live article whose
   current body shares an LSH band and whose stored signature gives an estimated Jaccard ≥
   ``NEAR_THRESHOLD`` (of the ``MAX_CANDIDATES`` earliest nominated); ``similarity`` that
   estimate. ``canonical_id`` is the root of the earlier of the two (the article itself
   when it has no link): one identity per story. Links belong to the article, not to a
   version: an update keeps them, so an original corrected after its copies appeared
   never becomes a copy of its own copies.
3. **Write.** The entry, one key.

Expiry: an article is live while its last sighting (kept to the hour, ``TOUCH_SECONDS``) is
within ``window_days`` of the sighting being observed; expired articles are ignored.
Pruning is lazy: an expired entry is deleted when ``observe`` meets it (its own id or a
candidate), and ``prune`` sweeps the whole store (for a periodic timer). An article that
comes back after expiry starts again at version 1.

``seen_at`` (naive datetimes are taken as UTC) dates sightings for the window and orders
candidates; "already in the store" decides who may be linked to, so articles of one batch
sharing one ``seen_at`` still link in the order they are observed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Final, Literal

from service.dedup.candidates import MIN_SHINGLES, Posting
from service.dedup.changes import ParagraphDigest, diff, digest
from service.dedup.entry import ArticleEntry, EarlierVersion, Links
from service.dedup.fingerprint import (
    body_hashes,
    exact_of_normalized,
    from_hex,
    jaccard,
    minhash_of,
    normalize,
    shingle_hashes,
    simhashes,
    to_hex,
    token_hashes,
    tokens_of,
)
from service.dedup.store import EntryStore
from service.events import ArticleChanges

Status = Literal["new", "recrawl", "updated", "earlier_version"]

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
HISTORY: Final = 16  # earlier version keys kept per article
DAY: Final = 86_400.0
TOUCH_SECONDS: Final = 3_600.0  # liveness is kept to the hour: windows are days long

__all__ = [
    "HISTORY",
    "MAX_CANDIDATES",
    "MIN_SHINGLES",
    "NEAR_THRESHOLD",
    "BodyDigest",
    "DedupResult",
    "Status",
    "body_digest",
    "observe",
    "prune",
    "version_key",
]


@dataclass(frozen=True, slots=True)
class DedupResult:
    """What one sighting of an article is: its version, its links, what changed."""

    article_id: str
    status: Status
    version: int
    exact_fingerprint: str
    minhash: str  # 1024 hex characters (fingerprint.to_hex)
    duplicate_of: str | None
    near_duplicate_of: str | None
    similarity: float | None
    canonical_id: str
    first_seen_at: datetime
    changes: ArticleChanges | None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "article_id": self.article_id,
            "status": self.status,
            "version": self.version,
            "exact_fingerprint": self.exact_fingerprint,
            "minhash": self.minhash,
            "duplicate_of": self.duplicate_of,
            "near_duplicate_of": self.near_duplicate_of,
            "similarity": self.similarity,
            "canonical_id": self.canonical_id,
            "first_seen_at": self.first_seen_at.isoformat(),
            "changes": None if self.changes is None else self.changes.model_dump(),
        }


def _epoch(moment: datetime) -> float:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _when(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, tz=UTC)


def version_key(headline: str | None, fingerprint: str) -> str:
    """A version is the body and the headline: a corrected headline is a new version."""
    raw = f"{normalize(headline or '')}\x1f{fingerprint}".encode()
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def _live(store: EntryStore, article_id: str, horizon: float) -> ArticleEntry | None:
    """The article's entry when it is live; an expired one is deleted on the way."""
    entry = store.get(article_id)
    if entry is None:
        return None
    if entry.last_seen < horizon:
        store.delete(article_id)
        return None
    return entry


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
        entry = _live(store, item_id, horizon)
        if entry is None:
            continue
        value = score(entry)
        if value is not None:
            return item_id, entry, value
        tried += 1
        if tried >= MAX_CANDIDATES:
            break
    return None


def _links(
    store: EntryStore,
    *,
    article_id: str,
    fingerprint: str,
    signature_hex: str,
    shingle_count: int,
    horizon: float,
    threshold: float,
) -> Links:
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


def _result(
    *,
    article_id: str,
    status: Status,
    version: int,
    fingerprint: str,
    signature_hex: str,
    first: float,
    links: Links,
    changes: ArticleChanges | None,
) -> DedupResult:
    return DedupResult(
        article_id=article_id,
        status=status,
        version=version,
        exact_fingerprint=fingerprint,
        minhash=signature_hex,
        duplicate_of=links.duplicate_of,
        near_duplicate_of=links.near_duplicate_of,
        similarity=links.similarity,
        canonical_id=links.canonical_id,
        first_seen_at=_when(first),
        changes=changes,
    )


def _touch(store: EntryStore, article_id: str, entry: ArticleEntry, now: float) -> None:
    """Move the last sighting forward; at most once per ``TOUCH_SECONDS``, so a page that
    is re-crawled every minute does not rewrite its entry (a changelog record) every time."""
    if now - entry.last_seen >= TOUCH_SECONDS:
        store.put(article_id, replace(entry, last_seen=now))


@dataclass(frozen=True, slots=True)
class BodyDigest:
    """What ``observe`` needs of a body besides its text: the CPU-heavy, store-free part of
    ``observe`` (about 90 % of its time). Computed where the text is (the pipeline process)
    and handed, pickled, to ``observe`` where the store is."""

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


def observe(
    store: EntryStore,
    *,
    article_id: str,
    paragraphs: Sequence[str],
    headline: str | None,
    seen_at: datetime,
    window_days: float,
    near_threshold: float = NEAR_THRESHOLD,
    precomputed: BodyDigest | None = None,
) -> DedupResult:
    """Record one sighting of an article and say what it is (see the module docstring).

    ``precomputed`` is ``body_digest(paragraphs)`` when the caller already has it."""
    now = _epoch(seen_at)
    horizon = now - window_days * DAY
    body = body_digest(paragraphs) if precomputed is None else precomputed
    fingerprint = body.exact
    key = version_key(headline, fingerprint)
    entry = _live(store, article_id, horizon)

    if entry is not None and entry.version_key == key:
        _touch(store, article_id, entry, now)
        return _result(
            article_id=article_id,
            status="recrawl",
            version=entry.version,
            fingerprint=entry.fingerprint,
            signature_hex=entry.minhash,
            first=entry.first_seen,
            links=entry.links,
            changes=entry.changes,
        )

    signature_hex = body.minhash
    shingle_count = body.shingle_count
    if entry is None:
        first = now
        links = _links(
            store,
            article_id=article_id,
            fingerprint=fingerprint,
            signature_hex=signature_hex,
            shingle_count=shingle_count,
            horizon=horizon,
            threshold=near_threshold,
        )
    else:
        first = entry.first_seen
        links = entry.links
    result = functools.partial(
        _result,
        article_id=article_id,
        fingerprint=fingerprint,
        signature_hex=signature_hex,
        first=first,
        links=links,
    )
    changes: ArticleChanges | None
    history: tuple[EarlierVersion, ...]
    if entry is None:
        status: Status = "new"
        version, changes, history = 1, None, ()
    else:
        earlier = next((item.version for item in entry.history if item.key == key), None)
        if earlier is not None:
            _touch(store, article_id, entry, now)
            return result(status="earlier_version", version=earlier, changes=None)
        status, version = "updated", entry.version + 1
        changes = diff(entry.headline, entry.paragraphs, headline, paragraphs, body.paragraphs)
        previous = EarlierVersion(
            entry.version_key, entry.version, entry.fingerprint if entry.shingle_count else None
        )
        history = (*entry.history, previous)[-HISTORY:]

    store.put(
        article_id,
        ArticleEntry(
            version=version,
            version_key=key,
            fingerprint=fingerprint,
            minhash=signature_hex,
            shingle_count=shingle_count,
            first_seen=first,
            last_seen=now if entry is None else max(entry.last_seen, now),
            headline=headline,
            paragraphs=body.paragraphs,
            links=links,
            changes=changes,
            history=history,
        ),
    )
    return result(status=status, version=version, changes=changes)


def prune(store: EntryStore, *, now: datetime, window_days: float) -> int:
    """Delete every expired article; returns the number of entries deleted. A full sweep:
    call it from a timer, not per message."""
    horizon = _epoch(now) - window_days * DAY
    dead = store.expired(horizon)
    for article_id in dead:
        store.delete(article_id)
    return len(dead)
