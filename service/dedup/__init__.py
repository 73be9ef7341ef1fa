"""Duplicates and updates across the stream: one identity per article, links between copies.

Pure: no Kafka, no Faust. Everything works on an ``EntryStore`` over a ``MutableMapping`` of
JSON-ready values, one key per article, so the same code runs over a dict offline
(``InMemoryDedup``) and over a changelog-backed Faust table in the worker
(``service/worker/table.py``).

- ``fingerprint.py``: normalisation, the exact fingerprint, MinHash and its LSH bands.
- ``corrections.py``: the lexicon of correction and update notices.
- ``changes.py``: the per-paragraph record kept per version, and the diff between versions
  (an ``ArticleChanges`` of ``service.events``).
- ``index.py``: ``observe`` (version, links, changes of one sighting), ``body_digest``
  (its store-free part, to compute in the pipeline process), ``prune``.
- ``entry.py``: ``ArticleEntry``, what the store keeps of one article, and its one
  serialiser (the changelog's JSON layout, the key scheme).
- ``candidates.py``: the lookup of earlier articles by exact fingerprint and LSH band,
  derived from the stored entries and kept in memory.
- ``store.py``: ``EntryStore``, the entries by article id over the backing mapping, with
  the candidates kept current.
- ``memory.py``: ``InMemoryDedup`` for ``newsflow process``.
- ``link.py``: the link step (``dedupe_all``): a batch's article events completed from the
  store, in the worker and in ``newsflow process``. Not imported here: it builds on
  ``service.pipeline``, which imports this package.
"""

from __future__ import annotations

from service.dedup.candidates import Candidates
from service.dedup.corrections import correction_notices, is_correction_notice
from service.dedup.entry import ArticleEntry
from service.dedup.fingerprint import exact_fingerprint, jaccard, minhash
from service.dedup.index import (
    NEAR_THRESHOLD,
    BodyDigest,
    DedupResult,
    Status,
    body_digest,
    observe,
    prune,
)
from service.dedup.memory import InMemoryDedup
from service.dedup.store import EntryStore

__all__ = [
    "NEAR_THRESHOLD",
    "ArticleEntry",
    "BodyDigest",
    "Candidates",
    "DedupResult",
    "EntryStore",
    "InMemoryDedup",
    "Status",
    "body_digest",
    "correction_notices",
    "exact_fingerprint",
    "is_correction_notice",
    "jaccard",
    "minhash",
    "observe",
    "prune",
]
