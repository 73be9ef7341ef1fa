"""Wire copy in the layout of 1990s news feeds: a headline line (in capitals, with a full
stop), the dateline on a line of its own ("ROME 1996-10-20"), then the story; often
tokenized, with spaces around its punctuation. The story, its headline and its dateline are
all found, and results lines of every sport stay in the body."""

from __future__ import annotations

import pytest

from service.errors import Rejection
from service.pipeline import read_article
from service.pipeline.results import side_lineup
from service.pipeline.types import ParsedArticle, RecordIn

MATCH = [
    "SOCCER - LATE HEADER GIVES ROMA DERBY WIN OVER LAZIO .",
    "ROME 1996-10-20",
    "A late header from Brazilian defender Aldair gave Roma a 2-1 win over city rivals Lazio"
    " in the Italian first division on Sunday .",
    "Lazio , who had led through a first-half goal from Pierluigi Casiraghi , were reduced to"
    " 10 men when Giuseppe Favalli was sent off after the break .",
    '" We threw it away , " Lazio coach Zdenek Zeman told reporters .',
    "Elsewhere , Juventus drew 1-1 at Parma and AC Milan beat Napoli 3-0 in Milan .",
]
RESULTS = [
    "SOCCER - GERMAN FIRST DIVISION RESULTS .",
    "BONN 1996-09-14",
    "Results of German first division soccer matches on Saturday :",
    "Bayer Leverkusen 3 Hansa Rostock 1",
    "Werder Bremen 0 VfB Stuttgart 2",
    "Schalke 1 Freiburg 1",
    "Standings ( tabulate under games played , won , drawn , lost , goals for , against ,"
    " points ) :",
    "VfB Stuttgart 5 4 1 0 14 4 13",
    "Bayer Leverkusen 5 4 0 1 11 5 12",
    "Freiburg 5 0 2 3 4 11 2",
]
TENNIS = [
    "TENNIS - RESULTS AT KREMLIN CUP .",
    "MOSCOW 1996-11-14",
    "Results from the Kremlin Cup tennis tournament on Thursday ( prefix number denotes"
    " seeding ) :",
    "Second round",
    "1 - Yevgeny Kafelnikov ( Russia ) beat Jan Siemerink ( Netherlands ) 6-4 6-2",
    "Marc Rosset ( Switzerland ) beat 5 - Cedric Pioline ( France ) 7-6 ( 7-3 ) 6-3",
    "Andrei Olhovskiy ( Russia ) beat Tim Henman ( Britain ) 6-7 ( 5-7 ) 6-4 7-5",
]
BUSINESS = [
    "Dutch insurer Aegon to buy German rival for $ 1.2 billion .",
    "AMSTERDAM 1996-11-02",
    "Dutch insurer Aegon NV said on Friday it had agreed to buy Frankfurt-based Deutsche Leben"
    " from Allianz AG for 1.9 billion marks ( $ 1.2 billion ) .",
    "Aegon shares rose 2.3 percent to 88.40 guilders in Amsterdam , while Allianz was"
    " unchanged in Frankfurt .",
]


def read(lines: list[str], separator: str) -> ParsedArticle:
    record = RecordIn(
        value=separator.join(lines).encode(), headers=(("content-type", b"text/plain"),)
    )
    return read_article(record, 5_000_000)[1]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize(
    ("lines", "place"),
    [(MATCH, "Rome"), (RESULTS, "Bonn"), (TENNIS, "Moscow"), (BUSINESS, "Amsterdam")],
)
def test_headline_dateline_and_every_line_of_the_story_are_found(
    lines: list[str], place: str, separator: str
) -> None:
    parsed = read(lines, separator)
    assert parsed.headline == lines[0]
    assert parsed.dateline is not None
    assert (parsed.dateline.place, parsed.dateline.date) == (place, lines[1].split()[-1])
    assert parsed.paragraphs == tuple(lines[2:])
    assert not parsed.removed


GOLF = [
    "GOLF - NORMAN LEADS BY TWO AT WORLD SERIES .",
    "AKRON , Ohio 1996-08-22",
    "Leading scores after the first round of the World Series of Golf on Thursday ( U.S."
    " unless stated ) :",
    "66 Greg Norman ( Australia )",
    "68 Billy Mayfair , Paul Goydos , Hidemichi Tanaki ( Japan )",
    "70 Nick Faldo ( Britain ) , Ernie Els ( South Africa )",
]
CRICKET = [
    "CRICKET - ENGLAND V PAKISTAN FINAL TEST SCOREBOARD .",
    "LONDON 1996-08-22",
    "Scoreboard on the first day of the final test between England and Pakistan on Thursday :",
    "England first innings",
    "M. Atherton b Waqar Younis 31",
    "A. Stewart b Mushtaq Ahmed 44",
    "N. Hussain c Saeed Anwar b Waqar Younis 12",
]

ONE_DAY = [
    "CRICKET - PAKISTAN V NEW ZEALAND ONE-DAY SCOREBOARD .",
    "SIALKOT , Pakistan 1996-12-06",
    "Scoreboard in the second one-day cricket international between Pakistan and New Zealand"
    " on Friday :",
    "Pakistan",
    "Saeed Anwar run out 91",
    "Ijaz Ahmed c Spearman b Vaughan 43",
    "Total ( for five wickets , 50 overs ) 277",
    "New Zealand",
    "B. Young lbw b Waqar 9",
    "N. Astle c Moin b Saqlain 55",
    "Total ( all out , 46.5 overs ) 231",
]
SCORERS = [
    "SOCCER - GERMAN LEAGUE TOP SCORERS .",
    "BONN 1996-12-08",
    "Leading goalscorers in the German first division after Saturday 's matches :",
    "10 - Fredi Bobic ( VfB Stuttgart )",
    "8 - Giovane Elber ( VfB Stuttgart ) , Ulf Kirsten ( Bayer Leverkusen )",
    "6 - Olaf Marschall ( Kaiserslautern )",
]


@pytest.mark.parametrize(
    ("lines", "place"),
    [(GOLF, "Akron"), (CRICKET, "London"), (SCORERS, "Bonn"), (ONE_DAY, "Sialkot")],
)
def test_leaderboards_and_scorecards_stay_in_the_body(lines: list[str], place: str) -> None:
    """A score before the names (also with a dash, "10 - Fredi Bobic"), or a bowler after
    "b", is a results line like any other; so is a batsman "run out", and the second
    innings under its total and its team's name."""
    parsed = read(lines, "\n\n")
    assert parsed.headline == lines[0]
    assert parsed.dateline is not None
    assert parsed.dateline.place == place
    assert parsed.paragraphs == tuple(lines[2:])


@pytest.mark.parametrize("lines", [RESULTS, TENNIS])
def test_a_story_sent_as_one_run_of_text_is_not_rejected(lines: list[str]) -> None:
    """Without line breaks a results story reads as no prose; there is no page around it
    to remove, so the run of text is the body."""
    parsed = read([" ".join(lines)], "")
    assert parsed.paragraphs == (" ".join(lines),)


def test_a_short_run_of_menu_words_is_still_no_article() -> None:
    with pytest.raises(Rejection) as info:
        read(["Home World Sport Business Culture Travel Log in"], "")
    assert info.value.reason == "no_article_body"


CYCLING = [
    "CYCLING - SWISS RIDER WINS TOUR STAGE .",
    "LE MANS , France 1996-07-12",
    "Results of the seventh stage of the Tour de France , a 190-km ride from Vire to Le Mans"
    " on Friday :",
    "1. Alex Zuelle ( Switzerland ) ONCE 4 hours 43 minutes 22 seconds",
    "2. Laurent Jalabert ( France ) ONCE same time",
    "Overall standings :",
    "1. Evgeni Berzin ( Russia ) Gewiss 31:15:40",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_an_intro_line_keeps_its_single_row(separator: str) -> None:
    """ "Overall standings :" over one row: the intro says a result follows."""
    parsed = read(CYCLING, separator)
    assert parsed.paragraphs == tuple(CYCLING[2:])


def test_a_tokenized_quote_that_ends_the_story_is_prose() -> None:
    """'outplayed . "': the space before the closing quote does not make the last line of
    a story a headline to remove."""
    lines = [
        "CRICKET - PAKISTAN BEAT ENGLAND BY NINE WICKETS .",
        "LONDON 1996-08-26",
        "Pakistan beat England by nine wickets in the third test at The Oval on Monday to"
        " win the series 2-0 .",
        "Saeed Anwar made 176 in Pakistan 's first innings and Wasim Akram took six wickets .",
        'England captain Mike Atherton said : " We were outplayed . "',
    ]
    assert read(lines, "\n\n").paragraphs == tuple(lines[2:])


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_two_short_closing_sentences_stay_in_the_story(separator: str) -> None:
    """A match report that ends on two short sentences, each under the prose score of a
    paragraph: "Alessandro Del Piero scored both Juventus goals ." and "Sampdoria beat Roma
    3-1 in Genoa ." were removed as the page's furniture (one such line was kept)."""
    lines = [
        "SOCCER - INTER HELD , JUVENTUS WIN .",
        "ROME 1996-09-15",
        "Inter Milan were held to a 1-1 draw by Cagliari on Sunday while champions Juventus"
        " won 2-0 at Perugia .",
        "Roy Hodgson 's side went ahead through Paul Ince but Cagliari equalised in the 80th"
        " minute .",
        "Alessandro Del Piero scored both Juventus goals .",
        "Sampdoria beat Roma 3-1 in Genoa .",
    ]
    assert read(lines, separator).paragraphs == tuple(lines[2:])


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "lines",
    [
        [
            "INDIA BEAT SRI LANKA .",
            "COLOMBO 1996-08-28",
            "India beat Sri Lanka by nine wickets .",
            "Sachin Tendulkar scored 110 .",
            "Sri Lanka made 230 for eight .",
        ],
        [
            "UK'S MAJOR MEETS BRUTON IN DUBLIN .",
            "DUBLIN 1996-08-22",
            "British Prime Minister John Major met Irish Prime Minister John Bruton in Dublin on"
            " Thursday .",
            "They discussed Northern Ireland .",
            "Sinn Fein leader Gerry Adams was not invited .",
        ],
        [
            "NZ DOLLAR CLOSES FIRMER .",
            "WELLINGTON 1996-08-22",
            "The New Zealand dollar closed firmer at 0.6925 U.S. dollars .",
            "NZD = 0.6925 / 30",
            "Dealers said the Reserve Bank was likely to keep policy on hold .",
        ],
    ],
)
def test_a_short_story_of_plain_sentences_is_all_article(lines: list[str], separator: str) -> None:
    """Under its headline and dateline, a short wire story is all article, however little
    each of its lines scores as prose, and a quote line between two of its sentences is its
    too: "India beat Sri Lanka by nine wickets ." was removed as navigation, "They discussed
    Northern Ireland ." as furniture, and "The New Zealand dollar closed firmer ..." with
    the quote under it."""
    assert read(lines, separator).paragraphs == tuple(lines[2:])


PRICES = [
    "LME metals close mixed .",
    "LONDON 1996-08-22",
    "London Metal Exchange closing prices on Thursday ( in dollars per tonne ) :",
    "Copper 1,905.50 1,906.00 up 12.50",
    "Aluminium 1,365.00 1,366.00 down 4.00",
    "Nickel 7,210.00 7,220.00 unchanged",
    "Dealers said copper was supported by buying from Chinese consumers and by a fall in"
    " LME stocks .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_price_table_under_its_intro_is_the_story(separator: str) -> None:
    """Prices under "closing prices on Thursday :" are the story's table, not a market
    sidebar: the intro, the table and the prose after it are the body."""
    parsed = read(PRICES, separator)
    assert parsed.headline == PRICES[0]
    assert parsed.dateline is not None
    assert parsed.paragraphs == tuple(PRICES[2:])


SOCCER_DETAILS = [
    "SOCCER - JUVENTUS BEAT INTER IN TURIN .",
    "TURIN , Italy 1996-12-01",
    "Juventus beat Inter Milan 2-0 on Sunday to go three points clear at the top of the"
    " Italian league .",
    "Alen Boksic and Alessandro Del Piero scored in the second half .",
    "Scorers : Boksic ( 55th minute ) , Del Piero ( 78th )",
    "Attendance : 60,000",
    "Teams :",
    "Juventus - Peruzzi , Ferrara , Torricelli , Montero , Deschamps , Zidane , Boksic .",
    "Inter - Pagliuca , Bergomi , Fresi , Zanetti , Ince , Djorkaeff , Zamorano .",
]
RUGBY_DETAILS = [
    "RUGBY UNION - WALES CRUSH FIJI IN CARDIFF .",
    "CARDIFF 1996-11-30",
    "Wales ran in seven tries to beat Fiji 48-12 at Cardiff Arms Park on Saturday .",
    "Scorers :",
    "Wales - Tries : Bateman ( 2 ) , Thomas , Jenkins , Quinnell . Conversions : Thomas ( 5 ) .",
    "Fiji - Try : Naisoro . Conversion : Serevi .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize("lines", [SOCCER_DETAILS, RUGBY_DETAILS])
def test_the_details_under_a_match_report_stay_in_the_body(
    lines: list[str], separator: str
) -> None:
    """ "Scorers : ...", "Attendance : 60,000", the line-ups under "Teams :": the match's
    details, which were removed as a footer and related headlines."""
    parsed = read(lines, separator)
    assert parsed.paragraphs == tuple(lines[2:])
    assert not parsed.removed


def test_a_label_line_after_an_article_is_no_match_detail() -> None:
    """Only the labels of match details join the story: "Tags : ..." stays furniture."""
    lines = [*MATCH, "Tags : Roma , Lazio , Serie A , Italy"]
    parsed = read(lines, "\n")
    assert parsed.paragraphs == tuple(MATCH[2:])


DIGEST = [
    "PRESS DIGEST - BULGARIA - AUG 30 .",
    "SOFIA 1996-08-30",
    "Headlines from Bulgaria 's main newspapers :",
    "TRUD",
    "- The government will raise electricity prices by 20 percent from September , Prime"
    " Minister Zhan Videnov said .",
    "DUMA",
    "- The Bulgarian National Bank said the lev fell to a record low against the dollar .",
    "24 CHASA",
    "- Socialist Party leader Georgi Parvanov met President Zhelyu Zhelev on Thursday .",
    "Reuters has not verified these stories and does not vouch for their accuracy .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_press_digest_keeps_every_newspaper_and_item(separator: str) -> None:
    """Items under newspapers' names in capitals: each item reads as a lone line of prose
    between short lines, like a teaser's lede, and the digest collapsed to its last item."""
    parsed = read(DIGEST, separator)
    assert parsed.headline == DIGEST[0]
    assert parsed.dateline is not None
    assert parsed.dateline.place == "Sofia"
    assert parsed.paragraphs == tuple(DIGEST[2:])


DIGEST_SHORT_ITEMS = [
    "PRESS DIGEST - Jordan - Aug 29 .",
    "AMMAN 1996-08-29",
    "These are the leading stories in the Jordanian press on Thursday . Reuters has not"
    " verified these stories and does not vouch for their accuracy .",
    "AL-RAI",
    "- King Hussein receives a message from the Syrian president .",
    "- The prime minister says bread subsidies will be phased out .",
    "AL-DUSTOUR",
    "- Riots in Kerak and Tafileh over bread prices leave one dead .",
    "JORDAN TIMES",
    "- The parliament speaker calls for calm in the south .",
    "AL-ARAB AL-YAWM",
    "- Bread prices rose by 20 percent in Amman on Monday .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_press_digest_of_one_line_items_keeps_every_newspaper(separator: str) -> None:
    """Items of ten words or so each earn less than the newspaper's name above them costs,
    so the digest stopped after its first newspaper. A label in capitals between two lines
    of prose costs nothing, as a table between them does."""
    parsed = read(DIGEST_SHORT_ITEMS, separator)
    assert parsed.paragraphs == tuple(DIGEST_SHORT_ITEMS[2:])


DIGEST_LONG_NAMES = [
    "PRESS DIGEST - Kenya - Dec 6 .",
    "NAIROBI 1996-12-06",
    "These are the leading stories in the Kenyan press on Friday .",
    "Reuters has not verified these stories and does not vouch for their accuracy .",
    "DAILY NATION",
    "- Opposition leader Kenneth Matiba said he would not contest next year 's election .",
    "THE EAST AFRICAN STANDARD",
    "- The Kenya Ports Authority said cargo handled at Mombasa rose 12 percent .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_press_digest_keeps_a_newspaper_of_four_words(separator: str) -> None:
    """A newspaper's name runs to four or five words ("THE EAST AFRICAN STANDARD"): the
    label of three words at most cost its item, the digest's last."""
    parsed = read(DIGEST_LONG_NAMES, separator)
    assert parsed.paragraphs == tuple(DIGEST_LONG_NAMES[2:])


EARNINGS = [
    "Harcor Energy Inc Q3 net loss narrows .",
    "LOS ANGELES 1996-10-31",
    "Third quarter ended Sept 30",
    "Shr loss $ 0.05 vs loss $ 0.12",
    "Net loss 412,000 vs loss 976,000",
    "Revenues 8.4 million vs 6.1 million",
    "Nine months",
    "Shr loss $ 0.21 vs loss $ 0.30",
    "NOTE - Harcor Energy Inc is an oil and gas exploration company based in Los Angeles .",
]
EARNINGS_TABLE_ONLY = [
    "Vitro Q3 net profit rises .",
    "MEXICO CITY 1996-10-22",
    "Third quarter",
    "( in millions of pesos )",
    "1996 1995",
    "Net sales 4,890 4,102",
    "Net profit 201 155",
    "Nine months",
    "Net sales 14,210 12,006",
    "Net profit 590 402",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize(
    ("lines", "place"), [(EARNINGS, "Los Angeles"), (EARNINGS_TABLE_ONLY, "Mexico City")]
)
def test_an_earnings_table_under_its_dateline_is_the_story(
    lines: list[str], place: str, separator: str
) -> None:
    """A table of figures right under the dateline, with its heads ("Third quarter", "(
    in millions of pesos )"), is a business story's content: it was navigation (the
    headline became "Shr loss ..."), and a story of nothing but the table was rejected."""
    parsed = read(lines, separator)
    assert parsed.headline == lines[0]
    assert parsed.dateline is not None
    assert parsed.dateline.place == place
    assert parsed.paragraphs == tuple(lines[2:])
    assert not parsed.removed


def test_figures_under_a_page_title_without_a_dateline_are_no_story() -> None:
    """Only a dateline makes a bare table the story: a page of dates and numbers under a
    title is still no article."""
    lines = ["Archive", "September 12, 2018", "October 19, 2018", "November 2, 2018"]
    with pytest.raises(Rejection):
        read(lines, "\n")


ATHLETICS = [
    "ATHLETICS - BERLIN GRAND PRIX RESULTS .",
    "BERLIN 1996-08-30",
    "Leading results at the Berlin Grand Prix athletics meeting on Friday :",
    "Women 's 100 metres hurdles",
    "1. Ludmila Engquist ( Sweden ) 12.60 seconds",
    "2. Michelle Freeman ( Jamaica ) 12.77",
    "Men 's 1,500 metres",
    "1. Noureddine Morceli ( Algeria ) 3 minutes 31.13 seconds",
    "2. Fermin Cacho ( Spain ) 3:32.05",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_event_heads_with_a_possessive_keep_their_results(separator: str) -> None:
    """ "Women 's 100 metres hurdles" is a results block's head: the possessive's "s" is no
    lower-case word, and the results under it were related headlines."""
    parsed = read(ATHLETICS, separator)
    assert parsed.paragraphs == tuple(ATHLETICS[2:])


SCOREBOARD = [
    "CRICKET - ENGLAND V PAKISTAN SCOREBOARD .",
    "LONDON 1996-08-22",
    "Scoreboard on the first day of the third test between England and Pakistan at The Oval"
    " on Thursday :",
    "England first innings",
    "M. Atherton c Inzamam-ul-Haq b Wasim Akram 31",
    "A. Stewart b Waqar Younis 44",
    "G. Thorpe not out 54",
    "Extras ( lb-4 nb-6 ) 10",
    "Total ( for three wickets ) 151",
    "Fall of wickets : 1-64 2-85 3-151",
    "To bat : J. Crawley , C. Lewis , D. Cork",
]
RACE_CARD = [
    "HORSE RACING - HELISSIO WINS ARC .",
    "PARIS 1996-10-06",
    "Result of the Prix de l'Arc de Triomphe run over 2,400 metres at Longchamp on Sunday :",
    "1. Helissio ( ridden by Olivier Peslier , trained by Elie Lellouche ) 18-10",
    "2. Pilsudski ( Walter Swinburn , Michael Stoute ) 22-1",
    "3. Oscar Schindler ( Stephen Craine , Kevin Prendergast ) 20-1",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
@pytest.mark.parametrize("lines", [SCOREBOARD, RACE_CARD])
def test_rows_with_asides_and_not_out_stay_in_the_body(lines: list[str], separator: str) -> None:
    """An aside in brackets says nothing of whether a line is a row ("Total ( for three
    wickets ) 151", "1. Helissio ( ridden by ... ) 18-10"), nor does a batsman's "not out":
    from the first such line on, the scoreboard and the race card were related headlines."""
    parsed = read(lines, separator)
    assert parsed.paragraphs == tuple(lines[2:])


COMMODITY = [
    "Brazil coffee prices close mixed .",
    "SAO PAULO 1996-11-12",
    "Brazilian coffee prices closed mixed on Tuesday , brokers said .",
    "Type 6 Santos 155.00 156.00 reals per 60-kg bag",
    "Type 7 Rio 120.00 121.00",
    "Exporters at the port of Santos said shipments to Germany were steady .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_table_between_two_paragraphs_is_the_storys(separator: str) -> None:
    """Prices between the lede and the last paragraph: their cost made the last paragraph
    the whole article, with "Type 7 Rio 120.00 121.00" for its headline."""
    parsed = read(COMMODITY, separator)
    assert parsed.headline == COMMODITY[0]
    assert parsed.dateline is not None
    assert parsed.paragraphs == tuple(COMMODITY[2:])


TELSTRA = [
    "Telstra float to raise A$ 8 billion , Howard says .",
    "CANBERRA 1996-12-10",
    "Australian Prime Minister John Howard said on Tuesday the partial sale of Telstra Corp"
    " would raise about A$ 8 billion for the government .",
    "The float of a third of the telecommunications carrier , managed by Credit Suisse First"
    " Boston and J.B. Were , is due in November 1997 .",
    "Opposition leader Kim Beazley said Labor would fight the sale in the Senate .",
    "Shares in rival Optus Communications are not listed .",
    "Telstra chief executive Frank Blount declined to comment .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_short_closing_sentence_stays_in_the_story(separator: str) -> None:
    """The story's last line, eight words of prose, scored under a prose line's bar and was
    removed; the last line right under the story, a sentence with no label in it, is the
    story's."""
    parsed = read(TELSTRA, separator)
    assert parsed.paragraphs[-1] == TELSTRA[-1]


def test_a_closing_caption_with_its_credit_label_stays_out() -> None:
    """ "Tina McKenzie. Image : Australian Paralympic Committee .": a caption and its credit
    after the story is no closing sentence."""
    lines = [*TELSTRA[:-1], "Tina McKenzie. Image : Australian Paralympic Committee ."]
    assert read(lines, "\n").paragraphs[-1] == TELSTRA[-2]


QUALIFIER = [
    "SOCCER - GERMANY HELD BY NORTHERN IRELAND .",
    "NUREMBERG 1996-11-09",
    "Germany were held to a 1-1 draw by Northern Ireland in a World Cup qualifier in"
    " Nuremberg on Saturday .",
    "Michael Hughes put the visitors ahead after 38 minutes before Andreas Moeller equalised"
    " early in the second half .",
    "Germany : Andreas Koepke ; Matthias Sammer , Juergen Kohler , Markus Babbel ; Stefan"
    " Reuter , Dieter Eilts , Andreas Moeller , Thomas Haessler , Christian Ziege ; Juergen"
    " Klinsmann , Fredi Bobic",
    "Northern Ireland : Tommy Wright ; Gerry Taggart , Steve Morrow , Barry Hunter ; Keith"
    " Gillespie , Jim Magilton , Michael Hughes , Steve Lomas , Nigel Worthington ; Iain Dowie"
    " , Michael O'Neill",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_each_sides_line_up_after_its_name_stays_in_the_body(separator: str) -> None:
    """ "Germany : Andreas Koepke ; Matthias Sammer , ...": a side's name, a colon and its
    players, under the match report. Without a "Teams :" label above them the line-ups were
    removed as furniture, and every player with them."""
    parsed = read(QUALIFIER, separator)
    assert parsed.paragraphs == tuple(QUALIFIER[2:])


def test_a_label_and_a_list_of_words_is_no_line_up() -> None:
    """A line-up lists names: a colon after a name, then lower-case prose is no line-up, nor
    is a detail's label ("Scorers :")."""
    assert side_lineup(QUALIFIER[4])
    assert not side_lineup("Tony Blair : the election , he said , is a choice , a test , a vote")
    assert not side_lineup("Scorers : Bobic , Klinsmann , Moeller , Ziege , Haessler")


def test_a_one_sentence_story_under_its_dateline_is_an_article() -> None:
    """ "Auxerre beat Lens 2-1 on Saturday .": one short sentence scores under the prose
    threshold, and the story was rejected as having no body; under a dateline line it is
    the story."""
    lines = [
        "SOCCER - FRENCH LEAGUE RESULT .",
        "PARIS 1996-08-10",
        "Auxerre beat Lens 2-1 on Saturday .",
    ]
    parsed = read(lines, "\n")
    assert parsed.paragraphs == (lines[2],)
    assert parsed.dateline is not None


def test_placed_runners_with_their_riders_stay_in_the_body() -> None:
    """ "2. Pilsudski ( Walter Swinburn )": a place and a one-word name with its rider in
    brackets is a results row; the placings after the winner's line were removed as related
    headlines, and the trainer's line under them with them."""
    lines = [
        "HORSE RACING - HELISSIO WINS PRIX DE L'ARC DE TRIOMPHE .",
        "PARIS 1996-10-06",
        "Helissio , ridden by Olivier Peslier , won the Prix de l'Arc de Triomphe at Longchamp"
        " on Sunday by five lengths .",
        "Results :",
        "1. Helissio ( Olivier Peslier ) 18-10 favourite",
        "2. Pilsudski ( Walter Swinburn )",
        "3. Swain ( John Reid )",
        "Winner trained by Elie Lellouche in France .",
    ]
    parsed = read(lines, "\n")
    assert parsed.paragraphs == tuple(lines[2:])


DERBY = [
    "SOCCER - FEYENOORD BEAT SPARTA 3-1 .",
    "ROTTERDAM 1996-11-03",
    "Feyenoord beat city rivals Sparta Rotterdam 3-1 on Sunday to stay second in the Dutch"
    " first division .",
    "Sparta had led through a Boateng penalty before Feyenoord scored three times after the"
    " break .",
    "Scorers :",
    "Feyenoord - Larsson ( 52nd minute ) , Cruz ( 67th , 80th )",
    "Sparta - Boateng ( 30th penalty )",
    "Attendance : 28,000",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_each_sides_scorers_stay_under_the_scorers_label(separator: str) -> None:
    """Under "Scorers :", each side's line opens with its name and a dash: "Sparta -
    Boateng ( 30th penalty )" lists one scorer, no comma, and was removed with the details
    under it, where the side with two scorers stayed."""
    parsed = read(DERBY, separator)
    assert parsed.paragraphs == tuple(DERBY[2:])


BOND = [
    "Kingdom of Belgium issues 300 mln D-mark bond .",
    "LONDON 1996-09-12",
    "The following bond was announced by lead manager Commerzbank .",
    "Borrower : Kingdom of Belgium",
    "Amt : 300 million marks Coupon : 5.75 pct",
    "Issue price : 101.20 Maturity : 16.OCT.03",
    "Payment date : 16.OCT.96",
    "Listing : Frankfurt Denoms ( K ) : 1-10",
    "Fees : 1.875 pct Gov law : German",
    "Sale limits : U.S. , UK",
    "Notes : Co-lead managers are Deutsche Bank and Dresdner Bank .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_bond_issues_terms_are_the_story(separator: str) -> None:
    """A new issue's terms, one "Label : value" line each, under the sentence that announces
    them: the story's content, as a results table is a sports story's. Each term cost as
    furniture, and the last line ("Notes : ...") outscored the announcement: the borrower's
    line became the headline and the lead manager's sentence was removed."""
    parsed = read(BOND, separator)
    assert parsed.headline == BOND[0]
    assert parsed.paragraphs == tuple(BOND[2:])


def test_a_line_up_may_open_with_a_particle() -> None:
    """ "Ajax : van der Sar ; Bogarde , ...": the goalkeeper's name opens with its
    particles; both line-ups under "Teams :" were removed as related headlines."""
    assert side_lineup(
        "Ajax : van der Sar ; Bogarde , Blind , F. de Boer , Melchiot ; Witschge , R. de Boer"
    )


CABINET = [
    "CONSTANTINESCU SWEARS IN CIORBEA GOVERNMENT .",
    "BUCHAREST 1996-12-12",
    "Following is the line-up of Romania 's new government , which won a vote of confidence"
    " in parliament on Wednesday .",
    "Prime Minister - Victor Ciorbea ( PNTCD )",
    "Minister of State for Reform - Ulm Spineanu ( PNTCD )",
    "Foreign Affairs - Adrian Severin ( PD )",
    "Defence - Victor Babiuc ( PD )",
    "Finance - Mircea Ciumara ( PNTCD )",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_cabinets_line_up_set_as_label_dash_name_is_the_story(separator: str) -> None:
    """A line-up, one "portfolio - minister ( party )" line each, under the sentence that
    announces it: each line read as a related headline (title case, no full stop) and the
    whole list was removed, the ministers with it."""
    parsed = read(CABINET, separator)
    assert parsed.paragraphs == tuple(CABINET[2:])


CASUALTIES = [
    "List of Americans killed in Croatia air crash .",
    "WASHINGTON 1996-04-04",
    "The Commerce Department on Thursday released the names of the Americans killed when"
    " their plane crashed into a hillside near Dubrovnik on Wednesday .",
    "Officials and journalists :",
    "Charles Meissner , Assistant Secretary of Commerce",
    "Nathaniel Nash , New York Times",
    "Business executives :",
    "Stuart Tholan , Bechtel Europe",
    "Walter Murphy , AT&T Submarine Systems",
    "Robert Donovan , ABB Inc",
    "The plane , a military version of the Boeing 737 , was approaching the airport in rain"
    " and fog .",
]


def test_a_short_head_inside_a_list_opens_its_next_part() -> None:
    """ "Officials and journalists :" / names / "Business executives :" / names: the second
    head has two words, too few for a list's intro, so the list ended there, and the rest
    of the story (the names under it, the last paragraph) was removed as furniture. (With a
    blank line after every line, a blank line under a list's intro still ends the list:
    docs/pipeline.md.)"""
    parsed = read(CASUALTIES, "\n")
    assert parsed.paragraphs == tuple(CASUALTIES[2:])


EARNINGS = [
    "PHILIPS ELECTRONICS NV Q3 NET LOSS .",
    "EINDHOVEN 1996-10-29",
    "Third quarter to September 30 ( in millions of guilders unless stated )",
    "Sales 17,910 vs 15,978",
    "Income from operations 152 vs 1,020",
    "Net income ( loss ) ( 370 ) vs 545",
    "Nine months",
    "Sales 51,330 vs 47,860",
    "Net income 360 vs 1,870",
    "NOTE - Philips , which named Cor Boonstra president this month , said the loss reflected"
    " restructuring charges .",
]


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_an_earnings_table_with_its_heads_under_the_dateline_is_the_story(
    separator: str,
) -> None:
    """The period's head over the figures ("Third quarter to September 30 ( in millions
    ... )") and a second period's ("Nine months") inside them: the table no longer sat
    right under the dateline, and everything above the note was removed, the dateline
    with it."""
    parsed = read(EARNINGS, separator)
    assert parsed.dateline is not None
    assert parsed.paragraphs == tuple(EARNINGS[2:])
