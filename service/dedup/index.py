"""The duplicate and version index over any mutable mapping: ``observe`` one article at a time.

The store is a plain ``MutableMapping[str, Any]`` whose values are JSON-ready dicts, so it
can be a ``dict`` offline or a changelog-backed Faust table in the worker. It holds one key
per article, so one sighting writes at most one key (one changelog record):

=========================  ==================================================================
``a:{article_id}``         the article's entry, about 1.5 kB plus 130 bytes a paragraph:
                           ``v`` current version, ``key`` its version key (16 hex), ``fp``
                           exact fingerprint, ``mh`` MinHash (1024 hex), ``n`` shingle
                           count, ``first`` / ``last`` sighting (epoch seconds), ``head``
                           headline, ``paras`` one ``ParagraphDigest`` per paragraph,
                           ``links`` ``{"dup", "near", "sim", "canon"}``, ``chg`` this
                           version's ``ArticleChanges`` (as a dict) or null, ``hist`` ``[[key,
                           version, fp], ...]`` of up to ``HISTORY`` earlier versions (``fp``
                           null for a body without words).
=========================  ==================================================================

Which earlier articles had a body is not stored: ``candidates.Candidates`` derives it from
the entries (exact fingerprint and LSH band -> articles) and an ``IndexedStore`` keeps it
current. ``observe`` takes one; given a bare mapping it lists the entries first (a full
scan: fine for a test, not per message).

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
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, Literal

from service.dedup.candidates import (
    MIN_SHINGLES,
    IndexedStore,
    Posting,
    article_key,
)
from service.dedup.changes import diff, digest
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
from service.events import ArticleChanges

Store = MutableMapping[str, Any]
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
    "IndexedStore",
    "Status",
    "Store",
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


@dataclass(frozen=True, slots=True)
class _Links:
    duplicate_of: str | None
    near_duplicate_of: str | None
    similarity: float | None
    canonical_id: str

    def to_dict(self) -> dict[str, object]:
        return {
            "dup": self.duplicate_of,
            "near": self.near_duplicate_of,
            "sim": self.similarity,
            "canon": self.canonical_id,
        }

    @staticmethod
    def from_dict(data: dict[str, Any]) -> _Links:
        return _Links(data["dup"], data["near"], data["sim"], data["canon"])


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


def _live(store: IndexedStore, article_id: str, horizon: float) -> dict[str, Any] | None:
    """The article's entry when it is live; an expired one is deleted on the way."""
    key = article_key(article_id)
    entry: dict[str, Any] | None = store.get(key)
    if entry is None:
        return None
    if entry["last"] < horizon:
        del store[key]
        return None
    return entry


def _first_match(
    store: IndexedStore,
    postings: Iterable[Posting],
    article_id: str,
    horizon: float,
    score: Callable[[dict[str, Any]], float | None],
) -> tuple[str, dict[str, Any], float] | None:
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
    store: IndexedStore,
    *,
    article_id: str,
    fingerprint: str,
    signature_hex: str,
    shingle_count: int,
    horizon: float,
    threshold: float,
) -> _Links:
    if shingle_count == 0:
        return _Links(None, None, None, article_id)
    candidates = store.candidates
    duplicate = _first_match(
        store, candidates.exact(fingerprint), article_id, horizon, lambda _: 1.0
    )
    near = None
    if shingle_count >= MIN_SHINGLES:
        signature = from_hex(signature_hex)

        def verified(entry: dict[str, Any]) -> float | None:
            estimate = jaccard(signature, from_hex(entry["mh"]))
            return estimate if estimate >= threshold else None

        near = _first_match(store, candidates.near(signature), article_id, horizon, verified)
    targets = [t for t in (duplicate, near) if t is not None]
    if not targets:
        return _Links(None, None, None, article_id)
    root_id, root, _ = min(targets, key=lambda t: (t[1]["first"], t[0]))
    return _Links(
        duplicate[0] if duplicate else None,
        near[0] if near else None,
        near[2] if near else None,
        root["links"]["canon"] or root_id,
    )


def _result(
    *,
    article_id: str,
    status: Status,
    version: int,
    fingerprint: str,
    signature_hex: str,
    first: float,
    links: _Links,
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


def _touch(store: Store, article_id: str, entry: dict[str, Any], now: float) -> None:
    """Move the last sighting forward; at most once per ``TOUCH_SECONDS``, so a page that
    is re-crawled every minute does not rewrite its entry (a changelog record) every time."""
    if now - entry["last"] >= TOUCH_SECONDS:
        entry = {**entry, "last": now}
        store[article_key(article_id)] = entry


@dataclass(frozen=True, slots=True)
class BodyDigest:
    """What ``observe`` needs of a body besides its text: the CPU-heavy, store-free part of
    ``observe`` (about 90 % of its time). Computed where the text is (the pipeline process)
    and handed, pickled, to ``observe`` where the store is."""

    exact: str  # the exact fingerprint (sha256 hex of the normalised body)
    minhash: str  # hex (fingerprint.to_hex)
    shingle_count: int
    paragraphs: tuple[tuple[Any, ...], ...]  # one ParagraphDigest per paragraph


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
            tuple(digest(p, n, h))
            for p, n, h in zip(paragraphs, norms, simhashes(hashes), strict=True)
        ),
    )


def observe(
    store: Store,
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

    ``store`` is best an ``IndexedStore`` kept across calls; a bare mapping is indexed
    for this call only. ``precomputed`` is ``body_digest(paragraphs)`` when the caller
    already has it."""
    index = store if isinstance(store, IndexedStore) else IndexedStore(store)
    now = _epoch(seen_at)
    horizon = now - window_days * DAY
    body = body_digest(paragraphs) if precomputed is None else precomputed
    fingerprint = body.exact
    key = version_key(headline, fingerprint)
    entry = _live(index, article_id, horizon)

    if entry is not None and entry["key"] == key:
        _touch(index, article_id, entry, now)
        stored = entry["chg"]
        return _result(
            article_id=article_id,
            status="recrawl",
            version=entry["v"],
            fingerprint=entry["fp"],
            signature_hex=entry["mh"],
            first=entry["first"],
            links=_Links.from_dict(entry["links"]),
            changes=None if stored is None else ArticleChanges.model_validate(stored),
        )

    signature_hex = body.minhash
    shingle_count = body.shingle_count
    if entry is None:
        first = now
        links = _links(
            index,
            article_id=article_id,
            fingerprint=fingerprint,
            signature_hex=signature_hex,
            shingle_count=shingle_count,
            horizon=horizon,
            threshold=near_threshold,
        )
    else:
        first = entry["first"]
        links = _Links.from_dict(entry["links"])
    result = functools.partial(
        _result,
        article_id=article_id,
        fingerprint=fingerprint,
        signature_hex=signature_hex,
        first=first,
        links=links,
    )
    paragraph_digests = [list(d) for d in body.paragraphs]
    if entry is None:
        status: Status = "new"
        version, changes, history = 1, None, []
    else:
        earlier = next((item[1] for item in entry["hist"] if item[0] == key), None)
        if earlier is not None:
            _touch(index, article_id, entry, now)
            return result(status="earlier_version", version=earlier, changes=None)
        status, version = "updated", entry["v"] + 1
        changes = diff(entry["head"], entry["paras"], headline, paragraphs, paragraph_digests)
        previous = [entry["key"], entry["v"], entry["fp"] if entry["n"] else None]
        history = [*entry["hist"], previous][-HISTORY:]

    index[article_key(article_id)] = {
        "v": version,
        "key": key,
        "fp": fingerprint,
        "mh": signature_hex,
        "n": shingle_count,
        "first": first,
        "last": now if entry is None else max(entry["last"], now),
        "head": headline,
        "paras": paragraph_digests,
        "links": links.to_dict(),
        "chg": None if changes is None else changes.model_dump(),
        "hist": history,
    }
    return result(status=status, version=version, changes=changes)


def prune(store: Store, *, now: datetime, window_days: float) -> int:
    """Delete every expired article; returns the number of keys deleted. A full sweep: call
    it from a timer, not per message."""
    horizon = _epoch(now) - window_days * DAY
    dead = [key for key, value in list(store.items()) if value is None or value["last"] < horizon]
    for key in dead:
        del store[key]
    return len(dead)
