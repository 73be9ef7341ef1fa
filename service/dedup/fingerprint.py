"""Article fingerprints: an exact one for byte-level copies, a MinHash for near-copies.

- **Normalisation** (``normalize``): NFKC, casefold, every run of whitespace (line breaks
  and paragraph breaks included) collapsed to one space. "Ａ  Story\n\nSaid" and
  "a story said" normalise alike, so re-flowed or re-split paragraphs are the same text.
- **Exact** (``exact_fingerprint``): sha256 hex of the normalised body.
- **Near** (``minhash``): 128-value MinHash over word 5-shingles of the normalised body.
  Words are ``\\w+`` runs (single characters in Chinese and Japanese), so punctuation and
  quote styles do not matter. The estimated Jaccard similarity of two bodies is the share
  of equal values (``jaccard``).
- **LSH** (``band_keys``): the signature cut into 32 bands of 4 rows; two bodies whose
  Jaccard is J share at least one band with probability 1 - (1 - J**4)**32: 0.87 at 0.5,
  0.99 at 0.6, 1.00 at 0.7 and above. Shared bands only nominate candidates; links are
  verified against the full stored signature.

Why our own MinHash and not ``datasketch``: signatures live in a changelog-backed table for
days, so the hash family is part of the stored format. Ours is pinned here (permutation
seeds from blake2b of a fixed label, shingle hashes from blake2b), with no dependency whose
upgrade could silently change it; numpy (already installed with spaCy) does the arithmetic.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS: Final = 5
NUM_PERM: Final = 128
BANDS: Final = 32
ROWS: Final = NUM_PERM // BANDS

Signature = npt.NDArray[np.uint32]

_MERSENNE: Final = np.uint64((1 << 61) - 1)
_LOW32: Final = np.uint64(0xFFFFFFFF)
_SPACE = re.compile(r"\s+")
# "U.S.-led" -> u, s, led; "don’t" -> don, t. Digits count as words ("2024", "3.5").
# Chinese and Japanese do not separate words, so each of their characters is a token:
# "再起動して完了" -> 再, 起, 動, し, て, 完, 了 (not one seven-character "word").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_WORD = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+")


def _seed(label: str) -> int:
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "big")


# Universal hashing h(x) = ((a*x + b) mod p) mod 2**32 with p = 2**61 - 1. a < 2**31 and
# x < 2**32 keep a*x + b below 2**64, so the uint64 arithmetic never wraps.
_A: Final = np.array(
    [(_seed(f"newsflow.dedup.minhash.a.{i}") & 0x7FFFFFFF) | 1 for i in range(NUM_PERM)],
    dtype=np.uint64,
)
_B: Final = np.array(
    [_seed(f"newsflow.dedup.minhash.b.{i}") & 0xFFFFFFFF for i in range(NUM_PERM)],
    dtype=np.uint64,
)
_EMPTY: Final = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


def normalize(text: str) -> str:
    """NFKC, casefold, whitespace collapsed to single spaces, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def normalized_body(paragraphs: Iterable[str]) -> str:
    """The paragraphs normalised and joined by one space (empty ones dropped)."""
    return " ".join(p for p in (normalize(x) for x in paragraphs) if p)


def exact_fingerprint(paragraphs: Iterable[str]) -> str:
    """sha256 hex of the normalised body: equal for copies that differ only in formatting."""
    return hashlib.sha256(normalized_body(paragraphs).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """The normalised text's word tokens (see ``_WORD``)."""
    return _WORD.findall(normalize(text))


def shingles(paragraphs: Iterable[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-shingles of the normalised body; a shorter body is one shingle."""
    tokens = _WORD.findall(normalized_body(paragraphs))
    if not tokens:
        return set()
    if len(tokens) <= size:
        return {" ".join(tokens)}
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _hash32(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=4).digest(), "big")


def minhash_of(shingle_set: set[str]) -> Signature:
    """The MinHash signature of a set of shingles (all 0xFFFFFFFF when it is empty)."""
    if not shingle_set:
        return _EMPTY.copy()
    x = np.fromiter((_hash32(s) for s in shingle_set), dtype=np.uint64, count=len(shingle_set))
    hashed = ((_A[:, None] * x[None, :] + _B[:, None]) % _MERSENNE) & _LOW32
    signature: Signature = hashed.min(axis=1).astype(np.uint32)
    return signature


def minhash(paragraphs: Iterable[str]) -> Signature:
    """The MinHash signature of a body's word shingles."""
    return minhash_of(shingles(paragraphs))


def to_hex(signature: Signature) -> str:
    """Compact form for JSON: 128 big-endian uint32 values, 1024 hex characters."""
    return signature.astype(">u4").tobytes().hex()


def from_hex(text: str) -> Signature:
    """Inverse of ``to_hex``."""
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)


def to_list(signature: Signature) -> list[int]:
    """JSON-friendly list of ints, for consumers that prefer it to hex."""
    return [int(v) for v in signature]


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values (standard error
    about sqrt(J(1-J)/128), so ±0.035 at J = 0.8)."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def band_keys(signature: Signature) -> list[str]:
    """One short key per LSH band: ``"{band:02d}:{16 hex}"``. Equal keys, equal band."""
    raw = signature.astype(">u4").tobytes()
    width = ROWS * 4
    chunks = (raw[band * width : (band + 1) * width] for band in range(BANDS))
    return [
        f"{band:02d}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}"
        for band, chunk in enumerate(chunks)
    ]
