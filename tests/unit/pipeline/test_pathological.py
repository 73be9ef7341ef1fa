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
from service.pipeline.html import configure_parser
from service.pipeline.parse import parse
from service.pipeline.types import Decoded, ParsedArticle

SENTENCE = "The council said on Monday that it would approve the budget for the year. "


@pytest.fixture
def run() -> Callable[[str, str], ParsedArticle | Rejection]:
    """Factory: clean+parse one content, returning the article or the rejection, with the
    HTML parser the worker's pipeline process sets up at load time."""
    configure_parser()

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


@pytest.mark.parametrize("depth", [300, 1500])
def test_an_article_under_hundreds_of_unclosed_tags_is_read(
    run: Callable[..., object], depth: int
) -> None:
    """An old page that never closes its <font> tags nests its article hundreds of levels
    down: a browser shows it, and lxml's default parser dropped everything below 256 levels
    (no_article_body, trafilatura alone found nothing either)."""
    story = [
        SENTENCE + "Its members will vote again on Friday, a spokeswoman said.",
        "Opponents said the plan would raise property taxes for families across the city.",
        "The mayor said the budget would pay for new schools, roads and a second library.",
    ]
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    html = f"<html><body>{'<font size=2>' * depth}{paragraphs}</body></html>"
    outcome = run(html, "text/html")
    assert isinstance(outcome, ParsedArticle), outcome
    assert outcome.paragraphs == tuple(story)


def test_fallbacks_skip_a_tree_deeper_than_they_can_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura's fallbacks walk a deep tree in the square of its depth (seconds for a
    2,000-level nest of empty <div>s): on a tree deeper than MAX_FALLBACK_DEPTH they are
    not run, and a page of normal depth still gets them."""
    from service.pipeline import html as html_module

    configure_parser()
    calls: list[int] = []
    real = html_module.trafilatura.bare_extraction

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", counted)
    deep = html_module.read_page("<html><body>" + "<div>" * 2000 + "</body></html>")
    calls.clear()
    assert deep.fallback() == ""
    assert deep.recall() == ""
    assert calls == []
    shallow = html_module.read_page(f"<html><body><div><p>{SENTENCE}</p></div></body></html>")
    calls.clear()
    assert SENTENCE.strip() in shallow.fallback()
    assert calls == [1]


def test_fallback_extractors_skip_a_page_of_thousands_of_short_texts(
    monkeypatch: pytest.MonkeyPatch, run: Callable[..., object]
) -> None:
    """jusText walks a run of short paragraphs in the square of its length (20,000 one-line
    <div>s took it minutes): above MAX_FALLBACK_TEXTS texts the fallback and recall runs go
    without the fallback extractors, and a page of normal size still gets them."""
    from service.pipeline import html as html_module

    fast: list[object] = []
    real = html_module.trafilatura.bare_extraction

    def recorded(*args: object, **kwargs: object) -> object:
        fast.append(kwargs.get("fast"))
        return real(*args, **kwargs)

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", recorded)
    many = "<div><p>x y z</p></div>" * (html_module.MAX_FALLBACK_TEXTS + 1)
    page = html_module.read_page(f"<html><body>{many}</body></html>")
    fast.clear()
    page.fallback()
    page.recall()
    assert fast == [True, True]
    shallow = html_module.read_page(f"<html><body><div><p>{SENTENCE}</p></div></body></html>")
    fast.clear()
    shallow.fallback()
    assert fast == [False]
    outcome = run(f"<html><body>{many * 3}</body></html>", "text/html")
    assert isinstance(outcome, ParsedArticle | Rejection)


def test_an_article_nested_past_the_parsers_depth_is_a_rejection_that_says_so(
    run: Callable[..., object],
) -> None:
    """Below 2,048 levels the parser reads nothing: the rejection names the depth, not
    "only boilerplate"."""
    html = "<html><body>" + "<div>" * 5000 + f"<p>{SENTENCE * 3}</p></body></html>"
    outcome = run(html, "text/html")
    assert isinstance(outcome, Rejection)
    assert outcome.reason == "no_article_body"
    assert "2,048 levels" in outcome.detail
    assert "boilerplate" not in outcome.detail


@pytest.mark.parametrize("valued", [True, False])
def test_an_element_of_tens_of_thousands_of_attributes_loses_them_before_any_parse(
    run: Callable[..., object], valued: bool
) -> None:
    """libxml2 checks each attribute of an element against all before it: an element of
    60,000 attributes took 2 s per parse, and the HTML path parses a page up to four times.
    Such an element loses its attributes before any parse; its text stays, and an element
    of ordinary markup keeps its own."""
    from service.pipeline import html as html_module

    flood = " ".join(f'a{i}="1"' if valued else f"a{i}" for i in range(60_000))
    story = "".join(f"<p>Paragraph {i}: {SENTENCE * 3}</p>" for i in range(6))
    page = html_module.read_page(
        f'<html><body><div class="story" {flood}>{story}</div>'
        f'<p class="note" data-id="7">A note.</p></body></html>'
    )
    assert "a59999" not in page.html
    assert '<p class="note" data-id="7">' in page.html
    assert all(f"Paragraph {i}: " in page.precise for i in range(6))
    outcome = run(f"<html><body><div {flood}>{story}</div></body></html>", "text/html")
    assert isinstance(outcome, ParsedArticle)
    assert len(outcome.paragraphs) == 6


def test_a_page_of_many_ordinary_attributes_keeps_them() -> None:
    """Thousands of elements of a few attributes each are a page's markup, untouched."""
    from service.pipeline import html as html_module

    rows = "".join(
        f'<li class="item" data-id="{i}"><a href="/x?id={i}">x</a></li>' for i in range(3_000)
    )
    html = f"<html><body><ul>{rows}</ul><p>{SENTENCE}</p></body></html>"
    assert html.count("=") > 5_000
    assert html_module.read_page(html).html == html
