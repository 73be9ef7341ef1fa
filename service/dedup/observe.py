"""One sighting of an article, judged against the store: ``observe``.

The store holds one ``ArticleEntry`` per article (``entry.py``); ``observe`` reads the
article's own entry and the candidates it needs and writes at most the article's entry.

1. **Version.** The version key is a hash of the normalised headline and the exact body
   fingerprint. The article's live entry with the same key: a **re-crawl**; the stored
   result is returned as it was (same version, links and changes), so a replay after a
   crash re-emits the same event. A key among the earlier versions: an **earlier version**
   arriving late (a replay or a revert); its version number comes back, state is untouched.
   Otherwise an **update** (version + 1, ``changes`` against the stored version) or a
   **new** article (version 1).
2. **Links**, at an article's first sighting (``copies.py``); an update keeps them.
3. **Write.** The entry, one key.

Only live articles count (``window.py``). ``seen_at`` dates sightings for the window and
orders candidates; "already in the store" decides who may be linked to, so articles of one
batch sharing one ``seen_at`` still link in the order they are observed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Final, Literal

from service.dedup.changes import MAX_PARAGRAPHS, diff
from service.dedup.copies import NEAR_THRESHOLD, find_links
from service.dedup.digest import BodyDigest, body_digest
from service.dedup.entry import ArticleEntry, EarlierVersion, Links
from service.dedup.fingerprint import normalize
from service.dedup.store import EntryStore
from service.dedup.window import epoch, horizon, live, touch, when
from service.events import ArticleChanges

Status = Literal["new", "recrawl", "updated", "earlier_version"]

HISTORY: Final = 16  # earlier version keys kept per article


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


def version_key(headline: str | None, fingerprint: str) -> str:
    """A version is the body and the headline: a corrected headline is a new version."""
    raw = f"{normalize(headline or '')}\x1f{fingerprint}".encode()
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


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
        first_seen_at=when(first),
        changes=changes,
    )


@dataclass(frozen=True, slots=True)
class Sighting:
    """What ``sight`` decided from the store: the result, and the entry to write. An update
    still needs its changes: ``complete`` computes them (pure, the one costly part)."""

    article_id: str
    result: DedupResult
    entry: ArticleEntry | None  # to write; None when nothing is written
    previous: ArticleEntry | None = None  # the version this one updates
    headline: str | None = None
    paragraphs: Sequence[str] = ()


def sight(
    store: EntryStore,
    *,
    article_id: str,
    paragraphs: Sequence[str],
    headline: str | None,
    seen_at: datetime,
    window_days: float,
    near_threshold: float = NEAR_THRESHOLD,
    precomputed: BodyDigest | None = None,
) -> Sighting:
    """Judge one sighting against the store (see the module docstring), without the diff.
    Reads the store, and touches a re-crawled entry; writes nothing else."""
    now = epoch(seen_at)
    earliest = horizon(now, window_days)
    body = body_digest(paragraphs) if precomputed is None else precomputed
    fingerprint = body.exact
    key = version_key(headline, fingerprint)
    entry = live(store, article_id, earliest)

    if entry is not None and entry.version_key == key:
        touch(store, article_id, entry, now)
        recrawl = _result(
            article_id=article_id,
            status="recrawl",
            version=entry.version,
            fingerprint=entry.fingerprint,
            signature_hex=entry.minhash,
            first=entry.first_seen,
            links=entry.links,
            changes=entry.changes,
        )
        return Sighting(article_id, recrawl, None)

    signature_hex = body.minhash
    shingle_count = body.shingle_count
    if entry is None:
        first = now
        links = find_links(
            store,
            article_id=article_id,
            fingerprint=fingerprint,
            signature_hex=signature_hex,
            shingle_count=shingle_count,
            horizon=earliest,
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
        changes=None,
    )
    history: tuple[EarlierVersion, ...]
    if entry is None:
        status: Status = "new"
        version, history = 1, ()
    else:
        earlier = next((item.version for item in entry.history if item.key == key), None)
        if earlier is not None:
            touch(store, article_id, entry, now)
            return Sighting(article_id, result(status="earlier_version", version=earlier), None)
        status, version = "updated", entry.version + 1
        previous = EarlierVersion(
            entry.version_key, entry.version, entry.fingerprint if entry.shingle_count else None
        )
        history = (*entry.history, previous)[-HISTORY:]

    new_entry = ArticleEntry(
        version=version,
        version_key=key,
        fingerprint=fingerprint,
        minhash=signature_hex,
        shingle_count=shingle_count,
        first_seen=first,
        last_seen=now if entry is None else max(entry.last_seen, now),
        headline=headline,
        paragraphs=body.paragraphs[:MAX_PARAGRAPHS],  # bounded entry: changes.py
        links=links,
        changes=None,
        history=history,
    )
    return Sighting(
        article_id,
        result(status=status, version=version),
        new_entry,
        previous=entry,
        headline=headline,
        paragraphs=paragraphs,
    )


def complete(sighting: Sighting) -> tuple[DedupResult, ArticleEntry | None]:
    """The sighting's result and entry with the changes of an update (pure)."""
    old, entry = sighting.previous, sighting.entry
    if old is None or entry is None:
        return sighting.result, entry
    changes = diff(
        old.headline, old.paragraphs, sighting.headline, sighting.paragraphs, entry.paragraphs
    )
    return replace(sighting.result, changes=changes), replace(entry, changes=changes)


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
    """Record one sighting of an article and say what it is: ``sight``, ``complete``, then
    the entry written. ``precomputed`` is ``body_digest(paragraphs)`` when the caller
    already has it."""
    sighting = sight(
        store,
        article_id=article_id,
        paragraphs=paragraphs,
        headline=headline,
        seen_at=seen_at,
        window_days=window_days,
        near_threshold=near_threshold,
        precomputed=precomputed,
    )
    result, entry = complete(sighting)
    if entry is not None:
        store.put(article_id, entry)
    return result
