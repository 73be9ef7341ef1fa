"""A case-restored view of all-caps lines, for the model to read.

The model reads capitals as names: in "SOCCER-SPANISH LEAGUE RESULTS" or
"1. REAL MADRID 26 18 5 3 58-22 59" every word looks like one, or none does. Lines whose
words are nearly all in capitals are rewritten word by word, each word keeping its length
(so every offset in the restored text is the offset in the original):

1. a word the article writes elsewhere in mixed case takes that form ("MADRID" -> "Madrid",
   "LEAGUE" -> "league" when the article writes "league");
2. a function word is lower-cased ("OF", "THE");
3. a word of three letters or fewer stays in capitals: most are acronyms ("NBA", "PSV");
4. any other word is capitalised ("SEVILLA" -> "Sevilla").

Mentions are still cut from the article's own text: "REAL MADRID" stays as written.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
CAPS_RUN = re.compile(r"[^\W\d_a-z]{4}")
ASCII_CAPS_RUN = re.compile(r"[A-Z]{4}")  # the same on ASCII text, and much faster
CAPS_SHARE = 0.8  # share of a line's words in capitals that makes it an all-caps line
SHORT = 3  # words this long or shorter are kept in capitals (acronyms)


def _caps_line(line: str) -> bool:
    words = [w for w in WORD.findall(line) if len(w) > 1]
    if not words:
        return False
    upper = sum(w.isupper() for w in words)
    return upper >= CAPS_SHARE * len(words) and any(len(w) > SHORT for w in words if w.isupper())


def _vocabulary(text: str) -> dict[str, str]:
    """How the article writes each word in mixed-case text, most often: lower-case key ->
    form. Words at the start of a sentence or line say nothing about case and are skipped."""
    seen: dict[str, Counter[str]] = {}
    for line in text.split("\n"):
        if CAPS_RUN.search(line) is not None and _caps_line(line):
            continue
        for match in WORD.finditer(line):
            word = match.group()
            if word.isupper() and len(word) > 1:
                continue
            before = line[: match.start()].rstrip()
            if not before or before[-1] in ".!?:\"'\u201c(":
                continue
            seen.setdefault(word.casefold(), Counter())[word] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in seen.items()}


def _restore_word(word: str, first: bool, vocabulary: dict[str, str]) -> str:
    key = word.casefold()
    known = vocabulary.get(key)
    if known is not None:
        out = known[0].upper() + known[1:] if first else known
    elif key in STOP_WORDS:
        out = word.capitalize() if first else word.lower()
    elif len(word) <= SHORT:
        out = word
    else:
        out = word.capitalize()
    return out if len(out) == len(word) else word  # keep every offset


def _restore_line(line: str, vocabulary: dict[str, str]) -> str:
    parts: list[str] = []
    pos = 0
    for k, match in enumerate(WORD.finditer(line)):
        word = match.group()
        parts.append(line[pos : match.start()])
        parts.append(_restore_word(word, k == 0, vocabulary) if word.isupper() else word)
        pos = match.end()
    parts.append(line[pos:])
    return "".join(parts)


def restore_case(text: str) -> str:
    """``text`` with its all-caps lines case-restored; the same length, the same offsets."""
    spans = []  # (start, end) of the all-caps lines, read only where capitals run
    pos = 0
    for match in (ASCII_CAPS_RUN if text.isascii() else CAPS_RUN).finditer(text):
        if match.start() < pos:
            continue  # a line already read
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        pos = end = len(text) if end < 0 else end
        if _caps_line(text[start:end]):
            spans.append((start, end))
    if not spans:
        return text  # no all-caps line (most articles)
    vocabulary = _vocabulary(text)
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], _restore_line(text[start:end], vocabulary)]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
