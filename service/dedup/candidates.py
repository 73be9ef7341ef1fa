"""Who may a new article be a copy of: the candidate lookup, derived from the article entries.

The store holds one entry per article (``entry.ArticleEntry``). To find earlier articles with
the same exact fingerprint, or sharing an LSH band of the MinHash, ``Candidates`` keeps two
in-memory postings derived from those entries:

- exact fingerprint (of the current body or an earlier version's) ->
  ``[(first_seen, article_id), ...]``
- LSH band key (``fingerprint.band_keys``) -> the same,

each sorted by first sighting, then id: the order in which links prefer their targets.
Nothing of it is stored: it is a function of the entries, rebuilt from them (``sync``) and
kept current by ``put`` on every write, whoever made it (``store.EntryStore``). So a Faust
table needs only one changelog record per article, and a worker that recovers the table
recovers the lookup.
"""

from __future__ import annotations

import heapq
from bisect import insort
from collections.abc import Iterable, Iterator
from typing import Final

from service.dedup.entry import ArticleEntry
from service.dedup.fingerprint import Signature, band_keys, from_hex

MIN_SHINGLES: Final = 16  # bodies under about 20 words: too few shingles for a safe estimate

Posting = tuple[float, str]  # (first sighting in epoch seconds, article id)
_Held = tuple[Posting, tuple[str, ...], str, tuple[str, ...]]


class Candidates:
    """Exact fingerprint and LSH band -> the articles that have it, earliest first."""

    __slots__ = ("_bands", "_exact", "_held")

    def __init__(self) -> None:
        self._exact: dict[str, list[Posting]] = {}
        self._bands: dict[str, list[Posting]] = {}
        # article id -> (its posting, exact fingerprints, MinHash hex or "", band keys)
        self._held: dict[str, _Held] = {}

    def __len__(self) -> int:
        """The number of articles listed."""
        return len(self._held)

    def put(self, article_id: str, entry: ArticleEntry | None) -> None:
        """Follow one write to the store: ``entry`` is the article's new entry, or None for
        a deletion."""
        held = self._held.get(article_id)
        if entry is None:
            if held is not None:
                self._remove(article_id, held)
            return
        posting = (float(entry.first_seen), article_id)
        fingerprints = _fingerprints(entry)
        signature_hex = entry.minhash if entry.shingle_count >= MIN_SHINGLES else ""
        if held is not None:
            if held[0] == posting and held[1] == fingerprints and held[2] == signature_hex:
                return  # a touch or an echo of the same body: the postings stand
            self._remove(article_id, held)
        bands = tuple(band_keys(from_hex(signature_hex))) if signature_hex else ()
        for fingerprint in fingerprints:
            insort(self._exact.setdefault(fingerprint, []), posting)
        for band in bands:
            insort(self._bands.setdefault(band, []), posting)
        self._held[article_id] = (posting, fingerprints, signature_hex, bands)

    def sync(self, items: Iterable[tuple[str, ArticleEntry]]) -> None:
        """Make the postings those of exactly these ``(article_id, entry)`` pairs (a store's
        items), re-using what is already listed; for a store filled behind our back."""
        seen: set[str] = set()
        for article_id, entry in items:
            seen.add(article_id)
            self.put(article_id, entry)
        for article_id in [a for a in self._held if a not in seen]:
            self._remove(article_id, self._held[article_id])

    def exact(self, fingerprint: str) -> list[Posting]:
        """The articles with this exact fingerprint, earliest first."""
        return list(self._exact.get(fingerprint, ()))

    def near(self, signature: Signature) -> Iterator[Posting]:
        """The articles sharing at least one LSH band with ``signature``, earliest first,
        each once."""
        lists = [self._bands[b] for b in band_keys(signature) if b in self._bands]
        last = None
        # copied first: the caller may delete expired articles while it iterates
        for posting in heapq.merge(*[list(p) for p in lists]):
            if posting != last:
                yield posting
            last = posting

    def _remove(self, article_id: str, held: _Held) -> None:
        posting, fingerprints, _, bands = held
        for fingerprint in fingerprints:
            _discard(self._exact, fingerprint, posting)
        for band in bands:
            _discard(self._bands, band, posting)
        del self._held[article_id]


def _fingerprints(entry: ArticleEntry) -> tuple[str, ...]:
    """The exact fingerprints an article had: its current body's (when it has words) and
    its earlier versions', each once."""
    current = [entry.fingerprint] if entry.shingle_count else []
    earlier = [item.fingerprint for item in entry.history if item.fingerprint]
    return tuple(dict.fromkeys([*current, *earlier]))


def _discard(postings: dict[str, list[Posting]], key: str, posting: Posting) -> None:
    items = postings.get(key)
    if items is None:
        return
    if posting in items:
        items.remove(posting)
    if not items:
        del postings[key]
