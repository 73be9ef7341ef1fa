"""parse: cleaned blocks -> wire-copy structure.

1. **Headline**: envelope title, else HTML metadata / detected page title, else the first
   block when it reads as a headline. A block repeating the headline is dropped.
2. **Furniture blocks**: captions (``captions.py``), bylines and credit lines (``credits.py``)
   leave the body and are logged in ``removed`` as "caption" / "credit". An HTML page's
   figure captions (``cleaned.captions``) are captions too, split by the same credit forms.
3. **Dateline** (``dateline.py``): stripped from the first body paragraph, or the line of its
   own above it ("ROME 1996-10-20").
4. **Quotes** (``quotes.py``): spans with the attribution cue as written.
"""

from __future__ import annotations

from service.errors import Rejection
from service.events import Caption, Credit, Dateline, Removed
from service.pipeline.captions import parse_caption
from service.pipeline.credits import parse_byline, parse_credit_line
from service.pipeline.dateline import read_dateline, standalone_dateline
from service.pipeline.headline import (
    headline_like,
    same_headline,
    strip_site_suffix,
    strip_wire_slug,
    tokens,
)
from service.pipeline.quotes import find_quotes
from service.pipeline.repair import repair_inline
from service.pipeline.types import CleanedText, Decoded, ParsedArticle

# Bylines are only looked for among the first blocks; deeper "By ..." lines are prose. A
# standfirst and a picture's caption printed as text may stand above the byline.
# The headline again inside the body has its words and a few marks more or less: a line
# longer or shorter by more than this is no repeat (most lines, told without their words).
MAX_REPEAT_DELTA = 20
BYLINE_WINDOW = 4
MAX_PARAGRAPHS_ABOVE_BYLINE = 2


def _headline(decoded: Decoded, cleaned: CleanedText, blocks: list[str]) -> str | None:
    # The envelope's title never went through clean: repair it like the body (control,
    # zero-width and bidi characters out), so that the headline is as clean as the text.
    title = strip_wire_slug(repair_inline(decoded.article.title or cleaned.title or ""))
    if title:
        return strip_site_suffix(title) or title
    if len(blocks) > 1 and headline_like(blocks[0]) and parse_caption(blocks[0]) is None:
        return blocks.pop(0)
    return None


def parse(decoded: Decoded, cleaned: CleanedText) -> ParsedArticle:
    """Recover the article's structure from its main text blocks."""
    blocks = list(cleaned.blocks)
    headline = _headline(decoded, cleaned, blocks)
    captions: list[Caption] = []
    credits: list[Credit] = []
    removed: list[Removed] = list(cleaned.removed)
    dateline: Dateline | None = None
    region: str | None = None
    paragraphs: list[str] = []
    words = tokens(headline) if headline else set()
    for index, block in enumerate(blocks):
        if headline is not None and not paragraphs and same_headline(block, headline):
            continue
        if (
            paragraphs
            and words
            and abs(len(block) - len(headline or "")) <= MAX_REPEAT_DELTA  # cheap test first
            and tokens(block) == words
            and headline_like(block)
        ):
            # the headline again inside the body: a video player's title, a sticky header
            removed.append(Removed(text=block, category="other"))
            continue
        caption = parse_caption(block)
        if caption is not None:
            captions.append(caption)
            removed.append(Removed(text=block, category="caption"))
            continue
        found = parse_credit_line(block)
        if (
            found is None
            and index < BYLINE_WINDOW + len(captions)
            and len(paragraphs) <= MAX_PARAGRAPHS_ABOVE_BYLINE
        ):
            found = parse_byline(block)
        if found is not None:
            credits.extend(found)
            removed.append(Removed(text=block, category="credit"))
            continue
        text = block
        if dateline is None and not paragraphs:
            alone = standalone_dateline(block)
            if alone is not None:
                dateline, region = alone
                continue
            dateline, region, text = read_dateline(block)
        paragraphs.append(text)
    seen = {c.text for c in captions}
    for figure in cleaned.captions:
        caption = parse_caption(figure) or Caption(text=figure, kind="photo")
        if caption.text not in seen:
            seen.add(caption.text)
            captions.append(caption)
    if cleaned.author and not any(c.role == "byline" for c in credits):
        # HTML metadata took the byline out of the text; it is still the article's byline.
        credits[:0] = parse_byline(f"By {cleaned.author.replace(';', ',')}") or []
    if not paragraphs:
        raise Rejection(
            "no_article_body",
            "the page holds a headline, captions or credits but no body paragraphs",
            "parse",
        )
    return ParsedArticle(
        headline=headline,
        paragraphs=tuple(paragraphs),
        dateline=dateline,
        captions=tuple(captions),
        credits=tuple(credits),
        dateline_region=region,
        quotes=tuple(find_quotes(paragraphs)),
        removed=tuple(removed),
        language=cleaned.language,
    )
