"""clean: repair, boilerplate classification and the removal log, on small pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.errors import Rejection
from service.pipeline import lexicon
from service.pipeline.boilerplate import join_word_lines, join_wrapped, main_block, post_clean
from service.pipeline.clean import clean
from service.pipeline.language import identify
from service.pipeline.parse import parse
from service.pipeline.repair import repair, repair_lines
from service.pipeline.types import Decoded

PROSE = [
    "The city council voted on Tuesday to approve a new budget that raises spending on schools.",
    "Officials said the plan would be paid for by a small increase in the property tax rate.",
    "Critics of the measure argued that the increase would hurt families who already struggle.",
    "The mayor is expected to sign the budget into law before the end of the month, aides said.",
]


def test_repair_fixes_mojibake_and_invisibles_and_keeps_lines() -> None:
    """Mojibake is fixed, zero-width and control characters go, line breaks stay."""
    assert repair("cafÃ©\u200b au\u00a0 lait\x07!\n\nNext") == "café au lait !\n\nNext"


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("plain line\nnext", "plain line\nnext"),
        ("zero\u200bwidth only", "zerowidth only"),
        ("soft hy\u00adphen and bom\ufeff", "soft hyphen and bom"),
        ("a bell\x07 only", "a bell only"),
        ("a C1\x9acontrol", "a C1 control"),
    ],
)
def test_repair_drops_an_invisible_or_control_character_found_alone(
    text: str, repaired: str
) -> None:
    """One scan looks for either kind first; a text with one kind only is still repaired,
    and ``repair_lines`` gives the same lines."""
    assert repair(text) == repaired
    assert repair_lines(text) == repaired.split("\n")


def test_repair_normalises_to_nfc() -> None:
    """A decomposed 'e' + combining acute becomes one code point."""
    assert repair("e\u0301") == "\u00e9"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\r"])
def test_unicode_line_and_paragraph_separators_are_line_breaks(
    separator: str, make_decoded: Callable[..., Decoded]
) -> None:
    """Text whose lines end with a Unicode line or paragraph separator (JavaScript strings,
    CMS exports) is read line by line, as with "\n": before, it was one line, the page's
    furniture inside the one paragraph. U+0085 is a Windows-1252 ellipsis read as Latin-1
    far more often than a line break: a space inside the line, as control characters are."""
    page = "\n".join(["Home | World | Business | Sport", "Budget approved", *PROSE, "Share this"])
    expected = parse(make_decoded(page), clean(make_decoded(page)))
    other = make_decoded(page.replace("\n", separator))
    assert parse(other, clean(other)) == expected
    assert expected.paragraphs == tuple(PROSE)
    assert repair(f"a{separator}b") == "a\nb"
    assert repair("He paused\x85 then went on") == "He paused then went on"


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("AT&amp;T and P&amp;G fell", "AT&T and P&G fell"),  # entities are decoded
        ("Procter &#38; Gamble", "Procter & Gamble"),
        ("AT&T, S&P 500 & Dow; R&D", "AT&T, S&P 500 & Dow; R&D"),  # a bare "&" stays
        ("if a<b &amp;&amp; c", "if a<b &amp;&amp; c"),  # HTML source: ftfy leaves it
        ("Caf\u00e9 &amp; bar", "Caf\u00e9 & bar"),  # not ASCII: ftfy decodes it too
    ],
)
def test_repair_decodes_html_entities_as_ftfy_does(text: str, repaired: str) -> None:
    assert repair(text) == repaired


def test_navigation_runs_and_related_lists_are_removed() -> None:
    """Menus before and a 'Most popular' headline list after the body are logged as such."""
    lines = ["Home", "World", "Business", "Sport", "", *PROSE, "", "Most popular"]
    lines += [f"Storm batters the coast as residents flee town number {i}" for i in range(5)]
    kept, removed, _ = main_block(lines)
    assert kept == PROSE
    categories = {r.text: r.category for r in removed}
    assert categories["Home"] == "navigation"
    assert categories["Most popular"] == "related_headlines"


def test_comment_section_after_the_article_is_cut() -> None:
    """Comments read like prose; a '12 Comments' head ends the article anyway."""
    comments = [
        "joe123 says:",
        "This is the worst decision the council has made in years and everyone knows it.",
        "anna_b says:",
        "I agree with the mayor, the schools have needed this money for a very long time.",
    ]
    kept, removed, _ = main_block([*PROSE, "", "12 Comments", *comments])
    assert kept == PROSE
    assert {r.category for r in removed} == {"comments"}


def test_bare_comments_label_in_share_bar_does_not_cut() -> None:
    """'Comments' among share buttons before the body is not a comment section."""
    lines = ["Facebook", "Twitter", "Comments", "Print", "", *PROSE]
    kept, _, _ = main_block(lines)
    assert kept == PROSE


def test_furniture_inside_the_body_is_removed_but_body_is_kept_whole() -> None:
    """'Advertisement' and 'READ MORE: ...' between paragraphs go; paragraphs stay."""
    lines = [PROSE[0], "Advertisement", PROSE[1], "READ MORE: Council row deepens", *PROSE[2:]]
    kept, removed, _ = main_block(lines)
    assert kept == PROSE
    assert {r.text: r.category for r in removed} == {
        "Advertisement": "call_to_action",
        "READ MORE: Council row deepens": "related_headlines",
    }


def test_cookie_banner_and_paywall_metadata_are_categorised() -> None:
    """Cookie banners are calls to action; tracker key: value lines are paywall metadata."""
    assert (
        lexicon.lexicon_category("We use cookies to improve your experience.") == "call_to_action"
    )
    assert lexicon.lexicon_category("Campaign ID: 46") == "paywall_metadata"
    assert lexicon.lexicon_category("User Status:") == "paywall_metadata"
    assert lexicon.lexicon_category("© 2019 Billboard. All Rights Reserved.") == "footer"
    assert lexicon.lexicon_category("Sign up for our newsletter") == "call_to_action"
    assert lexicon.lexicon_category("joe123 says:") == "comments"


@pytest.mark.parametrize(
    "line",
    [
        *PROSE,
        "Like many others, the company said the story was true today.",
        "Follow-up talks are set for today.",
        "The minister said:",
        "Copyright cases rose sharply last year.",
        "More than 40 people died in the floods.",
        "The newsletter, which has two million readers, was sold to a rival on Monday.",
        "Readers who signed up to the newsletter last year were told of the change by email.",
        "Join the army, the recruiting posters said, and see the world.",
        "Listen to the tapes and you will hear a different story, the lawyer told the court.",
        "Getty, the oil heir, left most of his fortune to the museum.",
        "Tags were found on the legs of three of the birds, the researchers said.",
        "Posted in Iraq for two years, the colonel said he had seen nothing like it.",
        "Updated figures showed the economy grew 2% in the quarter.",
        "Posted at the embassy in 2010, he said the cables were secret.",
        "Published on Monday, the report found that 40% of schools lacked heating.",
    ],
)
def test_lexicon_leaves_prose_alone(line: str) -> None:
    """No lexicon pattern claims an ordinary article sentence."""
    assert lexicon.lexicon_category(line) is None


def test_colon_introduced_list_ending_the_article_is_kept() -> None:
    """Tour dates after 'The dates:' are body even though they do not read as prose."""
    items = [
        "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
        "June 10 -- PNC Arena, Raleigh, NC",
    ]
    lines = [*PROSE, "The band's 2020 tour dates:", *items, "", "Home", "Privacy Policy"]
    kept, _, _ = main_block(lines)
    assert kept[-2:] == items


def test_hard_wrapped_lines_are_joined() -> None:
    """A line without an end mark followed by a lower-case line is one paragraph."""
    assert join_wrapped(["The actress, who in 2008 had won the", "award, said so.", "Next."]) == [
        "The actress, who in 2008 had won the award, said so.",
        "Next.",
    ]


@pytest.mark.parametrize("blank", ["\n\n", "\n \n"])
def test_text_broken_after_every_word_is_read_as_its_paragraphs(
    make_decoded: Callable[..., Decoded], blank: str
) -> None:
    """Text with a line break after every word (a PDF's narrow columns, a page that sets each
    word in an element of its own) was no article at all: no line read as prose. Its runs
    of lines between blank lines are its paragraphs."""
    text = "Council approves budget" + blank + blank.join("\n".join(p.split()) for p in PROSE)
    cleaned = clean(make_decoded(text, "text/plain"))
    assert list(cleaned.blocks) == PROSE


def test_a_column_of_single_words_beside_prose_is_left_as_lines() -> None:
    """Lines of one word among lines of prose are the page's own (a menu, a list): the
    text is not joined."""
    lines = ["Home", "News", "Sport", "Weather", *PROSE[:1], "Contact"] * 8
    assert join_word_lines(lines) == lines


def test_text_path_finds_the_headline_and_keeps_it_out_of_blocks(
    make_decoded: Callable[..., Decoded],
) -> None:
    """The page title line matched near the body becomes the title, not a block."""
    page = "\n".join(
        ["Council passes budget | City Times", "Home", "News", "Council passes budget", *PROSE]
    )
    cleaned = clean(make_decoded(page))
    assert cleaned.title == "Council passes budget"
    assert list(cleaned.blocks) == PROSE


def test_non_english_boilerplate_around_english_article(
    make_decoded: Callable[..., Decoded],
) -> None:
    """German menus and cookie text around an English article are removed."""
    page = "\n".join(
        ["Startseite", "Politik", "Wirtschaft", "Wir verwenden Cookies, um Inhalte anzuzeigen.",
         *PROSE, "Alle Rechte vorbehalten © 2024", "Impressum", "Datenschutz"]
    )  # fmt: skip
    cleaned = clean(make_decoded(page))
    assert list(cleaned.blocks) == PROSE
    assert cleaned.language == "en"


def test_page_of_only_boilerplate_is_rejected(make_decoded: Callable[..., Decoded]) -> None:
    """A page with nothing but menu labels raises no_article_body at clean."""
    with pytest.raises(Rejection) as info:
        clean(make_decoded("Home\nWorld\nSport\nLog in"))
    assert (info.value.reason, info.value.stage) == ("no_article_body", "clean")


def test_html_path_uses_trafilatura_and_post_cleans(make_decoded: Callable[..., Decoded]) -> None:
    """HTML gets metadata from trafilatura and the same furniture removal afterwards."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><head><title>Council passes budget</title></head><body><nav><a>Home</a></nav>"
        f"<article><h1>Council passes budget</h1>{body}<p>Advertisement</p></article></body></html>"
    )
    cleaned = clean(make_decoded(html, "text/html"))
    assert cleaned.title == "Council passes budget"
    assert list(cleaned.blocks) == PROSE


@pytest.mark.parametrize(
    "empty",
    ['<span id="more-5662"></span>', '<i class="icon-quote"></i>', "<b></b>", "<em></em>"],
)
def test_html_text_after_an_empty_inline_element_is_kept(
    make_decoded: Callable[..., Decoded], empty: str
) -> None:
    """trafilatura's precision mode deletes an empty element with the text after it: the
    paragraph after WordPress's "more" anchor, or after an icon, was lost. Empty elements
    go before the extraction, their text after them kept."""
    body = [f"<p>{p}</p>" for p in PROSE]
    body[2] = f"<p>{empty}{PROSE[2]}</p>"
    html = (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<article><h1>Council passes budget</h1>{''.join(body)}</article></body></html>"
    )
    assert list(clean(make_decoded(html, "text/html")).blocks) == PROSE


def test_html_line_breaks_in_the_source_are_spaces(make_decoded: Callable[..., Decoded]) -> None:
    """A paragraph hard-wrapped in the page's source reads as one line, as a browser shows
    it; a <pre> block keeps its lines."""
    wrapped = [p.replace(" ", "\n", 3).replace(", ", ",\n  ", 1) for p in PROSE]
    body = "".join(f"<div><span>{p}</span></div>" for p in wrapped)
    html = (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<article><h1>Council passes budget</h1>{body}"
        "<pre>Ward 1    yes\nWard 2    no</pre></article></body></html>"
    )
    blocks = list(clean(make_decoded(html, "text/html")).blocks)
    assert blocks[: len(PROSE)] == PROSE
    assert "Ward 1 yes" in blocks or "Ward 1    yes" in blocks, blocks


def test_html_figure_captions_are_kept_apart_from_the_body(
    make_decoded: Callable[..., Decoded],
) -> None:
    """Figure captions inside the article are captions (not body, not lost); a promo figure
    outside it and a credit-only caption are not."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    figure = (
        "<figure><img src='x.jpg'><figcaption>Council members vote on the budget in the city "
        "hall on Tuesday. REUTERS/Jane Roe</figcaption></figure>"
        "<figure><img src='y.jpg'><figcaption>Image via Getty Images</figcaption></figure>"
    )
    html = (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<article><h1>Council passes budget</h1>{figure}{body}</article>"
        "<aside><figure><figcaption>Watch the latest videos from our newsroom live now"
        "</figcaption></figure></aside></body></html>"
    )
    decoded = make_decoded(html, "text/html")
    cleaned = clean(decoded)
    assert cleaned.captions == (
        "Council members vote on the budget in the city hall on Tuesday. REUTERS/Jane Roe",
    )
    assert list(cleaned.blocks) == PROSE
    (caption,) = parse(decoded, cleaned).captions
    assert (caption.agency, caption.photographer) == ("Reuters", "Jane Roe")
    assert caption.text.startswith("Council members vote")


def test_html_byline_is_read_from_the_article_not_a_sidebar(
    make_decoded: Callable[..., Decoded],
) -> None:
    """Without an author in the meta tags, the byline comes from the page's markup, and a
    sidebar's "recent comments" widget (its commenters in "author" elements) is no byline."""
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    html = (
        "<html><head><title>Council passes budget</title></head><body>"
        "<aside class='widget'><ul><li><a href='/c/1'><div class='author'>Colin Rust "
        "commented on</div>Why you might get a letter</a></li></ul></aside>"
        "<article><h1>Council passes budget</h1><div class='entry-meta'><span class='byline'>"
        "by <span class='author vcard'><a href='/author/jr'>Jane Roe</a></span></span></div>"
        f"{body}</article></body></html>"
    )
    assert clean(make_decoded(html, "text/html")).author == "Jane Roe"


def test_language_hint_does_not_overrule_confident_text() -> None:
    """English text with a 'fr' hint is still English."""
    assert identify(" ".join(PROSE), "fr") == "en"
    assert identify("ok", "fr") == "fr"


TOUR_DATES = [f"{n}. {d} March – {city}" for n, d, city in (
    (1, 14, "Leeds, Brudenell Social Club"), (2, 21, "Glasgow, Barrowland Ballroom"),
    (3, 28, "Manchester, Albert Hall"), (4, 30, "Bristol, Thekla"),
)] + [f"{n}. {d} April – {city}" for n, d, city in (
    (5, 11, "Cardiff, Tramshed"), (6, 18, "Dublin, Vicar Street"), (7, 25, "Belfast, Limelight"),
)] + [f"{n}. {d} May – {city}" for n, d, city in (
    (8, 2, "Newcastle, Boiler Shop"), (9, 9, "Norwich, Waterfront"),
    (10, 16, "Brighton, Chalk"), (11, 23, "London, Roundhouse"), (12, 30, "Cambridge, Junction"),
)]  # fmt: skip
TEASERS = [
    "» Album review: Night Trains on repeat",
    "Our critic listens to the new record from start to finish and explains why the second "
    "side is the one you will keep playing.",
    "» Interview: the drummer at home",
    "We sat down with the band's drummer to talk about touring, writing at night and the old "
    "van that carried them through three winters.",
    "» Festival guide for the summer",
    "Everything you need to know about this summer's festivals, from tickets and camping to "
    "the bands we think you should not miss.",
]


def test_a_list_under_the_headline_is_the_article_not_the_teasers_beside_it(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A page whose article is a list (tour dates, a calendar, standings) has less prose than
    the teaser strip in its sidebar: the lines under the headline are the body."""
    page = "\n".join(
        ["Tour Dates 2025 | Riverbend Music | News | Shows", "Home", "News", "Shows",
         "Tour Dates 2025", "Share this on WhatsApp", *TOUR_DATES, *TEASERS]
    )  # fmt: skip
    cleaned = clean(make_decoded(page))
    assert cleaned.title == "Tour Dates 2025"
    assert set(TOUR_DATES) <= set(cleaned.blocks)
    assert not set(TEASERS[1::2]) & set(cleaned.blocks)


def test_a_short_brief_stays_the_body_under_its_headline(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A brief of three prose lines is under PLAUSIBLE_WORDS but all prose: it stays the
    body, and the menu between the headline and it is not taken instead."""
    menu = ["Home", "World", "Business", "Sport", "Weather"]
    page = "\n".join(["Council passes budget | City Times", *menu, "Council passes budget",
                      *menu, *PROSE[:3]])  # fmt: skip
    cleaned = clean(make_decoded(page))
    assert list(cleaned.blocks) == PROSE[:3]


MEAL_PLAN = [
    "If you have done the program before, you have seen how the meal plan fits the workouts.",
    "Meal 1",
    "Eat every 2–3 hours",
    "1 scoop protein shake, 1 cup strawberries, 8 oz. unsweetened almond milk",
    "Containers: 1 Purple, 1 Red, 1 tsp.",
    "Meal 2",
    "Eat every 2–3 hours",
    "Tomato Cucumber Salad (½ cup cherry tomatoes, ½ cup cucumber slices, ¼ cup feta)",
    "Containers: 1 Green, 1 Blue",
    "Meal 3",
    "Eat every 2–3 hours",
    "Beef and Peppers [4 oz. seasoned ground beef, 1 cup sweet peppers, 10 olives]",
    "Containers: 1 Green, 1 Red, 1 Orange",
    "Nighttime Supplement",
    "30 minutes before bed",
]
DISCLAIMERS = [
    "The information provided on this website, including the blogs, community pages and all "
    "other content, was originally intended for a US audience and regulations in your country "
    "may vary.",
    "Results vary depending on starting point, goals and effort, and exercise and a proper diet "
    "are necessary to achieve and maintain weight loss and muscle definition.",
    "Consult your physician and follow all safety instructions before beginning any exercise "
    "program or using any supplement, especially if you have any unique medical conditions, "
    "and note that the contents of our website are for informational purposes only.",
]


def test_a_footer_after_the_related_links_is_not_the_article_above_them(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A list article ends at its related-links head; the site's legal notices under it read
    as more prose than the list, but the body is what sits under the headline, down to the
    head."""
    page = "\n".join(
        ["Meal Prep Menu | The Fitness Blog", "Home", "Workouts", "Nutrition",
         "Meal Prep Menu", "November 12, 2018", *MEAL_PLAN,
         "Related Articles", "Why Breakfast Matters", "Facebook", "Instagram", *DISCLAIMERS,
         "Contact Us | Terms of Use | Privacy Policy"]
    )  # fmt: skip
    cleaned = clean(make_decoded(page))
    assert set(MEAL_PLAN) <= set(cleaned.blocks)
    assert not set(DISCLAIMERS) & set(cleaned.blocks)


def test_an_article_after_a_related_head_is_kept_when_less_stands_above_it(
    make_decoded: Callable[..., Decoded],
) -> None:
    """A related head between the headline and the article (a "Read more" list under a
    lede) does not make the article a footer: the lines above the head hold fewer words."""
    lede = (
        "The city council met late into the night on Tuesday, and by the time the vote came "
        "most of the public gallery had gone home, leaving a handful of parents, two "
        "reporters and the mayor's staff to watch the budget pass by seven votes to two."
    )
    page = "\n".join(
        ["Council passes budget | City Times", "Home", "News", "Council passes budget", lede,
         "Read more", "Budget talks stall", "Schools fund row", "Tax rate explained", *PROSE]
    )  # fmt: skip
    cleaned = clean(make_decoded(page))
    assert set(PROSE) <= set(cleaned.blocks)


INLINE_TEASERS = [
    "China furious at Macron for Hong Kong protest jibe [INSIGHT]",
    "Lakers vs Nets: NBA chief says China row is tough [ANALYSIS]",
]


@pytest.mark.parametrize(
    "head",
    ["Related articles", "READ MORE", "DON'T MISS", "See also", "More:", "Leia também", "Lees ook"],
)
def test_an_inline_related_block_goes_with_its_head(head: str) -> None:
    """A related-links head inside the article takes the teaser headlines under it along,
    up to the next paragraph of prose, on an extractor's output and on page text alike."""
    lines = [*PROSE[:2], head, *INLINE_TEASERS, *PROSE[2:]]
    kept, removed = post_clean(lines)
    assert kept == PROSE
    assert {r.text: r.category for r in removed} == dict.fromkeys(
        [head, *INLINE_TEASERS], "related_headlines"
    )
    blocks, _, _ = main_block(lines)
    assert blocks == PROSE


EXCERPTS = [
    "The school board met on Monday night to discuss the new timetable for the coming year, "
    "and parents who attended said the changes would make mornings much harder for …",
    "East Side Residents Ask City for More Buses",
    "Residents of the east side have asked the city for more buses, saying the current "
    "service leaves hundreds of workers waiting in the cold for more than an hour [...]",
]


@pytest.mark.parametrize("head", ["You may also like...", "Você pode gostar…", "관련기사"])
def test_excerpts_cut_short_under_a_related_head_go_with_it(head: str) -> None:
    """Under a related-links head, even one that trails off, other posts' excerpts are cut
    short with an ellipsis however long they are: they go with the head, as its teaser
    headlines do; the prose under them, not cut short, stays."""
    lines = [*PROSE[:2], head, *EXCERPTS, *PROSE[2:]]
    kept, removed = post_clean(lines)
    assert kept == PROSE
    assert {r.text: r.category for r in removed} == dict.fromkeys(
        [head, *EXCERPTS], "related_headlines"
    )


def test_prose_ending_with_an_ellipsis_stays_without_a_related_head() -> None:
    """A paragraph that trails off is prose where no related-links head stands above it."""
    trailing = f"{PROSE[1][:-1]} and then ..."
    kept, removed = post_clean([PROSE[0], trailing, *PROSE[2:]])
    assert kept == [PROSE[0], trailing, *PROSE[2:]]
    assert removed == []


def test_teasers_asking_a_question_go_with_their_head() -> None:
    """Teaser headlines under a related-links head, some of them questions in title case
    ("Is Using the Snooze Button Bad for You?"), and a head that names its teasers ("More
    Must-Reads From TIME"): all of them go, to the end of the list."""
    teasers = [
        "- The Struggle to Save Lives Inside Field Hospitals",
        "- Is Using the Snooze Button Bad for You?",
        "- Why Do Cities Keep Building Stadiums Nobody Wants?",
        "- The Best Inventions of the Year",
    ]
    for head in ("Read more", "More Must-Reads From TIME", "More Stories From The Tribune"):
        kept, removed = post_clean([*PROSE, head, *teasers])
        assert kept == PROSE, head
        assert {r.text for r in removed} == {head, *teasers}, head


def test_a_question_in_prose_after_a_related_head_is_kept() -> None:
    """A question of prose, in sentence case, ends the teasers under a head."""
    question = "Will the council now change its mind about the new budget rules?"
    kept, _ = post_clean([*PROSE[:2], "Read more", *INLINE_TEASERS, question, *PROSE[2:]])
    assert kept == [*PROSE[:2], question, *PROSE[2:]]


def test_a_sentence_opening_like_a_related_head_is_not_one() -> None:
    """ "Don't miss" and "See also" head a list only as a label, not as a sentence."""
    for line in (
        "Don't miss the chance to see the comet tonight, astronomers said.",
        "See also the ruling of the appeals court, which came a day later.",
    ):
        assert not lexicon.is_related_head(line)
        assert lexicon.lexicon_category(line) is None


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Want more deals? Join the IGN Deals Newsletter.", "call_to_action"),
        ("Get the day's top headlines delivered to your inbox every morning by subscribing to "
         "our newsletter.", "call_to_action"),
        ("There was a problem subscribing you to the newsletter. Double check your email and "
         "try again.", "call_to_action"),
        ("Please check the opt-in box to acknowledge that you would like to subscribe.",
         "call_to_action"),
        ('I agree that CBS Sports can send me the "Pick Six Newsletter" newsletter.',
         "call_to_action"),
        ("Thanks for signing up!", "call_to_action"),
        ("There was an error processing your subscription.", "call_to_action"),
        ("Keep an eye on your inbox for the latest sports news.", "call_to_action"),
        ("Pick Six Newsletter", "call_to_action"),
        ("Most recent newsletter", "call_to_action"),
        ('Need more space? Subscribe to our sister title "All About Space" Magazine for the '
         "latest amazing news from the final frontier!", "call_to_action"),
        ("Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
         "call_to_action"),
        ("Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.", "call_to_action"),
        ("Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for "
         "£11.99. Click here for more information.", "call_to_action"),
        ("Get all latest content delivered straight to your inbox.", "call_to_action"),
        ("Get the best of news in your inbox everyday", "call_to_action"),
        ("Get highlights of the most important news delivered to your email inbox",
         "call_to_action"),
        ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "call_to_action"),
        # a gallery's furniture (seen on five aeb-dev pages of one publisher's sites)
        ("Image 1 of / 8", "caption"),
        ("Caption", "caption"),
        ("Back to Gallery", "caption"),
        ("Esper is on a visit to Vietnam to strengthen the military relations... more",
         "caption"),
        ("For the full schedule, click here.", "call_to_action"),
        ("This site is protected by recaptcha Privacy Policy | Terms of Service", "footer"),
        ("Main image credit: Getty", "caption"),
        ("Getty", "caption"),
        ("Getty - Contributor", "caption"),
        ("Filed under: Khawarij |", "navigation"),
        ("Tags: ads, advertisement, awareness, meth, methamphetamine", "navigation"),
        ("Posted in World News", "navigation"),
        ("Schlagwörter: Berlin, Verkehr", "navigation"),
        ("Wordcount: 717", "paywall_metadata"),
        ("Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m.",
         "paywall_metadata"),
        ("Updated at 1:23 p.m.", "paywall_metadata"),
    ],
)  # fmt: skip
def test_newsletter_forms_promotions_and_credits_are_furniture(line: str, category: str) -> None:
    """A newsletter form's labels and messages, a magazine's or a radio show's promotion, an
    author's contact line and a bare picture agency are furniture, not article lines."""
    assert lexicon.lexicon_category(line) == category


@pytest.mark.parametrize(
    "line",
    [
        "Phishing emails land in your inbox every day, the FBI said.",
        "Gmail's new feature sorts the messages in your inbox by priority.",
        "Get out of the way, the officer shouted to the crowd in the square.",
        "Caption contests drew more readers than ever, the editor said.",
        "Prices rose 4% in October and economists expect more.",
        "Investigators said the victims were told to click here and there on fake sites, "
        "then asked to pay a fee before they could click here.",
    ],
)
def test_prose_about_inboxes_and_clicks_stays(line: str) -> None:
    """An inbox or a click in a sentence of prose is no promotion: only "Get ... in your
    inbox" as an imperative, and a short line ending in "click here", are; a caption or a
    "more" in prose is no gallery's furniture."""
    assert lexicon.lexicon_category(line) is None


@pytest.mark.parametrize("head", ["Tags", "Temas", "Теги"])
def test_a_tags_head_takes_its_list_of_tags_along(head: str) -> None:
    """A list of tags under its head ("Tags", then "stock car 2018, stock car brasil, ...")
    goes with it, on an extractor's output and on page text alike; a sentence under the
    head is no list of tags and stays."""
    tags = "calendario stock car 2018, stock car brasil, stock car cascavel, stock car interlagos"
    kept, removed = post_clean([*PROSE, head, tags])
    assert kept == PROSE
    assert {r.text: r.category for r in removed} == {head: "navigation", tags: "navigation"}
    blocks, _, _ = main_block([*PROSE, head, tags])
    assert blocks == PROSE
    sentence = "The council, the mayor and the unions met again on Monday, officials said."
    kept, _ = post_clean([*PROSE, head, sentence])
    assert kept == [*PROSE, sentence]


@pytest.mark.parametrize(
    "fragment",
    [
        "<div class='article-body'><section>{}</section></div>",
        "<article>{}</article>",
        "{}",
    ],
)
def test_an_html_fragment_of_one_element_is_read(
    make_decoded: Callable[..., Decoded], fragment: str
) -> None:
    """A scraper's article container, or one paragraph, sent as the page: trafilatura takes
    markup of one element with one child for "not valid HTML", and the article was
    no_article_body. A fragment is read as a page's body."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    assert list(clean(make_decoded(fragment.format(paragraphs), "text/html")).blocks) == PROSE
    one = f"<p>{PROSE[0]}</p>"
    assert list(clean(make_decoded(one, "text/html")).blocks) == PROSE[:1]
