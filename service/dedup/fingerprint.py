"""Article fingerprints: an exact one for byte-level copies, a MinHash for near-copies.

- **Normalisation** (``normalize``): NFKC, casefold, every run of whitespace (line breaks
  and paragraph breaks included) collapsed to one space. "Ａ  Story\n\nSaid" and
  "a story said" normalise alike, so re-flowed or re-split paragraphs are the same text.
- **Exact** (``exact_fingerprint``): sha256 hex of the normalised body.
- **Near** (``minhash``): 128-value MinHash over word 5-shingles of the normalised body.
  Words are ``\\w+`` runs (single characters in Chinese and Japanese), so punctuation and
  quote styles do not matter. The estimated Jaccard similarity of two bodies is the share
  of equal values (``jaccard``). Each word is hashed once (blake2b, 64 bits, cached); a
  shingle's value is computed from its words' hashes in numpy (``runs``), never as a
  string. ``simhashes`` builds the per-paragraph SimHashes of ``changes.py`` from the same
  word hashes.
- **LSH** (``band_keys``): the signature cut into 32 bands of 4 rows; two bodies whose
  Jaccard is J share at least one band with probability 1 - (1 - J**4)**32: 0.87 at 0.5,
  0.99 at 0.6, 1.00 at 0.7 and above. Shared bands only nominate candidates; links are
  verified against the full stored signature.

Why our own MinHash and not ``datasketch``: signatures live in a changelog-backed table for
days, so the hash family is part of the stored format. Ours is pinned here (permutation
seeds from blake2b of a fixed label, word hashes from blake2b, fixed mixing constants),
with no dependency whose upgrade could silently change it; numpy does the arithmetic.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

SHINGLE_WORDS: Final = 5
NUM_PERM: Final = 128
BANDS: Final = 32
ROWS: Final = NUM_PERM // BANDS

Signature = npt.NDArray[np.uint32]
Hashes = npt.NDArray[np.uint64]

_MERSENNE: Final = np.uint64((1 << 61) - 1)
_LOW32: Final = np.uint64(0xFFFFFFFF)
_SHIFT61: Final = np.uint64(61)
_MIX1: Final = np.uint64(0xBF58476D1CE4E5B9)
_MIX2: Final = np.uint64(0x94D049BB133111EB)
# "U.S.-led" -> u, s, led; "don’t" -> don, t. Digits count as words ("2024", "3.5").
# Chinese and Japanese do not separate words, so each of their characters is a token:
# "再起動して完了" -> 再, 起, 動, し, て, 完, 了 (not one seven-character "word").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_WORD = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+")
# Without those scripts a token is a plain run of word characters, found without the
# per-character look-ahead (three times faster).
_HAS_CJK = re.compile(rf"[{_CJK}]")
_PLAIN_WORD = re.compile(r"\w+")


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
    # str.split() splits on exactly the characters ``\s`` matches, and drops the ends.
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def exact_fingerprint(paragraphs: Iterable[str]) -> str:
    """sha256 hex of the normalised body: equal for copies that differ only in formatting."""
    return exact_of_normalized(normalize(p) for p in paragraphs)


def exact_of_normalized(normalized: Iterable[str]) -> str:
    """``exact_fingerprint`` of paragraphs that are already normalised: the hash of the
    normalised body, its paragraphs joined by one space (empty ones dropped)."""
    return hashlib.sha256(" ".join(n for n in normalized if n).encode("utf-8")).hexdigest()


def tokens_of(normalized: str) -> list[str]:
    """Word tokens of text that is already normalised."""
    if _HAS_CJK.search(normalized) is None:
        return _PLAIN_WORD.findall(normalized)
    return _WORD.findall(normalized)


@functools.lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> int:
    # News vocabulary repeats: the cache answers most words without hashing them again.
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")


def token_hashes(tokens: Sequence[str]) -> Hashes:
    """One stable 64-bit hash per token (blake2b), the input of MinHash and SimHash."""
    return np.fromiter((_word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))


def avalanche(values: Hashes) -> Hashes:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    x = values ^ (values >> np.uint64(30))
    x = x * _MIX1
    x = x ^ (x >> np.uint64(27))
    x = x * _MIX2
    mixed: Hashes = x ^ (x >> np.uint64(31))
    return mixed


def runs(hashes: Hashes, width: int) -> Hashes:
    """The hash of each run of ``width`` consecutive tokens, from their hashes: a
    polynomial in ``_MIX1`` (uint64 arithmetic wraps), then ``avalanche``. Order matters:
    "a b" and "b a" differ."""
    count = len(hashes) - width + 1
    combined = hashes[:count].copy()
    for k in range(1, width):
        combined = combined * _MIX1 + hashes[k : k + count]
    return avalanche(combined)


def shingle_hashes(hashes: Hashes, size: int = SHINGLE_WORDS) -> Hashes:
    """The distinct word ``size``-shingles of a body, as 32-bit values, from its token
    hashes; a body of ``size`` tokens or fewer is one shingle."""
    if len(hashes) == 0:
        return np.empty(0, dtype=np.uint64)
    values = runs(hashes, min(size, len(hashes))) >> np.uint64(32)
    distinct: Hashes = np.unique(values)
    return distinct


def body_hashes(per_paragraph: Sequence[Hashes]) -> Hashes:
    """The token hashes of a body, from its paragraphs' (the normalised body's tokens are
    its paragraphs' tokens in turn)."""
    return np.concatenate(per_paragraph) if per_paragraph else np.empty(0, dtype=np.uint64)


def shingles(paragraphs: Iterable[str], size: int = SHINGLE_WORDS) -> Hashes:
    """``shingle_hashes`` of the normalised body of ``paragraphs``."""
    hashes = [token_hashes(tokens_of(normalize(p))) for p in paragraphs]
    return shingle_hashes(body_hashes(hashes), size)


def minhash_of(shingle_values: Hashes) -> Signature:
    """The MinHash signature of a set of 32-bit shingle values (all 0xFFFFFFFF when empty)."""
    if len(shingle_values) == 0:
        return _EMPTY.copy()
    hashed = _A[:, None] * shingle_values[None, :]
    hashed += _B[:, None]
    # x mod (2**61 - 1) without a division: (x & p) + (x >> 61) is congruent to x and below
    # 2 * p, so one conditional subtraction finishes it. In place: no temporaries.
    high = hashed >> _SHIFT61
    hashed &= _MERSENNE
    hashed += high
    hashed[hashed >= _MERSENNE] -= _MERSENNE
    hashed &= _LOW32
    signature: Signature = hashed.min(axis=1).astype(np.uint32)
    return signature


def minhash(paragraphs: Iterable[str]) -> Signature:
    """The MinHash signature of a body's word shingles."""
    return minhash_of(shingles(paragraphs))


def simhashes(per_paragraph: Sequence[Hashes]) -> list[int]:
    """The 64-bit SimHash of each paragraph over its words and adjacent word pairs, from its
    token hashes (each bit is the majority vote of that bit over all the features), in one
    pass of numpy for a whole body."""
    if not per_paragraph:
        return []
    lengths = np.array([len(h) for h in per_paragraph], dtype=np.int64)
    tokens = np.concatenate(per_paragraph).astype(np.uint64)
    owner = np.repeat(np.arange(len(per_paragraph)), lengths)  # paragraph of each token
    features, feature_owner = avalanche(tokens), owner
    if len(tokens) >= 2:
        inside = owner[:-1] == owner[1:]  # word pairs never span two paragraphs
        features = np.concatenate((features, runs(tokens, 2)[inside]))
        feature_owner = np.concatenate((owner, owner[:-1][inside]))
    order = np.argsort(feature_owner, kind="stable")
    bits = np.unpackbits(features[order].astype(">u8").view(np.uint8)).reshape(-1, 64)
    counts = np.bincount(feature_owner, minlength=len(per_paragraph))
    sums = np.zeros((len(per_paragraph), 64), dtype=np.int64)
    filled = counts > 0
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[filled]
    if len(starts):
        sums[filled] = np.add.reduceat(bits.astype(np.int64), starts, axis=0)
    votes = sums * 2 > counts[:, None]  # a paragraph without words: all votes lost, 0
    return [int(v) for v in np.packbits(votes, axis=1).view(">u8").ravel()]


def to_hex(signature: Signature) -> str:
    """Compact form for JSON: 128 big-endian uint32 values, 1024 hex characters."""
    return signature.astype(">u4").tobytes().hex()


def from_hex(text: str) -> Signature:
    """Inverse of ``to_hex``."""
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)


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
