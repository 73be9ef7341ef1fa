"""Repeated lines inside a scraped page's main block: furniture, or the article's template.

A gallery caption shown twice, a repeated headline or a teaser block printed twice is page
furniture: the first copy stays, the others go. An interview that asks each guest the same
questions, or a meal plan whose days share their headings, repeats lines too; those are the
article's own rows and every copy stays.

What tells them apart: a template's rows repeat at one period (the distance to the line's
previous copy), at least two different rows share that period, and lines that differ stand
between them (the answers, the dishes). Furniture repeats alone, or as one unbroken block.
"""

from __future__ import annotations

from collections import defaultdict

from service.events import RemovalCategory


def _previous_copies(lines: list[str], keep: list[bool], lo: int, hi: int) -> dict[int, int]:
    """Kept line index -> the index of the same line's previous kept copy."""
    last: dict[str, int] = {}
    previous: dict[int, int] = {}
    for i in range(lo, hi):
        if keep[i]:
            if lines[i] in last:
                previous[i] = last[lines[i]]
            last[lines[i]] = i
    return previous


def _is_template(lines: list[str], keep: list[bool], rows: list[int]) -> bool:
    """Whether repeats of one period, close together, are a template's rows: two different
    lines at least, and a kept line that is no repeat of that period between them."""
    if len({lines[i] for i in rows}) < 2:
        return False
    members = set(rows)
    return any(keep[k] and k not in members for k in range(rows[0], rows[-1]))


def template_rows(lines: list[str], keep: list[bool], lo: int, hi: int) -> set[int]:
    """Indexes of kept repeats that are rows of a template the article repeats.

    Repeats are grouped by period; within a period, rows closer together than the period are
    one copy of the template (the next copy starts a period later). Linear in the lines.
    """
    previous = _previous_copies(lines, keep, lo, hi)
    by_period: dict[int, list[int]] = defaultdict(list)
    for i, p in previous.items():
        by_period[i - p].append(i)
    rows: set[int] = set()
    for period, repeats in by_period.items():
        group = [repeats[0]]
        for i in repeats[1:]:
            if i - group[0] >= period:
                if _is_template(lines, keep, group):
                    rows.update(group)
                group = []
            group.append(i)
        if _is_template(lines, keep, group):
            rows.update(group)
    return rows


def drop_repeats(
    lines: list[str], keep: list[bool], removed: dict[int, RemovalCategory], lo: int, hi: int
) -> None:
    """A line repeated verbatim inside the body of a scraped page is furniture (a gallery
    caption shown twice, a repeated headline): the first stays. A template's rows stay.

    Not on an extractor's output (``post_clean``): the extractor has dropped the page's
    furniture, and what repeats there is the article's own structure, an interviewer's
    question or a recipe's row. On aeb-dev the HTML body F1 is 0.9725 with the drop and
    0.9729 without (both halves as good or better); on aeb-multilingual 0.853 and 0.874.
    The page text path keeps it: without it, 0.9625 drops to 0.9602."""
    template = template_rows(lines, keep, lo, hi)
    seen: set[str] = set()
    for i in range(lo, hi):
        if keep[i]:
            if lines[i] in seen and i not in template:
                keep[i] = False
                removed[i] = "other"
            seen.add(lines[i])
