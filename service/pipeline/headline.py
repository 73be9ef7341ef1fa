"""Headlines: pick the article's title and recognise it among the page's lines.

Order of trust: the envelope's ``title`` (the scraper saw the page), the HTML metadata title,
then a line of the page. A page ``<title>`` often carries the site name ("Headline | ZDNet",
"Headline - CBSSports.com"); ``strip_site_suffix`` removes it.
"""

from __future__ import annotations

import re
from typing import Final

from service.pipeline.credits import looks_like_byline
from service.pipeline.dateline import looks_like_dateline

_WORD: Final = re.compile(r"\w+")
# " | ZDNet", " - CBSSports.com", " – BBC News", " :: Site". Only the LAST separator counts and
# the suffix must be short, so "Mali says it can seek help - report" keeps its "- report".
_SITE_SUFFIX: Final = re.compile(r"\s(?:\||-|–|—|::|·)\s(?P<site>[^|–—·]{2,40})$")
_SITE_HINTS: Final = re.compile(
    r"\.(?:com|org|net|co\.uk|de|fr)\b|news|times|post|daily|\bbbc\b", re.I
)
MAX_HEADLINE_WORDS: Final = 30
# Words a repeated headline may have that the headline has not, or the other way round: a
# site name ("| The Washington Post", "- CBSSports.com"), a word edited.
MAX_EXTRA_WORDS: Final = 5
# A sentence's end, and the closing marks that may follow it.
_FULL_STOPS: Final = (".", "!", "?")
_CLOSERS: Final = " \"'\u201d\u2019)"
# How closely a line must repeat the page's title to be its headline (``repeated_title``).
TITLE_SIMILARITY: Final = 0.8
# A page title carries at most this many site parts ("| Autoracing | F1 | Indy | MotoGP").
MAX_SITE_PARTS: Final = 6
MAX_TITLE_CHARS: Final = 300
# How many lines above the body a dateline on a line of its own may sit (under it: a
# standfirst, a byline).
DATELINE_REACH: Final = 3
# A headline in capitals may end with a full stop; this share of its letters are capitals.
CAPITALS_SHARE: Final = 0.9


# A wire service's status slug before its headline, one or more: "UPDATE 2-", "RPT-",
# "REFILE-", "CORRECTED-", "WRAPUP 1-", "UPDATE 1-RPT-". Not a topic ("GLOBAL MARKETS-",
# "SOCCER-"), which is the headline's own first words.
_WIRE_SLUG: Final = re.compile(
    r"(?:(?:UPDATE|RPT|REPEAT|REFILE|CORRECTED|CORRECTION|WRAPUP|RECAST)(?: \d{1,2})?-)+(?=\S)"
)


def strip_wire_slug(title: str) -> str:
    """'UPDATE 2-Council approves budget' -> 'Council approves budget'."""
    match = _WIRE_SLUG.match(title)
    return title[match.end() :] if match else title


def strip_site_suffix(title: str) -> str:
    """'Best tech gadgets of 2019 | ZDNet' -> 'Best tech gadgets of 2019'."""
    match = _SITE_SUFFIX.search(title[-60:])
    if not match or match["site"].rstrip().endswith(".") or in_capitals(title):
        return title.strip()  # "BASEBALL - RESULTS .": a topic and its headline, no site
    site = match["site"]
    separator_is_pipe = "|" in title[-60:][match.start() : match.start() + 3]
    if (
        separator_is_pipe
        or _SITE_HINTS.search(site)
        or (site[:1].isupper() and len(site.split()) <= 3)
    ):
        return title[: len(title) - len(match.group(0))].strip()
    return title.strip()


def tokens(text: str) -> set[str]:
    return {t.casefold() for t in _WORD.findall(text[:400])}


def similarity(a: str, b: str) -> float:
    """Token-set overlap of two lines, 0..1 (relative to the smaller set)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def same_headline(line: str, headline: str) -> bool:
    """Whether a page line is the headline again (exactly or with a site suffix).

    The longer of the two may hold a few words more (a site name: "| The Washington
    Post"), or more when the line still reads as a headline (a longer variant of it); a
    sentence that holds every word of the headline is the lede: "LONDON, Feb 22 (Reuters) -
    Results and scorers from Saturday's English Premier League matches:" is the first
    paragraph under "English Premier League results and scorers", and a sentence with words
    the headline has not is too: "India beat Sri Lanka by nine wickets ." under "INDIA BEAT
    SRI LANKA .".
    """
    if abs(len(line) - len(headline)) > 60:
        return False
    if line.endswith(":") and not headline.endswith(":"):
        return False  # "Results of German first division soccer matches on Saturday :"
    ta, tb = tokens(line), tokens(headline)
    if not ta or not tb:
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(ta & tb) < 0.9 * len(small):
        return False
    if len(ta - tb) and line.rstrip(_CLOSERS).endswith(_FULL_STOPS) and not headline_like(line):
        return False  # the lede, a sentence: "India beat Sri Lanka by nine wickets ."
    return len(large - small) <= MAX_EXTRA_WORDS or headline_like(line)


def headline_like(line: str) -> bool:
    """A line that could be a headline: a few words, no full stop at the end (but for a
    line in capitals: "SOCCER - JAPAN GET LUCKY WIN ."), and no dateline ("ROME
    1996-10-20")."""
    words = len(_WORD.findall(line[:400]))
    end = line.rstrip("\"'”’ ")
    if not 3 <= words <= MAX_HEADLINE_WORDS or end.endswith((":", ";")):
        return False
    if end.endswith(".") and not in_capitals(line):
        return False
    return not looks_like_dateline(line)


def in_capitals(line: str) -> bool:
    """Whether a line is written in capitals: nine letters in ten, at least, of its first
    400 characters ("NBA'S BEST START SINCE 1996 ." is)."""
    letters = [c for c in line[:400] if c.isalpha()]
    return bool(letters) and sum(map(str.isupper, letters)) >= CAPITALS_SHARE * len(letters)


def find_page_headline(lines: list[str], body_start: int) -> tuple[int, str] | None:
    """Index and text of the headline among the lines before the body.

    The page's first line is usually its ``<title>``; the headline is the line before the
    body that best matches it, else the last headline-like line over a byline ("By Jill
    Disis, CNN Business"), else the nearest headline-like line above the body.
    """
    non_blank = [i for i in range(min(body_start, len(lines))) if lines[i]]
    if not non_blank:
        return None
    above = _above_dateline(lines, non_blank)
    if above is not None:
        return above, lines[above]
    page_title = strip_site_suffix(lines[non_blank[0]])
    candidates = [
        i for i in non_blank[-60:] if headline_like(lines[i]) and not looks_like_byline(lines[i])
    ]
    best: tuple[float, int] | None = None
    for i in candidates:
        score = similarity(lines[i], page_title)
        if score >= 0.6 and (best is None or score >= best[0]):
            best = (score, i)
    if best is not None:
        i = best[1]
        return i, strip_site_suffix(lines[i])
    found = _over_byline(lines, candidates, body_start)
    if found is None:
        found = _near(candidates, body_start)  # index 0 is a line: no ``or``
    if found is not None:
        return found, lines[found]
    first = lines[non_blank[0]]
    alone = not any(not looks_like_byline(lines[i]) for i in non_blank[1:])
    if headline_like(first) or (alone and len(_WORD.findall(first[:400])) >= 2):
        # The only line above the body is the page's title, however short ("NBA Glance"),
        # a byline under it or not.
        return non_blank[0], page_title
    return None


def _over_byline(lines: list[str], candidates: list[int], body_start: int) -> int | None:
    """The last candidate whose next line that is not blank, above the body, is a byline."""
    for i in reversed(candidates):
        after = next((j for j in range(i + 1, min(body_start, len(lines))) if lines[j]), None)
        if after is not None and looks_like_byline(lines[after]):
            return i
    return None


def _near(candidates: list[int], body_start: int) -> int | None:
    """The last candidate among the six lines above the body."""
    near = [i for i in candidates if i >= body_start - 6]
    return near[-1] if near else None


def _above_dateline(lines: list[str], non_blank: list[int]) -> int | None:
    """Wire copy that prints its dateline on a line of its own prints its headline above
    it, full stop or not ("EU rejects German call to boycott British lamb ." over "BRUSSELS
    1996-08-22"), sometimes with a byline between them: the nearest line of three words or
    more above a dateline line among the last lines before the body, if one is there."""
    near = non_blank[-DATELINE_REACH:]
    dated = [k for k, i in enumerate(near) if looks_like_dateline(lines[i])]
    if not dated:
        return None
    before = non_blank[: len(non_blank) - len(near) + dated[-1]]
    for i in reversed(before[-2:]):
        line = lines[i]
        if 3 <= len(_WORD.findall(line[:400])) <= MAX_HEADLINE_WORDS and not line.endswith(":"):
            return i
    return None


def repeated_title(lines: list[str], before: int) -> int | None:
    """The last line above ``before`` that repeats the page's first line, its title without
    the site's name ("Classificação NASCAR | Autoracing | F1" -> "Classificação NASCAR"),
    word for word (TITLE_SIMILARITY of the words of both).

    ``find_page_headline`` looks near a body already found for the line most like the
    title; this finds the headline itself when the body is still to be found under it
    (``candidates.choose_text_block``), so it asks for the title repeated, and looks as far
    up as it must.
    """
    first = next((i for i in range(before) if lines[i]), None)
    if first is None:
        return None
    title = lines[first]
    for _ in range(MAX_SITE_PARTS):
        shorter = strip_site_suffix(title)
        if shorter == title:
            break
        title = shorter
    words = tokens(title)
    for i in range(before - 1, first, -1):
        line = lines[i]
        if not line or line.rstrip().endswith(".") or len(line) > MAX_TITLE_CHARS:
            continue
        found = tokens(line)
        if words and len(found & words) >= TITLE_SIMILARITY * max(len(found), len(words)):
            return i
    return None
