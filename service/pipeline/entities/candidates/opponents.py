"""Opponents the model missed: the team named right after a result's cue.

"Barcelona stayed top with a 3-1 home win over Real Betis": the model read "Barcelona" and
nothing of "Real Betis". In a sports story, a run of capitalised words right after a team's
cue ("beat", "against", "drew with", "win over": ``cues.TEAM_BEFORE`` and
``cues.TEAM_BEFORE_PAIRS``; "at" right after a score, the home side: "drawing 0-0 at
Twente") that no span of the model touches is a candidate. It gets no
vote of its own: its type is decided as any name's, and the cue before it is a team's
evidence (``evidence.team_cue``).

"over" counts only after a result's noun ("win over", "victory over"): alone it is a
preposition of anything ("over WiFi", "over Christmas"). Left alone: a run that opens with
a given name ("beat Thomas Enqvist": a player the model missed) or a stop word ("against
The Netherlands"), a run in a headline where capitals say nothing, a run of capitals ("BEAT
VALENCIA"), a run that goes on ("joined Triple-A Indianapolis"), and a competition
("Premier League", "Davis Cup").
"""

from __future__ import annotations

from typing import Final

from service.pipeline.entities.calendar import CALENDAR_WORDS
from service.pipeline.entities.candidates import PRIORITY_MODEL, Candidate, covered
from service.pipeline.entities.context import ArticleContext
from service.pipeline.entities.cues import TEAM_BEFORE, TEAM_BEFORE_PAIRS
from service.pipeline.entities.evidence import score_before
from service.pipeline.entities.given_names import given_name
from service.pipeline.entities.heads import EVENT_HEADS
from service.pipeline.entities.tokens import TokenView

MAX_WORDS: Final = 3  # "Real Betis", "Sporting Gijon", "Rayo Vallecano", "Hapoel Beer Sheva"
# Last words of a competition, not a team: "Premier League", "First Division", "Davis Cup".
COMPETITION_HEADS: Final = EVENT_HEADS | {"league", "division", "conference"}


# "over" alone is a preposition of anything ("over WiFi", "over Easter"); "win over" is a
# result's.
LONE_CUES: Final = TEAM_BEFORE - {"over"}


def _cue_before(words: list[str], start: int) -> bool:
    prev = words[start - 1].casefold()
    pair = (words[start - 2].casefold(), prev) if start > 1 else ("", prev)
    # "drawing 0-0 at [Twente]": "at" right after a score, the home side
    home = prev == "at" and score_before(words, start - 1)
    return prev in LONE_CUES or pair in TEAM_BEFORE_PAIRS or home


def _team_word(word: str) -> bool:
    return (
        word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and word.casefold() not in CALENDAR_WORDS
    )


def opponent_candidates(
    view: TokenView, found: list[Candidate], signals: ArticleContext, *, skip: int
) -> list[Candidate]:
    """Runs of capitalised words after a team's cue that none of ``found`` (the model's
    and the lexicon's spans) touches (module docstring). ``skip``: the headline's tokens
    when its capitals say nothing."""
    if not signals.sports:
        return []
    words = view.words
    taken = covered(found, len(words))
    out: list[Candidate] = []
    for start in view.capitalised():
        if start == 0 or start < skip or taken[start] or not _cue_before(words, start):
            continue
        end, stop = start, min(view.ngram_end(start), start + MAX_WORDS)
        while end < stop and _team_word(words[end]) and not taken[end]:
            if end > start and view.starts[end] != view.ends[end - 1] + 1:
                break  # one space between the words of a name
            end += 1
        if end == start or given_name(words[start]) or view.stops[start]:
            continue  # a player ("beat Thomas Enqvist"), or "against The Netherlands"
        if words[end - 1].casefold() in COMPETITION_HEADS:
            continue
        if end < len(words) and (
            words[end][:1].isupper() or view.starts[end] == view.ends[end - 1]
        ):
            continue  # the name goes on: "Hapoel Beer Sheva Stadium", "Triple-A Indianapolis"
        out.append(Candidate(start, end, None, {}, PRIORITY_MODEL))
    return out
