"""Cleaning benchmark on aeb-dev: body 4-gram shingle F1 and clean+parse speed.

Rows, all measured in the same run:
- page text unchanged (text input)
- our text path: decode -> clean -> parse on ``page_text`` as text/plain
- trafilatura alone: ``trafilatura.extract`` with default settings on the HTML
- our HTML path: decode -> clean -> parse on the HTML as text/html
plus clean+parse articles/s on the text path (one core, this process).

Run: ``.venv/bin/python -m bench.cleaning``
"""

from __future__ import annotations

import contextlib
import gzip
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import trafilatura

from bench.body_metric import Score, score
from service.errors import Rejection
from service.pipeline import read_article
from service.pipeline.html import configure_parser
from service.pipeline.types import ParsedArticle, RecordIn

DATA = Path(__file__).parent / "data" / "aeb-dev"
MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str
    page_text: str
    html: str
    body: str


def load_pages(root: Path = DATA) -> list[Page]:
    """The benchmark pages with their HTML read (gzip, UTF-8 with replacement)."""
    pages = []
    with (root / "pages.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            html = gzip.decompress((root / row["html_file"]).read_bytes())
            pages.append(
                Page(
                    row["id"],
                    row["url"],
                    row["page_text"],
                    html.decode("utf-8", "replace"),
                    row["body"],
                )
            )
    return pages


def _record(content: str, content_type: str, url: str) -> RecordIn:
    envelope = {"content": content, "content_type": content_type, "url": url}
    return RecordIn(value=orjson.dumps(envelope))


def run_pipeline(content: str, content_type: str, url: str) -> ParsedArticle | None:
    """decode -> clean -> parse through the real stages; None when the page is rejected."""
    try:
        return read_article(_record(content, content_type, url), MAX_BYTES)[1]
    except Rejection:
        return None


def _body(parsed: ParsedArticle | None) -> str:
    return "\n\n".join(parsed.paragraphs) if parsed else ""


def _pairs(pages: list[Page], predict: Iterator[str]) -> Iterator[tuple[str, str]]:
    for page, predicted in zip(pages, predict, strict=True):
        yield predicted, page.body


def run_cleaning_bench(root: Path = DATA) -> dict[str, object]:
    """Measure every row on the same pages in this run; returns a JSON-ready dict."""
    configure_parser()  # as the worker's pipeline process does at load time
    pages = load_pages(root)
    rows: dict[str, Score] = {}
    rows["page text unchanged (text)"] = score((p.page_text, p.body) for p in pages)

    started = time.perf_counter()
    text_bodies = [_body(run_pipeline(p.page_text, "text/plain", p.url)) for p in pages]
    text_seconds = time.perf_counter() - started
    rows["our text path (text)"] = score(_pairs(pages, iter(text_bodies)))

    rows["trafilatura alone (HTML)"] = score(
        _pairs(pages, (trafilatura.extract(p.html) or "" for p in pages))
    )
    html_bodies = [_body(run_pipeline(p.html, "text/html", p.url)) for p in pages]
    rows["our HTML path (HTML)"] = score(_pairs(pages, iter(html_bodies)))

    # Speed: decode+clean+parse, warm (the first pass loaded models), in this one process:
    # one core.
    records = [_record(p.page_text, "text/plain", p.url) for p in pages]
    started = time.perf_counter()
    for record in records:
        with contextlib.suppress(Rejection):
            read_article(record, MAX_BYTES)
    warm_seconds = time.perf_counter() - started
    return {
        "pages": len(pages),
        "rows": {
            name: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
            for name, s in rows.items()
        },
        "text_path_articles_per_s": len(pages) / warm_seconds,
        "text_path_first_pass_s": text_seconds,
    }


def main() -> None:
    result = run_cleaning_bench()
    rows = result["rows"]
    assert isinstance(rows, dict)
    print(f"aeb-dev: {result['pages']} pages, 4-gram shingle F1 of the body")
    print(f"{'method':<32} {'precision':>9} {'recall':>7} {'F1':>7}")
    for name, s in rows.items():
        print(f"{name:<32} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>7.3f}")
    print(f"clean+parse, text path: {result['text_path_articles_per_s']:.0f} articles/s (one core)")


if __name__ == "__main__":
    main()
