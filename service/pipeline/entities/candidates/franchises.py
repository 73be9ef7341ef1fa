"""Franchises and clubs: a city and its team's plural nickname, or a club's word and its
city, in a sports story.

"the New York Knicks beat the Houston Rockets 106-98": the model read "the New York Knicks"
and, from "the Houston Rockets", only "Houston", a place. A place the model found, then a
capitalised plural word right after it ("Rockets", "Bruins", "Cowboys") is a team's name
as a whole, with an organisation's vote, unless the name goes on ("Cleveland Browns
Stadium"). So is a place and a club's last word right after it ("Newcastle United were held",
of which the model read "Newcastle"; not "Oklahoma City", a place itself). Only in sports
stories. An event's plural ("Atlanta Olympics") is typed as the
event it is (``entity_types.EVENT_HEADS``); a country's side is the country ("France");
and a verb after a place in a headline in capitals is no nickname ("FRANCE WINS").

"Olympique Marseille coach Gerard Gili": the model read nothing of the club, and the
gazetteer "Marseille". A place found by either, with a club's word right before it
("Olympique", "Sporting", "Dynamo", "Borussia": ``heads.CLUB_WORDS``), or with its initials
("PSV Eindhoven", "CSKA Moscow": two to five capitals, the city not in capitals), is the
club's name as a whole ("Sporting Lisbon", "Dynamo Kiev"), with an organisation's vote.

"for the Packers": "the" and a nickname, in a sports story, is the team, which the model
reads as nothing or a product (``nickname_candidates``).
"""

from __future__ import annotations

import re
from typing import Final

from service.pipeline.entities.candidates import PRIORITY_LEXICON, Candidate, capitalised
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.cues import TEAM_BEFORE, TEAM_VERBS
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.heads import CLUB_TAILS, CLUB_WORDS, EVENT_HEADS
from service.pipeline.entities.titles import TITLE_TRIGGERS
from service.pipeline.entities.tokens import TokenView

FRANCHISE_VOTE: Final = 3.0  # as a team's cue in a sports story (``entity_types.TEAM_VOTE``)
# "Jets", "Rockets", "49ers", "76ers"
_NICKNAME: Final = re.compile(r"(?:[A-Z][a-z]{2,}|\d{2}[a-z]{2,})s")
# A club's initials: "PSV", "AZ", "CSKA", "PAOK"
_INITIALS: Final = re.compile(r"[A-Z]{2,5}")
_SPEECH_VERBS = frozenset({"says", "adds", "warns", "claims", "admits", "insists"})
# A team's state after its name: "the Broncos stayed unbeaten", "the Packers improved to 7-1".
_STATE_VERBS = frozenset({"stayed", "remain", "remained", "improved", "moved", "climbed", "fell"})


def _nickname(word: str) -> bool:
    """ "Rockets", "Bruins", "49ers": one capitalised word (or a number and a word) ending
    in "s"; not a verb of a headline in capitals ("FRANCE WINS", "HOUSTON BEATS")."""
    return (
        _NICKNAME.fullmatch(word) is not None
        and word.casefold() not in TEAM_VERBS
        and word.casefold() not in _SPEECH_VERBS
    )


def franchise_candidates(
    view: TokenView, model: list[Candidate], gazetteer: Gazetteer, signals: ArticleContext
) -> list[Candidate]:
    """A place the model found and the plural nickname right after it, or a club's last
    word ("Newcastle United"), as one name."""
    if not signals.sports:
        return []
    words = view.words
    out: list[Candidate] = []
    for cand in model:
        end = cand.end
        if (
            cand.label == "LOCATION"
            and end < len(words)
            and gazetteer.country_place(view.surface(cand.start, end)) is None  # a nation's side
            and view.starts[end] == view.ends[end - 1] + 1
            and (
                (_nickname(words[end]) and not gazetteer.lookup(words[end]))
                # "Newcastle United", "Luton Town", not "Oklahoma City" (a place itself)
                or (
                    capitalised(words[end])
                    and words[end].casefold() in CLUB_TAILS
                    and not gazetteer.lookup(view.surface(cand.start, end + 1))
                )
            )
            and not (end + 1 < len(words) and capitalised(words[end + 1]))  # "... Stadium"
        ):
            out.append(
                Candidate(
                    cand.start, end + 1, None, {"ORGANIZATION": FRANCHISE_VOTE}, PRIORITY_LEXICON
                )
            )
    return out


def nickname_candidates(
    view: TokenView, gazetteer: Gazetteer, signals: ArticleContext
) -> list[Candidate]:
    """ "for the Packers", "as the Broncos stayed unbeaten": in a sports story, "the" and a
    team's plural nickname (``_nickname``), no known place ("the Netherlands"), people
    ("the Americans") or event ("the Olympics"), with an organisation's vote; the model
    read nothing, or a product. A longer name wins as ever ("the Green Bay Packers")."""
    if not signals.sports:
        return []
    words = view.words
    out: list[Candidate] = []
    mostly_the: dict[str, bool] = {}  # per word: written with "the" at least half the time
    for i in view.capitalised():
        if (
            i == 0
            or words[i - 1] not in ("the", "The")
            or not _nickname(words[i])
            or words[i].isupper()
            or (i + 1 < len(words) and capitalised(words[i + 1]))
            or words[i].casefold() in EVENT_HEADS
            or gazetteer.lookup(words[i])
            or gazetteer.demonym_country(words[i]) is not None
        ):
            continue
        if not _team_cue(words, i) or words[i].casefold() in TITLE_TRIGGERS:
            continue  # "the Geofences", "the Princess"
        if words[i].lower() in view.lower_words():
            continue  # a common noun: "the Visitors" where the article writes "visitors"
        if words[i] not in mostly_the:
            uses = view.indices_of({words[i]})
            the = sum(1 for k in uses if k > 0 and words[k - 1] in ("the", "The"))
            mostly_the[words[i]] = 2 * the >= len(uses)
        if not mostly_the[words[i]]:
            continue  # a plural noun, mostly without "the": "100 Polaroids", "of Polaroids"
        out.append(Candidate(i, i + 1, None, {"ORGANIZATION": FRANCHISE_VOTE}, PRIORITY_LEXICON))
    return out


# Words before "the" and a team: "for the Packers", "lost to the Bears", "signed with the
# Bears", "against the Jets" (and ``cues.TEAM_BEFORE``).
_BEFORE_THE: Final = TEAM_BEFORE | {"for", "to", "with", "from"}


def _team_cue(words: list[str], i: int) -> bool:
    """Whether the name at ``i``, after "the", reads as a team's: a team's verb after it
    ("the Broncos stayed", "the Flyers beat") or a team's word before "the"."""
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    before = words[i - 2].casefold() if i > 1 else ""
    return after in TEAM_VERBS or after in _STATE_VERBS or before in _BEFORE_THE


def _initials_and_city(view: TokenView, gazetteer: Gazetteer) -> list[Candidate]:
    """A club's initials and its city, one or two words, by the city's own name: "PSV
    Eindhoven", "CSKA Moscow"; not a line in capitals ("BEAT BARCELONA"), a country's
    letters ("USA Atlanta") or a town's alternate name ("PPL Center": Ózd's)."""
    words = view.words
    out: list[Candidate] = []
    for i in view.capitalised():
        if _INITIALS.fullmatch(words[i]) is None or gazetteer.lookup(words[i]):
            continue
        stop = view.ngram_end(i)
        for size in (2, 1):
            end = i + 1 + size
            city = words[i + 1 : end]
            if end > stop or not all(capitalised(w) and not w.isupper() for w in city):
                continue
            if gazetteer.major_city(" ".join(city)):
                out.append(
                    Candidate(i, end, None, {"ORGANIZATION": FRANCHISE_VOTE}, PRIORITY_LEXICON)
                )
                break
    return out


def club_candidates(
    view: TokenView, places: list[Candidate], gazetteer: Gazetteer, signals: ArticleContext
) -> list[Candidate]:
    """A club's word or initials and the place right after it, as one name: "Olympique
    Marseille", "PSV Eindhoven"."""
    if not signals.sports:
        return []
    words = view.words
    out: list[Candidate] = []
    for cand in places:
        start = cand.start
        if (
            start > 0
            and capitalised(words[start - 1])
            and words[start - 1].casefold() in CLUB_WORDS
            and (cand.label == "LOCATION" or gazetteer.lookup(view.surface(start, cand.end)))
        ):
            vote = {"ORGANIZATION": FRANCHISE_VOTE}
            out.append(Candidate(start - 1, cand.end, None, vote, PRIORITY_LEXICON))
    return out + _initials_and_city(view, gazetteer)
