"""One type per surface within an article, decided by votes and evidence.

The model's labels for the surface's mentions are one vote in total (their distribution),
so a name the model mislabels in most sentences ("Mali" as PERSON six times out of eight)
still loses to evidence that does not depend on the sentence:

- the gazetteer (a country or region is a place; a city is one in a country the article
  mentions or after "in"/"from"/...),
- part of a longer person name ("Maiga" in "Choguel Maiga") or a title before it,
- organisation words ("Group", "Ministry", "Bank") and the alias table,
- demonyms (NATIONALITY),
- the article's context: in a sports story a place name that plays, wins, signs or fills
  a team's cell in a results line is a team; a ticker, "shares of" or "said in a
  statement" make a company. The gazetteer is evidence, not a verdict: a name the model
  and the context call an organisation is not forced to a place. A country stays a place
  even as a national side ("France beat Italy", docs/entities.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from service.pipeline.entities.calendar import CALENDAR_WORDS
from service.pipeline.entities.candidates import NAME_PARTICLES
from service.pipeline.entities.demonyms import PEOPLES_AND_FAITHS
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.given_names import GIVEN_NAMES, given_name
from service.pipeline.entities.heads import (
    AWARD_HEADS,
    AWARD_LINKS,
    CLUB_TAILS,
    CLUB_WORDS,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    LOC_FIRST,
    LOC_HEADS,
    ORG_FIRST,
    ORG_FIRST_ANY,
    ORG_HEADS,
    PRESS_TAILS,
)
from service.pipeline.entities.text import fold

# The types enrich emits. Other spaCy labels (DATE, MONEY, ...) are dropped.
MODEL_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "NORP": "NATIONALITY",
}
# Labels whose spans are kept as candidates without a vote: the small model calls unknown
# place names LANGUAGE or PRODUCT ("Kidal"), and the gazetteer may still type them.
UNTYPED_LABELS = frozenset({"LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})

# Single words that are never entities on their own, whatever the model says (also the labels
# of an earnings table: "Shr loss $ 0.05", "Revs 8.4 million").
NOT_NAMES = (
    CALENDAR_WORDS
    | frozenset(
        """sterling euro euros
    dollar dollars yen yuan peso pesos rupee rupees covid ipo ceo cfo coo gdp ai tv pc
    earth moon mars jupiter venus saturn gmt utc ev evs awd rwd usb rgb ips ecg nas suv suvs
    hdmi led lcd oled wifi gps dna mri vip faq pdf api hd uhd vr attendance halftime extras
    half-time men women scoreboard results result standings fixtures scorers schedule
    summary shr shrs revs tries conversions penalties drop replacements substitutes""".split()  # noqa: SIM905 - word lists read better as text
    )
    | PEOPLES_AND_FAITHS
)
ORG_VOTE = 2.5
EVENT_VOTE = 2.0
THE_VOTE = 1.2  # "the Steelers", "the Kremlin": people are rarely "the X"
PLACE_STRONG = 3.0
BIG_CITY = 1_000_000
LOCAL_FORM_CITY = 500_000  # see ``_local_form``
MAX_LEAGUE_INITIALS = 4  # "NFC", "AL", "SEC"
CLUB_CITY = 100_000  # a club's city in prose: "Ajax Amsterdam", not "Feliciano Lopez"
CLEAR_PLACE_CONTEXT = 2  # spans.STRONG_CONTEXT: "in X", "X, Country", a list of places
PLACE_CITY = 2.0
PLACE_WEAK = 1.2
NAME_PART = 3.5
TITLE_VOTE = 3.0
CITATION_VOTE = 4.0  # "(Dye & Bavelier, 2010)": a cited author, whatever the model or gazetteer say
NATIONALITY_VOTE = 3.0
PERSON_HINT = 1.5
# Longest name a first name hints is a person's: "Jeanine Pirro"; with a particle inside,
# "Luiz Inacio Lula da Silva".
MAX_HINTED_NAME_WORDS = 4
MAX_PARTICLE_NAME_WORDS = 6
FORENAME_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "A.B.", "J.", "F.W."
INITIAL_VOTE = 2.0  # "G. [Thorpe]": a forename's initial before the name
MIN_SCORE = 0.5
TEAM_VOTE = 3.0  # a team's cue in a sports story: beats a city's place vote and label
CLUB_VOTE = 2.0  # a club word in the name of a sports story: "Real Betis", "Aston Villa"
PARTY_VOTE = 2.0  # "Roe v. [Wade]": a surname in a case name; a country or a known body wins
PERSON_SLOT = 2.0  # "(Isaac Romero 39)", "Max Verstappen (Netherlands)"
COMPANY_STRONG = 5.0  # a ticker right after the name
COMPANY_VOTE = 3.0  # "shares of X", "stake in X", "X shares rose"
DATELINE_VOTE = 10.0  # the wire dateline's place
ACRONYM_VOTE = 1.5  # "LSEG": no person is written in capitals in mixed-case text


@dataclass(slots=True)
class Evidence:
    """What an article says about one surface, gathered over all its mentions."""

    model: dict[str, float] = field(default_factory=dict)  # label -> number of mentions
    votes: dict[str, float] = field(default_factory=dict)  # type -> strongest evidence
    place_context: int = 0  # 2 after "in/from/to/...", or listed with places; 1 after "of"
    speech: bool = False  # followed by "said", "told", ...
    team_row: bool = False  # a team's cell in a results line or table row
    initial: bool = False  # after a forename's initial: "G. [Thorpe]"
    team_prose: bool = False  # "X beat", "beat X", "X coach" in a sports story
    team_member: bool = False  # "X captain James Whitaker": a team even if read as a person
    person_slot: bool = False  # a scorer's or competitor's cell
    company: float = 0.0  # the strongest company cue (``evidence.company_cue``)
    acronym: bool = False  # one all-capitals word in mixed-case text
    sports: bool = False  # the article is a sports story

    def model_share(self, label: str) -> float:
        """The share of the surface's mentions the model gave ``label`` (0 without any)."""
        return self.model.get(label, 0.0) / (sum(self.model.values()) or 1.0)

    def add_model(self, label: str | None) -> None:
        if label is not None:
            self.model[label] = self.model.get(label, 0.0) + 1.0

    def add_vote(self, etype: str, weight: float) -> None:
        self.votes[etype] = max(self.votes.get(etype, 0.0), weight)


@dataclass(slots=True)
class Fixed:
    """What a surface's type rests on that does not change between the two typing passes
    (``decide_type`` with ``memo``): everything but the article's people and bodies."""

    scores: dict[str, float]  # the model, the evidence's votes, the lexicon, words, demonym
    words: list[str]
    key: str
    event: bool  # "Davis Cup": an event's last word, and no known organisation's name
    # by (org_context, a part of a person's name in the article)
    context: dict[tuple[bool, bool], dict[str, float]] = field(default_factory=dict)
    starts_with_place: bool | None = None  # see ``_person_hint``


def _fixed(
    surface: str, evidence: Evidence, gazetteer: Gazetteer, lexicon_type: str | None
) -> Fixed:
    scores: dict[str, float] = {}
    total = sum(evidence.model.values())
    for label, count in evidence.model.items():
        scores[label] = count / total
    for etype, weight in evidence.votes.items():
        scores[etype] = scores.get(etype, 0.0) + weight
    if lexicon_type is not None:
        scores[lexicon_type] = scores.get(lexicon_type, 0.0) + ORG_VOTE + 1.0
    words = surface.split()
    places = gazetteer.lookup(surface)
    for etype, weight in _word_votes(words).items():
        if etype == "ORGANIZATION" and any(p.land for p in places):
            continue  # "West Bank": a region, whatever its last word
        if etype == "LOCATION" and (evidence.team_row or evidence.team_member):
            # "Green Bay 42 PHILADELPHIA 17", "Green Bay quarterback Brett Favre": a team
            # named after its place, whose "Bay" says nothing (not any team cue in prose: a
            # travel story's "Fort Lee" is the place)
            continue
        scores[etype] = scores.get(etype, 0.0) + weight
    if _masthead(words, gazetteer):
        scores["ORGANIZATION"] = scores.get("ORGANIZATION", 0.0) + ORG_VOTE
    # "Welsh", "Canadian": also small towns, and a nationality first
    if gazetteer.demonym_country(surface) is not None and not any(p.major for p in places):
        scores["NATIONALITY"] = scores.get("NATIONALITY", 0.0) + NATIONALITY_VOTE
    last = words[-1].casefold()
    # "CENTRAL DIVISION" of a standings table, as "Eastern Conference": a league's part (a
    # military one, "82nd Airborne Division", is an organisation outside sports stories)
    league_part = evidence.sports and (last == "division" or _compass_division(words))
    headed = last in EVENT_HEADS or league_part or _award_for(words)
    event = len(words) > 1 and headed and lexicon_type is None
    return Fixed(scores, words, surface.casefold(), event)


def _award_for(words: list[str]) -> bool:
    """An award or a cup, then what it is for: "Academy Award for Best Actress", "Nobel
    Prize in Physics", "Africa Cup of Nations"; not "Bank of England"."""
    return len(words) > 3 and any(  # a head, a link and what it is for, after a first word
        words[i].casefold() in AWARD_HEADS and words[i + 1] in AWARD_LINKS
        for i in range(1, len(words) - 2)
    )


_COMPASS_PARTS = frozenset({"east", "west", "north", "south", "central"})
_LEAGUE_WORDS = frozenset({"league", "conference"})


def _compass_division(words: list[str]) -> bool:
    """A league's division by its compass point: "NFC East", "AL Central" (the league's
    initials), "American League East"; not "Middle East"."""
    if len(words) < 2 or words[-1].casefold() not in _COMPASS_PARTS:
        return False
    league = words[-2]
    return league.casefold() in _LEAGUE_WORDS or (
        len(words) == 2 and league.isupper() and len(league) <= MAX_LEAGUE_INITIALS
    )


def decide_type(
    surface: str,
    evidence: Evidence,
    gazetteer: Gazetteer,
    context_countries: set[str],
    name_parts: set[str],
    *,
    lexicon_type: str | None,
    org_parts: frozenset[str] = frozenset(),
    org_context: bool = False,
    memo: dict[str, Fixed] | None = None,
    memo_key: str | None = None,
    alone: Callable[[str], bool] = lambda word: False,
) -> str | None:
    """The surface's type in this article, or None when nothing supports one.

    ``org_context``: the article is a sports or company story, where a place name the
    model calls an organisation is most likely one. ``memo`` keeps, under ``memo_key`` (the
    article's key for the surface), what the second pass (which knows the article's people)
    shares with the first. ``alone``: whether the article also writes a (folded) word
    on its own, as a surname is ("Azarenka will face"); asked only when a town is named
    like a two-word name's given name."""
    mkey = surface if memo_key is None else memo_key
    fixed = memo.get(mkey) if memo is not None else None
    if fixed is None:
        fixed = _fixed(surface, evidence, gazetteer, lexicon_type)
        if memo is not None:
            memo[mkey] = fixed
    scores = dict(fixed.scores)
    words, key = fixed.words, fixed.key
    # A word of a person's name and of a company's with a company's cue on it is the
    # company: "a bid for Thyssen", with "Thyssen AG" and its founder "August Thyssen"
    part = key in name_parts and not (key in org_parts and evidence.company > 0)
    if part:
        scores["PERSON"] = scores.get("PERSON", 0.0) + NAME_PART
    elif key in org_parts and "NATIONALITY" not in evidence.model:
        # "Tyvak" after "Tyvak Nano-Satellite Systems Inc"; not "Canadian" after "Canadian
        # Press" nor "Soviet" after "Soviet Union", which the model reads as nationalities
        scores["ORGANIZATION"] = scores.get("ORGANIZATION", 0.0) + ORG_VOTE - 0.5
    elif _person_hint(fixed, gazetteer, name_parts, alone):
        scores["PERSON"] = scores.get("PERSON", 0.0) + PERSON_HINT
    org = org_context and not part
    context = fixed.context.get((org, part))
    if context is None:
        context = fixed.context[org, part] = _context_votes(
            surface, evidence, gazetteer, context_countries, org, name_part=part
        )
    for etype, weight in context.items():
        scores[etype] = scores.get(etype, 0.0) + weight
    if fixed.event:
        scores["EVENT"] = scores.get("EVENT", 0.0) + EVENT_VOTE + scores.get("ORGANIZATION", 0.0)
    if evidence.speech and "PERSON" in scores:
        scores["PERSON"] += 0.3
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if best == "LOCATION" and len(words) == 1 and _model_only_place(scores, evidence):
        return None  # "Brexit", "Weibo": one unknown word the model alone calls a place
    if len(words) == 1 and _coded(surface, best):
        return None  # "Baa1", "STS-1": a rating, a product's code
    return best if scores[best] >= MIN_SCORE else None


def _coded(word: str, etype: str) -> bool:
    """A word with a digit is no person's name ("STS-1"), nor a place's with lower-case
    letters too ("Baa1", a rating); a road's capitals and number are a place ("I-44", "M25")."""
    if not any(ch.isdigit() for ch in word):
        return False
    return etype == "PERSON" or (etype == "LOCATION" and any(ch.islower() for ch in word))


def _context_votes(
    surface: str,
    evidence: Evidence,
    gazetteer: Gazetteer,
    context_countries: set[str],
    org_context: bool,
    *,
    name_part: bool = False,
) -> dict[str, float]:
    """The place vote, and the sports and company cues that may outweigh it. ``name_part``:
    the surface is part of the name of one of the article's people."""
    places = gazetteer.lookup(surface)
    if places and gazetteer.demonym_country(surface) is not None:
        # A nationality is no other place's alternate name: "Thai" is not Alor Setar.
        places = tuple(p for p in places if fold(p.name) == fold(surface))
    place = _place_vote(places, evidence, context_countries, _forename(surface, evidence))
    cued = (
        evidence.team_row
        or evidence.team_prose
        or evidence.person_slot
        or evidence.company
        or evidence.acronym
        or evidence.sports
    )
    if not cued and not (org_context and places):
        return {"LOCATION": place}  # no cue to weigh: most names of most articles
    # The gazetteer ranks countries and regions first (``gazetteer._rank``): the first says.
    national = bool(places) and places[0].kind in ("country", "region")
    # National sides stay places; a demonym is a nationality, never a team.
    national = national or gazetteer.demonym_country(surface) is not None
    out = _organisation_cues(
        surface.split(),
        evidence,
        gazetteer,
        places,
        national,
        org_context=org_context,
        name_part=name_part,
    )
    model_org = evidence.model_share("ORGANIZATION")
    if (
        not national
        and evidence.place_context < CLEAR_PLACE_CONTEXT
        and (out.get("ORGANIZATION", 0.0) >= TEAM_VOTE or (org_context and model_org >= 0.5))
    ):
        place = min(place, PLACE_WEAK)  # the gazetteer is evidence, not a verdict
    out["LOCATION"] = out.get("LOCATION", 0.0) + place
    return out


def _place_then(words: list[str], tails: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A major place, then one of ``tails``: "Manchester United", "Edmonton Sun"."""
    if len(words) < 2 or words[-1].casefold() not in tails:
        return False
    return any(p.major for p in gazetteer.lookup(" ".join(words[:-1])))


def _masthead(words: list[str], gazetteer: Gazetteer) -> bool:
    """ "Edmonton Sun", "Toronto Star": a place, then a newspaper's word."""
    return _place_then(words, PRESS_TAILS, gazetteer)


def _club_name(words: list[str], gazetteer: Gazetteer) -> bool:
    """ "Real Betis", "VfB Stuttgart", "Manchester United" (a place and a club tail)."""
    return any(w.casefold() in CLUB_WORDS for w in words) or _place_then(
        words, CLUB_TAILS, gazetteer
    )


def _organisation_cues(
    words: list[str],
    evidence: Evidence,
    gazetteer: Gazetteer,
    places: Sequence[Place],
    national: bool,
    *,
    org_context: bool,
    name_part: bool = False,
) -> dict[str, float]:
    """Votes from the article's sports and company cues (see ``Evidence``); ``places`` are
    the gazetteer's for the surface. A verb after a player's surname says nothing of a team
    ("KRAJICEK BEATS STICH" under "Richard Krajicek beat Michael Stich"): a part of a
    person's name (``name_part``) takes no team cue from prose unless the article also
    gives the name members ("Villa manager Unai Emery") or a major city has the name
    ("Eagles visit Dallas" beside "Dallas Goedert")."""
    out: dict[str, float] = {}
    is_place = bool(places)
    major = any(p.major for p in places)
    person_model = evidence.model_share("PERSON") > 0.5
    if evidence.person_slot:
        out["PERSON"] = PERSON_SLOT
    org = evidence.company
    if not national:
        if (
            evidence.team_row
            and not (
                person_model
                and len(words) > 1
                # a city's whole name is a side's ("St Louis 2 CALGARY 1"), not a person's
                and not major
                and not _club_and_city(words, gazetteer)
            )
        ) or (
            evidence.team_prose
            and not (name_part and not evidence.team_member and not major)
            and not evidence.person_slot
            and "PERSON" not in evidence.votes  # "Toulouse coach [Ugo Mola] said"
            and (
                is_place
                or not person_model
                or evidence.team_member
                or _club_and_city(words, gazetteer, prose=True)  # "Ajax Amsterdam were held"
            )
        ):
            org = max(org, TEAM_VOTE)
        if evidence.sports and len(words) > 1 and not is_place and _club_name(words, gazetteer):
            org = max(org, CLUB_VOTE)
        if evidence.sports and _local_form(words, places):
            org = max(org, TEAM_VOTE)
    if evidence.acronym and person_model and not is_place:
        org = max(org, ACRONYM_VOTE)  # "LSEG" read as a person
    if org:
        out["ORGANIZATION"] = org
    return out


def _club_and_city(words: list[str], gazetteer: Gazetteer, *, prose: bool = False) -> bool:
    """ "Ajax Amsterdam", "Twente Enschede", "Maccabi Tel Aviv": a team's name (in a cell,
    or in prose with a team's cue) that ends with its city (one or two words after the
    club's) and whose first word is no forename (not "Nathan Lyon"), however the model
    reads it. In prose the city is a big one, by its own name: "Feliciano Lopez" (Lopez, a
    town in the Philippines) stays a person."""
    if len(words) < 2 or words[0].casefold() in GIVEN_NAMES:
        return False
    cities = [" ".join(words[-size:]) for size in (1, 2) if size < len(words)]
    return any(
        p.kind == "city"
        and p.major
        and (not prose or (p.population >= CLUB_CITY and fold(p.name) == fold(city)))
        for city in cities
        for p in gazetteer.lookup(city)
    )


def _local_form(words: list[str], places: Sequence[Place]) -> bool:
    """A city written in its own language where English has a name of its own: "Roma"
    (Rome), "Napoli" (Naples), "Torino" (Turin), "Wien" (Vienna). In an English sports
    story that is the club's name: the city itself is written the English way. Big cities
    only (``LOCAL_FORM_CITY``): a smaller town's alternate names are looser ("Gosier" for Le
    Gosier, "Tårs" for Tarsus)."""
    if len(words) != 1:
        return False
    city = next((p for p in places if p.kind == "city"), None)
    return (
        city is not None
        and city.population >= LOCAL_FORM_CITY
        and fold(words[0]) not in fold(city.name).split()
    )


def _model_only_place(scores: dict[str, float], evidence: Evidence) -> bool:
    """A place with no support but the model's label: not in the gazetteer, no "in X"."""
    return scores["LOCATION"] <= evidence.model_share("LOCATION") and evidence.place_context == 0


def _person_hint(
    fixed: Fixed, gazetteer: Gazetteer, name_parts: set[str], alone: Callable[[str], bool]
) -> bool:
    """ "Mason Rudolph" when "Rudolph" alone is a person; "Jeanine Pirro" by her first name;
    "Luiz Inacio Lula da Silva" and "A.B. de Villiers" by a first name or initials and a
    particle inside; not "San Francisco Chronicle", nor "Atletico de Madrid"."""
    words = fixed.words
    if len(words) < 2:
        return False  # one word: no given name and surname
    particle = any(w in NAME_PARTICLES for w in words[1:-1])
    longest = MAX_PARTICLE_NAME_WORDS if particle else MAX_HINTED_NAME_WORDS
    last = words[-1].casefold()
    if not 1 < len(words) <= longest or last in ORG_HEADS or last in DOCUMENT_HEADS:
        return False
    forename = given_name(words[0]) or (
        particle and FORENAME_INITIALS.fullmatch(words[0]) is not None
    )
    if last not in name_parts and not forename:
        return False
    if fixed.starts_with_place is None:
        # A given name is taken over a place's alternate name ("Laurent Martinez", not
        # Saint-Laurent-du-Maroni), not over its own ("Victoria Station", "Elizabeth
        # Line"), but for a surname the article also writes alone ("Victoria Azarenka ...
        # Azarenka will face": dozens of common given names are a town's too).
        fixed.starts_with_place = _major_place_called(" ".join(words[:2]), forename, gazetteer) or (
            _major_place_called(words[0], forename, gazetteer)
            and not (forename and len(words) == 2 and alone(last))
        )
    return not fixed.starts_with_place


def _major_place_called(name: str, forename: bool, gazetteer: Gazetteer) -> bool:
    """A major place is called ``name``: by its own name after a given name, by any."""
    return any(
        p.major and (not forename or fold(p.name) == fold(name)) for p in gazetteer.lookup(name)
    )


def _word_votes(words: list[str]) -> dict[str, float]:
    """Organisation and place words at the edges of a name: "Wagner Group", "Ministry of
    Defence", "Swat River", "Mount Ruang"."""
    if len(words) < 2:
        return {}
    first, last = words[0].casefold(), words[-1].casefold()
    if last in ORG_HEADS or (first in ORG_FIRST and "of" in words) or first in ORG_FIRST_ANY:
        return {"ORGANIZATION": ORG_VOTE}
    if last in LOC_HEADS or first in LOC_FIRST:
        return {"LOCATION": ORG_VOTE}
    return {}


def _forename(surface: str, evidence: Evidence) -> bool:
    """ "Isabel": a first name the model reads as a person's, or "Thorpe" after an initial
    ("G. Thorpe"), that the article never uses as a place ("in Isabel"), whatever town
    shares it."""
    if evidence.place_context:
        return False
    return evidence.initial or (
        surface.casefold() in GIVEN_NAMES and evidence.model_share("PERSON") >= 0.5
    )


def _place_vote(
    places: Iterable[Place], evidence: Evidence, context: set[str], forename: bool = False
) -> float:
    """A country, region, capital or big city is a place; a smaller one needs the article
    to use it as one, and a small town also needs its country in the article. A person's
    first name needs more than a town of that name (``_forename``)."""
    used_as_place = evidence.place_context > 0 or "LOCATION" in evidence.model
    clearly = evidence.place_context >= CLEAR_PLACE_CONTEXT
    for place in places:
        if place.kind in ("country", "region") or (
            place.kind == "city" and (place.capital or place.population >= BIG_CITY)
        ):
            return PLACE_STRONG
        if forename:
            continue
        in_country = place.country_code in context
        in_context = in_country and place.geonames_id is not None
        if in_context and place.major:
            return PLACE_CITY + (0.5 if evidence.place_context else 0.0)
        if in_context and (clearly or "LOCATION" in evidence.model):
            return PLACE_CITY + 0.5
        if place.major and used_as_place and place.geonames_id is not None:
            return PLACE_CITY
        # A subdivision of the article's country, known by name only and of two words or
        # more, stands as the lexicon proposes it: "Republika Srpska President Biljana Plavsic".
        named = in_country and place.geonames_id is None and " " in place.name
        if place.kind == "admin" and (
            "LOCATION" in evidence.model or (clearly and in_country) or named
        ):
            return PLACE_CITY if evidence.place_context else PLACE_WEAK
    return 0.0
