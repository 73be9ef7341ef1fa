"""Lines of program code in page text: the text of a script or a style sheet, which a
scraper that reads an element's ``textContent`` keeps with the page's words
("window.dataLayer = window.dataLayer || [];", ".article p { font-size: 18px; }", a JSON-LD
block). Read as prose, such a line became the headline or a paragraph, and one between two
paragraphs cut the article's run of lines in two, losing its first paragraph.

A line is code when it holds a brace, or ends as a statement does (";" after an "=" or
after two calls), and at least CODE_MARKS of code's marks (braces, brackets, "=", ";", "||",
"&&", '":"') make at least CODE_SHARE of its characters. Prose writes semicolons, not braces
("Marina: 54º N; VHF; 10 berths; Depth: 2m."), a markets wrap's instrument codes end in "="
inside a sentence ("the euro EUR= rose to 1.0850, sterling GBP= to 1.2710."), and a Korean
photo credit's "=" stands in brackets ("[사진=JTBC, 이매진아시아]").

Code lines leave the text before the main block is chosen, logged as ``other``; the text path
only (HTML pages lose their scripts and styles with their markup, and an article's own code
samples, in ``<pre>``, stay).
"""

from __future__ import annotations

import re
from typing import Final

from service.events import Removed

CODE_MARKS: Final = 3
CODE_SHARE: Final = 0.03
_MARK: Final = re.compile(r'[{}=;()]|\|\||&&|":"')
# A call: a letter, then its bracket ("gtag(", "Date("; not "Section 2(a)" or "(see").
_CALL: Final = re.compile(r"[A-Za-z_$]\(")
MIN_CALLS: Final = 2
_URL: Final = re.compile(r"""[a-z]+://[^\s"'{}<>]+""", re.IGNORECASE)


def is_code(line: str) -> bool:
    """Whether a line of page text is program code (see the module's docstring). A web
    address's query ("?v=P37ps&t=3164s&ab_channel=...") holds no mark."""
    text = _URL.sub(" ", line) if "://" in line else line
    if "{" not in text and "}" not in text and not _statement(text):
        return False
    marks = _MARK.findall(text)
    return len(marks) >= CODE_MARKS and len(marks) >= CODE_SHARE * len(line)


def _statement(text: str) -> bool:
    """Whether a line without braces ends as a statement of code: ";" after an "=", or
    after calls ("gtag('js', new Date());": a name and its bracket, twice)."""
    if not text.rstrip().endswith(";"):
        return False
    return "=" in text or len(_CALL.findall(text)) >= MIN_CALLS


def without_code(lines: list[str]) -> tuple[list[str], list[Removed]]:
    """The lines with each code line blanked (the lines around it join as they would across
    a blank line), and the code lines as removals. A text without a brace or an "=" is not
    read line by line."""
    if not any("{" in line or "=" in line or "}" in line for line in lines):
        return lines, []
    kept: list[str] = []
    removed: list[Removed] = []
    for line in lines:
        if line and is_code(line):
            removed.append(Removed(text=line, category="other"))
            kept.append("")
        else:
            kept.append(line)
    return kept, removed
