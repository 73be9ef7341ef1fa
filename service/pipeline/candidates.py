"""The body chosen among candidates, never collapsed into one extractor's failure: for
HTML pages (``choose_body``) and for page text (``choose_text_block``).

Candidates (``html.HtmlPage``), each cleaned as its kind is cleaned:

1. **precise**: trafilatura in precision mode, then the post-cleaning (``post_clean``);
   for an agency's wire XML, its own body (``wire_xml``), the only candidate.
   Plausible, that is at least PLAUSIBLE_WORDS article words (``plausibility.py``: prose in
   the page's language, notices and teaser strips discounted), and at least PAGE_SHARE of
   the text of the page without its chrome, it is the body: one extraction for most pages.
   Under that share, precision mode may have kept an intro and lost the article (a short
   ``<article>`` above the story's own container): the others are asked, as trafilatura
   itself compares its fallbacks' results when its main extraction finds little.
2. Otherwise **fallback** joins: trafilatura's default settings (readability, jusText,
   baseline, recall escalation) on the full tree, post-cleaned.
3. **visible text**: the page's visible lines through the text path's main-block selection,
   the classifier that cleans scraped page text. A second opinion of another kind, asked
   only when trafilatura's two runs disagree, or agree on little (AGREED_WORDS): where they
   agree on a body (a table, a calendar, a list), that body is the page's, however little
   prose it holds, and a sidebar's prose must not replace it.
4. Still nothing plausible: **recall**, trafilatura favouring recall, post-cleaned.

The choice: candidates are taken in that order, each against the best so far. One replaces
the best when it holds clearly more article prose: at least RATIO times its article words
and MARGIN words more. So the precise candidate, the cleanest on news pages, stands unless
another finds an article it missed (a notice, a teaser strip or chrome instead of the
article). An empty best gives way to any candidate with lines. Filler repeated (one link
text or notice thousands of times: FILLER_WORDS) counts as empty.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Final

from service.events import Removed
from service.pipeline import lexicon
from service.pipeline.boilerplate import LineFeatures, join_wrapped, main_block, post_clean
from service.pipeline.headline import repeated_title
from service.pipeline.html import HtmlPage
from service.pipeline.inline_tags import without_inline_tags
from service.pipeline.language import Stoplist, article_language, page_language
from service.pipeline.plausibility import article_words
from service.pipeline.repair import repair, repair_lines

# Article words from which the precise candidate is the body without a look at the others:
# two paragraphs of a short brief, or one long paragraph (a lone one counts half).
PLAUSIBLE_WORDS: Final = 60.0
# The share of the page's text (``HtmlPage.page_chars``) from which a plausible precise
# candidate stands unexamined. On trafilatura's evaluation pages the snippet F1 is flat from
# 0.10 to 0.20 (bench/snippets.py); on the dev pages, none changes up to 0.20.
PAGE_SHARE: Final = 0.15
# How much more article prose another candidate needs to replace the best so far.
RATIO: Final = 1.5
MARGIN: Final = 30.0
# Words of the body on which trafilatura's two runs agree, from which they are trusted.
AGREED_WORDS: Final = 50
_WORD: Final = re.compile(r"\w+")
# Page text: a main block whose article words are under this share of its words is mostly
# teasers or notices, not an article.
ARTICLE_SHARE: Final = 0.5
# A candidate of at least FILLER_WORDS words, none of them article words, whose distinct
# words are at most FILLER_SHARE of its words is filler repeated, not a body: a link farm's
# "link" 40,000 times, in one line or one per line, an "Enable JS" notice per widget. It
# counts as empty (``_Reader``). A table's rows differ, and stay however little prose they
# hold: of the candidates without article words on 1,046 real pages (trafilatura's
# evaluation set, aeb-dev, aeb-multilingual), the most repetitive, a holiday flat's price
# calendar, holds 5.6% distinct words.
FILLER_WORDS: Final = 50
FILLER_SHARE: Final = 0.02
# Words the lines under the page's headline need to be the body instead.
MIN_UNDER_HEADLINE: Final = 40
# A page of at most this many lines and at least this many words is its own text, even when
# it reads as no prose (``_bare_text``).
BARE_LINES: Final = 2
BARE_WORDS: Final = 20


@dataclass(frozen=True, slots=True)
class Body:
    """The chosen body: its blocks, the removal log, its language and which candidate."""

    blocks: list[str]
    removed: list[Removed]
    language: str | None
    source: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    source: str
    blocks: list[str]
    removed: list[Removed]
    words: float


def _lines(text: str) -> list[str]:
    # An extractor's text holds tags when the page escaped its article's markup once more
    # ("&lt;p&gt;The council ..." in the HTML): the parser unescaped them into the text.
    return join_wrapped(repair_lines(without_inline_tags(text)))


@dataclass(frozen=True, slots=True)
class _Reader:
    """Cleans and scores candidates under the page's stoplist, each distinct line's features
    computed once for all of them."""

    stoplist: Stoplist
    seen: dict[str, LineFeatures]

    def extracted(self, source: str, lines: list[str]) -> _Candidate:
        blocks, removed = post_clean(lines, self.stoplist, self.seen)
        return _unless_filler(_Candidate(source, blocks, removed, self.words(blocks)))

    def selected(self, lines: list[str], linked: frozenset[str]) -> _Candidate:
        blocks, removed, _ = main_block(lines, self.stoplist, self.seen)
        words = self.words(blocks, linked)
        return _unless_filler(_Candidate("visible text", blocks, removed, words))

    def words(self, blocks: list[str], linked: frozenset[str] = frozenset()) -> float:
        return article_words(blocks, self.stoplist, self.seen, linked)


def _unless_filler(candidate: _Candidate) -> _Candidate:
    """The candidate, or an empty one if it is filler repeated (FILLER_WORDS)."""
    if candidate.words > 0:
        return candidate
    words = _WORD.findall(" ".join(candidate.blocks).casefold())
    if len(words) < FILLER_WORDS or len(set(words)) > FILLER_SHARE * len(words):
        return candidate
    return _Candidate(candidate.source, [], candidate.removed, 0.0)


def _better(candidate: _Candidate, best: _Candidate) -> bool:
    if not best.blocks:
        return bool(candidate.blocks)
    return candidate.words >= max(RATIO * best.words, best.words + MARGIN)


def agreed_words(a: list[str], b: list[str]) -> int:
    """About how many words two bodies share: their shared word trigrams, each counted as
    often as both have it (a shared sentence of n words shares n - 2)."""

    def trigrams(lines: list[str]) -> Counter[tuple[str, ...]]:
        words = _WORD.findall(" ".join(lines).casefold())
        return Counter(zip(words, words[1:], words[2:], strict=False))

    return sum((trigrams(a) & trigrams(b)).values())


def _body(best: _Candidate, language: str | None, sample: list[str], hint: str | None) -> Body:
    language = article_language(language, sample, best.blocks, hint)
    return Body(best.blocks, best.removed, language, best.source)


def _visible(page: HtmlPage) -> tuple[list[str], frozenset[str]]:
    """The page's visible lines, cleaned as page text is, and which of them are links."""
    text = page.visible_text()
    linked = frozenset(" ".join(repair(line).split()) for line in text.linked)
    return _lines("\n".join(text.lines)), linked


def choose_body(page: HtmlPage, hint: str | None) -> Body:
    """The body of an HTML page: the precise candidate, or a clearly better one."""
    lines = _lines(page.precise)
    language, sample, stoplist = page_language(lines, hint)
    read = _Reader(stoplist, {})
    best = precise = read.extracted("precise", lines)
    plausible = best.words >= PLAUSIBLE_WORDS
    if page.wire or (plausible and len(page.precise) >= PAGE_SHARE * page.page_chars):
        return _body(best, language, sample, hint)
    visible: tuple[list[str], frozenset[str]] | None = None
    if language is None:  # too little text to tell: the whole page tells
        visible = _visible(page)
        language, sample, stoplist = page_language(visible[0], hint)
        read = _Reader(stoplist, {})
        best = precise = read.extracted("precise", lines)
    fallback = read.extracted("fallback", _lines(page.fallback()))
    if _better(fallback, best):
        best = fallback
    if agreed_words(precise.blocks, fallback.blocks) < AGREED_WORDS:
        found = read.selected(*(visible or _visible(page)))
        if _better(found, best):
            best = found
    if best.words < PLAUSIBLE_WORDS:
        found = read.extracted("recall", _lines(page.recall()))
        if _better(found, best):
            best = found
    return _body(best, language, sample, hint)


def choose_text_block(lines: list[str], stoplist: Stoplist) -> tuple[list[str], list[Removed], int]:
    """Page text's body (``main_block``'s result: blocks, removal log, first line).

    The main block is the run of lines with the most prose. On a page whose article is a
    list or a table (a calendar, standings, a menu of meals), that run can be something
    else, and then the body is what sits under the page's headline (the page title repeated
    above the block), cleaned of furniture as a block is:

    - a sidebar's teaser strip or a notice: few article words for its size
      (``article_words``); the body runs from the headline down to the block;
    - the site's footer (legal notices read as prose): the block comes after a related-links
      head ("Related Articles") that ends what stands under the headline, and holds fewer
      words than that; the body runs from the headline down to the head.
    """
    read = _Reader(stoplist, {})
    blocks, removed, start = main_block(lines, stoplist, read.seen)
    if not blocks:
        return _bare_text(lines, removed, start)
    words = read.words(blocks)
    implausible = words < PLAUSIBLE_WORDS and words < ARTICLE_SHARE * _count(blocks)
    # Cheap checks first: most pages have a plausible block and no related head above it.
    end = start if implausible else _related_head(lines, 0, start)
    if end is None:
        return blocks, removed, start
    headline = repeated_title(lines, start)
    if headline is None or end <= headline:  # a head above the headline ends nothing of it
        return blocks, removed, start
    under, under_removed, _ = main_block(lines, stoplist, read.seen, span=range(headline + 1, end))
    needed = MIN_UNDER_HEADLINE if end == start else max(MIN_UNDER_HEADLINE, _count(blocks) + 1)
    if _count(under) < needed:
        return blocks, removed, start
    return under, under_removed, headline + 1


def _bare_text(
    lines: list[str], removed: list[Removed], start: int
) -> tuple[list[str], list[Removed], int]:
    """A page of a line or two that reads as no prose, none of them furniture, and of
    BARE_WORDS words or more, is the text itself: a story sent as one run of text ("SOCCER -
    GERMAN RESULTS . BONN 1996-09-14 Results of ... : Bayer Leverkusen 3 Hansa Rostock 1
    ..."), where there is no page around the article to remove."""
    text = [line for line in lines if line]
    if (
        not 0 < len(text) <= BARE_LINES
        or _count(text) < BARE_WORDS
        or any(lexicon.lexicon_category(line) is not None for line in text)
    ):
        return [], removed, start
    return text, [], lines.index(text[0])


def _related_head(lines: list[str], lo: int, hi: int) -> int | None:
    """The last related-links head ("Related Articles", "Leia também") in ``lines[lo:hi]``."""
    for i in range(hi - 1, lo - 1, -1):
        if lexicon.is_related_head(lines[i]):
            return i
    return None


def _count(blocks: list[str]) -> int:
    return sum(len(_WORD.findall(block)) for block in blocks)
