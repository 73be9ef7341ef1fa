"""Text-path boilerplate removal: keep the article's main block of lines.

First version: a line is article-like when it reads as prose (long, ends with sentence
punctuation, many stopwords). The main block is the densest run of article-like lines;
what lies outside it is removed and logged. Deepened by the cleaning issue.
"""

from __future__ import annotations

import re

from service.events import Removed, RemovalCategory

STOPWORDS = frozenset(
    "a an and are as at be by for from has have he her his in is it its of on or said she "
    "that the their they this to was were will with which who would".split()
)
_WORD = re.compile(r"\w+")
_META = re.compile(r"^[A-Z][\w ]{1,40}:\s*\S{0,40}$")  # "Campaign ID: 46", "User Status:"


def prose_score(line: str) -> float:
    """0..1: how much a line reads like article prose."""
    words = _WORD.findall(line)
    if len(words) < 6:
        return 0.0
    stop = sum(w.lower() in STOPWORDS for w in words) / len(words)
    ends = line.rstrip("\"'”’)").endswith((".", "?", "!", ":"))
    return min(1.0, 0.4 * min(len(words) / 25, 1.0) + 0.3 * min(stop / 0.3, 1.0) + 0.3 * ends)


def categorise(line: str) -> RemovalCategory:
    if _META.match(line):
        return "paywall_metadata"
    return "other"


def main_block(lines: list[str]) -> tuple[list[str], list[Removed]]:
    """Split lines into the main block and the removal log."""
    scores = [prose_score(line) for line in lines]
    best, best_range, start, run = 0.0, (0, 0), 0, 0.0
    for i, score in enumerate(scores):
        gain = score - 0.35 if lines[i] else 0.0
        if run + gain <= 0:
            start, run = i + 1, 0.0
            continue
        run += gain
        if run > best:
            best, best_range = run, (start, i + 1)
    lo, hi = best_range
    kept = [line for line in lines[lo:hi] if line]
    removed = [Removed(text=line, category=categorise(line)) for line in lines[:lo] + lines[hi:] if line]
    return kept, removed
