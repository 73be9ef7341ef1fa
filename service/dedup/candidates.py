"""Who may a new article be a copy of: the candidate lookup, derived from the article entries.

The store holds one entry per article (``a:{article_id}``, see ``index.py``). To find
earlier articles with the same exact fingerprint, or sharing an LSH band of the MinHash,
``Candidates`` keeps two in-memory postings derived from those entries:

- exact fingerprint (of the current body or an earlier version's) ->
  ``[(first_seen, article_id), ...]``
- LSH band key (``fingerprint.band_keys``) -> the same,

each sorted by first sighting, then id: the order in which links prefer their targets.
Nothing of it is stored: it is a function of the entries, rebuilt from them (``sync``) and
kept current by ``put`` on every write, whoever made it. So a Faust table needs only one
changelog record per article, and a worker that recovers the table recovers the lookup.

``IndexedStore`` is the mapping ``observe`` works on: any ``MutableMapping`` (a dict, a
Faust table) whose writes through it also update its ``Candidates``. Writes that reach the
backing mapping another way (a changelog record from another worker) are passed to
``follow``.
"""

from __future__ import annotations

import heapq
from bisect import insort
from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any, Final

from service.dedup.fingerprint import Signature, band_keys, from_hex

ARTICLE_PREFIX: Final = "a:"
MIN_SHINGLES: Final = 16  # bodies under about 20 words: too few shingles for a safe estimate

Posting = tuple[float, str]  # (first sighting in epoch seconds, article id)
_Held = tuple[Posting, tuple[str, ...], str, tuple[str, ...]]


def article_key(article_id: str) -> str:
    return f"{ARTICLE_PREFIX}{article_id}"


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

    def put(self, key: str, value: Any) -> None:
        """Follow one write to the store: ``value`` is the new entry under ``key``, or None
        for a deletion."""
        article_id = key[len(ARTICLE_PREFIX) :]
        held = self._held.get(article_id)
        if value is None:
            if held is not None:
                self._remove(article_id, held)
            return
        count = value["n"]
        posting = (float(value["first"]), article_id)
        fingerprints = _fingerprints(value)
        signature_hex = value["mh"] if count >= MIN_SHINGLES else ""
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

    def sync(self, items: Iterable[tuple[str, Any]]) -> None:
        """Make the postings those of exactly these ``(key, entry)`` pairs (a store's items),
        re-using what is already listed; for a store filled behind our back."""
        seen: set[str] = set()
        for key, value in items:
            seen.add(key[len(ARTICLE_PREFIX) :])
            self.put(key, value)
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


def _fingerprints(entry: dict[str, Any]) -> tuple[str, ...]:
    """The exact fingerprints an article had: its current body's (when it has words) and
    its earlier versions' (``hist`` items ``[key, version, fp]``), each once."""
    current = [entry["fp"]] if entry["n"] else []
    earlier = [item[2] for item in entry["hist"] if item[2]]
    return tuple(dict.fromkeys([*current, *earlier]))


def _discard(postings: dict[str, list[Posting]], key: str, posting: Posting) -> None:
    items = postings.get(key)
    if items is None:
        return
    if posting in items:
        items.remove(posting)
    if not items:
        del postings[key]


class IndexedStore(MutableMapping[str, Any]):
    """A store (dict or Faust table) and the ``Candidates`` of its article entries.

    Reads and writes go to ``backing``; writes also update ``candidates``. Built over a
    mapping that already holds entries, it lists them first."""

    def __init__(self, backing: MutableMapping[str, Any]) -> None:
        self.backing = backing
        self.candidates = Candidates()
        self.candidates.sync(backing.items())

    def __getitem__(self, key: str) -> Any:
        return self.backing[key]

    def get(self, key: str, default: Any = None) -> Any:
        # Faust tables answer ``get`` without the KeyError round trip of ``__getitem__``.
        return self.backing.get(key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        self.backing[key] = value
        self.candidates.put(key, value)

    def __delitem__(self, key: str) -> None:
        del self.backing[key]
        self.candidates.put(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.backing)

    def __len__(self) -> int:
        return len(self.backing)

    def __contains__(self, key: object) -> bool:
        return key in self.backing

    def follow(self, key: str, value: Any) -> None:
        """A write that reached ``backing`` directly (a changelog record): ``value`` is what
        ``backing`` now holds under ``key`` (None when nothing)."""
        self.candidates.put(key, value)

    def resync(self) -> None:
        """List exactly the entries ``backing`` holds (after it was restored wholesale)."""
        self.candidates.sync(self.backing.items())
