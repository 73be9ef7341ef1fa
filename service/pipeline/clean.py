"""clean: page text or HTML -> main article text blocks, with every removal logged.

1. HTML only: the page is parsed once for its metadata, figure captions and a first, precise
   extraction (``html.py``); the body is chosen among candidate bodies (``candidates.py``):
   the precise one when it is plausible, else the best of trafilatura's defaults, the page's
   visible text read as page text, and a recall run.
2. ``repair``: mojibake, NFC, invisible characters, whitespace; one block per line.
3. Language (``language.py``): identified on the page's prose lines, it selects the stoplist
   the line classifier reads prose with.
4. Boilerplate (``boilerplate.py``): on page text, the main block is selected from all
   lines; on an extractor's output, which is already the main content, the same line
   classifier only removes furniture, comments and related-link lists it let through.
5. Text path: the page's headline line is recognised (``headline.py``) and handed to parse
   as ``title``.
6. The article's language is the page's when the lines that identified it were kept, else
   the kept text is identified; ``with_language`` is the step that guarantees it (a step of
   its own so that a batch can run it for all its articles in a row).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from service.errors import Rejection
from service.events import Removed
from service.pipeline.boilerplate import join_word_lines, join_wrapped
from service.pipeline.candidates import choose_body, choose_text_block
from service.pipeline.code_lines import without_code
from service.pipeline.headline import find_page_headline, same_headline
from service.pipeline.html import HtmlPage, read_page
from service.pipeline.inline_tags import without_inline_tags
from service.pipeline.language import article_language, identify, page_language
from service.pipeline.lexicon import lexicon_category
from service.pipeline.markdown import markdown_text
from service.pipeline.repair import repair_inline, repair_lines
from service.pipeline.types import CleanedText, Decoded


def _no_body(page: HtmlPage | None = None) -> Rejection:
    if page is not None and page.cut_at_depth():
        return Rejection(
            "no_article_body",
            "no article text was found: the HTML nests elements more than 2,048 levels "
            "deep, and nothing below that depth can be read; send the article's own markup, "
            "or its text as text/plain",
            "clean",
        )
    return Rejection(
        "no_article_body",
        "no article text was found in the content (only boilerplate or markup)",
        "clean",
    )


def _inline(field: str | None) -> str | None:
    return (repair_inline(field) or None) if field else None


# A figure caption of fewer words (of two letters or more) is a credit or a label:
# "Image via Getty Images", "(Image: Jane Roe / Getty Images)", "Who is Julian Assange?".
MIN_CAPTION_WORDS = 5
_CAPTION_WORD = re.compile(r"[^\W\d_]{2,}")


def _captions(found: tuple[str, ...]) -> tuple[str, ...]:
    """Figure captions that read as captions: repaired, long enough, and not furniture the
    lexicon knows ("Live Watch CBSN Live", "Subscribe to ...")."""
    out = []
    for raw in found:
        text = repair_inline(raw)
        if len(_CAPTION_WORD.findall(text)) < MIN_CAPTION_WORDS:
            continue
        if lexicon_category(text) not in (None, "caption"):
            continue
        out.append(text)
    return tuple(out)


def clean(decoded: Decoded) -> CleanedText:
    """Repair the text, drop boilerplate, identify the language."""
    return with_language(clean_text(decoded), decoded)


def with_language(cleaned: CleanedText, decoded: Decoded) -> CleanedText:
    """The cleaned text with its language (the envelope's hint helps only when unsure).

    ``clean_text`` has usually identified it already, on lines that the article kept.
    """
    if cleaned.language is not None:
        return cleaned
    return replace(cleaned, language=identify("\n".join(cleaned.blocks), decoded.article.language))


class _TextRead(NamedTuple):
    """Page text read for its main block (``choose_text_block``)."""

    lines: list[str]
    code: list[Removed]  # code lines, removed before the block was chosen
    language: str | None
    sample: list[str]  # the prose lines the language was told on
    blocks: list[str]
    removed: list[Removed]
    start: int  # the block's first line


def _read_text(repaired: list[str], hint: str | None) -> _TextRead:
    lines, code = without_code(join_wrapped(repaired))
    language, sample, stops = page_language(lines, hint)
    return _TextRead(lines, code, language, sample, *choose_text_block(lines, stops))


def clean_text(decoded: Decoded) -> CleanedText:
    """Repair the text, drop boilerplate and identify the language (``with_language`` only
    identifies what this could not)."""
    article = decoded.article
    title = author = None
    captions: tuple[str, ...] = ()
    page: HtmlPage | None = None
    if decoded.content_type == "text/html":
        page = read_page(article.content)
        # Metadata is text from the page too: the same invisible and control characters.
        title, author = _inline(page.title), _inline(page.author)
        captions = _captions(page.captions)
        body = choose_body(page, article.language)
        blocks, removed, language = body.blocks, body.removed, body.language
    else:
        text = article.content
        if decoded.content_type == "text/markdown":
            text = markdown_text(text)  # the page text it renders to
        repaired = repair_lines(without_inline_tags(text))
        read = _read_text(repaired, article.language)
        joined = repaired if read.blocks else join_word_lines(repaired)
        if joined is not repaired:  # nothing read as prose: text broken after every word
            read = _read_text(joined, article.language)
        lines, language, blocks, start = read.lines, read.language, read.blocks, read.start
        removed = [*read.code, *read.removed]
        language = article_language(language, read.sample, blocks, article.language)
        found = find_page_headline(lines, start) if not article.title else None
        if found is not None:
            # The headline is structure, not boilerplate: it leaves the removal log.
            index, title = found
            removed = [r for r in removed if r.text != lines[index]]
    headline = _inline(article.title) or title
    if headline and blocks and same_headline(blocks[0], headline):
        blocks = blocks[1:]  # the headline repeated at the top: structure, not body
    if not blocks:
        raise _no_body(page)
    return CleanedText(
        blocks=tuple(blocks),
        removed=tuple(removed),
        title=title,
        author=author,
        captions=captions,
        language=language,
    )
