"""clean: page text or HTML -> main article text blocks, with every removal logged."""

from __future__ import annotations

from service.errors import Rejection
from service.pipeline.boilerplate import main_block
from service.pipeline.html import extract_html
from service.pipeline.language import identify
from service.pipeline.repair import repair
from service.pipeline.types import CleanedText, Decoded


def clean(decoded: Decoded) -> CleanedText:
    """Repair the text, drop boilerplate, identify the language."""
    article = decoded.article
    title = author = date = site_name = None
    if decoded.content_type == "text/html":
        extract = extract_html(article.content)
        text = extract.text
        title, author, date, site_name = extract.title, extract.author, extract.date, extract.site_name
        lines = [line for line in repair(text).split("\n") if line]
        blocks, removed = lines, []
    else:
        lines = repair(article.content).split("\n")
        blocks, removed = main_block(lines)
    if not blocks:
        raise Rejection(
            "no_article_body",
            "no article text was found in the content (only boilerplate or markup)",
            "clean",
        )
    return CleanedText(
        blocks=tuple(blocks),
        removed=tuple(removed),
        title=title,
        author=author,
        date=date,
        site_name=site_name,
        language=identify("\n".join(blocks), article.language),
    )
