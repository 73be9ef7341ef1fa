"""Evidence about a name from the words around one of its mentions.

- Place use: "in Kidal", "northern Mali", "Bamako, Mali", a list of places.
- Roles: "Prime Minister [Choguel Maiga]", "[Maiga], Mali's prime minister,".
- Nouns: "Malatya province", "chipmaker Rapidus".
- Speech: "[X] said".
- Sports: in a sports story, "[Sevilla] beat [Valencia] 2-1", "drew with [Leeds]",
  "[Sevilla] coach", a team's cell in a results line or table row; a scorer's cell
  "(Isaac Romero 39)" or "Name (Country)" is a person.
- Companies: "[Nvidia Corp] (NVDA.O)", "shares of [X]", "stake in [X]", "[X] said in a
  statement", "[X] shares rose".
- The wire dateline left in the body: its place names are places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from service.pipeline.entities.calendar import MONTHS
from service.pipeline.entities.candidates import (
    LEADING_DROP,
    POSSESSIVE,
    Candidate,
    capitalised,
)
from service.pipeline.entities.candidates.model import is_place
from service.pipeline.entities.context import ArticleContext, Row
from service.pipeline.entities.cues import (
    BEATEN_BY,
    CASE_GLUE,
    COMPANY_AFTER,
    COMPANY_BEFORE,
    COMPANY_BEFORE_PAIRS,
    DISMISSALS,
    DRAW_WORDS,
    GAP_UNITS,
    GAP_WORDS,
    GOAL_VERBS,
    MAX_PLAYER_WORDS,
    PERSON_OR_TEAM_VERBS,
    PLACE_SUFFIXES,
    PLACED,
    RECORD_MOVES,
    REPORTING_PERIOD,
    RESULT_NOUNS,
    RESULT_VERBS,
    ROW_GLUE,
    SCORECARD_WORDS,
    SCORER_NOUNS,
    SCORING_WORDS,
    STATEMENT,
    TABLE_MOVES,
    TABLE_PLACES,
    TEAM_BEFORE,
    TEAM_BEFORE_PAIRS,
    TEAM_NOUNS,
    TEAM_ROLES,
    TEAM_VERBS,
    TRANSFER_PREPS,
    TRANSFER_VERBS,
    TRANSFER_WINDOW,
)
from service.pipeline.entities.entity_types import (
    CLEAR_PLACE_CONTEXT,
    COMPANY_STRONG,
    COMPANY_VOTE,
    DATELINE_VOTE,
    INITIAL_VOTE,
    ORG_VOTE,
    PLACE_STRONG,
    THE_VOTE,
    TITLE_VOTE,
    Evidence,
    Fixed,
    decide_type,
)
from service.pipeline.entities.gazetteer import Gazetteer, Place
from service.pipeline.entities.given_names import GIVEN_NAMES
from service.pipeline.entities.heads import (
    LOC_HEADS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_NOUNS,
    SHORTEST_ORG_NOUN,
    VENUE_HEADS,
    company_noun,
)
from service.pipeline.entities.known_names import known_organization
from service.pipeline.entities.markets import appositive_after, percent_move, share_move
from service.pipeline.entities.name_index import find_again
from service.pipeline.entities.text import fold
from service.pipeline.entities.titles import (
    FIRM_ROLES,
    ROLE_HEADS,
    ROLE_STOP,
    ROLE_SURNAMES,
    ROLE_WORDS,
)
from service.pipeline.entities.tokens import TokenView

THE = frozenset({"the", "The"})
# "Ferdinand Marcos Jr": the surname is the word before the suffix.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
MAX_ROLE_WORDS = 4  # "deputy prime minister for finance" is about as long as roles get
# Words after which a capitalised known place name is being used as a place.
PLACE_PREPS = frozenset(
    """in from to of near at across into outside inside toward towards via throughout around
    within between northern southern eastern western central north south east west
    neighbouring neighboring""".split()  # noqa: SIM905 - word lists read better as text
)
SPEECH = frozenset({"said", "says", "told", "added", "stated", "wrote", "warned", "argued"})
LIST_GLUE = frozenset({",", "and", "or", "&"})
PAIR_GLUE = frozenset({"and", "&"})
MAX_PAIRED_WORDS = 4  # words of the other name of a pair: "Lazio and [Real Sociedad] drew"
SENTENCE_END = frozenset({".", ";", "!", "?", "\n\n"})
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "["})

STRONG_CONTEXT = 2
WEAK_CONTEXT = 1
# Marks a surface key as the dateline's own mention, typed apart from the body's.
DATELINE_KEY = "\x1fdateline"


_SCORE = re.compile(r"\d{1,3}-\d{1,3}")


def score_before(words: list[str], k: int) -> bool:
    """Whether a score ("1-1", one token or three) ends right before token ``k``, or a score
    and its result ("a 1-1 draw")."""
    if k >= 1 and words[k - 1].casefold() in RESULT_NOUNS:
        k -= 1
    if k >= 1 and _SCORE.fullmatch(words[k - 1]):
        return True
    return k >= 3 and words[k - 2] == "-" and words[k - 1].isdigit() and words[k - 3].isdigit()


# What a goal "through" a player did, a few words before it: "equalised through", "went
# ahead through", "pulled one back through", "levelled through".
THROUGH_GOAL: Final = GOAL_VERBS | frozenset({"ahead", "back", "level", "levelled", "leveled"})
THROUGH_WINDOW: Final = 4


def _scorer(words: list[str], start: int) -> bool:
    """A scorer named after what he scored: "two goals from [Enrico Chiesa]", or after the
    goal it was: "Forest equalised through [Dean Saunders]", "went ahead through [Shearer]"."""
    if start < 2:
        return False
    if words[start - 1] == "through":
        return _earlier_in_sentence(words, start - 2, THROUGH_GOAL, THROUGH_WINDOW)
    return words[start - 1] == "from" and words[start - 2].casefold() in SCORER_NOUNS


def _paired_side(view: TokenView, start: int, end: int) -> bool:
    """One of two names joined by "and" that had a result together: "[Lazio] and Roma
    drew", "Lazio and [Roma] drew" (two teams, whatever places share their names)."""
    words = view.words
    n = len(words)
    if start >= 2 and words[start - 1] in PAIR_GLUE and capitalised(words[start - 2]):
        return end < n and words[end].casefold() in RESULT_VERBS
    if end + 1 < n and words[end] in PAIR_GLUE:
        k = end + 1
        while k < n and k - end <= MAX_PAIRED_WORDS and capitalised(words[k]):
            k += 1
        return k > end + 1 and k < n and words[k].casefold() in RESULT_VERBS
    return False


# An entry's day in a diary: "10", "3-4" (after its month: "SEPT 10", "Sept 3-4").
_DIARY_DAY: Final = re.compile(r"\d{1,2}(?:-\d{1,2})?")


def _diary_place(words: list[str], start: int, end: int) -> bool:
    """The place of a diary's entry, between two dashes after its date: "SEPT 10 - [BONN] -
    Finance Minister Theo Waigel presents 1997 budget", "Sept 21-22 - [DUBLIN] - ..." (the
    tokeniser may split the days: "21 - 22")."""
    if not (start >= 3 and end < len(words) and words[start - 1] == "-" and words[end] == "-"):
        return False
    day = start - 2
    if day >= 3 and words[day - 1] == "-" and _DIARY_DAY.fullmatch(words[day - 2]):
        day -= 2  # "21 - 22": the range's first day
    return (
        day >= 1
        and _DIARY_DAY.fullmatch(words[start - 2]) is not None
        and words[day - 1].casefold().rstrip(".") in MONTHS
    )


def place_context(view: TokenView, start: int, end: int, gazetteer: Gazetteer) -> int:
    """How clearly a name is used as a place: 2 for "in Kidal", "northern Mali", "Bamako,
    Mali" or "Kidal, Tessalit and Timbuktu"; 1 for "of Tribune"; 0 otherwise."""
    words = view.words
    if end < len(words) and words[end].casefold() in CASE_GLUE:
        return 0  # "in [Wade] v. Jacobs": "in" takes the case, not the name
    before = words[start - 1].casefold() if start > 0 else ""
    # not "drew 1-1 at [Parma]": the home side (``team_cue``)
    if before in PLACE_PREPS and not (before == "at" and score_before(words, start - 1)):
        return WEAK_CONTEXT if before == "of" else STRONG_CONTEXT
    suffixed = (
        end + 1 < len(words) and words[end] == "-" and words[end + 1].casefold() in PLACE_SUFFIXES
    )
    if suffixed or _diary_place(words, start, end):
        return STRONG_CONTEXT  # "London-listed", "Boston-based"; "SEPT 10 - [BONN] - ..."
    # "MasOrange, Spain's biggest operator": an apposition about the name, no list
    apposition = end + 2 < len(words) and words[end] == "," and words[end + 2] in POSSESSIVE
    if (
        not apposition
        and end + 1 < len(words)
        and words[end] == ","
        and gazetteer.country_place(words[end + 1])
    ):
        return STRONG_CONTEXT
    # In a list next to another capitalised known place: not itself ("Obama, Obama's") nor a
    # stop word ("Well, Clinton came").
    sides = ((start - 1, start - 2),) if apposition else ((end, end + 1), (start - 1, start - 2))
    for glue, other in sides:
        if (
            0 <= other < len(words)
            and glue >= 0
            and words[glue] in LIST_GLUE
            and capitalised(words[other])
            and not view.stops[other]
            and words[other] != words[start]
            and gazetteer.lookup(words[other])
        ):
            return STRONG_CONTEXT
    return 0


LIST_VOTE = 2.0  # a name listed between two people, itself no known place
AGE_VOTE = 4.0  # "Laurent Martinez, 54,": only a person has an age in commas
MIN_AGE, MAX_AGE = 16, 99
_HEADS = ORG_HEADS | LOC_HEADS  # the last words of organisations' and facilities' names


def listed_among_people(view: TokenView, kept: list[Candidate], gazetteer: Gazetteer) -> set[int]:
    """Starts of the names of two words or more listed among names the model reads as
    people, that are no known place themselves: between two ("Chris Lewis , [Dominic Cork] ,
    Robert Croft", a squad the model read as a place), or last after two ("Vuk Draskovic ,
    Zoran Djindjic and [Vesna Pesic]", read as an organisation)."""
    people = {c.end: c.start for c in kept if c.label == "PERSON"}
    person_start = set(people.values())
    words = view.words

    def person_before(start: int) -> int | None:
        """The start of the person listed right before ``start``."""
        if start < 2 or words[start - 1] not in LIST_GLUE:
            return None
        return people.get(start - 1)

    out: set[int] = set()
    for cand in kept:
        if cand.label == "PERSON" or cand.end - cand.start < 2:
            continue
        before = person_before(cand.start)
        if before is None:
            continue
        after = (
            cand.end < len(words) and words[cand.end] in LIST_GLUE and cand.end + 1 in person_start
        )
        if gazetteer.lookup(view.surface(cand.start, cand.end)):
            continue
        # Last in the list, and no word of it a place either: not "Marie-Galante, La
        # Desirade and Les Saintes", islands the model read as people.
        if after or (
            person_before(before) is not None
            and not any(gazetteer.lookup(w) for w in words[cand.start : cand.end])
        ):
            out.add(cand.start)
    return out


def role_before(view: TokenView, start: int) -> str | None:
    """ "Malian opposition leader [Choguel Maiga]" -> "opposition leader"; also with a comma:
    "the fund's Western Hemisphere director, [Rodrigo Valdes]" -> "director"."""
    words = view.words
    if start > 1 and words[start - 1] == "," and words[start - 2].casefold() in ROLE_HEADS:
        start -= 1
    k = start
    found: list[str] = []
    while k > 0 and len(found) < MAX_ROLE_WORDS:
        word, size = _compound_before(view, k)
        if word not in ROLE_WORDS:
            break
        found.append(word)
        k -= size
    role = [w for w in reversed(found) if w not in ROLE_STOP]
    return " ".join(role) or None


def _compound_before(view: TokenView, k: int) -> tuple[str, int]:
    """The word that ends right before token ``k``, folded, with the word it is hyphenated
    to ("New Zealand fly-half [Richie Mo'unga]": three tokens), and its token count."""
    if k >= 3 and view.words[k - 2] == "-" and "-" in (joined := view.compound(k - 3)):
        return joined, 3
    return view.words[k - 1].casefold(), 1


def role_after(view: TokenView, end: int) -> str | None:
    """ "[Choguel Maiga], Mali's prime minister," -> "prime minister"."""
    words = view.words
    n = len(words)
    if end >= n or words[end] != ",":
        return None
    k = end + 1
    if k < n and words[k].casefold() in LEADING_DROP | {"his", "her", "its", "their"}:
        k += 1
    if k + 1 < n and capitalised(words[k]) and words[k + 1] in POSSESSIVE:
        k += 2
    elif k < n and capitalised(words[k]) and words[k].casefold() not in ROLE_WORDS:
        k += 1  # a demonym or place: "Malian", "French"
    begin = k
    while k < n and words[k].casefold() in ROLE_WORDS:
        k += 1
    ends = {",", ".", ";", "said", "told", "who", "and", "of", "at", "for"}
    if k == begin or (k < n and words[k] not in ends):
        return None
    role = [w.casefold() for w in words[begin:k] if w.casefold() not in ROLE_STOP]
    return " ".join(role) or None


def _origin(view: TokenView, cand: Candidate, gazetteer: Gazetteer) -> bool:
    """A major place after "from" or "in" is where the person before it comes from; the
    words in commas after it are that person's: "Rachel Jones, 20, from [Cardiff], a student
    at Leeds University"."""
    return (
        cand.start > 0
        and view.words[cand.start - 1] in ("from", "in")
        and is_place(view.surface(cand.start, cand.end), gazetteer)
    )


def role_is_person(role: str | None) -> bool:
    """A role that only people hold: it ends with a head noun ("prime minister", "chief
    executive"), not a bare modifier ("opposition"), nor a bank's ("lead manager")."""
    if not role or role.endswith(FIRM_ROLES):
        return False
    return role.split()[-1] in ROLE_HEADS


def noun_votes(view: TokenView, start: int, end: int) -> dict[str, float]:
    """Evidence from the common nouns around a name: "Malatya province", "the town of
    Yesilyurt", "chipmaker Rapidus", "the agency AFAD", "Gavi, the vaccine alliance"."""
    words = view.words
    after = words[end] if end < len(words) else ""
    before = words[start - 1] if start > 0 else ""
    if after in PLACE_NOUNS or (before == "of" and start > 1 and words[start - 2] in PLACE_NOUNS):
        return {"LOCATION": ORG_VOTE - 0.5}
    if after in ORG_NOUNS or before in ORG_NOUNS or _trade_before(view, start):
        return {"ORGANIZATION": ORG_VOTE - 0.5}
    head = _appositive_head(words, end)
    if head in PLACE_NOUNS:
        return {"LOCATION": ORG_VOTE - 0.5}
    if head in ORG_NOUNS:
        return {"ORGANIZATION": ORG_VOTE - 0.5}
    return {}


def _trade_before(view: TokenView, start: int) -> bool:
    """A company's trade right before its name: "steelmaker Eregli", or "Refiner Tupras"
    and "Broadcaster Televisa" opening a sentence (``heads.company_noun``)."""
    if start == 0:
        return False
    word = view.words[start - 1]
    if len(word) < SHORTEST_ORG_NOUN:
        return False  # most words before a name: "the", "of", a comma
    if word.islower():
        return company_noun(word)
    return company_noun(word.casefold()) and sentence_initial(view, start - 1)


# What may follow an appositive's head noun: the appositive ends, or its noun takes a
# complement ("a town in northern Mali", "a group based in Paris"); not "'s" ("the city's
# mayor": "city" is no head there).
_APPOSITIVE_ENDS = frozenset({",", ".", ";", ":", ")", "in", "of", "that", "which", "based"})
MAX_APPOSITIVE_WORDS = 4  # "the vaccine alliance", "a small opposition party"


def _appositive_head(words: list[str], end: int) -> str | None:
    """The head noun of ", the vaccine alliance," or ", a town in ..." right after a name:
    an article, lower-case words, and the noun before the appositive's end."""
    if end + 2 >= len(words) or words[end] != "," or words[end + 1] not in ("the", "a", "an"):
        return None
    for k in range(end + 2, min(end + 2 + MAX_APPOSITIVE_WORDS, len(words) - 1)):
        if not (words[k].isalpha() and words[k].islower()):
            return None
        if words[k + 1] in _APPOSITIVE_ENDS:
            return words[k]
    return None


def speech_after(view: TokenView, end: int) -> bool:
    return end < len(view.words) and view.words[end].casefold() in SPEECH


def age_after(view: TokenView, end: int) -> bool:
    """A person's age in commas after the name: "[Laurent Martinez] , 54 , joins"."""
    words = view.words
    return (
        end + 2 < len(words)
        and words[end] == ","
        and words[end + 2] == ","
        and words[end + 1].isascii()
        and words[end + 1].isdigit()
        and MIN_AGE <= int(words[end + 1]) <= MAX_AGE
    )


def _after(view: TokenView, end: int) -> int:
    """The first token after a name and its possessive."""
    if end < len(view.words) and view.words[end] in POSSESSIVE:
        return end + 1
    return end


def _number(word: str) -> bool:
    return word[:1].isdigit()


def member_cue(view: TokenView, start: int, end: int) -> bool:
    """A team, one of its people's roles, then that person's name: "[Leicestershire] captain
    James Whitaker", "[Celtic] manager Tommy Burns". A person's people take a possessive
    ("Sampras's coach"), so this holds where the model reads the team as a person."""
    words = view.words
    if end >= len(words) or (start > 0 and words[start - 1] in THE):
        return False
    role = view.compound(end)
    if role not in TEAM_ROLES:
        return False
    k = end + 1 + 2 * ("-" in role)  # "fly-half" is three tokens
    return k < len(words) and capitalised(words[k])


def _place_named(view: TokenView, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name is a place's ("Atalanta", a town too), or ends with a big city's own
    name ("Ajax Amsterdam"): such a name is a team's where people's verbs follow it in a
    sports story."""
    if gazetteer.lookup(view.surface(start, end)):
        return True
    return end - start > 1 and gazetteer.major_city(view.words[end - 1])


def team_cue(view: TokenView, start: int, end: int, *, place: bool) -> bool:
    """A team's use in prose: "[Sevilla] beat", "beat [Valencia]", "drew with [Leeds]",
    "[Sevilla] coach", "[Leeds]' fans", "[Valencia] 2-1", "[Boston] 118, Miami 104", "drew
    1-1 at [Parma]". ``place``: the name is a place's (``_place_named``), so "[Toulouse]
    have signed" is the team too; "[Mola] said" is not."""
    words = view.words
    n = len(words)
    k = _after(view, end)
    nxt = view.compound(k) if k < n else ""
    venue = end - start > 1 and words[end - 1].casefold() in VENUE_HEADS  # "at [Lambeau Field]"
    if venue or (nxt in TEAM_NOUNS and start > 0 and words[start - 1] in THE):
        return False  # a venue; "the Birmingham side" is the place (docs/entities.md)
    verb = nxt in TEAM_VERBS and (place or nxt not in PERSON_OR_TEAM_VERBS)
    if nxt == "," and not verb:  # "[Dortmund] , the champions , beat"
        after = _past_apposition(words, k)
        later = words[after].casefold() if after < n else ""
        verb = after > k and later in TEAM_VERBS and (place or later not in PERSON_OR_TEAM_VERBS)
    if verb or nxt in TEAM_NOUNS or _paired_side(view, start, end):
        return True
    if nxt in TABLE_MOVES and _table_place(words, k + 1):
        return True  # "Liverpool went top", "Wimbledon climbed to fourth"
    if nxt in RECORD_MOVES and _record_after(words, k + 1):
        return True  # "Los Angeles fell to 23-26"
    if k == end and k < n and _number(words[k]) and k + 1 < n and words[k + 1] in {"-", ","}:
        return True
    return (
        _team_before(words, start)
        or _led_with(words, start, k)  # "Alonzo Mourning led [Miami] with 24 points"
        or (k > end and _player_then_goal(words, k))
    )


def _led_with(words: list[str], start: int, k: int) -> bool:
    """ "led [X] with 24 points": the team a player's figures led ("led" before the name,
    "with" and a number after it)."""
    return (
        start > 0
        and words[start - 1].casefold() == "led"
        and k + 1 < len(words)
        and words[k] == "with"
        and _number(words[k + 1])
    )


# Most words of an apposition in commas after a name: ", the defending champions ,".
MAX_APPOSITION: Final = 5


def _past_apposition(words: list[str], comma: int) -> int:
    """The token after an apposition in commas that opens at ``comma``: ", the champions ,"
    (lower-case words, no name in it); ``comma`` itself when there is none."""
    for k in range(comma + 1, min(comma + 2 + MAX_APPOSITION, len(words))):
        if words[k] == ",":
            return k + 1 if k > comma + 1 else comma
        if not words[k][:1].islower():
            return comma
    return comma


def _record_after(words: list[str], k: int) -> bool:
    """ "to 23-26" from token ``k`` on: a win-loss record (the tokenizer splits the dash)."""
    return (
        k + 3 < len(words)
        and words[k] == "to"
        and words[k + 1].isdigit()
        and words[k + 2] == "-"
        and words[k + 3].isdigit()
    )


def _team_before(words: list[str], start: int) -> bool:
    """What comes before a team: "beat [Valencia]", "drew with [Leeds]", "drew 1-1 at
    [Parma]", "signed for [Benfica]", "held to a draw by [Bastia]"."""
    prev = words[start - 1].casefold() if start > 0 else ""
    prev2 = words[start - 2].casefold() if start > 1 else ""
    if prev in TRANSFER_PREPS:
        vocab = TRANSFER_VERBS | SCORING_WORDS if prev == "for" else TRANSFER_VERBS
        if _earlier_in_sentence(words, start - 2, vocab):
            return True
    return (
        prev in TEAM_BEFORE
        or (prev2, prev) in TEAM_BEFORE_PAIRS
        or (prev == "at" and score_before(words, start - 1))  # the home side
        or _drawn_with(words, start)
        or (prev == "by" and _earlier_in_sentence(words, start - 2, BEATEN_BY))
        or _placed_before(words, start)  # "first-place [Dallas]", "leaders [Arsenal]"
        or _gap_before(words, start)
    )


def _drawn_with(words: list[str], start: int) -> bool:
    """The side a draw was with, its score between: "drew 0-0 with [Strasbourg]", "a 1-1
    draw with [Cannes]" (a score of one token or three)."""
    if start < 3 or words[start - 1] != "with" or not score_before(words, start - 1):
        return False
    if words[start - 2].casefold() in DRAW_WORDS:  # "a 1-1 draw with"
        return True
    verb = start - 3 if _SCORE.fullmatch(words[start - 2]) else start - 5
    return verb >= 0 and words[verb].casefold() in DRAW_WORDS


def _placed_before(words: list[str], start: int) -> bool:
    """A team's place in the table right before its name, hyphenated ("first-place", which
    the tokenizer splits in three) or not ("leaders")."""
    prev = words[start - 1].casefold() if start > 0 else ""
    if start >= 3 and words[start - 2] == "-":
        prev = f"{words[start - 3].casefold()}-{prev}"
    return prev in PLACED


def _table_place(words: list[str], k: int) -> bool:
    """A place in a league table from token ``k`` on: "top", "second", "within", also after
    "to" ("climbed to fourth", "moved to within")."""
    if k < len(words) and words[k] == "to":
        k += 1
    return k < len(words) and words[k].casefold() in TABLE_PLACES


def _gap_before(words: list[str], start: int) -> bool:
    """A gap in a league table right before a team: "two points clear of [X]", "three
    points ahead of [X]", "within one game of [X]", "four points behind [X]"."""
    if start < 3:
        return False
    prev, prev2 = words[start - 1].casefold(), words[start - 2].casefold()
    if prev == "behind":
        return prev2 in GAP_UNITS
    if prev != "of":
        return False
    if prev2 in GAP_WORDS:
        return words[start - 3].casefold() in GAP_UNITS  # "two points clear of"
    return prev2 in GAP_UNITS and start >= 4 and words[start - 4].casefold() == "within"


def _earlier_in_sentence(
    words: list[str], i: int, vocab: frozenset[str], window: int = TRANSFER_WINDOW
) -> bool:
    """Whether one of ``vocab`` is among the ``window`` words back from ``i``, in the same
    sentence."""
    for j in range(i, max(-1, i - window), -1):
        if words[j] in SENTENCE_END:
            return False
        if words[j].casefold() in vocab:
            return True
    return False


def _player_then_goal(words: list[str], k: int) -> bool:
    """After a team's possessive: a player's name, then what he scored ("[Bastia] 's
    Pierre-Yves Andre equalised")."""
    j, names = k, 0
    while j < len(words) and names < MAX_PLAYER_WORDS:
        if words[j][:1].isupper():
            names += 1
        elif not (words[j] == "-" and names):  # "Pierre - Yves", as the tokens read
            break
        j += 1
    return names > 0 and j < len(words) and words[j].casefold() in GOAL_VERBS


def _in_brackets(view: TokenView, row: Row, start: int) -> bool:
    depth = 0
    for i in range(row.start, start):
        word = view.words[i]
        depth += (word == "(") - (word == ")")
    return depth > 0


MAX_COUNTRY_WORDS = 3  # "( South Africa )", "( Trinidad and Tobago )"


def _country_in_brackets(words: list[str], start: int, stop: int, gazetteer: Gazetteer) -> bool:
    """Whether the tokens from ``start`` are a country and a closing bracket: "Netherlands
    )", "U.S. )", "South Africa )"; one capitalised word is taken for one ("KEN )"); not
    "2012 )" nor "Formerly Verizon Amphitheatre )"."""
    for k in range(start, min(stop, start + MAX_COUNTRY_WORDS + 1)):
        if words[k] == ")":
            inner = words[start:k]
            if len(inner) == 1 and inner[0].isalpha():
                return True
            return bool(inner) and gazetteer.country_place(" ".join(inner)) is not None
    return False


def _named_in_brackets(words: list[str], start: int, stop: int) -> bool:
    """Whether the tokens from ``start`` are capitalised words and a closing bracket, with
    the row's end, a comma or a number after it: "VfB Stuttgart ) ,", "Cologne )"."""
    for k in range(start, min(stop, start + MAX_COUNTRY_WORDS + 1)):
        if words[k] == ")":
            after = words[k + 1] if k + 1 < stop else ""
            return k > start and (not after or after == "," or _number(after))
        if not capitalised(words[k]):
            return False
    return False


def _two_sides(words: list[str], row: Row, opened: int) -> bool:
    """Whether the row is a match of two sides, each with its goals and one or both with
    its country in brackets: "Dinamo Minsk ( Belarus ) 1 Spartak Moscow ( Russia ) 2",
    "Slovan Bratislava 0 Trabzonspor ( Turkey ) 2", "Stefanel Milan ( Italy ) 77 CSKA Moscow
    ( Russia ) 72 ( 35-39 )" (a note in brackets last), and the bracket opened at ``opened`` is
    one side's. Not a ranked list of competitors ("1. Inge de Bruijn ( Netherlands ) 25.97
    , 2. ..."), nor one competitor's rounds ("Greg Norman ( Australia ) 68 70")."""
    scores = [
        k + 1
        for k in range(row.start, row.end - 1)
        if (words[k] == ")" or capitalised(words[k]))
        and words[k + 1].isdigit()
        and len(words[k + 1]) <= 3
    ]
    if len(scores) != 2 or not words[scores[0] + 1][:1].isupper():
        return False
    # the second side's score ends the row, or a note in brackets does: "( 35-39 )"
    last = scores[1] + 1
    if last != row.end and not (words[last] == "(" and words[row.end - 1] == ")"):
        return False
    if any(w.endswith(".") and w[:-1].isdigit() for w in words[row.start : row.end]):
        return False  # a rank
    closed = words.index(")", opened, row.end)
    return closed + 1 in scores


def _detail_slot(row: Row, start: int, end: int) -> str | None:
    """A match detail's cell: "team" for "[Juventus] - Boksic ( 55th minute )", "person" for
    "Scorers : [Boksic] ( 55th minute ) , [Del Piero] ( 78th )"."""
    if row.team_end >= 0 and end <= row.team_end:
        return "team"
    if row.people >= 0 and start >= row.people:
        return "person"
    return None


def row_slot(
    view: TokenView,
    row: Row,
    start: int,
    end: int,
    gazetteer: Gazetteer,
    *,
    competitors: bool = False,
) -> str | None:
    """What a name's cell in a results line or table row says: "team" for "[Sevilla] 2",
    "[Boston] 118,", "1. [REAL MADRID] 26", "[Dallas] at [Memphis]"; "person" for a
    scorer "([Isaac Romero] 39", a competitor "[Max Verstappen] (Netherlands)" or a bowler
    "b [Waqar Younis] 31", or a given name and a surname where a side would stand ("beat
    [Cedric Pioline] 6-4", unless the given name is a place's too: "Charlotte", "Victoria").
    ``competitors``: the article's rows list people, whose country is given once ("( South
    Africa unless stated )"): "136 [Ernie Els] 68 68" is a person's."""
    words = view.words
    nxt = words[end] if end < row.end else ""
    detail = _detail_slot(row, start, end)
    if detail == "person" and _club_in_brackets(words, row, start, end):
        detail = "team"  # "Replacements : Paul Grayson ( [Northampton] )": the player's club
    if detail is not None or nxt == ":":
        return detail  # a detail's cell, or a label: "Halftime: 1-1", "Scorers :"
    headed = words[end - 1].casefold() in _HEADS  # "... Amphitheatre"
    if nxt == "(" and _country_in_brackets(words, end + 1, row.end, gazetteer):
        return _before_country(words, row, start, end)
    if nxt == "(" and not headed and _named_in_brackets(words, end + 1, row.end):
        return "person"  # "Fredi Bobic ( VfB Stuttgart )": a player and his club
    if _in_brackets(view, row, start):
        return _bracketed_slot(words, row, start, end, headed=headed)
    slot = _plain_slot(words, row, start, end, competitors=competitors)
    if slot == "team" and _player_name(words[start:end]) and not gazetteer.lookup(words[start]):
        return "person"  # "Thomas Enqvist beat [Cedric Pioline] 6-4 6-3": not "Victoria 2"
    return slot


def _before_country(words: list[str], row: Row, start: int, end: int) -> str | None:
    """``row_slot`` of a name before its country in brackets: "Name (Country)", "Name (
    U.S. )" is a competitor's; but two sides' ("Legia Warsaw ( Poland ) 2 Besiktas ( Turkey
    ) 2") are teams, and so is a one-word name in a draw ("Boavista ( Portugal ) v Inter
    Milan ( Italy )"), where a longer one may be a tennis player's, left to other evidence."""
    if row.fixture:
        return "team" if end - start == 1 else None
    return "team" if _two_sides(words, row, end + 1) else "person"


def _player_name(words: list[str]) -> bool:
    """A given name and a surname in title case: "Cedric Pioline"; not "WILLEM II" (a club
    in a row in capitals) nor "L.A. Lakers"."""
    return (
        len(words) > 1
        and words[0].casefold() in GIVEN_NAMES
        and all(w[:1].isupper() and w[1:].islower() for w in words)
    )


def _plain_slot(
    words: list[str], row: Row, start: int, end: int, *, competitors: bool
) -> str | None:
    """``row_slot`` of a name outside brackets and labels."""
    nxt = words[end] if end < row.end else ""
    prev = words[start - 1].casefold() if start > row.start else ""
    if prev in DISMISSALS or nxt in SCORECARD_WORDS:
        # "c [Saeed Anwar] b [Waqar Younis] 12", "[Ijaz Ahmed] c Spearman", "[Saeed Anwar]
        # run out 91"
        return "person"
    team = (
        _number(nxt)
        or nxt.casefold() in ROW_GLUE
        or prev in ROW_GLUE
        or (nxt == "," and end + 1 < row.end and _number(words[end + 1]))
        or (start > row.start and (_number(prev) or prev == "."))  # a rank: "1. REAL MADRID"
    )
    if not team:
        return None
    return "person" if competitors else "team"


def _club_in_brackets(words: list[str], row: Row, start: int, end: int) -> bool:
    """A name alone in brackets right after a name: "Paul Grayson ( [Northampton] )"."""
    return (
        start >= row.start + 2
        and words[start - 1] == "("
        and end < row.end
        and words[end] == ")"
        and capitalised(words[start - 2])
    )


def _bracketed_slot(
    words: list[str], row: Row, start: int, end: int, *, headed: bool
) -> str | None:
    """``row_slot`` of a name inside brackets: a scorer "( [Isaac Romero] 39", or the club
    of the player before the bracket "Fredi Bobic ( [VfB Stuttgart] )"."""
    if end < row.end and _number(words[end]):
        return "person"
    return "team" if not headed and _club_in_brackets(words, row, start, end) else None


# Words after a market's place that make no company of it: "London shares closed firmer",
# "Tokyo stocks", "German investors".
MARKET_AFTER: Final = frozenset({"shares", "stock", "stocks", "investors"})
# A city this big, or a capital, names its market in "[Frankfurt] shares rose"; a smaller
# town's name is as often a company's ("Nokia shares", "Toyota shares").
MARKET_CITY: Final = 500_000
# Words before a name whose move by a percentage is no share's: a preposition ("output from
# the mine in [Irian Jaya] rose 18 percent": the output rose), "the" and a possessive (an
# index: "The [KOSPI] fell 1.2 percent", "Seoul's [KOSPI] rose 0.8%").
PERCENT_NOT_AFTER: Final = frozenset(
    {"in", "at", "from", "of", "near", "to", "for", "by", "on", "the", "'s", "\u2019s"}
)


def market_place(places: Sequence[Place]) -> bool:
    """Whether a name (``places``: what the gazetteer knows it as) is a market's: a country
    or region, a capital or a big city."""
    if not places:
        return False
    place = places[0]
    return place.land or place.capital or place.population >= MARKET_CITY


def company_cue(
    view: TokenView,
    start: int,
    end: int,
    ctx: ArticleContext,
    *,
    market: bool = False,
    place: bool = False,
) -> float:
    """A company's use: a ticker after the name (decisive), "shares of [X]", "stake in
    [X]", "rival [X]", "[X] shares", "[X]'s chief executive", "[X] Q3 net", "[X] said in a
    statement"; in business copy, "[X] gained 50 cents to HK$ 62.25". ``market``: the name
    is a market's place (``market_place``), and "[London] shares" is its market's;
    ``place``: the gazetteer knows the name, whose move by a percentage says nothing."""
    if end - 1 in ctx.before_ticker:
        return COMPANY_STRONG
    words = view.words
    n = len(words)
    prev = words[start - 1].casefold() if start > 0 else ""
    prev2 = words[start - 2].casefold() if start > 1 else ""
    if (prev2, prev) in COMPANY_BEFORE_PAIRS or (ctx.company and prev in COMPANY_BEFORE):
        return COMPANY_VOTE
    k = _after(view, end)
    if market and k < n and words[k].casefold() in MARKET_AFTER:
        return 0.0
    # a move by a percentage is a share's: not a place's, an index's or a prepositional name's
    percent = not place and prev not in PERCENT_NOT_AFTER
    if _company_after(words, end, k, company=ctx.company, percent=percent):
        return COMPANY_VOTE
    if end >= n or words[end].casefold() != STATEMENT[0]:
        return 0.0
    said = tuple(w.casefold() for w in words[end : end + len(STATEMENT)])
    return COMPANY_VOTE - 1.0 if said == STATEMENT else 0.0


def _company_after(
    words: list[str], end: int, k: int, *, company: bool, percent: bool = False
) -> bool:
    """What follows a company's name (``k``: after its possessive): "[X] Q3 net profit
    rises"; in business copy, "[X] shares rose", "[X]'s chief executive", "[X] gained 50
    cents to HK$ 62.25"; with ``percent``, "[X] firmed 1.8 percent" (not asked of a known
    place: "output in Irian Jaya rose 18 percent", "Tokyo fell 1.2 percent")."""
    if end < len(words) and REPORTING_PERIOD.fullmatch(words[end]):
        return True
    if not company or k >= len(words):
        return False
    return (
        words[k].casefold() in COMPANY_AFTER
        or share_move(words, k)
        or share_move(words, appositive_after(words, k))  # ", the telephone operator , was flat at"
        or (percent and percent_move(words, k))
    )


def affiliation_cue(
    view: TokenView, start: int, surface: str, gazetteer: Gazetteer, *, company: bool
) -> float:
    """In business copy, "said Peter Lee of [Jardine Fleming]": after a forename, a surname
    and "of", a name that is no known place is where the person works (not "Aryna Sabalenka
    of Belarus"; and elsewhere, not "Alexander Gordon of Auchintoul", an estate)."""
    words = view.words
    if not company or start < 3 or words[start - 1] != "of" or not capitalised(words[start - 2]):
        return 0.0
    forename = words[start - 3]
    if not (capitalised(forename) and forename.casefold() in GIVEN_NAMES):
        return 0.0
    return 0.0 if gazetteer.lookup(surface) else COMPANY_VOTE - 1.0


@dataclass(slots=True)
class Found:
    """A kept candidate, its surface and where it is."""

    cand: Candidate
    surface: str
    key: str
    start: int  # char offsets in the NER text
    end: int


@dataclass(slots=True)
class ArticleEvidence:
    """What one article says about each surface: evidence, roles, written form."""

    view: TokenView
    gazetteer: Gazetteer
    context: set[str]  # ISO codes of the countries the article is about
    signals: ArticleContext = field(default_factory=ArticleContext)
    found: list[Found] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    roles: dict[str, set[str]] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    common: set[str] = field(default_factory=set)  # keys of common words (``common_words``)
    # the capitalised words written on their own (``_alone``), read when first asked for
    alone_words: frozenset[str] | None = None
    memo: dict[str, Fixed] = field(default_factory=dict)  # ``decide_type``'s, per key
    dateline: str = ""  # the dateline's place as parsed from its own line, folded

    def gather(self, kept: list[Candidate]) -> None:
        view, gazetteer, signals = self.view, self.gazetteer, self.signals
        listed = listed_among_people(view, kept, gazetteer)
        for cand in kept:
            surface = view.surface(cand.start, cand.end)
            key = fold(surface)
            if cand.start in signals.dateline_tokens:
                key += DATELINE_KEY  # "MADRID, March 2 (Reuters)": the place, typed apart
            self.found.append(
                Found(cand, surface, key, view.starts[cand.start], view.ends[cand.end - 1])
            )
            ev = self._evidence_of(key)
            self.written.setdefault(key, surface)
            ev.add_model(cand.label)
            # "the Andalusian club": the noun is the adjective's head, not the name's.
            nouns = noun_votes(view, cand.start, cand.end) if cand.label != "NATIONALITY" else {}
            for etype, weight in (cand.votes | nouns if nouns else cand.votes).items():
                ev.add_vote(etype, weight)
            self._person_marks(ev, cand, listed)
            paired = signals.sports and _paired_side(view, cand.start, cand.end)
            if not self._home_side(cand.start) and not paired:
                ev.place_context = max(
                    ev.place_context, place_context(view, cand.start, cand.end, gazetteer)
                )
            self._cues(ev, cand, key)
            if (
                cand.label == "PERSON"
                and cand.start > 0
                and view.words[cand.start - 1] in THE
                and not _forename_first(view.words[cand.start : cand.end])
            ):
                ev.add_vote("ORGANIZATION", THE_VOTE)
            if cand.canonical:
                self.canonical[key] = cand.canonical
            role = (
                cand.role
                or role_before(view, cand.start)
                or (None if _origin(view, cand, gazetteer) else role_after(view, cand.end))
            )
            if role:
                self.roles.setdefault(key, set()).add(role)
                if role_is_person(role):
                    ev.add_vote("PERSON", TITLE_VOTE)
        for surface in self.written.values():
            country = gazetteer.country_place(surface)
            if country is not None and country.country_code:
                self.context.add(country.country_code)
        for key, ev in self.evidence.items():
            # "RUSUMO , Rwanda ...": the dateline's place, which the gazetteer does not know,
            # is that place wherever the text uses it as one ("crossed at Rusumo")
            dated = key == self.dateline or key + DATELINE_KEY in self.evidence
            if (
                ev.place_context >= CLEAR_PLACE_CONTEXT
                and dated
                and not gazetteer.lookup(self.written[key])  # a known place has its vote
            ):
                ev.add_vote("LOCATION", PLACE_STRONG)
        self.common = common_words(view, self.written, self.evidence)

    def _evidence_of(self, key: str) -> Evidence:
        """The surface's evidence so far, a new one for a new surface."""
        ev = self.evidence.get(key)
        if ev is None:
            ev = self.evidence[key] = Evidence()
        return ev

    def written_alone(self, word: str) -> bool:
        """Whether the article writes ``word`` (folded) on its own somewhere (``_alone``)."""
        if self.alone_words is None:
            self.alone_words = _alone(self.view)
        return word in self.alone_words

    def _person_marks(self, ev: Evidence, cand: Candidate, listed: set[int]) -> None:
        """What around one mention marks a person: a forename's initial before it ("G.
        [Thorpe]"), "said" after it, an age in commas, a place in a list of people."""
        view = self.view
        if cand.end - cand.start == 1 and _after_initial(view, cand.start):
            ev.initial = True  # "G. [Thorpe] not out 54"
            ev.add_vote("PERSON", INITIAL_VOTE)
        ev.speech = ev.speech or speech_after(view, cand.end)
        if age_after(view, cand.end) and self.signals.row_of(cand.start) is None:
            ev.add_vote("PERSON", AGE_VOTE)
        if cand.start in listed:
            ev.add_vote("PERSON", LIST_VOTE)

    def _home_side(self, start: int) -> bool:
        """Whether a name is the home side of a fixture ("CLEVELAND AT [BALTIMORE]", "Dallas
        at [Memphis], 8 p.m."): its "at" is no place's. Names from the row's start to "at",
        and after the home side the row's end or its time; not "June 20 -- Music Park at
        Walnut Creek, Raleigh, NC"."""
        signals, words = self.signals, self.view.words
        if not signals.sports or start == 0 or words[start - 1].casefold() != "at":
            return False
        row = signals.row_of(start)
        if row is None or row.fixture:
            return row is not None
        if start - 1 == row.start or not all(w[:1].isupper() for w in words[row.start : start - 1]):
            return False
        k = start
        while k < row.end and words[k][:1].isupper():
            k += 1
        return k == row.end or (words[k] == "," and k + 1 < row.end and words[k + 1][:1].isdigit())

    def gather_again(self, taken: Sequence[bool]) -> None:
        """The cues of the surfaces' mentions the model did not tag: "Leicestershire beat"
        tagged, "Leicestershire captain James Whitaker" not. Its labels and neighbours'
        words stay the tagged mentions' own, and a word the model reads as a nationality or
        group only ("Polaroids were") takes no cue from elsewhere. ``taken``: the tokens the
        candidates hold."""
        if not (self.signals.sports or self.signals.company):
            return  # the cues that matter (teams, companies) are those stories'
        keys = {
            key
            for key, ev in self.evidence.items()
            if not key.endswith(DATELINE_KEY) and ev.model_share("NATIONALITY") < 1.0
        }
        dateline = self.signals.dateline_tokens
        for i, j, _, key in find_again(self.view, taken, keys):
            if i not in dateline:
                self._cues(self.evidence[key], Candidate(i, j), key)

    def _cues(self, ev: Evidence, cand: Candidate, key: str) -> None:
        """Dateline, company, sports and acronym cues of one mention."""
        view, signals = self.view, self.signals
        start, end = cand.start, cand.end
        if key.endswith(DATELINE_KEY):
            ev.add_vote("LOCATION", DATELINE_VOTE)
            return
        places = self.gazetteer.lookup(self.written[key])
        ev.company = max(
            ev.company,
            company_cue(
                view,
                start,
                end,
                signals,
                market=market_place(places),
                place=bool(places),
            ),
            affiliation_cue(
                view, start, self.written[key], self.gazetteer, company=signals.company
            ),
        )
        if signals.sports:
            ev.sports = True
            row = signals.row_of(start)
            slot = (
                row_slot(view, row, start, end, self.gazetteer, competitors=signals.competitors)
                if row is not None
                else None
            )
            if slot == "team":
                ev.team_row = True
            elif slot == "person" or (row is None and _scorer(view.words, start)):
                ev.person_slot = True
            elif (
                # a row's cell says nothing of a name in a sentence that reads as a row ("On
                # Saturday [Auxerre] drew 1-1 at Lens"): its prose says it
                slot is None
                # "Victoria Azarenka beat ...": a given name and a surname name a player,
                # and the verbs a team takes after its name say nothing of a team
                and not _forename_first(view.words[start:end])
                and team_cue(view, start, end, place=_place_named(view, start, end, self.gazetteer))
            ):
                ev.team_prose = True
                ev.team_member = ev.team_member or member_cue(view, start, end)
        word = view.words[start]
        if (
            end - start == 1
            and len(word) > 1
            and word.isupper()
            and word.isalpha()
            and word.casefold() not in GIVEN_NAMES
        ):
            ev.acronym = True  # "LSEG", "NATO": written like no person's name; not "PETER"

    def decide(
        self,
        name_parts: set[str],
        org_parts: frozenset[str] = frozenset(),
        first: dict[str, str] | None = None,
    ) -> dict[str, str]:
        """One type per surface; None-typed surfaces are left out. Given ``first``, the
        types of a pass that knew no people, only the surfaces that the people's names
        (``name_parts``) and the organisations' first words (``org_parts``) bear on are
        weighed again."""
        out = {} if first is None else dict(first)
        org_context = self.signals.sports or self.signals.company
        memo = self.memo
        for key, ev in self.evidence.items():
            if key in self.common:
                continue
            surface = self.written[key]
            if first is not None and not _named(surface, name_parts, org_parts):
                continue
            lexicon = None
            if key not in memo and (key in self.canonical or known_organization(surface)):
                lexicon = "ORGANIZATION"
            etype = decide_type(
                surface,
                ev,
                self.gazetteer,
                self.context,
                name_parts,
                lexicon_type=lexicon,
                org_parts=org_parts,
                org_context=org_context,
                memo=memo,
                memo_key=key,
                alone=self.written_alone,
            )
            if etype is not None:
                out[key] = etype
            else:
                out.pop(key, None)
        return out


def _named(surface: str, name_parts: set[str], org_parts: frozenset[str]) -> bool:
    """Whether the article's people or organisations bear on the surface's type: it is a
    name part or an organisation's first word, or ends in a name part ("Mason Rudolph")."""
    key = surface.casefold()
    return key in name_parts or key in org_parts or key.rsplit(" ", 1)[-1] in name_parts


def _after_initial(view: TokenView, i: int) -> bool:
    """Token ``i`` follows a forename's initial: "G. Thorpe", "M. Atherton" (one capital
    and its full stop, a space between)."""
    if i == 0:
        return False
    initial = view.words[i - 1]
    return (
        len(initial) == 2
        and initial[0].isupper()
        and initial[1] == "."
        and view.starts[i] == view.ends[i - 1] + 1
    )


def sentence_initial(view: TokenView, i: int) -> bool:
    """Token ``i`` opens a sentence or a line, quotes and brackets aside."""
    words = view.words
    k = i - 1
    while k >= 0 and words[k] in OPENERS:
        k -= 1
    return k < 0 or words[k] in SENTENCE_END or words[k] == ":" or "\n" in words[k]


def common_words(
    view: TokenView, written: dict[str, str], evidence: dict[str, Evidence]
) -> set[str]:
    """Keys of one-word surfaces that are common words in capitals: the article writes them
    in lower case elsewhere ("hydrogen"), capitalises them only where a sentence starts
    ("Hydrogen is ..."), and nothing but the model's label says they are names."""
    out = set()
    for key, surface in written.items():
        ev = evidence[key]
        if " " in surface or surface.islower() or surface.isupper() or ev.votes or ev.company:
            continue
        if ev.team_row or ev.team_prose or ev.person_slot:
            continue
        if surface.lower() not in view.lower_words():
            continue
        if all(sentence_initial(view, i) for i in view.indices_of({surface})):
            out.add(key)
    return out


def _alone(view: TokenView) -> frozenset[str]:
    """The capitalised words the article writes on their own, neither in a longer name nor
    after "the", folded: "Azarenka" in "Azarenka will face" (a surname used alone)."""
    words = view.words
    out = set()
    for i, word in enumerate(words):
        if (
            capitalised(word)
            and (i == 0 or (not capitalised(words[i - 1]) and words[i - 1] not in THE))
            and (i + 1 == len(words) or not capitalised(words[i + 1]))
        ):
            out.add(word.casefold())
    return frozenset(out)


def _forename_first(words: list[str]) -> bool:
    """ "O.J. Simpson", "John Lewis": a person's name, even in "the O.J. Simpson trial"."""
    if len(words) < 2:
        return False
    first = words[0]
    initials = first.endswith(".") and len(first.replace(".", "")) <= 3 and first[:1].isupper()
    return initials or first.casefold() in GIVEN_NAMES


def name_parts(types: dict[str, str], clubs: frozenset[str] = frozenset()) -> set[str]:
    """First names, surnames and lone names of the article's people; not a lone name that
    is one of ``clubs`` (``club_short_forms``)."""
    parts: set[str] = set()
    for key, etype in types.items():
        words = [w for w in key.split() if w.strip(".") not in NAME_SUFFIXES]
        last = words[-1].split("(")[0] if words else ""
        surname = last in ROLE_SURNAMES and len(words) > 1 and words[0] in GIVEN_NAMES
        if last in ROLE_WORDS and not surname:  # "John Major": a given name and a surname
            continue  # "Virginia Governor(s)" is a title, and "Virginia" no one's name
        if etype == "PERSON" and len(words) > 1:
            first = {words[0]} if len(words[0].strip(".")) > 1 else set()  # not "m." of "M. Waugh"
            parts.update((first | {words[-1], " ".join(words[-2:])}) - {key})
        elif etype == "PERSON" and len(words) == 1 and key not in clubs:
            parts.add(key)  # "Rudolph" alone makes "Mason Rudolph" a person too
    return parts


def club_short_forms(types: dict[str, str]) -> frozenset[str]:
    """For a sports story: the last words of the article's organisations of two words or
    more that stand alone as people, as a club goes by them: "Forest" of "Nottingham
    Forest", "Leverkusen" of "Bayer Leverkusen" (the model reads such a word alone as a
    person's name)."""
    return frozenset(
        words[-1]
        for key, etype in types.items()
        if etype == "ORGANIZATION"
        and len(words := key.split()) > 1
        and words[-1].isalpha()
        and words[-1] not in ORG_HEADS
        and types.get(words[-1]) == "PERSON"
    )


def org_parts(types: dict[str, str]) -> frozenset[str]:
    """First words of the article's organisations that end in an organisation word."""
    return frozenset(
        words[0]
        for key, etype in types.items()
        if etype == "ORGANIZATION" and len(words := key.split()) > 1 and words[-1] in ORG_HEADS
    )
