"""What changed between two versions of one article, from a compact record of the old one.

Per version we keep, for each paragraph, a ``ParagraphDigest`` (never the full text): a hash
of the normalised paragraph, a SimHash of its words and word pairs, the first
``PREFIX_CHARS`` characters as written (for people to read), a hash of its normalised last
40 characters and a hash per sentence.

``diff`` then reads like a review of the new version:

1. The two lists of paragraph hashes are aligned as a patience diff does: paragraphs that
   occur once in each version are anchors, the longest run of anchors in the same order
   (a longest increasing subsequence, n log n) is kept, and equal neighbours extend it.
   Equal paragraphs in order are unchanged paragraphs; between them lie replaced runs.
2. Inside a replaced run, an old and a new paragraph are one **edited** paragraph when they
   look alike: SimHash similarity ≥ ``EDIT_SIMILARITY``, or the same normalised first 40 or
   last 40 characters (a sentence edited in the middle of a long paragraph). Pairs keep
   their order (a monotonic alignment), as editors rarely swap paragraphs and edit them;
   each new paragraph looks at most ``PAIR_WINDOW`` old ones ahead, so the work is linear.
   The new sentences of an edited paragraph (hashes not in the old one) are reported in
   full, so a reader sees the edit even when it is past the stored prefix.
3. A paragraph removed in one place and added unchanged in another is **moved**.
4. Whatever remains is **removed** (old) or **added** (new).
5. Correction notices (``corrections.py``) among the new paragraphs that were not there
   before are reported as **corrections**.

Bounds (a live blog re-crawled every few minutes has thousands of paragraphs): a version
keeps the digests of its first ``MAX_PARAGRAPHS`` paragraphs, only those are compared, and
each list of the changes holds at most ``MAX_LISTED`` items; ``truncated`` says when either
cut applied. The stored entry and the event stay far below the broker's 1 MB.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import Final, NamedTuple, TypeVar

from service.dedup.corrections import is_correction_notice
from service.dedup.fingerprint import normalize
from service.events import ArticleChanges, ParagraphEdit, ParagraphMove, ParagraphRef

_T = TypeVar("_T")

PREFIX_CHARS: Final = 80  # of each old paragraph, kept in the store
TEXT_CHARS: Final = 160  # of each new paragraph, shown in the changes
EDIT_SIMILARITY: Final = 0.8  # unrelated paragraphs of one story reach about 0.75
_ENDS: Final = 40
MAX_PARAGRAPHS: Final = 1000  # digests kept per version, paragraphs compared
MAX_LISTED: Final = 100  # items of each list in the changes
PAIR_WINDOW: Final = 32  # old paragraphs a new one is compared with in a replaced run

# A sentence ends at . ! ? (and a closing quote) before a space and a capital or a quote:
# "He left. She stayed." -> 2; "U.S. officials said", "Mr. Smith", "J. Smith" and
# "3.5 percent" -> 1 each. Splitting only has to be the same on both versions, not perfect.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Prof", "No")
# The cheap test comes first: it fails at almost every position, so the title look-behinds
# only run after a . ! or ? (8x faster than the other order, the same splits).
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))"
    + "".join(rf"(?<!\b{t}\.)" for t in _TITLES)
    + r"\s+(?=[\"“‘(]?[A-Z0-9])(?<!\b[A-Z]\.\s)"
)


class ParagraphDigest(NamedTuple):
    """The compact record of one paragraph kept per version, for the next diff."""

    hash: str  # 12 hex of sha256 over the normalised paragraph
    simhash: str  # 64-bit SimHash of its words and word pairs, 16 hex
    prefix: str  # the first PREFIX_CHARS characters as written, for people to read
    tail: str  # 8 hex of a hash of its normalised last 40 characters
    sentences: tuple[str, ...]  # 6 hex per sentence


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _hash_of_normalized(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:12]


def _tail_hash(normalized: str) -> str:
    return hashlib.blake2b(normalized[-_ENDS:].encode("utf-8"), digest_size=4).hexdigest()


def simhash_similarity(a: int, b: int) -> float:
    return 1.0 - (a ^ b).bit_count() / 64


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s]


def _sentence_hash(sentence: str) -> str:
    return hashlib.blake2b(normalize(sentence).encode("utf-8"), digest_size=3).hexdigest()


def digest(paragraph: str, normalized: str, simhash: int) -> ParagraphDigest:
    """The compact record of one paragraph kept for the next diff, from the paragraph, its
    normalised text and its SimHash (``body_digest`` computes those for a whole body)."""
    return ParagraphDigest(
        _hash_of_normalized(normalized),
        f"{simhash:016x}",
        _short(paragraph, PREFIX_CHARS),
        _tail_hash(normalized),
        tuple(_sentence_hash(s) for s in sentences(paragraph)),
    )


def _alike(
    old: ParagraphDigest, old_norm: str, new: ParagraphDigest, new_norm: str
) -> float | None:
    """Similarity of an old and a new paragraph when they are one edited paragraph
    (``old_norm``: the old prefix normalised; ``new_norm``: the new text normalised)."""
    similarity = simhash_similarity(int(old.simhash, 16), int(new.simhash, 16))
    if similarity >= EDIT_SIMILARITY:
        return similarity
    same_start = len(new_norm) >= _ENDS and old_norm.startswith(new_norm[:_ENDS])
    if same_start or old.tail == new.tail:
        return similarity
    return None


def _pair(
    old: Sequence[ParagraphDigest],
    new: Sequence[ParagraphDigest],
    new_texts: Sequence[str],
    old_range: range,
    new_range: range,
) -> tuple[list[ParagraphEdit], list[int], list[int]]:
    """Monotonic greedy alignment of a replaced run: edits, unpaired old, unpaired new."""
    edits: list[ParagraphEdit] = []
    removed: list[int] = []
    added: list[int] = []
    old_norms: dict[int, str] = {}
    cursor = old_range.start
    for j in new_range:
        new_norm = normalize(new_texts[j])
        match = None
        for i in range(cursor, min(old_range.stop, cursor + PAIR_WINDOW)):
            if i not in old_norms:
                old_norms[i] = normalize(old[i].prefix)
            similarity = _alike(old[i], old_norms[i], new[j], new_norm)
            if similarity is not None:
                match = (i, similarity)
                break
        if match is None:
            added.append(j)
            continue
        i, similarity = match
        removed.extend(range(cursor, i))
        cursor = i + 1
        old_sentences = set(old[i].sentences)
        fresh = [
            _short(s, TEXT_CHARS * 2)
            for s in sentences(new_texts[j])
            if _sentence_hash(s) not in old_sentences
        ]
        edits.append(
            ParagraphEdit(
                old_index=i,
                new_index=j,
                old_text=old[i].prefix,
                new_text=_short(new_texts[j], TEXT_CHARS),
                similarity=round(similarity, 3),
                new_sentences=fresh,
            )
        )
    removed.extend(range(cursor, old_range.stop))
    return edits, removed, added


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``(old, new)`` pairs (in new order) whose old indices increase."""
    tails: list[int] = []  # old index ending the best run of each length
    ends: list[int] = []  # which pair ends it
    back: list[int] = []  # for each pair, the pair before it in its run
    for k, (i, _) in enumerate(pairs):
        at = bisect_left(tails, i)
        back.append(ends[at - 1] if at else -1)
        if at == len(tails):
            tails.append(i)
            ends.append(k)
        else:
            tails[at], ends[at] = i, k
    run: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        run.append(pairs[k])
        k = back[k]
    return run[::-1]


def _matched(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """Equal paragraphs in order: the patience anchors, extended over equal neighbours
    forward from each match and backward from each anchor."""
    in_old, in_new = Counter(old), Counter(new)
    where = {h: i for i, h in enumerate(old) if in_old[h] == 1}
    anchors = _longest_increasing(
        [(where[h], j) for j, h in enumerate(new) if in_new[h] == 1 and h in where]
    )
    matched: list[tuple[int, int]] = []
    prev_i = prev_j = -1
    for i, j in [*anchors, (len(old), len(new))]:
        a, b = prev_i + 1, prev_j + 1
        while a < i and b < j and old[a] == new[b]:
            matched.append((a, b))
            a, b = a + 1, b + 1
        back: list[tuple[int, int]] = []
        c, d = i - 1, j - 1
        while c >= a and d >= b and old[c] == new[d]:
            back.append((c, d))
            c, d = c - 1, d - 1
        matched.extend(reversed(back))
        if i < len(old):
            matched.append((i, j))
        prev_i, prev_j = i, j
    return matched


def _cut(items: list[_T]) -> tuple[list[_T], bool]:
    return (items[:MAX_LISTED], True) if len(items) > MAX_LISTED else (items, False)


def diff(
    old_headline: str | None,
    old: Sequence[ParagraphDigest],
    new_headline: str | None,
    new_paragraphs: Sequence[str],
    new: Sequence[ParagraphDigest],
) -> ArticleChanges:
    """What changed from the old version to the new one (its texts and their digests), as
    the event reports it."""
    truncated = len(new_paragraphs) > MAX_PARAGRAPHS or len(old) >= MAX_PARAGRAPHS
    old, new = old[:MAX_PARAGRAPHS], new[:MAX_PARAGRAPHS]
    new_paragraphs = new_paragraphs[:MAX_PARAGRAPHS]
    edits: list[ParagraphEdit] = []
    removed: list[int] = []
    added: list[int] = []
    prev_i = prev_j = -1
    for i, j in [*_matched([d.hash for d in old], [d.hash for d in new]), (len(old), len(new))]:
        gap_old, gap_new = range(prev_i + 1, i), range(prev_j + 1, j)
        if gap_old and gap_new:
            e, r, a = _pair(old, new, new_paragraphs, gap_old, gap_new)
            edits += e
            removed += r
            added += a
        else:
            removed.extend(gap_old)
            added.extend(gap_new)
        prev_i, prev_j = i, j
    moves: list[ParagraphMove] = []
    removed_by_hash: dict[str, list[int]] = {}
    for i in removed:
        removed_by_hash.setdefault(old[i].hash, []).append(i)
    still_added = []
    moved_old: set[int] = set()
    for j in added:
        candidates = removed_by_hash.get(new[j].hash)
        if candidates:
            i = candidates.pop(0)
            moved_old.add(i)
            moves.append(ParagraphMove(old_index=i, new_index=j, text=old[i].prefix))
        else:
            still_added.append(j)
    removed = [i for i in removed if i not in moved_old]
    old_hashes = {d.hash for d in old}
    corrections = [
        ParagraphRef(index=j, text=_short(text, TEXT_CHARS))
        for j, text in enumerate(new_paragraphs)
        if new[j].hash not in old_hashes and is_correction_notice(text)
    ]
    old_h = normalize(old_headline or "")
    new_h = normalize(new_headline or "")
    added_refs, t1 = _cut(
        [ParagraphRef(index=j, text=_short(new_paragraphs[j], TEXT_CHARS)) for j in still_added]
    )
    removed_refs, t2 = _cut([ParagraphRef(index=i, text=old[i].prefix) for i in sorted(removed)])
    edits, t3 = _cut(edits)
    moved, t4 = _cut(sorted(moves, key=lambda m: m.new_index))
    corrections, t5 = _cut(corrections)
    return ArticleChanges(
        headline_changed=old_h != new_h,
        headline_old=old_headline,
        headline_new=new_headline,
        paragraphs_added=added_refs,
        paragraphs_removed=removed_refs,
        paragraphs_edited=edits,
        paragraphs_moved=moved,
        corrections=corrections,
        truncated=truncated or t1 or t2 or t3 or t4 or t5,
    )
