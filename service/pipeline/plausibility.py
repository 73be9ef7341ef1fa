"""How much article prose a candidate body holds: the score the HTML path chooses by.

A candidate is a list of cleaned lines. Its score is its **article words**:

1. **Prose lines** count their words. A line is prose by the text path's own line score
   (``boilerplate.prose_score``): long enough, dense in the stopwords of the page's language,
   ending a sentence, not Title Case. Lines that are not prose (subheads, table rows, list
   items, captions) count nothing, and cost nothing: tables and lists are body too.
2. **Teaser strip**: a prose line alone between lines that are not prose, right after a
   headline-like line (three words or more, no full stop), is a teaser's lede ("» Preview:
   GP do Brasil 2019" / "Clique e saiba os horários da TV..."). Two or more of them, holding
   at least as many words as the candidate's runs of paragraphs, are a strip of teasers, not
   an article: they count nothing. A lone paragraph that is no teaser (a news brief, a quote
   above its author's name) counts in full.
3. **Notices**: a line the lexicon files as a call to action, paywall metadata or a footer
   (a cookie, paywall or reprint notice, "All rights reserved") counts its words against the
   candidate: a notice must never outscore the article it stands in for.

4. **Link density**: a line mostly inside links (``visible.py`` measures it on the page's
   visible text) is never prose: a teaser's linked lede reads like a sentence. trafilatura
   drops link-dense blocks from its own candidates before we see them.

Length against the page is the comparison between candidates (``candidates.py``).
"""

from __future__ import annotations

from typing import Final

from service.events import RemovalCategory
from service.pipeline.boilerplate import GOOD_SCORE, LineFeatures, line_features, prose_score
from service.pipeline.language import Stoplist

# Lexicon categories that mark a notice standing in for an article.
NOTICE_CATEGORIES: Final[frozenset[RemovalCategory]] = frozenset(
    {"call_to_action", "paywall_metadata", "footer"}
)
# Teaser ledes that make a strip.
MIN_TEASERS: Final = 2
# A teaser's headline has words enough to tell a story ("Bridge repairs to start in May");
# a name under a quote ("– Ana S.") or a one-word label does not.
TEASER_HEAD_WORDS: Final = 3


def _is_prose(feat: LineFeatures) -> bool:
    return feat.category is None and prose_score(feat) >= GOOD_SCORE


def article_words(
    lines: list[str],
    stoplist: Stoplist,
    seen: dict[str, LineFeatures] | None = None,
    linked: frozenset[str] = frozenset(),
) -> float:
    """The candidate's article words (see the module docstring); ``seen``: features already
    computed for these lines (``boilerplate.line_features``); ``linked``: lines that are
    mostly link text, which are never prose."""
    pairs = [
        (line, f)
        for line, f in zip(lines, line_features(lines, stoplist, seen), strict=True)
        if f is not None
    ]
    feats = [f for _, f in pairs]
    prose = [_is_prose(f) and line not in linked for line, f in pairs]
    in_runs = lone = ledes = notices = 0.0
    teasers = 0
    for i, feat in enumerate(feats):
        if feat.category in NOTICE_CATEGORIES:
            notices += feat.words
        elif not prose[i]:
            continue
        elif (i > 0 and prose[i - 1]) or (i + 1 < len(prose) and prose[i + 1]):
            in_runs += feat.words
        elif i > 0 and feats[i - 1].words >= TEASER_HEAD_WORDS and not feats[i - 1].sentence_end:
            ledes += feat.words  # alone, after a headline-like line: a teaser's lede?
            teasers += 1
        else:
            lone += feat.words
    if teasers >= MIN_TEASERS and ledes >= in_runs:
        ledes = 0.0  # a teaser strip
    return in_runs + lone + ledes - notices
