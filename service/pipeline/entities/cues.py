"""Cue words: the common words that say a story is about sport or business, and that a
name next to them is a team or a company. Generic vocabulary of wire copy, not names.

Each list lives here and nowhere else; ``context.py`` counts them over the article and
``evidence.py`` reads them around each mention.
"""

from __future__ import annotations

import re

# Words of sports copy: enough of them (with scores and results rows) make a sports story.
SPORTS_WORDS = frozenset(
    """soccer football basketball baseball hockey cricket rugby tennis golf cycling
    athletics motor racing f1 nba nfl nhl mlb wnba mls match matches fixture fixtures
    season league standings table relegation promotion playoff playoffs play-off
    play-offs postseason goal goals scored scorer scorers equaliser equalizer hat-trick
    penalty penalties striker midfielder defender goalkeeper keeper winger forward
    coach manager halftime half-time innings wicket wickets batsman batter bowler
    pitcher inning innings homer touchdown quarterback rebounds assists points
    tournament derby club clubs squad transfer loan signing signed striker's
    championship title cup race lap laps podium grand prix stage peloton
    victory defeat draw drew beat beaten swimmer swimmers freestyle backstroke
    breaststroke skier skiers slalom sprinter sprinters medal medals olympic olympics
    boxer unbeaten overs century batting bowling bowled paceman spinner all-rounder
    wicketkeeper""".split()  # noqa: SIM905 - word lists read better as text
)
# The words of a sports desk's slug ("AMERICAN FOOTBALL - ", "ALPINE SKIING - "), with
# the sport words above: a slug of these alone opens a sports story's headline.
SLUG_WORDS = frozenset(
    """american alpine nordic skiing ice union swimming boxing horse yachting sailing rowing
    badminton squash volleyball handball judo wrestling weightlifting gymnastics speed
    skating figure biathlon bobsleigh luge triathlon snooker darts equestrianism
    motorcycling rallying table bowls softball""".split()  # noqa: SIM905 - word lists read better as text
)
# The sports words no other kind of story uses much: one of them (or a score, or results
# rows) must be there for an article to count as a sports story.
SPORTS_MARKERS = frozenset(
    """soccer football basketball baseball hockey cricket rugby tennis golf cycling f1
    nba nfl nhl mlb wnba mls striker midfielder goalkeeper winger quarterback pitcher
    innings wicket wickets touchdown halftime half-time equaliser equalizer hat-trick
    relegation playoff playoffs play-off play-offs postseason standings swimmer swimmers
    freestyle backstroke breaststroke skier skiers slalom""".split()  # noqa: SIM905 - word lists read better as text
)
# Words of business copy: enough of them (or a ticker) make a company story.
COMPANY_WORDS = frozenset(
    """shares stock stocks investors shareholders earnings revenue revenues profit
    profits quarterly quarter dividend ipo listed listing acquisition acquire merger
    takeover deal bid stake company companies firm group analysts ebitda guidance
    forecast outlook sales chief executive ceo cfo""".split()  # noqa: SIM905 - word lists read better as text
)
# Lower-case words a results line or table row may hold: "Dallas at Memphis, 8 p.m.",
# "Mikel Oyarzabal 64 pen", "Denver 115, L.A. Lakers 112, OT"; and the units of a race's
# times and standings: "Damon Hill ( Britain ) Williams 1 hour 46 minutes", "Hill 77 points".
ROW_GLUE = frozenset(
    """at v vs vs. pen og aet p.m. a.m. pm am ot so et ht ft pts pct gb w l d hour hours
    minute minutes min mins second seconds sec secs lap laps points behind""".split()  # noqa: SIM905 - word lists read better as text
)
# A cricket scorecard's marks before a fielder's or a bowler's name: "N. Hussain c Saeed
# Anwar b Waqar Younis 12" (caught, bowled, leg before wicket, stumped).
DISMISSALS = frozenset({"b", "c", "lbw", "st", "c&b"})
# A batsman's line besides its names: "Saeed Anwar run out 91", "G. Thorpe not out 54",
# "Ijaz Ahmed c Spearman b Vaughan 43"; a name right before one of these is the batsman's.
SCORECARD_WORDS = DISMISSALS | {"run", "out", "not", "retired", "hurt"}
# What people do as much as teams: after a place's name a team's cue ("Toulouse have
# signed", "Chelsea said"), after any other name none ("Mola said": the coach).
PERSON_OR_TEAM_VERBS = frozenset(
    "have has had are were will said says kept added agreed accepted wanted".split()  # noqa: SIM905 - word lists read better as text
)
# Verbs right after a team that plays: "Sevilla beat Valencia", "Leeds drew with ...".
TEAM_VERBS = PERSON_OR_TEAM_VERBS | frozenset(
    """beat beats defeated defeat defeats edged edge edges thrashed thrash crushed
    routed hammered drew draw draws lost lose loses won win wins hosted host hosts
    visit visits visited faced face faces stunned upset overcame outlasted downed
    rallied clinched survived eliminated blanked swept topped trounced held hold
    holds leads led trail trailed trails signed sign signs signing extended sacked
    appointed confirmed announced paid sold bought completed re-signed""".split()  # noqa: SIM905 - word lists read better as text
)
# A team's place in its league, right after its name: "Liverpool went top", "LIVERPOOL GO
# TOP", "Milan stay second", "Wimbledon climbed to fourth", "Detroit pulled within three
# points", "Feyenoord are second" (a side takes "are" in British English, a player never).
TABLE_MOVES = frozenset(
    """went go goes gone stay stays stayed remain remains remained moved move moves climbed
    climb climbs slipped slip slips dropped drop drops pulled pull pulls are""".split()  # noqa: SIM905 - word lists read better as text
)
# A team's win-loss record after its name: "Los Angeles fell to 23-26", "Denver improved to
# 34-15".
RECORD_MOVES = frozenset(
    """fell falls fall improved improves improve dropped drops moved moves slipped slips
    rose rises climbed climbs""".split()  # noqa: SIM905 - word lists read better as text
)
TABLE_PLACES = frozenset(
    """top bottom clear second third fourth fifth level within""".split()  # noqa: SIM905 - word lists read better as text
)
# Words right before a team: "beat Valencia", "drew with Sunderland", "lost to Miami",
# "signed for Benfica", "joined Chelsea", "travel to Girona" (fixture phrasing).
TEAM_BEFORE = frozenset(
    """beat beating defeated defeating edged thrashed crushed routed hammered against
    over vs vs. versus v stunned upset overcame outlasted downed eliminated blanked
    swept trounced joined joins join host hosts hosting visit visits visiting face
    faces facing""".split()  # noqa: SIM905 - word lists read better as text
)
# Two-word cues before a team: "drew with X", "lost to X", "signed for X", "loan from X".
TEAM_BEFORE_PAIRS = frozenset(
    {
        ("drew", "with"),
        ("draw", "with"),
        ("lost", "to"),
        ("loss", "to"),
        ("lose", "to"),
        ("fell", "to"),
        ("signed", "for"),
        ("signed", "from"),
        ("signed", "with"),
        ("signs", "for"),
        ("signs", "with"),
        ("move", "to"),
        ("switch", "to"),
        ("loan", "from"),
        ("loan", "to"),
        ("loan", "at"),
        ("travel", "to"),
        ("travels", "to"),
        ("win", "over"),
        ("win", "against"),
        ("victory", "over"),
        ("defeat", "to"),
        ("defeat", "by"),
        ("traded", "to"),
        ("deal", "with"),
    }
)
# A gap in a league table, right before a team: "two points clear of [Liverpool]", "within
# one game of [Atlanta]", "three points ahead of [Newcastle]", "four points behind [Ajax]".
GAP_UNITS = frozenset({"point", "points", "game", "games"})
GAP_WORDS = frozenset({"clear", "ahead", "behind", "within", "short"})
# A team's place in the table as a word before its name: "first-place [Dallas]", "leaders
# [Arsenal]", "second-placed [Newcastle]".
PLACED = frozenset(
    """first-place second-place third-place first-placed second-placed third-placed
    last-place bottom-placed top-placed leaders""".split()  # noqa: SIM905 - word lists read better as text
)
# Verbs that, earlier in the sentence, make "from X", "to X", "with X" or "at X" a team:
# "signed Frimpong from Leverkusen", "lost Wirtz to Liverpool", "spent two seasons with
# Edmonton". Not "moved": franchises and people move between places.
TRANSFER_VERBS = frozenset(
    """signed signing sign signs joined joins joining loaned loan traded trading trade
    acquired sold bought lost spent played playing plays re-signed recalled released""".split()  # noqa: SIM905 - word lists read better as text
)
TRANSFER_PREPS = frozenset({"from", "to", "with", "at", "for"})
# Results a pair of teams had: "Lazio and Roma drew 1-1", "Sevilla and Betis both won".
RESULT_VERBS = frozenset(
    """beat beats defeated edged thrashed crushed routed hammered drew draw lost won
    stunned upset overcame outlasted downed rallied clinched eliminated blanked swept
    trounced""".split()  # noqa: SIM905 - word lists read better as text
)
# A match's result as a noun, after its score: "a 1-1 draw at Perugia".
RESULT_NOUNS = frozenset({"draw", "win", "victory", "defeat", "loss", "success", "triumph"})
# A draw's words, before its score and "with" the other side: "drew 0-0 with Strasbourg",
# "a 1-1 draw with Cannes", "tied 2-2 with Dallas". Not a win's ("won 2-0 with Weah scoring").
DRAW_WORDS = frozenset({"drew", "draw", "draws", "drawn", "tied", "shared"})
# What a scorer scored, right before "from": "two goals from Enrico Chiesa".
SCORER_NOUNS = frozenset(
    {"goal", "goals", "try", "tries", "header", "strike", "penalty", "penalties", "brace"}
)
# Words that, earlier in the sentence, make "for X" a team: "also scored for Hartford", "had
# a goal and an assist for Boston", "made 34 saves for Colorado".
SCORING_WORDS = frozenset(
    """scored score scores goal goals assist assists save saves point points try tries
    touchdown touchdowns homer homers homered runs wicket wickets passes yards interceptions
    rebounds""".split()  # noqa: SIM905 - word lists read better as text
)
TRANSFER_WINDOW = 8  # tokens back from the preposition to look for the verb
# Words that, earlier in the sentence, make "by X" a team: "were held to a 1-1 draw at home
# by Bastia", "was beaten 2-0 by Ajax", "PARIS ST GERMAIN HELD BY BASTIA".
BEATEN_BY = frozenset(
    """held beaten defeated stunned upset thrashed crushed routed hammered edged
    eliminated knocked downed blanked tied outplayed humbled""".split()  # noqa: SIM905 - word lists read better as text
)
# What a team's player did, after "X 's" and his name: "Bastia 's Pierre-Yves Andre
# equalised", "Ajax 's Jari Litmanen scored".
GOAL_VERBS = frozenset(
    """scored equalised equalized netted headed struck converted grabbed""".split()  # noqa: SIM905 - word lists read better as text
)
MAX_PLAYER_WORDS = 3  # the player's name between the team's possessive and his goal
# A team's people, named right after it: "Sevilla coach", "Leicestershire captain James
# Whitaker".
TEAM_ROLES = frozenset(
    """coach coaches manager boss striker strikers midfielder defender goalkeeper keeper
    winger forward captain outfielder pitcher quarterback guard center centre skipper
    chairman substitute
    full-back fullback left-back right-back centre-back center-back sweeper playmaker
    wing fly-half scrum-half prop hooker flanker batsman bowler opener paceman spinner
    all-rounder wicketkeeper wicket-keeper linebacker receiver cornerback kicker punter
    goaltender goalie defenceman defenseman shortstop catcher infielder reliever rookie""".split()  # noqa: SIM905 - word lists read better as text
)
# Nouns right after a team (or its possessive): "Sevilla coach", "Leeds' fans", "his
# Newcastle debut".
TEAM_NOUNS = TEAM_ROLES | {
    "debut",
    "fans",
    "supporters",
    "players",
    "squad",
    "side",
    "team",
    "owner",
    "owners",
}
# Words right before a company: "shares of X", "stake in X", "rival X".
COMPANY_BEFORE_PAIRS = frozenset(
    {
        ("shares", "of"),
        ("shares", "in"),
        ("stake", "in"),
        ("bid", "for"),
        ("offer", "for"),
        ("takeover", "of"),
        ("acquisition", "of"),
        ("merger", "with"),
        ("executive", "of"),
        ("ceo", "of"),
        ("chairman", "of"),
        ("analyst", "at"),
        ("analysts", "at"),
        ("trader", "at"),
        ("traders", "at"),
        ("dealer", "at"),
        ("dealers", "at"),
        ("broker", "at"),
        ("brokers", "at"),
        ("economist", "at"),
        ("strategist", "at"),
        ("unit", "of"),
        ("subsidiary", "of"),
        ("spokesperson", "for"),
        ("spokeswoman", "for"),
        ("spokesman", "for"),
    }
)
COMPANY_BEFORE = frozenset({"rival", "rivals", "peer", "peers", "buy", "acquire", "acquired"})
# Words right after a company (or its possessive): "X shares rose", "X said in a statement".
COMPANY_AFTER = frozenset(
    """shares stock shareholders investors earnings revenue profit sales reported
    posted chief ceo cfo chairman spokesperson spokeswoman spokesman board""".split()  # noqa: SIM905 - word lists read better as text
)
# A share's move in a market report: "Cheung Kong gained 50 cents to HK$ 62.25", "CEZ lost
# 21 crowns to 1,010" (the verb, then "to" and a price within PRICE_REACH tokens).
PRICE_MOVES = frozenset(
    """rose fell gained lost eased added dropped slipped climbed jumped advanced declined
    shed firmed plunged slumped surged edged tumbled rallied soared dipped""".split()  # noqa: SIM905 - word lists read better as text
)
PRICE_REACH = 6
# A share's price held in a market report: "Sasol was steady at 58.00".
PRICE_HELD = frozenset(
    {"steady", "unchanged", "flat", "firm", "firmer", "weaker", "lower", "higher"}
)
# What an index moves by, not a share: "The Hang Seng rose 120 points to 13,250".
INDEX_UNITS = frozenset({"point", "points", "pts"})
# Traded commodities, which move to a price as shares do ("Aluminium eased to 1,445
# dollars", "Brent rose 20 cents to $ 21.10"): no company's name on their own.
COMMODITIES = frozenset(
    """gold silver copper aluminium aluminum nickel zinc lead tin platinum palladium bullion
    oil crude brent gas gasoil gasoline coffee cocoa sugar wheat corn maize soybeans
    soyabeans cotton rubber""".split()  # noqa: SIM905 - word lists read better as text
)
# What ends or follows an index's name: "the Hang Seng index", "the Nikkei average", "the
# Nasdaq Composite".
INDEX_WORDS = frozenset({"index", "indices", "indexes", "average", "composite"})
# After "to" and a number, an amount, not a price: "fell 11% to $ 18.3 billion".
AMOUNT_WORDS = frozenset({"billion", "million", "bn", "mln", "trillion", "thousand"})
# A reporting period right after a company's name in earnings copy: "Vitro Q3 net profit
# rises", "Sony 1H group profit", "Infosys FY97 net". Not part of the name.
REPORTING_PERIOD = re.compile(r"Q[1-4]|[1-4]Q|H[12]|[12]H|9M|FY(?:\d\d){0,2}")
# Between the parties of a lawsuit outside sport: "Roe v. Wade", "Kennedy versus Washington".
CASE_GLUE = frozenset({"v", "v.", "vs", "vs.", "versus"})
# "X said in a statement": companies and institutions speak in statements.
STATEMENT = ("said", "in", "a", "statement")
# Words after "X-": "London-listed", "Boston-based", "Texas-headquartered" (a place).
PLACE_SUFFIXES = frozenset({"based", "listed", "headquartered", "area", "born", "registered"})
