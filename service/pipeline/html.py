"""HTML path: main-content extraction and metadata with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    text: str
    title: str | None
    author: str | None
    date: str | None
    site_name: str | None


def extract_html(html: str) -> HtmlExtract:
    """Main text (one paragraph per line) and metadata of an HTML page."""
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
    )
    if doc is None:
        return HtmlExtract("", None, None, None, None)
    return HtmlExtract(
        text=doc.text or "",
        title=doc.title,
        author=doc.author,
        date=doc.date,
        site_name=doc.sitename,
    )
