"""Results, standings and tables are a sports story's content: kept in the body, one line a
paragraph, while menus, related links, tickers and market sidebars around them still go."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from service.errors import Rejection
from service.events import RawArticle
from service.pipeline import read_article
from service.pipeline.boilerplate import main_block
from service.pipeline.clean import clean
from service.pipeline.html import configure_parser
from service.pipeline.results import is_label, is_row, results_blocks
from service.pipeline.types import Decoded, ParsedArticle, RecordIn

SPORTS_BUSINESS = Path(__file__).parents[3] / "bench" / "data" / "sports-business" / "texts.jsonl"

RESULTS = [
    "Sevilla 2 (Isaac Romero 39, Dodi Lukebakio 82) Valencia 1 (Hugo Duro 21) Halftime: 1-1;"
    " Attendance: 38,214",
    "Villarreal 3 (Ayoze Perez 12, 57, Thierno Barry 70) Getafe 0",
    "Real Sociedad 1 (Mikel Oyarzabal 64 pen) Athletic Bilbao 1 (Oihan Sancet 30)",
    "Played on Saturday:",
    "Barcelona 4 (Robert Lewandowski 15, 44, Raphinha 51) Las Palmas 0",
    "Leganes 0 Real Madrid 1 (Kylian Mbappe 68)",
]
GLANCE = [
    "All Times EST",
    "Wednesday's Games",
    "Boston 118, Miami 104",
    "Cleveland 121, Orlando 98",
    "Denver 115, L.A. Lakers 112, OT",
    "Thursday's Games",
    "Dallas at Memphis, 8 p.m.",
    "Houston at L.A. Clippers, 10:30 p.m.",
]
STANDINGS = [
    "EASTERN CONFERENCE",
    "Atlantic Division W L Pct GB",
    "Boston 41 12 .774 —",
    "New York 35 19 .648 6 1/2",
    "Philadelphia 20 33 .377 21",
    "Central Division W L Pct GB",
    "Cleveland 44 10 .815 —",
    "Milwaukee 29 24 .547 14 1/2",
]
TABLE = [
    "1. REAL MADRID 26 18 5 3 58-22 59",
    "2. BARCELONA 26 18 3 5 71-26 57",
    "3. ATLETICO MADRID 26 16 7 3 44-18 55",
    "4. ATHLETIC BILBAO 26 13 9 4 41-22 48",
]
REPORT = [
    "SEVILLE, Spain, March 3 (Reuters) - Sevilla beat Valencia 2-1 at the Ramon Sanchez-Pizjuan"
    " on Sunday, Belgian winger Dodi Lukebakio curling in a free kick eight minutes from time.",
    "Valencia, who had not won in Seville in five years, took the lead after 21 minutes when "
    "Hugo Duro turned in a low cross from Diego Lopez at the near post.",
    "Sevilla levelled before the break when Isaac Romero chased a long ball from Loic Bade and "
    "beat the goalkeeper with a shot that went in off his hand.",
]
BUSINESS = [
    "NEW YORK, May 2 (Reuters) - Apple Inc reported quarterly revenue above analysts' "
    "estimates on Thursday, helped by demand for its services in China and India.",
    "The company said it would buy back a further $110 billion of its shares, the largest "
    "repurchase in its history, and raised its dividend by four percent.",
    "Chief Executive Tim Cook said the company expected sales to grow in the current quarter "
    "despite a slowdown in demand for smartphones in several markets.",
]
MARKETS = [
    "Markets",
    "Dow Jones 38,500.12 +0.5%",
    "Nasdaq 15,605.48 -0.3%",
    "S&P 500 5,010.60 +0.2%",
    "FTSE 100 7,654.32 -12.30",
    "Nikkei 38,500 +120",
]
MENU = ["Home", "World", "Business", "Sport", "Football", "Tennis", "Video"]
RELATED = [
    "Most popular",
    "Storm batters the coast as residents flee their homes",
    "Minister resigns over budget row after weeks of pressure",
    "Police name man found dead in river after search",
]
FOOTER = ["© 2025 Wire Services. All rights reserved.", "Privacy Policy", "Terms of Use"]


def text_page(*sections: list[str]) -> str:
    """A scraped page: every line a paragraph, blank lines between them."""
    return "\n\n".join(line for section in sections for line in section)


@pytest.fixture
def read_text() -> Callable[[str], ParsedArticle]:
    """Factory: decode -> clean -> parse of a bare text/plain page."""

    def read(page: str) -> ParsedArticle:
        record = RecordIn(value=page.encode(), headers=(("content-type", b"text/plain"),))
        return read_article(record, 5_000_000)[1]

    return read


@pytest.mark.parametrize(
    "line",
    [
        "Sevilla 2 (Isaac Romero 39) Valencia 1",
        "Boston 118, Miami 104",
        "Edmonton 5 MONTREAL 2",
        "Washington 4 PITTSBURGH 4 (Pittsburgh won 2-1 in shootout)",
        "Toronto 5, N.Y. Yankees 4, 10 innings",
        "1. REAL MADRID 26 18 5 3 58-22 59",
        "Boston 41 12 .774 —",
        "Liverpool 26 19 6 1 61 24 +37 63",
        "2. Max Verstappen (Netherlands) Red Bull 54",
        "Dallas at Memphis, 8 p.m.",
        "Bournemouth v Manchester United (1400 GMT)",
        "Saturday's results: France 35 Ireland 17; England 27 Wales 22; Italy 22 Scotland 31",
        "1 - Yevgeny Kafelnikov ( Russia ) beat Jan Siemerink ( Netherlands ) 6-4 6-2",
        "1. Donovan Bailey (Canada) 9.84",
        "66 Greg Norman ( Australia )",
        "69 Steve Stricker, Phil Mickelson",
        "N. Hussain c Saeed Anwar b Waqar Younis 12",
        "Sheffield Wednesday 3 2 1 0 5 2 7",
        "G. Thorpe not out 54",
        "Total ( for three wickets ) 151",
        "1. Helissio ( ridden by Olivier Peslier , trained by Elie Lellouche ) 18-10",
    ],
)
def test_results_lines_and_table_rows_are_rows(line: str) -> None:
    """Score lines, standings rows and fixtures are rows."""
    assert is_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sevilla, who are 10th with 34 points, travel to Girona next weekend.",
        "Updated March 3, 2019 10:45 AM",
        "Updated: 18 Nov 2019 9:38 pm",
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        "Page 1 of 3",
        "Dow Jones 38,500.12 +0.5%",
        "Apple 189.23 (-1.2%)",
        "Nikkei 38,500 +120",
        "Storm batters the coast as residents flee town number 3",
        "Todd George, VP of Platform Engineering at Karma Automotive, unveils the SC2 concept"
        " vehicle at the Auto Show in Los Angeles on Tuesday, Nov. 19, 2019.",
        "Home",
        "BONN 1996-09-14",
        "Apple Inc (AAPL.O) 189.23",
        "Vodafone (VOD.L) 2.45",
        "Updated Wednesday 3 May",
        "3 people were killed when the bus overturned near the border on Sunday",
        "The company ( founded in 1990 ) said 5",
        "Updated ( 2 hours ago ) March 3",
    ],
)
def test_prose_dates_and_market_data_are_not_rows(line: str) -> None:
    """Prose with numbers, dates, page metadata, quotes and captions are not rows."""
    assert not is_row(line)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("EASTERN CONFERENCE", True),
        ("Atlantic Division W L Pct GB", True),
        ("Played on Saturday:", True),
        ("Wednesday's Games", True),
        ("The league said it would review the decision.", False),
        ("a line of lower-case words that reads like nothing", False),
    ],
)
def test_labels_are_short_heads(line: str, label: bool) -> None:
    """Section and column heads are labels; sentences are not."""
    assert is_label(line) is label


def test_a_menu_is_no_block_and_heads_no_more_than_its_rows() -> None:
    """A menu with one stray score is no block; above two rows, the nearest of its labels
    head them, no more labels than rows."""
    lines = ["Site", *MENU, "Boston 118, Miami 104"]
    assert results_blocks(lines, [True] * len(lines), title=0) == []
    lines.append("Cleveland 121, Orlando 98")
    (block,) = results_blocks(lines, [True] * len(lines), title=0)
    assert (lines[block.start], block.end, block.rows) == ("Tennis", len(lines), 2)


def test_a_numbered_list_is_no_block() -> None:
    """ "Item 1", "Item 2", ... name nothing new on each line: no results block."""
    lines = [f"Item {i}" for i in range(1, 6)]
    assert results_blocks(lines, [True] * len(lines), title=0) == []
    kept, _, _ = main_block(text_page(REPORT, lines).split("\n"))
    assert kept == REPORT


def test_results_only_story_is_an_article_and_keeps_its_lines(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """A headline, a dateline line and results lines: an article, every line a paragraph."""
    intro = "MADRID, March 2 (Reuters) - Results of Spanish La Liga matches on Sunday:"
    parsed = read_text(text_page(["SOCCER-SPANISH LEAGUE RESULTS", intro], RESULTS))
    assert parsed.headline == "SOCCER-SPANISH LEAGUE RESULTS"
    assert parsed.dateline is not None
    assert (parsed.dateline.place, parsed.dateline.agency) == ("Madrid", "Reuters")
    assert parsed.paragraphs == ("Results of Spanish La Liga matches on Sunday:", *RESULTS)
    assert not parsed.removed


def test_results_lede_holding_every_headline_word_is_not_taken_for_the_headline(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """'Results and scorers from ... English Premier League matches:' holds every word of the
    headline 'English Premier League results and scorers'; it is the first paragraph."""
    intro = (
        "LONDON, Feb 22 (Reuters) - Results and scorers from Saturday's English Premier "
        "League matches:"
    )
    parsed = read_text(text_page(["English Premier League results and scorers", intro], RESULTS))
    assert parsed.headline == "English Premier League results and scorers"
    assert parsed.paragraphs[0] == (
        "Results and scorers from Saturday's English Premier League matches:"
    )
    assert parsed.paragraphs[1:] == tuple(RESULTS)


def test_score_glance_without_prose_is_an_article(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """No prose at all, under a sports headline: the glance is the article, its heads too."""
    parsed = read_text(text_page(["NBA Glance"], GLANCE))
    assert parsed.headline == "NBA Glance"
    assert parsed.paragraphs == tuple(GLANCE)


def test_standings_table_keeps_its_rows_and_heads(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """A standings table keeps its conference and division heads and every row."""
    parsed = read_text(text_page(["NBA Standings"], STANDINGS))
    assert parsed.headline == "NBA Standings"
    assert parsed.paragraphs == tuple(STANDINGS)


def test_match_report_keeps_the_table_after_its_prose(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """A results block and a standings table right after the report's prose are its body."""
    parsed = read_text(text_page(["Sevilla edge Valencia to move into top half"], REPORT,
                                 RESULTS, ["Standings:"], TABLE))  # fmt: skip
    assert parsed.paragraphs == (REPORT[0].split(" - ", 1)[1], *REPORT[1:], *RESULTS,
                                 "Standings:", *TABLE)  # fmt: skip


def test_menu_related_links_and_footer_around_a_results_story_are_removed() -> None:
    """Navigation before, a related-links list and a footer after the story still go, and
    are logged as such; the report and its results stay."""
    lines = text_page(MENU, ["Sevilla edge Valencia"], REPORT, RESULTS, RELATED, FOOTER)
    kept, removed, _ = main_block(lines.split("\n"))
    assert kept == [*REPORT, *RESULTS]
    categories = {r.text: r.category for r in removed}
    assert categories["Home"] == "navigation"
    assert categories["Most popular"] == "related_headlines"
    assert categories[RELATED[1]] == "related_headlines"
    assert categories["Privacy Policy"] == "footer"


def test_scores_ticker_apart_from_the_article_is_removed() -> None:
    """A scores ticker above the headline does not touch the article: it goes."""
    ticker = ["Scores", "Lakers 112, Celtics 108", "Heat 99, Knicks 101", "Nets 87, Bulls 90"]
    lines = text_page(MENU, ticker, ["Sevilla edge Valencia to move into top half"], REPORT)
    kept, _, _ = main_block(lines.split("\n"))
    assert kept == REPORT


def test_market_sidebar_next_to_a_business_story_is_removed() -> None:
    """Index levels and changes right after a company story are no results block: quotes
    carry percentages, signed decimals, prices' two decimals or levels in thousands."""
    lines = text_page(["Apple results beat estimates"], BUSINESS, MARKETS, FOOTER)
    kept, removed, _ = main_block(lines.split("\n"))
    assert kept == BUSINESS
    assert {r.text for r in removed} >= set(MARKETS)


def test_market_sidebar_on_an_html_business_page_is_removed() -> None:
    """On the HTML path too: the sidebar's table stays out of the body."""
    configure_parser()
    body = "".join(f"<p>{p}</p>" for p in BUSINESS)
    rows = "".join(
        f"<tr><td>{name}</td><td>{level}</td><td>{change}</td></tr>"
        for name, level, change in (m.rsplit(" ", 2) for m in MARKETS[1:])
    )
    html = (
        "<html><head><title>Apple results beat estimates</title></head><body>"
        f"<article><h1>Apple results beat estimates</h1>{body}</article>"
        f"<aside><h3>Markets</h3><table>{rows}</table></aside></body></html>"
    )
    cleaned = clean(Decoded(RawArticle(content=html, content_type="text/html"), "text/html"))
    assert list(cleaned.blocks) == BUSINESS


def test_sports_dev_set_results_and_standings_stay_in_the_body(
    read_text: Callable[[str], ParsedArticle],
) -> None:
    """Every results and standings story of the sports-business dev set is an article, and
    every one of its lines after the headline is a body paragraph (a dateline stripped)."""
    for raw in SPORTS_BUSINESS.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        if doc["subgenre"] not in ("results", "standings"):
            continue
        lines = [line for line in doc["text"].split("\n") if line][1:]
        try:
            parsed = read_text(doc["text"])
        except Rejection as exc:  # pragma: no cover - the failure message
            pytest.fail(f"{doc['doc_id']} rejected: {exc.reason}")
        lost = [line for line in lines if not any(line.endswith(p) for p in parsed.paragraphs if p)]
        assert not lost, doc["doc_id"]
