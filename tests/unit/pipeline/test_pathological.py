"""Pathological inputs finish with an outcome (an article or a typed rejection).

No timing assertions: each case would take minutes or hit the recursion limit if any
stage were super-linear or recursive on the input's shape.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.errors import Rejection
from service.events import RawArticle
from service.pipeline.clean import clean
from service.pipeline.parse import parse
from service.pipeline.types import Decoded, ParsedArticle

SENTENCE = "The council said on Monday that it would approve the budget for the year. "


@pytest.fixture
def run() -> Callable[[str, str], ParsedArticle | Rejection]:
    """Factory: clean+parse one content, returning the article or the rejection."""

    def go(content: str, content_type: str = "text/plain") -> ParsedArticle | Rejection:
        decoded = Decoded(RawArticle(content=content, content_type=content_type), content_type)
        try:
            return parse(decoded, clean(decoded))
        except Rejection as exc:
            return exc

    return go


def test_five_megabyte_single_line_of_prose(run: Callable[..., object]) -> None:
    """A 5 MB line is one paragraph; the features read a prefix only."""
    outcome = run(SENTENCE * (5_000_000 // len(SENTENCE)))
    assert isinstance(outcome, ParsedArticle)
    assert len(outcome.paragraphs) == 1


def test_five_megabyte_line_without_spaces(run: Callable[..., object]) -> None:
    """A 5 MB token with quote marks and capitals does not trip any pattern."""
    outcome = run('"A' * 2_500_000)
    assert isinstance(outcome, ParsedArticle | Rejection)


def test_two_hundred_thousand_short_lines(run: Callable[..., object]) -> None:
    """200k menu-like lines around an article: linear passes only."""
    menu = "\n".join(f"Item {i}" for i in range(100_000))
    second = SENTENCE.replace("Monday", "Tuesday") * 3
    outcome = run(f"{menu}\n{SENTENCE * 3}\n{second}\n{menu}")
    assert isinstance(outcome, ParsedArticle)
    assert len(outcome.paragraphs) == 2


def test_many_quote_marks_in_one_paragraph(run: Callable[..., object]) -> None:
    """100k unbalanced quote marks are paired in one left-to-right scan."""
    outcome = run(SENTENCE * 3 + '" he said "' * 100_000)
    assert isinstance(outcome, ParsedArticle | Rejection)


def test_deeply_nested_html(run: Callable[..., object]) -> None:
    """100k nested <div>s: trafilatura is bounded and any failure is a rejection."""
    html = "<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE * 3}</p>" + "</div>" * 100_000
    outcome = run(html + "</body></html>", "text/html")
    assert isinstance(outcome, ParsedArticle | Rejection)


def test_huge_flat_html(run: Callable[..., object]) -> None:
    """200k sibling elements exceed MAX_TREE_SIZE: an outcome, never a hang."""
    html = "<html><body>" + "<span>x</span>" * 200_000 + f"<p>{SENTENCE * 3}</p></body></html>"
    outcome = run(html, "text/html")
    assert isinstance(outcome, ParsedArticle | Rejection)


def test_two_hundred_thousand_wrapped_lines(run: Callable[..., object]) -> None:
    """200k lower-case continuation lines join into one paragraph in linear time."""
    wrapped = "\n".join(
        ["The council said on Monday that the budget would"] + ["and more"] * 200_000
    )
    outcome = run(wrapped)
    assert isinstance(outcome, ParsedArticle | Rejection)
