"""The benchmark corpus: real pages and our own test articles, as raw-topic envelopes.

- aeb-dev pages as page text (text/plain) and as HTML (text/html): 162
- the hand-made test page variants (tests/data/pages): 26
- the entity dev-set articles (tests/data/ner-dev): 32
- the Reuters example
"""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from bench.cleaning import load_pages

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
NER_DEV = ROOT / "tests" / "data" / "ner-dev"
EXAMPLE = ROOT / "tests" / "data" / "reuters-mali.txt"


def envelopes() -> list[bytes]:
    """Every corpus article as a JSON envelope (the bytes a scraper would publish)."""
    out: list[dict[str, object]] = []
    for page in load_pages():
        out.append({"id": f"aeb-text-{page.id}", "url": page.url, "content": page.page_text,
                    "content_type": "text/plain"})  # fmt: skip
        out.append({"id": f"aeb-html-{page.id}", "url": page.url, "content": page.html,
                    "content_type": "text/html"})  # fmt: skip
    for path in sorted(PAGES.glob("*")):
        if path.suffix in (".txt", ".html"):
            kind = "text/html" if path.suffix == ".html" else "text/plain"
            out.append({"id": f"page-{path.stem}", "content": path.read_text(encoding="utf-8"),
                        "content_type": kind})  # fmt: skip
    for path in sorted(NER_DEV.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        content = "\n".join([doc.get("headline", ""), *doc["paragraphs"]]).strip()
        out.append({"id": f"dev-{path.stem}", "content": content, "content_type": "text/plain"})
    out.append({"id": "reuters-mali", "content": EXAMPLE.read_text(encoding="utf-8")})
    return [orjson.dumps(e) for e in out]
