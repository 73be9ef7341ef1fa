"""Duplicates and updates across the stream: one identity per article, links between copies.

Pure: no Kafka, no Faust. The logic works on an ``EntryStore`` over a mapping of JSON-ready
entries, one key per article: a dict offline (``InMemoryDedup``), a changelog-backed Faust
table in the worker (``service/worker/table.py``).

- ``fingerprint.py``: normalisation, the exact fingerprint, MinHash and its LSH bands.
- ``corrections.py``: the lexicon of correction and update notices.
- ``changes.py``: the record kept per paragraph, and the diff between two versions (an
  ``ArticleChanges`` of ``service.events``).
- ``digest.py``: ``BodyDigest``, what ``observe`` needs of a body, computed in the pipeline
  process.
- ``entry.py``: ``ArticleEntry``, what the store keeps of an article, and its serialiser.
- ``candidates.py``: the lookup of earlier articles by exact fingerprint and LSH band.
- ``store.py``: ``EntryStore``, the entries by article id, with the lookup kept current.
- ``window.py``: which articles are live, and ``prune``.
- ``copies.py``: an article's links to the earlier articles it copies.
- ``observe.py``: ``observe``, one sighting: its version, links and changes.
- ``memory.py``: ``InMemoryDedup``, the state of a ``newsflow process`` run.
- ``link.py``: the link step (``dedupe_all``) that completes a batch's article events, in
  the worker and in ``newsflow process``. Not imported here: it builds on
  ``service.pipeline``, which imports this package.
"""

from __future__ import annotations

from service.dedup.candidates import Candidates
from service.dedup.copies import NEAR_THRESHOLD
from service.dedup.corrections import correction_notices, is_correction_notice
from service.dedup.digest import BodyDigest, body_digest
from service.dedup.entry import ArticleEntry
from service.dedup.fingerprint import exact_fingerprint, jaccard, minhash
from service.dedup.memory import InMemoryDedup
from service.dedup.observe import DedupResult, Status, observe
from service.dedup.store import EntryStore
from service.dedup.window import prune

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
