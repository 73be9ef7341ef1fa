"""Correction and update notices: the lines newsrooms add when they change a story.

The lexicon is small on purpose; each pattern names the house style it comes from and must
sit where those notices sit (a paragraph's start, or the fixed phrase newsrooms use):

- ``Correction: An earlier version ...`` / ``CORRECTION — ...`` (most US and UK papers)
- ``Clarification: ...``
- ``This story has been corrected to show ...`` / ``This article was updated ...``
- ``An earlier version of this article misstated ...`` (NYT, Guardian, WaPo)
- ``(Corrects paragraph 3 to show ...)`` / ``CORRECTED-...`` (Reuters)
- ``(Updates with comments from ...)`` / ``UPDATE 2-...`` (Reuters)
- ``Editor's note: This story has been updated ...`` (only with corrected/updated after it)

Not matched: "The bank issued a correction to its forecast", "a market correction",
"the company updates with new figures", "Correct answers ...": a notice is a notice only at
its usual place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

CORRECTION_PATTERNS: Final[tuple[re.Pattern[str], ...]] = (
    # "Correction: ...", "CORRECTION - ...", "Clarification: ..."
    re.compile(r"^\W{0,3}(?:correction|clarification)s?\s*[:\-–—]", re.IGNORECASE),
    # "This story has been corrected", "This article was updated", "This report has been amended"
    re.compile(
        r"\bthis (?:story|article|report|piece|post) (?:has been|was|had been) "
        r"(?:corrected|updated|amended|revised|clarified)\b",
        re.IGNORECASE,
    ),
    # "An earlier version of this article ...", "A previous version of this story ..."
    re.compile(
        r"\b(?:an earlier|a previous|an older) version of this (?:story|article|report|piece)\b",
        re.IGNORECASE,
    ),
    # Reuters: "(Corrects paragraph 3 ...)", "CORRECTED-UPDATE 1-..."
    re.compile(r"^\W{0,3}\(\s*corrects?\b|^\W{0,3}corrected\s*-", re.IGNORECASE),
    # Reuters: "(Updates with comments ...)", "(Adds detail ...)", "UPDATE 2-..."
    re.compile(r"^\W{0,3}\(\s*(?:updates?|adds)\b|^\W{0,3}update \d+\s*-", re.IGNORECASE),
)


def is_correction_notice(paragraph: str) -> bool:
    """Whether a paragraph is a correction or update notice (see the module's lexicon)."""
    return any(p.search(paragraph) for p in CORRECTION_PATTERNS)


def correction_notices(paragraphs: Iterable[str]) -> tuple[int, ...]:
    """Indices of the paragraphs that are correction or update notices."""
    return tuple(i for i, p in enumerate(paragraphs) if is_correction_notice(p))
