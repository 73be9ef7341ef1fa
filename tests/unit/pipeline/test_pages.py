"""Hand-made page variants (tests/data/pages): body paragraphs and structure per page.

Each ``NAME.txt`` or ``NAME.html`` has a ``NAME.expected.json`` with the headline, dateline,
captions, credits, body paragraphs, the cues of its quotes in order, and boilerplate lines
that must appear in the removal log (text pages).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.events import RawArticle
from service.pipeline.clean import clean
from service.pipeline.parse import parse
from service.pipeline.types import Decoded, ParsedArticle
from tests.paths import DATA

PAGES = DATA / "pages"
CASES = sorted(PAGES.glob("*.expected.json"))


def _parsed(expected_file: Path) -> tuple[ParsedArticle, dict[str, Any]]:
    expected: dict[str, Any] = json.loads(expected_file.read_text(encoding="utf-8"))
    stem = expected_file.name.removesuffix(".expected.json")
    suffix = ".html" if expected["content_type"] == "text/html" else ".txt"
    content = (PAGES / f"{stem}{suffix}").read_text(encoding="utf-8")
    kind = expected["content_type"]
    decoded = Decoded(RawArticle(content=content, content_type=kind), kind)
    return parse(decoded, clean(decoded)), expected


def test_there_are_at_least_twenty_five_pages() -> None:
    """The page set covers agencies, wrappers and HTML; it must not shrink by accident."""
    assert len(CASES) >= 25
    assert any(p.name.endswith(".expected.json") and "html" in p.name for p in CASES)


@pytest.mark.parametrize("expected_file", CASES, ids=lambda p: p.name.split(".")[0])
def test_page_body_and_structure(expected_file: Path) -> None:
    """The page's body is exactly the expected paragraphs, with its headline, dateline,
    captions, credits, quote cues, and its boilerplate logged as removed."""
    parsed, expected = _parsed(expected_file)
    assert list(parsed.paragraphs) == expected["body_paragraphs"]
    assert parsed.headline == expected["headline"]
    dateline = parsed.dateline.model_dump() if parsed.dateline else None
    assert dateline == expected["dateline"]
    assert [c.model_dump() for c in parsed.captions] == expected["captions"]
    got_credits = [
        {k: v for k, v in c.model_dump().items() if v is not None} for c in parsed.credits
    ]
    assert got_credits == expected["credits"]
    assert [q.cue for q in parsed.quotes] == expected["quote_cues"]
    logged = {r.text for r in parsed.removed}
    for line in expected["removed_contains"]:
        assert line in logged
