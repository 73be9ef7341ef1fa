"""The stored entry of one article, and its one serialiser (the changelog's JSON layout).

The store is any ``MutableMapping[str, Any]`` of JSON-ready values (a dict offline, a
changelog-backed Faust table in the worker) holding one key per article, so one sighting
writes at most one key (one changelog record). This module is the only code that knows
the layout: ``ArticleEntry.to_json`` / ``from_json``, the key (``article_key``) and, for the
expiry sweep, ``last_seen_of``:

=========================  ==================================================================
``a:{article_id}``         the article's entry, about 1.5 kB plus 130 bytes a paragraph:
                           ``v`` current version, ``key`` its version key (16 hex), ``fp``
                           exact fingerprint, ``mh`` MinHash (1024 hex), ``n`` shingle
                           count, ``first`` / ``last`` sighting (epoch seconds), ``head``
                           headline, ``paras`` one ``[hash, simhash, prefix, tail,
                           [sentence hashes]]`` per paragraph (``changes.ParagraphDigest``),
                           ``links`` ``{"dup", "near", "sim", "canon"}``, ``chg`` this
                           version's ``ArticleChanges`` (as a dict) or null, ``hist``
                           ``[[key, version, fp], ...]`` of up to ``HISTORY`` earlier
                           versions (``fp`` null for a body without words).
=========================  ==================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from service.dedup.changes import ParagraphDigest
from service.events import ArticleChanges

ARTICLE_PREFIX: Final = "a:"

Json = dict[str, Any]


def article_key(article_id: str) -> str:
    """The store key of an article's entry."""
    return f"{ARTICLE_PREFIX}{article_id}"


def article_id_of(key: str) -> str:
    """The article id of a store key (inverse of ``article_key``)."""
    return key[len(ARTICLE_PREFIX) :]


def last_seen_of(data: Json) -> float:
    """An entry's last sighting, read without decoding the rest (the expiry sweep reads
    only this, of every entry)."""
    last: float = data["last"]
    return last


@dataclass(frozen=True, slots=True)
class Links:
    """An article's links, set at its first sighting: they belong to the article, not to a
    version."""

    duplicate_of: str | None
    near_duplicate_of: str | None
    similarity: float | None
    canonical_id: str


class EarlierVersion(NamedTuple):
    """One of an article's earlier versions, kept to recognise it when it comes back."""

    key: str  # its version key
    version: int
    fingerprint: str | None  # its exact fingerprint; None for a body without words


@dataclass(frozen=True, slots=True)
class ArticleEntry:
    """What the store keeps of one article: its current version and what it knows of the
    earlier ones."""

    version: int
    version_key: str  # 16 hex: a hash of the normalised headline and the exact fingerprint
    fingerprint: str  # exact (sha256 hex of the normalised body)
    minhash: str  # 1024 hex (fingerprint.to_hex)
    shingle_count: int
    first_seen: float  # epoch seconds
    last_seen: float  # epoch seconds, kept to the hour (window.TOUCH_SECONDS)
    headline: str | None
    paragraphs: tuple[ParagraphDigest, ...]
    links: Links
    changes: ArticleChanges | None  # this version's, against the previous one
    history: tuple[EarlierVersion, ...]  # oldest first

    def to_json(self) -> Json:
        """The entry as the store holds it (see the module docstring)."""
        links = self.links
        return {
            "v": self.version,
            "key": self.version_key,
            "fp": self.fingerprint,
            "mh": self.minhash,
            "n": self.shingle_count,
            "first": self.first_seen,
            "last": self.last_seen,
            "head": self.headline,
            "paras": [[*p[:4], list(p.sentences)] for p in self.paragraphs],
            "links": {
                "dup": links.duplicate_of,
                "near": links.near_duplicate_of,
                "sim": links.similarity,
                "canon": links.canonical_id,
            },
            "chg": None if self.changes is None else self.changes.model_dump(),
            "hist": [list(h) for h in self.history],
        }

    @classmethod
    def from_json(cls, data: Json) -> ArticleEntry:
        """Inverse of ``to_json``."""
        links = data["links"]
        changes = data["chg"]
        return cls(
            version=data["v"],
            version_key=data["key"],
            fingerprint=data["fp"],
            minhash=data["mh"],
            shingle_count=data["n"],
            first_seen=data["first"],
            last_seen=data["last"],
            headline=data["head"],
            paragraphs=tuple(
                ParagraphDigest(h, s, p, t, tuple(sentences))
                for h, s, p, t, sentences in data["paras"]
            ),
            links=Links(links["dup"], links["near"], links["sim"], links["canon"]),
            changes=None if changes is None else ArticleChanges.model_validate(changes),
            history=tuple(EarlierVersion(k, v, fp) for k, v, fp in data["hist"]),
        )
