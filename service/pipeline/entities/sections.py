"""The parts of an article that NER reads, in order, and the text handed to the model.

Headline, captions and body paragraphs, joined by a blank line; credits and boilerplate
never reach the model, and all-caps lines reach it case-restored (``casing.py``). Each
section knows its offset in the NER text and, for body paragraphs, in ``body``, so that
mention offsets map back to the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from service.pipeline.entities.casing import restore_case
from service.pipeline.types import ParsedArticle

SEPARATOR = "\n\n"
# The longest run without whitespace that the model reads. spaCy's tokenizer strips a run's
# prefix and suffix punctuation one character at a time, copying the rest of the run each
# time: quadratic in the run's length (20,000 quote marks took about 40 s). Longer runs reach
# it cut by a space every MAX_RUN characters; words, compounds and most URLs are shorter.
MAX_RUN: Final = 100
_LONG_RUN: Final = re.compile(rf"\S{{{MAX_RUN + 1},}}")
SectionKind = Literal["headline", "caption", "body"]


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    index: int  # caption index or paragraph index
    start: int  # offset of this section in the NER text
    body_offset: int  # offset of this paragraph in `body` (body sections only)
    text: str


def sections(parsed: ParsedArticle) -> list[Section]:
    """The parts of an article that NER reads, in order: headline, captions, paragraphs."""
    out: list[Section] = []
    pos = 0

    def add(kind: SectionKind, index: int, text: str, body_offset: int = 0) -> None:
        nonlocal pos
        out.append(Section(kind, index, pos, body_offset, text))
        pos += len(text) + len(SEPARATOR)

    if parsed.headline:
        add("headline", 0, parsed.headline)
    for i, caption in enumerate(parsed.captions):
        add("caption", i, caption.text)
    body_pos = 0
    for i, paragraph in enumerate(parsed.paragraphs):
        add("body", i, paragraph, body_pos)
        body_pos += len(paragraph) + len(SEPARATOR)
    return out


def written_text(parsed: ParsedArticle) -> str:
    """The article's sections joined: what mentions are cut from."""
    return SEPARATOR.join(s.text for s in sections(parsed))


def _cut(run: re.Match[str]) -> str:
    chars = list(run.group())
    cuts = range(MAX_RUN, len(chars), MAX_RUN + 1)
    chars[MAX_RUN :: MAX_RUN + 1] = " " * len(cuts)
    return "".join(chars)


def ner_text(parsed: ParsedArticle) -> str:
    """The text handed to the NER model: ``written_text`` with its all-caps lines
    case-restored (``casing.py``) and no run longer than ``MAX_RUN`` without whitespace, the
    same length; credits and boilerplate never reach it."""
    return restore_case(_LONG_RUN.sub(_cut, written_text(parsed)))
