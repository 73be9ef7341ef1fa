"""The tokens of the model's ``Doc`` as plain lists, read once per article.

All candidate positions are token indices into the ``Doc``; ``TokenView`` holds the token
texts once so that no step touches spaCy objects in a loop. ``words`` are the tokens the
model read (the case-restored view of all-caps lines, ``casing.py``); ``text`` is the
article's own NER text, of the same length, which every surface is cut from, so that
mentions quote the article as written.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import compress
from operator import add, itemgetter
from typing import Any

from numpy import append as np_append
from numpy import flatnonzero, searchsorted
from numpy.typing import NDArray
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_STOP, ORTH, SENT_START
from spacy.strings import StringStore
from spacy.tokens import Doc

from service.pipeline.entities.text import fold

MAX_NGRAM = 6
_VIEW_ATTRS = [ORTH, IDX, IS_STOP, SENT_START, ENT_IOB, ENT_TYPE]
_IOB_BEGIN, _IOB_INSIDE = 3, 1  # spaCy's ENT_IOB codes: 3 B, 1 I, 2 O, 0 unset
# Token texts by orth id, shared by all docs: an orth id is the hash of its text, the same
# in every vocab. Bounded: cleared when full (a long-running worker sees many numbers).
_WORD_CACHE: dict[int, str] = {}
_WORD_CACHE_MAX = 1 << 18


def _words(orths: list[int], strings: StringStore) -> list[str]:
    try:
        return list(map(_WORD_CACHE.__getitem__, orths))
    except KeyError:
        if len(_WORD_CACHE) > _WORD_CACHE_MAX:
            _WORD_CACHE.clear()
        words = list(map(strings.__getitem__, orths))
        _WORD_CACHE.update(zip(orths, words, strict=True))
        return words


@dataclass(slots=True)
class TokenView:
    """The tokens of a Doc as plain lists."""

    text: str
    words: list[str]
    starts: list[int]
    ends: list[int]
    stops: list[bool]  # spaCy's stop-word flag: "Best" is a town, "best" a word
    caps: list[bool]  # starts with a capital letter
    sent_flags: list[int] | None = None  # SENT_START per token (1 starts a sentence)
    _ent_columns: NDArray[Any] | None = None  # ENT_IOB and ENT_TYPE per token
    _breaks: list[int] | None = None  # see ngram_end
    _capitals: list[int] | None = None  # see capitalised
    _lower: frozenset[str] | None = None  # see lower_words

    def capitalised(self) -> list[int]:
        """Indices of the tokens that start with a capital letter, in order."""
        if self._capitals is None:
            self._capitals = list(compress(range(len(self.caps)), self.caps))
        return self._capitals

    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case ("hydrogen", "visitors"), read once,
        when first asked for: a capitalised form of one opens a sentence or a title."""
        if self._lower is None:
            self._lower = frozenset(filter(str.islower, self.words))
        return self._lower

    def indices_of(self, forms: frozenset[str] | set[str]) -> list[int]:
        """Indices of the tokens written as one of ``forms``, in order."""
        if forms.isdisjoint(self.words):
            return []
        return [i for i, w in enumerate(self.words) if w in forms]

    @classmethod
    def of(cls, doc: Doc, written: str) -> TokenView:
        """The tokens of ``doc`` in one ``to_array`` call instead of a ``Token`` object per
        token. The model read a copy of ``written`` (case-restored, long runs cut: the same
        length), and surfaces are cut from ``written``."""
        array = doc.to_array(_VIEW_ATTRS)
        orths, starts, stop_flags, sent_flags = array[:, :4].T.tolist()
        words = _words(orths, doc.vocab.strings)
        ends = list(map(add, starts, map(len, words)))
        # The tokens end where the text does (``doc.text`` would join every token again).
        read = ends[-1] if ends else 0
        if read > len(written) or written[read:].strip():
            raise ValueError("the Doc is not the model's reading of this article's NER text")
        stops = list(map(bool, stop_flags))
        capitals = list(map(str.isupper, map(itemgetter(0), words)))
        view = cls(written, words, starts, ends, stops, capitals)
        view.sent_flags = sent_flags
        view._ent_columns = array[:, 4:]
        return view

    def entities(self, strings: StringStore) -> list[tuple[int, int, str]]:
        """The model's entities as (start, end, label) token spans, read from the IOB
        columns: ``[(e.start, e.end, e.label_) for e in doc.ents]`` without a ``Span``
        each."""
        columns = self._ent_columns
        if columns is None or not len(columns):
            return []
        iob = columns[:, 0]
        begins = flatnonzero(iob == _IOB_BEGIN)
        if not len(begins):
            return []
        stops = np_append(flatnonzero(iob != _IOB_INSIDE), len(iob))
        ends = stops[searchsorted(stops, begins, side="right")]
        labels = columns[begins, 1].tolist()
        return [
            (b, e, strings[label])
            for b, e, label in zip(begins.tolist(), ends.tolist(), labels, strict=True)
        ]

    def spaced(self, i: int) -> bool:
        """Whether token ``i`` has a space on each side: the dash of "Juventus - Boksic",
        not the hyphen of "Saint-Etienne"."""
        return (
            0 < i < len(self.words) - 1
            and self.starts[i] > self.ends[i - 1]
            and self.starts[i + 1] > self.ends[i]
        )

    def glued(self, i: int) -> bool:
        """Whether token ``i`` touches the tokens on both sides, no space either side: the
        hyphen of "Saint-Etienne", not the dash of "Juventus - Boksic"."""
        return (
            0 < i < len(self.words) - 1
            and self.starts[i] == self.ends[i - 1]
            and self.starts[i + 1] == self.ends[i]
        )

    def hyphen(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen inside one written word ("Banamex-Accival")."""
        return self.words[i] == "-" and self.glued(i)

    def hyphened(self, k: int) -> bool:
        """Word ``k`` is glued by a hyphen to the words on both sides, with no space: one
        written word ("Inzamam-ul-Haq"), which no verb or connector between two names is."""
        return k >= 2 and k + 2 < len(self.words) and self.hyphen(k - 1) and self.hyphen(k + 1)

    def compound(self, k: int) -> str:
        """Word ``k`` folded, with the word it is hyphenated to: "fly-half", "full-back",
        "major-general" (the tokenizer splits them in three)."""
        word = self.words[k].casefold()
        if k + 2 < len(self.words) and self.hyphen(k + 1):
            return f"{word}-{self.words[k + 2].casefold()}"
        return word

    def surface(self, start: int, end: int) -> str:
        return self.text[self.starts[start] : self.ends[end - 1]]

    def ngram_end(self, start: int) -> int:
        """The furthest end of an n-gram from ``start`` that stays on one line: a name
        never runs across a paragraph break."""
        breaks = self._breaks
        if breaks is None:
            breaks = self._breaks = self._line_breaks()
        limit = min(len(self.words), start + MAX_NGRAM)
        k = bisect_left(breaks, start + 1)
        return min(limit, breaks[k]) if k < len(breaks) else limit

    def _line_breaks(self) -> list[int]:
        """Token indices ``k`` with a line break between the end of token ``k - 1`` and
        the end of token ``k``: where ``ngram_end`` stops."""
        text, ends = self.text, self.ends
        out: list[int] = []
        pos = text.find("\n")
        while pos >= 0:
            k = bisect_right(ends, pos)
            if 0 < k < len(ends) and (not out or out[-1] != k):
                out.append(k)
            pos = text.find("\n", pos + 1)
        return out

    def live_starts(self, indices: list[int], prefixes: frozenset[str] | set[str]) -> list[int]:
        """The ``indices`` from which some n-gram may fold to a key with all its word
        prefixes in ``prefixes``: not a lone word (one followed by a space, or the last)
        whose fold is no such prefix. ``ngram_limit`` prunes the rest of the n-grams."""
        starts, ends, words = self.starts, self.ends, self.words
        last = len(words) - 1
        return [
            i
            for i in indices
            if not (i == last or starts[i + 1] != ends[i])
            or (key := fold(words[i])) in prefixes
            or not key
        ]

    def ngram_limit(self, start: int, prefixes: frozenset[str] | set[str]) -> int:
        """``ngram_end(start)``, lowered to the n-grams that can still fold to a key whose
        word prefixes are all in ``prefixes`` (see ``word_prefixes``).

        Where a space separates two tokens, an n-gram that runs on past it folds to the
        fold of its part before the space, a space, and more words; so when that part's
        fold is not a prefix of any key, no longer n-gram is a key, nor is the part itself.
        Nothing else is pruned: lookups on the n-grams left find exactly what they did."""
        end = self.ngram_end(start)
        starts, ends, text = self.starts, self.ends, self.text
        begin = starts[start]
        for j in range(start + 1, end):
            if starts[j] != ends[j - 1]:
                key = fold(text[begin : ends[j - 1]])
                if key and key not in prefixes:
                    return j - 1
        return end
