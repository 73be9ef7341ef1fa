"""Text repair: mojibake (ftfy), Unicode NFC, invisible characters and whitespace.

Paragraph boundaries (line breaks) are kept; everything else is normalised.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Zero-width and bidirectional-control characters carry no text; drop them.
# U+200B..U+200F (ZWSP, ZWNJ, ZWJ, LRM, RLM), U+202A..U+202E (embeddings/overrides),
# U+2060..U+2064 (word joiner etc.), U+2066..U+2069 (isolates), U+FEFF (BOM).
_INVISIBLE = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
     *range(0x2066, 0x206A), 0xFEFF, 0x00AD],
)  # fmt: skip
# C0/C1 control characters other than tab and newline become a space.
_CONTROLS = {c: " " for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]}
# Runs of horizontal whitespace, including NBSP and the Unicode spaces.
_SPACES = re.compile(r"[^\S\n]+")


def repair(text: str) -> str:
    """Repair encoding and normalise whitespace; keep one block per line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.translate(_INVISIBLE).translate(_CONTROLS)
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)
