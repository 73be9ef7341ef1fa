"""The HTML path chooses its body among candidates: a notice, a teaser strip or nothing never
wins over article prose that another candidate holds."""

from __future__ import annotations

import orjson
import pytest
from trafilatura.utils import load_html

from service.errors import Rejection
from service.events import RawArticle
from service.pipeline.candidates import PAGE_SHARE, Body, choose_body
from service.pipeline.clean import clean
from service.pipeline.html import HtmlPage, configure_parser, read_page
from service.pipeline.language import FUNCTION_WORDS, stoplist
from service.pipeline.plausibility import article_words
from service.pipeline.types import CleanedText, Decoded
from service.pipeline.visible import VisibleText, visible_text

PROSE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools and public transport by nearly ten percent over the next two years.",
    "Mayor Jane Roe said the plan would be paid for by savings elsewhere and by a small rise "
    "in parking fees, which opposition members said would hurt local shops.",
    "The budget now goes to the state for review, a step officials said was a formality, and "
    "the new spending would begin in the autumn if it is approved.",
    "Council members from both parties praised the school funding, though several said they "
    "would push for more money for road repairs in the coming year.",
]
NOTICE = (
    "This copy is for your personal, non-commercial use only. To order presentation-ready "
    "copies for distribution to your colleagues, clients or customers visit "
    "https://www.djreprints.com."
)
TEASERS = [
    "Mayor opens new library",
    "The new library on Main Street has room for ten thousand books and a children's corner.",
    "Bridge repairs to start in May",
    "Drivers should expect delays on the river bridge for most of the summer, officials said.",
    "School board names new head",
    "The board chose a former teacher from the district to lead its schools from September.",
]
ENGLISH = stoplist("en") or FUNCTION_WORDS


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    configure_parser()


def html_page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget | Daily News</title></head>"
        f"<body>{body}</body></html>"
    )


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def cleaned(html: str) -> CleanedText:
    return clean(Decoded(RawArticle(content=html, content_type="text/html"), "text/html"))


def test_article_paragraphs_count_their_words() -> None:
    """Runs of prose count in full; so does a lone long paragraph (a news brief)."""
    words = sum(len(p.split()) for p in PROSE)
    assert article_words(PROSE, ENGLISH) == pytest.approx(words, abs=4)
    assert article_words(PROSE[:1], ENGLISH) == pytest.approx(len(PROSE[0].split()), abs=2)


def test_a_notice_counts_against_a_candidate() -> None:
    """A reprint notice standing in for the article scores below nothing."""
    assert article_words([NOTICE], ENGLISH) < 0


def test_a_teaser_strip_counts_nothing() -> None:
    """Headline / lede pairs, no two prose lines together: teasers, not an article."""
    assert article_words(TEASERS, ENGLISH) == 0


def test_lines_of_links_are_never_prose() -> None:
    """Linked ledes read like sentences; as links they are not article prose."""
    ledes = [line for line in TEASERS if line.endswith(".")]
    assert article_words(ledes, ENGLISH) > 0
    assert article_words(ledes, ENGLISH, linked=frozenset(ledes)) == 0


def test_visible_text_has_a_line_per_block_and_knows_its_links() -> None:
    """Blocks are lines, a table row is one line, and a line mostly inside <a> is a link."""
    html = html_page(
        "<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul>"
        f"<p>{PROSE[0]} <a href='/budget'>Read the budget</a></p>"
        "<table><tr><td>Round 1</td><td>3 May</td></tr></table>"
        f"<div><a href='/s'>{PROSE[1]}</a></div><script>var x = 1;</script>"
    )
    text = visible_text(load_html(html))
    assert text.lines == [
        "Council passes budget | Daily News",
        "Home",
        "News",
        f"{PROSE[0]} Read the budget",
        "Round 1 3 May",
        PROSE[1],
    ]
    assert text.linked == {"Home", "News", PROSE[1]}


def test_the_article_wins_over_a_reprint_notice_when_markup_hides_it() -> None:
    """Broken markup puts the article in a <nav>, which precision extraction drops, leaving a
    reprint notice: the fallback on the full tree finds the article, and it wins."""
    html = html_page(f"<nav><div class='story'>{paragraphs(PROSE)}</div></nav><p>{NOTICE}</p>")
    assert read_page(html).precise.startswith("This copy is for your personal")
    assert list(cleaned(html).blocks) == PROSE


def test_a_post_inside_noscript_is_found() -> None:
    """A site that renders with JavaScript keeps its post in <noscript>; it is the body."""
    html = html_page(f"<div id='app'></div><noscript><article>{paragraphs(PROSE)}</article>"
                     f"</noscript><p>{NOTICE}</p>")  # fmt: skip
    assert list(cleaned(html).blocks) == PROSE


def structured_data(node: object) -> str:
    return f"<script type='application/ld+json'>{orjson.dumps(node).decode()}</script>"


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n\r\n"])
@pytest.mark.parametrize("nested", [False, True])
def test_a_page_rendered_by_javascript_keeps_its_structured_bodys_paragraphs(
    separator: str, nested: bool
) -> None:
    """A page whose article is only in its schema.org data (a JavaScript app's page as a
    crawler fetched it): the fallback reads the articleBody, and its line breaks are the
    paragraphs, which trafilatura reads as one."""
    article = {"@type": "NewsArticle", "headline": "Council", "articleBody": separator.join(PROSE)}
    node: object = {"@context": "https://schema.org", "@graph": [article]} if nested else article
    html = html_page(f"{structured_data(node)}<div id='app'>Loading...</div>")
    assert list(cleaned(html).blocks) == PROSE


def test_a_structured_body_leaves_a_page_body_that_says_the_same_alone() -> None:
    """The same article in the page and in its schema.org data: the page's paragraphs."""
    body = {"@type": "NewsArticle", "articleBody": " ".join(PROSE[:2])}
    html = html_page(f"{structured_data(body)}<article>{paragraphs(PROSE)}</article>")
    assert list(cleaned(html).blocks) == PROSE


def test_a_page_set_in_a_layout_table_reads_as_paragraphs() -> None:
    """trafilatura writes table rows as "| cell |", a bar inside a cell as "\\|": a layout
    table's one-cell rows are the page's lines, without the bars. A data table's rows keep
    theirs."""
    rows = "".join(f"<tr><td><p>{line}</p></td></tr>" for line in PROSE)
    links = "<tr><td><a href='/'>Home</a> | <a href='/news'>News</a></td></tr>"
    body = cleaned(html_page(f"<table>{links}{rows}</table>"))
    assert list(body.blocks)[-len(PROSE) :] == PROSE
    assert not [b for b in body.blocks if b.startswith("|") or "\\|" in b]
    table = "<table><tr><td>Bayern</td><td>3</td></tr><tr><td>Dortmund</td><td>1</td></tr></table>"
    rows_kept = [line.strip() for line in read_page(html_page(table)).precise.split("\n")]
    assert rows_kept == ["| Bayern | 3 |", "| Dortmund | 1 |"]


def test_a_body_written_after_the_closing_html_tag_is_read() -> None:
    """A theme that closes the document after its head, then writes the body: a browser
    shows the article, and libxml2 puts it in a second top-level <html> that trafilatura
    never reads (it found nothing on such a page)."""
    html = (
        "<!doctype html><html lang='en'><head><title>Council passes budget</title></head>"
        f"</html>\n<body class='single-post'><article>{paragraphs(PROSE)}</article></body>"
    )
    assert list(cleaned(html).blocks) == PROSE


class _Page(HtmlPage):
    """A page whose candidates are given (the extractions are trafilatura's business)."""

    def __init__(
        self,
        precise: str,
        fallback: str,
        visible: list[str],
        recall: str = "",
        linked: frozenset[str] = frozenset(),
        *,
        page_chars: int = 0,
    ) -> None:
        super().__init__("<html></html>", "Council passes budget", None, (), precise, page_chars)
        self._given = (fallback, visible, recall)
        self._linked = linked
        self.asked: list[str] = []

    def fallback(self) -> str:
        self.asked.append("fallback")
        return self._given[0]

    def visible_text(self) -> VisibleText:
        self.asked.append("visible")
        return VisibleText(self._given[1], self._linked)

    def recall(self) -> str:
        self.asked.append("recall")
        return self._given[2]


def _choose(page: _Page) -> Body:
    return choose_body(page, None)


def test_a_plausible_precise_body_costs_one_extraction() -> None:
    """Article prose from the first extraction is the body; no other candidate is built."""
    page = _Page("\n".join(PROSE), fallback="unused", visible=[])
    body = _choose(page)
    assert body.blocks == PROSE
    assert body.source == "precise"
    assert page.asked == []


def test_a_teaser_strip_never_wins_over_article_prose() -> None:
    """The precise run returned the sidebar's teasers; the fallback holds the article."""
    page = _Page("\n".join(TEASERS), fallback="\n".join(PROSE), visible=[*TEASERS, *PROSE])
    assert _choose(page).blocks == PROSE


def test_an_empty_body_never_stands_while_another_candidate_has_prose() -> None:
    """Nothing from either trafilatura run: the page's visible text is read as page text."""
    page = _Page("", fallback="", visible=["Home", "News", "Sport", *PROSE, "Contact us"])
    body = _choose(page)
    assert body.blocks == PROSE
    assert body.source == "visible text"


def test_a_body_both_runs_agree_on_is_not_replaced_by_a_sidebar() -> None:
    """A calendar (no prose) that both trafilatura runs return is the page's body: the
    sidebar prose that the visible text holds does not replace it."""
    calendar = [f"Round {n}: {n + 2} May - Interlagos circuit, São Paulo" for n in range(1, 13)]
    page = _Page("\n".join(calendar), fallback="\n".join(calendar), visible=[*calendar, *PROSE])
    body = _choose(page)
    assert body.blocks == calendar
    assert "visible" not in page.asked


def test_a_short_precise_body_gives_way_to_a_longer_article() -> None:
    """One paragraph where the fallback has the article's four: the four win."""
    page = _Page(PROSE[0], fallback="\n".join(PROSE), visible=PROSE)
    assert _choose(page).blocks == PROSE


def test_a_short_article_that_all_candidates_agree_on_stays_precise() -> None:
    """A brief the fallback only pads with a line of furniture stays as extracted."""
    brief = PROSE[:2]
    page = _Page("\n".join(brief), fallback="\n".join([*brief, "Share this story"]), visible=brief)
    assert _choose(page).blocks == brief


REPORT = [
    f"In the {part} part of the report, the engineers wrote that the structure had been tested "
    "under heavy loads and that the inspectors were satisfied with the results of every test "
    "they carried out over the summer, and that the road would be resurfaced before it opens."
    for part in (
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
    )
]


def test_a_plausible_precise_body_with_little_of_the_page_is_compared() -> None:
    """Three paragraphs are plausible, but on a page holding ten times their text they are
    compared with the fallback, which has the article."""
    precise = "\n".join(PROSE[:3])
    page = _Page(
        precise,
        fallback="\n".join([*PROSE, *REPORT]),
        visible=[*PROSE, *REPORT],
        page_chars=10 * len(precise),
    )
    body = _choose(page)
    assert body.source == "fallback"
    assert body.blocks == [*PROSE, *REPORT]


def test_a_plausible_precise_body_with_much_of_the_page_stands() -> None:
    """The same body holding a third of the page's text is the body, unexamined."""
    assert PAGE_SHARE < 1 / 3
    precise = "\n".join(PROSE[:3])
    page = _Page(precise, fallback="unused", visible=[], page_chars=3 * len(precise))
    assert _choose(page).blocks == PROSE[:3]
    assert page.asked == []


def test_an_intro_in_an_article_element_does_not_hide_the_story_below() -> None:
    """A page whose <article> holds the headline and an intro, and whose story sits in a
    container after it: precision mode keeps the intro alone (trafilatura's main extraction
    stops at the <article>), and its fallbacks find the story."""
    story = "".join(f"<p>{line}</p>" for line in REPORT)
    html = html_page(
        f"<article><h1>Council passes budget</h1>{paragraphs(PROSE[:3])}</article>"
        f"<div class='story'>{story}</div>"
    )
    page = read_page(html)
    assert REPORT[-1] not in page.precise
    assert len(page.precise) < PAGE_SHARE * page.page_chars
    blocks = list(cleaned(html).blocks)
    assert blocks[-len(REPORT) :] == REPORT


@pytest.mark.parametrize(
    "filler",
    [
        '<a href="/p">link</a> ' * 3000,  # a link farm, one link text
        "<noscript><p>Enable JS</p></noscript>" * 3000,  # a notice per widget
        "<div><span>Loading…</span></div><div><span>Please wait</span></div>" * 1500,
    ],
)
def test_a_page_of_one_line_repeated_has_no_article_body(filler: str) -> None:
    """A page whose text is a line or two repeated thousands of times holds no article: it
    is rejected as no_article_body, not published as thousands of copies of the line."""
    with pytest.raises(Rejection) as caught:
        cleaned(html_page(filler))
    assert caught.value.reason == "no_article_body"


def test_a_candidate_of_repeated_filler_counts_as_empty() -> None:
    """Filler repeated (no article words, few distinct words among many) never becomes the
    body; a candidate with prose still does."""
    filler = ["link", "Enable JS"] * 100
    page = _Page("", fallback="\n".join(filler), visible=filler, recall="\n".join(filler))
    assert _choose(page).blocks == []
    page = _Page("", fallback="\n".join(filler), visible=[*filler, *PROSE])
    assert _choose(page).blocks == PROSE


def test_a_table_of_distinct_rows_without_prose_is_a_body() -> None:
    """Rows that differ are the page's content, however little prose they hold."""
    rows = [f"{n}. Team {n} {30 - n} {n % 7} {n % 5}" for n in range(1, 30)]
    page = _Page("", fallback="\n".join(rows), visible=rows)
    assert _choose(page).blocks == rows
