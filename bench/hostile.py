"""Hostile pages: how long the HTML path takes on pages built to be slow, beside trafilatura.

Each page is generated here (no data files), under Kafka's default 1 MB message limit, from a
family that once made a stage slow or published filler as an article (``docs/operations.md``,
"What bounds what"). Each is read once through decode -> clean -> parse (``run_pipeline``)
and once by trafilatura with its default settings (the peer), side by side; a row is the
outcome, both times and their ratio. What the model may read of a record is bounded apart
(its token budget), so these times are the part before it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import orjson

from bench.cleaning import run_pipeline
from bench.peer import peer_extract
from service.pipeline.html import configure_parser
from service.pipeline.types import ParsedArticle, RecordIn

SIZE = 900_000  # characters of markup, about 900 kB: under 1 MB with the envelope
PROSE = (
    "The council said on Monday that the new budget would fund two schools and a clinic, "
    "and that the vote had been delayed by a week after a dispute over the road repairs. "
)


def _html(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def _repeat(unit: str, size: int = SIZE) -> str:
    return unit * max(1, size // len(unit))


def _story() -> str:
    return "".join(f"<p>{PROSE}</p>" for _ in range(12))


FAMILIES: dict[str, Callable[[], str]] = {
    "20,000 one-line blocks": lambda: _html("<div><p>x y z</p></div>" * 20_000),
    "one link text, 40,000 times": lambda: _html(
        "<div>" + '<a href="/x">link</a> ' * 40_000 + "</div>"
    ),
    "a notice per widget, 23,000 times": lambda: _html(
        "<noscript><p>Enable JS</p></noscript>" * 23_000
    ),
    "20,000 documents end to end": lambda: (
        "<html><body><p>Some text here.</p></body></html>" * 20_000
    ),
    "an element of 60,000 attributes": lambda: _html(
        "<div " + " ".join(f'a{i}="1"' for i in range(60_000)) + f">{_story()}</div>"
    ),
    "5,000 nested tables": lambda: _html(
        "<table><tr><td>" * 5_000 + "x" + "</td></tr></table>" * 5_000
    ),
    "40,000 headings": lambda: _html("<h2>Heading text</h2>" * 40_000),
    "16,000 quotes in blockquotes": lambda: _html(
        "<blockquote><p>“A quote,” he said.</p></blockquote>" * 16_000
    ),
    "18,000 list items of links": lambda: _html(
        "<ul>" + '<li><a href="/a">A headline of a story</a></li>' * 18_000 + "</ul>"
    ),
    "16,000 article elements": lambda: _html(
        "<article><p>Teaser text for a story here.</p></article>" * 16_000
    ),
    "a 900 kB class attribute": lambda: _html(
        '<div class="' + _repeat("a ") + f'">{_story()}</div>'
    ),
    "a 900 kB article": lambda: _html("<article>" + _repeat(f"<p>{PROSE}</p>") + "</article>"),
}


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def run_hostile_bench(say: Callable[[str], None] = print) -> dict[str, dict[str, Any]]:
    """Each family once through the HTML path and once through trafilatura alone."""
    configure_parser()  # as the worker's pipeline process does at load time
    rows: dict[str, dict[str, Any]] = {}
    for name, build in FAMILIES.items():
        page = build()
        value = orjson.dumps({"id": "hostile", "content": page, "content_type": "text/html"})
        outcome, ours = _timed(lambda v=value: run_pipeline(RecordIn(value=v)))
        _, peer = _timed(lambda p=page: peer_extract(p))
        rows[name] = {
            "kb": round(len(value) / 1000),
            "outcome": "article" if isinstance(outcome, ParsedArticle) else str(outcome),
            "newsflow_s": ours,
            "trafilatura_s": peer,
        }
        say(f"hostile: {name}: {rows[name]}")
    return rows


def ratio(row: dict[str, Any]) -> float:
    """The HTML path's time over trafilatura's on the same page."""
    return float(row["newsflow_s"]) / max(float(row["trafilatura_s"]), 1e-6)


def hostile_table(rows: dict[str, dict[str, Any]]) -> list[str]:
    """The per-family table of the results file."""
    lines = [
        "| page | kB | outcome | clean+parse | trafilatura alone | ratio |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in rows.items():
        lines.append(
            f"| {name} | {row['kb']} | {row['outcome']} | {row['newsflow_s']:.2f} s "
            f"| {row['trafilatura_s']:.2f} s | {ratio(row):.1f} |"
        )
    return lines
