"""parse on the Reuters Mali example: every structure point of its expected file holds."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from service.errors import Rejection
from service.pipeline.clean import clean
from service.pipeline.parse import parse
from service.pipeline.types import CleanedText, Decoded, ParsedArticle
from tests.paths import DATA


@pytest.fixture
def mali(make_decoded: Callable[..., Decoded]) -> ParsedArticle:
    decoded = make_decoded((DATA / "reuters-mali.txt").read_text(encoding="utf-8"))
    return parse(decoded, clean(decoded))


@pytest.fixture
def expected() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (DATA / "reuters-mali.expected.json").read_text(encoding="utf-8")
    )
    return loaded


def test_mali_headline_from_page(mali: ParsedArticle, expected: dict[str, object]) -> None:
    """Without an envelope title the page's first line is the headline."""
    assert mali.headline == expected["headline"]


def test_mali_dateline_is_dakar_reuters(mali: ParsedArticle) -> None:
    """'DAKAR (Reuters) -' becomes place Dakar, agency Reuters."""
    assert mali.dateline is not None
    assert (mali.dateline.place, mali.dateline.agency) == ("Dakar", "Reuters")


def test_mali_caption_is_a_reuters_file_photo(
    mali: ParsedArticle, expected: dict[str, object]
) -> None:
    """The FILE PHOTO line is one caption with kind, agency and photographer, out of the body."""
    assert [c.model_dump() for c in mali.captions] == expected["captions"]
    assert not any("REUTERS/" in p for p in mali.paragraphs)
    assert any(r.category == "caption" and "FILE PHOTO" in r.text for r in mali.removed)


def test_mali_body_is_exactly_the_eleven_paragraphs(
    mali: ParsedArticle, expected: dict[str, object]
) -> None:
    """Body paragraphs match the expected ones exactly, dateline stripped."""
    assert list(mali.paragraphs) == expected["body_paragraphs"]


def test_mali_credits_have_roles_and_place(
    mali: ParsedArticle, expected: dict[str, object]
) -> None:
    """Four credits: reporting, additional reporting in Paris, writing, editing."""
    got = [{k: v for k, v in c.model_dump().items() if v is not None} for c in mali.credits]
    assert got == expected["credits"]
    assert any(r.category == "credit" and r.text.startswith("(Reporting") for r in mali.removed)


def test_mali_quotes_cue_maiga(mali: ParsedArticle, expected: dict[str, object]) -> None:
    """Four quotes, cued Maiga, Maiga, he, the prime minister (all resolve to Maiga)."""
    quotes = expected["quotes"]
    assert isinstance(quotes, list)
    assert len(mali.quotes) == len(quotes)
    for span, want in zip(mali.quotes, quotes, strict=True):
        assert span.text.startswith(want["starts_with"])
        assert mali.paragraphs[span.paragraph][span.start :].startswith(want["starts_with"])
    assert [q.cue for q in mali.quotes] == ["Maiga", "Maiga", "he", "the prime minister"]


def test_mali_boilerplate_is_removed_and_logged(
    mali: ParsedArticle, expected: dict[str, object]
) -> None:
    """Every listed boilerplate line is in removed[] and nowhere in the body."""
    logged = {r.text for r in mali.removed}
    lines = expected["boilerplate_removed"]
    assert isinstance(lines, list)
    for line in lines:
        if line:
            assert line in logged
            assert all(line not in p for p in mali.paragraphs)


def test_envelope_title_wins_and_is_not_repeated_in_body(
    make_decoded: Callable[..., Decoded],
) -> None:
    """An envelope title is the headline; the same line at the top of the page is dropped."""
    decoded = make_decoded(
        "Big news today\n\nThe council voted on Monday to approve the new budget for the city.",
        title="Big news today",
    )
    parsed = parse(decoded, clean(decoded))
    assert parsed.headline == "Big news today"
    assert parsed.paragraphs == (
        "The council voted on Monday to approve the new budget for the city.",
    )


def test_html_title_site_suffix_is_stripped(make_decoded: Callable[..., Decoded]) -> None:
    """A metadata title 'Headline | Site' gives the headline alone."""
    decoded = make_decoded("x", title="Best tech gadgets of 2019 | ZDNet")
    cleaned = CleanedText(blocks=("A body sentence that is long enough to be prose.",))
    assert parse(decoded, cleaned).headline == "Best tech gadgets of 2019"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("<b>Council</b> votes\n<script>track('x')</script> on budget", "Council votes on budget"),
        ("Council votes &lt;em&gt;again&lt;/em&gt;<img src=x onerror=f()>", "Council votes again"),
        ("<style>.h{color:red}</style>Council votes", "Council votes"),
        ("Why 5 < 7 matters", "Why 5 < 7 matters"),
        # a wire service's status slugs are no words of the headline; a topic is
        ("UPDATE 2-Council votes on budget", "Council votes on budget"),
        ("UPDATE 1-RPT-Council votes on budget", "Council votes on budget"),
        ("SOCCER-Rovers win the cup", "SOCCER-Rovers win the cup"),
    ],
)
def test_an_envelope_title_with_its_markup_is_text(
    make_decoded: Callable[..., Decoded], title: str, headline: str
) -> None:
    """A scraper's title copied with its markup had its tags, and a script's code, in the
    headline ("<b>Council</b> <script>track('x')</script>"); a wire title its "UPDATE 2-"."""
    cleaned = CleanedText(blocks=("A body sentence that is long enough to be prose.",))
    assert parse(make_decoded("x", title=title), cleaned).headline == headline


def test_top_byline_becomes_byline_credits(make_decoded: Callable[..., Decoded]) -> None:
    """'By Jane Doe and John Roe' leaves the body and becomes two byline credits."""
    cleaned = CleanedText(
        blocks=("By Jane Doe and John Roe", "LONDON (AP) — The body starts here and goes on.")
    )
    parsed = parse(make_decoded("x", title="T"), cleaned)
    assert [(c.name, c.role) for c in parsed.credits] == [
        ("Jane Doe", "byline"),
        ("John Roe", "byline"),
    ]
    assert parsed.paragraphs == ("The body starts here and goes on.",)


def test_only_furniture_is_rejected(make_decoded: Callable[..., Decoded]) -> None:
    """Blocks that are all captions or credits leave no body: no_article_body."""
    cleaned = CleanedText(blocks=("(Reporting by Ann Lee; Editing by Bo Chan)",))
    with pytest.raises(Rejection) as info:
        parse(make_decoded("x", title="T"), cleaned)
    assert info.value.reason == "no_article_body"


def test_a_byline_under_a_deck_and_a_caption_is_a_byline(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A byline may follow the standfirst and a picture's caption; it is still the byline,
    and a sentence that opens with "By" further down is body."""
    deck = "Officials say the risk of an outbreak is low, but many are concerned."
    caption = "Yersinia pestis, the bacteria that cause plague, survives on rodents."
    body = [
        "Three people have been diagnosed with plague in China this month, officials said.",
        "By taking simple precautions, hunters can avoid the disease, the health agency said.",
    ]
    cleaned = CleanedText(blocks=(deck, caption, "By Brigit Katz", *body))
    parsed = parse(make_decoded("x", title="T"), cleaned)
    assert [(c.name, c.role) for c in parsed.credits] == [("Brigit Katz", "byline")]
    assert parsed.paragraphs == (deck, caption, *body)


def test_a_story_without_line_breaks_keeps_its_body(make_decoded: Callable[..., Decoded]) -> None:
    """The whole story as one line that ends on a photo credit is the body, not a caption:
    before, the line went to the captions and the record was rejected as no_article_body."""
    story = " ".join(
        [
            "Pop culture celebrated at Fan Expo Canada in Toronto.",
            "The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this",
            "weekend, attracting thousands to one of the most popular events in North America.",
        ]
        * 10
        + ["Peekaboo Cosplay as The Fawn. Image: Nick Moreau."]
    )
    decoded = make_decoded(story)
    parsed = parse(decoded, clean(decoded))
    assert parsed.paragraphs == (story,)
    assert parsed.captions == ()


def test_the_headline_again_inside_the_body_is_furniture(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A video player's title or a sticky header repeats the headline between paragraphs:
    it leaves the body, logged, wherever it stands; a sentence with the headline's words
    and a full stop stays."""
    headline = "Investors don't seem to know what to make of the US-China trade war"
    lede = "Hong Kong (CNN Business) A muddled view of trade talks weighs on investors."
    second = "The major Asian market indexes were mixed in early trading on Tuesday."
    sentence = "Investors don't seem to know what to make of the US-China trade war."
    cleaned = CleanedText(blocks=(lede, headline, second, sentence))
    parsed = parse(make_decoded("x", title=headline), cleaned)
    assert parsed.paragraphs == (
        "A muddled view of trade talks weighs on investors.",
        second,
        sentence,
    )
    assert any(r.text == headline and r.category == "other" for r in parsed.removed)
