"""Text-path boilerplate removal: keep the article's main block of lines, log the rest.

How a scraped page's lines are sorted (all linear in the number of lines):

1. **Features per line** (``LineFeatures``): length in words (CJK characters count as half a
   word each, since those scripts do not separate words), stopword density in the page's
   language (``language.stoplist``: jusText's list for about 100 languages, else a small
   multi-language list of function words), sentence-final punctuation, title-case ratio, and
   the lexicon category (``lexicon.py``) when the line is short enough to be furniture.
2. **Prose score** 0..1 from those features, and a **gain** per line: long prose earns in
   proportion to its length, furniture costs a fixed amount, blank lines are free.
3. **Comment cut**: a comment-section head ("34 Comments", "Leave a Reply") that follows a
   real amount of prose ends the article; comments read like prose, so no score could.
4. **Main block**: the maximum-gain run of lines (Kadane). Short lines between paragraphs
   (subheads, a one-line aside) cost less than their neighbours earn, so they stay; a run
   of ten related headlines costs more than the article beyond it earns, so it goes. Then
   it grows over the results blocks that touch it (``results.py``: results lines, standings
   rows and their heads, a sports story's content); a page without prose whose results sit
   under a sports headline or dateline is that block.
5. **Inside the block**: lexicon furniture ("Advertisement", "Share", "READ MORE: ...") and
   runs of headline-like lines are removed, and so are the teaser headlines and the excerpts
   cut short with an ellipsis under a related-links head ("You may also like..."); caption,
   byline and credit lines, and datelines on a line of their own, that sit just outside the
   block are pulled back in for the parse stage.

Every line outside the result is logged with a ``RemovalCategory``.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final, NamedTuple

from pydantic import TypeAdapter

from service.events import RemovalCategory, Removed
from service.pipeline import lexicon
from service.pipeline.captions import looks_like_caption
from service.pipeline.credits import looks_like_byline, looks_like_credit_line
from service.pipeline.dateline import looks_like_dateline
from service.pipeline.language import FUNCTION_WORDS, Stoplist
from service.pipeline.repeats import drop_repeats
from service.pipeline.results import (
    MIN_ROWS,
    Block,
    is_detail,
    is_listed,
    is_row,
    results_blocks,
    side_line,
    side_lineup,
    sports_heading,
    term_runs,
)

_WORD: Final = re.compile(r"\w+")
# A figure: "1,905.50", "12", "4:01.12", "58-22".
_FIGURE: Final = re.compile(r"(?<![\w.,])\d[\d,.:/-]*")
# CJK ideographs, kana and Hangul: scripts written without spaces between words.
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Sentence-final punctuation, also after a closing quote or bracket: 'crisis."' or 'Paris.)',
# and in tokenized text, where a space stands before the closer: 'outplayed . "'.
_SENTENCE_END: Final = (".", "?", "!", "…", "。", "！", "？", ":", ";")
_ASKS: Final = ("?", "!", "？", "！")
# Fewest words starting with a capital (of those starting with a letter) in a teaser that
# asks: "Is Using the Snooze Button Bad for You?" has seven of nine.
TEASER_MIN_TITLE_RATIO: Final = 0.7
_TRAILING_CLOSERS: Final = "\"'”’»)]* "

# A line with at least this many words and this prose score is article prose.
GOOD_SCORE: Final = 0.6
# Fixed cost of a line that is not prose; furniture from the lexicon costs more.
SHORT_COST: Final = 0.45
# Furniture that sits INSIDE articles (photo credits, share and ad labels) costs little, so
# the article is not split at a gallery; furniture that surrounds articles costs more.
FURNITURE_COST: Final[dict[RemovalCategory, float]] = {
    "caption": 0.15,
    "call_to_action": 0.5,
    "comments": 0.6,
    "credit": 0.3,
    "related_headlines": 0.6,
    "navigation": 1.2,
    "footer": 1.0,
    "paywall_metadata": 1.0,
    "other": 0.6,
}
# Prose before a comment head needed before we believe the head ends an article.
MIN_ARTICLE_WORDS_BEFORE_COMMENTS: Final = 40
# Lines longer than this are scored on their first part only; features stay linear.
SCORE_PREFIX_CHARS: Final = 2000
# How far outside the block a caption, byline or credit line may sit and still be pulled in.
REATTACH_DISTANCE: Final = 3
# A line must have at least this many spaces (words - 1) to be taken for wrapped prose.
WRAPPED_MIN_SPACES: Final = 5
# What a prose line without prose neighbours keeps of its gain (see _isolated_prose).
ISOLATED_PROSE_FACTOR: Final = 0.5
# A table's line (see _table_line): this many words at most, and this many figures at least.
MAX_TABLE_WORDS: Final = 12
MIN_TABLE_FIGURES: Final = 2
# Most lines read back over a table with its heads to the dateline (``_headed_table_above``).
MAX_HEADED_TABLE: Final = 60
# The text's last lines, CLOSING_LINES at most, join the main block right above them as
# short closing sentences (see _with_closing_line), each with at least this many words and
# this prose score.
CLOSING_LINES: Final = 2
CLOSING_MIN_WORDS: Final = 6
CLOSING_MIN_SCORE: Final = 0.5
# Fewest words of a plain sentence (see _plain_sentence): "They discussed Northern Ireland ."
SENTENCE_MIN_WORDS: Final = 3
# What a listed line earns (see _list_items).
LIST_ITEM_GAIN: Final = 0.05
# Fewest words starting with a capital (of those starting with a letter) in a results row.
ROW_MIN_TITLE_RATIO: Final = 0.3
# What an apostrophe leaves of a word ("Women's", "don't", "do n't", "they're"): no word of
# its own, so no lower-case word in the title-case ratio ("Women 's 100 metres hurdles").
_CLITICS: Final = frozenset({"s", "t", "n", "re", "ll", "ve", "d", "m"})
# A page's removal log, validated in one call (a model built line by line costs twice as much).
_REMOVED: Final = TypeAdapter(list[Removed])


class LineFeatures(NamedTuple):
    """What the cleaner reads of one line (a named tuple: made for every line of a page, in
    a quarter of a frozen dataclass's time)."""

    words: float
    stop_density: float
    sentence_end: bool
    title_ratio: float
    category: RemovalCategory | None


def features(line: str, stoplist: Stoplist = FUNCTION_WORDS) -> LineFeatures:
    """The features of one non-blank line (bounded work: only a prefix is tokenised).

    The stopword density is scaled to the stoplist: 1.0 is a line of full prose.
    """
    text = line[:SCORE_PREFIX_CHARS]
    tokens = _WORD.findall(text)
    cjk = 0 if text.isascii() else len(_CJK.findall(text))
    if cjk > len(text) // 3:
        # No spaces between words: count characters, and read the script's own
        # punctuation and particles as the "function words".
        words = cjk / 2 + len(tokens)
        stop = 1.0 if any(p in text for p in "、，。の은는이가") else 0.0
    else:
        words = float(len(tokens))
        hits = 0
        for token in tokens:  # plain loops: mypyc compiles them to C (setup.py), not map or sum
            if token.casefold() in stoplist.words:
                hits += 1
        stop = min(hits / len(tokens) / stoplist.prose_share, 1.0) if tokens else 0.0
    # Title-case ratio: words starting with a capital among words starting with a letter.
    initials = capitals = 0
    for token in tokens:
        if token[0].isalpha() and token not in _CLITICS:
            initials += 1
            capitals += token[0].isupper()
    title = capitals / initials if initials else 0.0
    ends = line.rstrip(_TRAILING_CLOSERS).endswith(_SENTENCE_END)
    category = lexicon.lexicon_category(line) if words <= 40 else None
    return LineFeatures(words, stop, ends, title, category)


def prose_score(feat: LineFeatures) -> float:
    """0..1: how much a line reads like article prose."""
    if feat.words < 4:
        return 0.0
    score = 0.4 * min(feat.words / 25, 1.0) + 0.3 * feat.stop_density + 0.3 * feat.sentence_end
    if feat.title_ratio > 0.7 and feat.words >= 4 and not feat.sentence_end:
        score -= 0.2  # Title Case Without A Full Stop: a headline or a menu label
    return max(0.0, min(1.0, score))


def _gain(feat: LineFeatures) -> float:
    if feat.category is not None:
        return -FURNITURE_COST[feat.category]
    score = prose_score(feat)
    if score >= GOOD_SCORE:
        return score * min(feat.words, 80) / 20
    return -SHORT_COST * (1.0 - score)


def _best_run(gains: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-gain run of lines in [lo, hi) (Kadane); (start, end, gain)."""
    best, best_range, start, run = 0.0, (lo, lo), lo, 0.0
    for i in range(lo, hi):
        if run + gains[i] <= 0:
            start, run = i + 1, 0.0
            continue
        run += gains[i]
        if run > best:
            best, best_range = run, (start, i + 1)
    return best_range[0], best_range[1], best


def _comment_cut(lines: list[str], feats: list[LineFeatures | None]) -> int:
    """Index of the line that opens the comment section after the article, else len(lines)."""
    prose_words = 0.0
    for i, line in enumerate(lines):
        feat = feats[i]
        if feat is None:
            continue
        # The next five non-blank lines, read only when the line is a bare "Comments".
        if prose_words >= MIN_ARTICLE_WORDS_BEFORE_COMMENTS and lexicon.is_comment_start(
            line, islice(filter(None, lines[i + 1 : i + 12]), 5)
        ):
            return i
        if prose_score(feat) >= GOOD_SCORE and feat.category is None:
            prose_words += feat.words
    return len(lines)


def _headline_like(feat: LineFeatures) -> bool:
    return _headline_sized(feat) and not feat.sentence_end


def _headline_sized(feat: LineFeatures) -> bool:
    return 4 <= feat.words <= 25 and feat.category is None


def _near(lines: list[str], start: int, step: int, stop: int) -> list[int]:
    """Indexes of the first REATTACH_DISTANCE non-blank lines from ``start`` towards ``stop``."""
    out: list[int] = []
    j = start
    while j != stop and len(out) < REATTACH_DISTANCE and 0 <= j < len(lines):
        if lines[j]:
            out.append(j)
        j += step
    return out


def _blank_or_teaser(line: str, feat: LineFeatures | None) -> bool:
    """A blank line or a teaser's headline: one without an end mark, or a headline that asks
    in title case ("Is Using the Snooze Button Bad for You?"), which prose never is."""
    if feat is None:
        return True
    asks = line.endswith(_ASKS) and feat.title_ratio >= TEASER_MIN_TITLE_RATIO
    return _headline_sized(feat) and (not feat.sentence_end or asks)


# How a related article's excerpt ends: cut short ("... um plano paralelo para …",
# WordPress's "[…]", a Korean site's "이정재 앞에..").
_EXCERPT_ENDS: Final = ("…", "..", "[…]", "[...]")


def _excerpt(line: str) -> bool:
    """A line cut short with an ellipsis: under a related-links head, a related article's
    excerpt, however long ("Você pode gostar..." and three excerpts of other posts)."""
    return line.rstrip().endswith(_EXCERPT_ENDS)


def _categorise(line: str, feat: LineFeatures | None, before: bool) -> RemovalCategory:
    """The category of a removed line; position decides what the features cannot."""
    if feat is not None and feat.category is not None:
        return feat.category
    if looks_like_caption(line):
        return "caption"
    if looks_like_byline(line) or looks_like_credit_line(line):
        return "credit"
    if before:
        return "navigation"
    if feat is not None and _headline_like(feat):
        return "related_headlines"
    return "footer" if feat is not None and feat.words < 4 else "other"


def _structural(line: str) -> bool:
    """Lines parse needs even when they do not read as prose."""
    return (
        looks_like_caption(line)
        or looks_like_byline(line)
        or looks_like_credit_line(line)
        or looks_like_dateline(line)
    )


def join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped prose: a line of some length without an end mark followed by one
    that starts in lower case ("...who in 2008, won the" + "award for best actress.") is one
    paragraph. Short lines ("23 Comments" + "riverfan88 says:") are never joined.

    Linear: a paragraph's parts are collected and joined once, and only the last part is
    inspected (its own spaces count, so a group never re-scans what it already holds).
    """
    out: list[str] = []
    group: list[str] = []
    for line in lines:
        last = group[-1] if group else ""
        if (
            group
            and line[:1].islower()
            and (len(group) > 1 or last.count(" ") >= WRAPPED_MIN_SPACES)
            and not last.rstrip(_TRAILING_CLOSERS).endswith(_SENTENCE_END)
        ):
            group.append(line)
            continue
        if group:
            out.append(" ".join(group))
        group = [line]
    if group:
        out.append(" ".join(group))
    return out


# Text broken after every word: at least this many lines, this share of them of one word,
# and at most this share of three words or more (a headline, a byline).
WORD_LINES_MIN: Final = 30
WORD_LINES_SHARE: Final = 0.8
WORD_LINES_PROSE_SHARE: Final = 0.05


def join_word_lines(lines: list[str]) -> list[str]:
    """Text broken after every word (a PDF's narrow columns, a page that sets each word in
    an element of its own), joined back: each run of lines between blank lines becomes one
    line. Any other text is returned as it is (the same list)."""
    filled = [line.strip() for line in lines if line.strip()]
    ones = sum(1 for line in filled if " " not in line)
    prose = sum(1 for line in filled if line.count(" ") >= 2)
    if (
        len(filled) < WORD_LINES_MIN
        or ones < WORD_LINES_SHARE * len(filled)
        or prose > WORD_LINES_PROSE_SHARE * len(filled)
    ):
        return lines
    out: list[str] = []
    run: list[str] = []
    for line in lines:
        if line.strip():
            run.append(line.strip())
            continue
        if run:
            out.append(" ".join(run))
            run = []
        out.append(line)
    if run:
        out.append(" ".join(run))
    return out


# A newspaper's name in a press digest runs to five words: "THE EAST AFRICAN STANDARD".
CAPS_LABEL_WORDS: Final = 5


def main_block(
    lines: list[str],
    stoplist: Stoplist = FUNCTION_WORDS,
    seen: dict[str, LineFeatures] | None = None,
    span: range | None = None,
) -> tuple[list[str], list[Removed], int]:
    """Page text: the main block (in order), the removal log, and where the block starts.
    ``seen``: features already computed for these lines (``line_features``); ``span``: the
    block's lines when the caller knows them (``candidates.choose_text_block``), cleaned of
    furniture as a block found here is."""
    return _sort_lines(lines, stoplist, select=True, seen=seen, span=span)


def post_clean(
    lines: list[str],
    stoplist: Stoplist = FUNCTION_WORDS,
    seen: dict[str, LineFeatures] | None = None,
) -> tuple[list[str], list[Removed]]:
    """Extracted main content (HTML path): remove the furniture an extractor let through.

    The whole text up to a comment section is the candidate block: the extractor chose it,
    and lists that end an article (tour dates, ticket prices) are body for the reader.
    """
    kept, removed, _ = _sort_lines(lines, stoplist, select=False, seen=seen)
    return kept, removed


def _caps_label(line: str) -> bool:
    """A short label in capitals over an item: a newspaper's name in a press digest ("TRUD",
    "24 CHASA"), a section of a list ("SECOND ROUND")."""
    words = line.split()
    return 0 < len(words) <= CAPS_LABEL_WORDS and line.isupper() and line[-1:].isalnum()


def _tables_between_prose(
    lines: list[str], feats: list[LineFeatures | None], gains: list[float]
) -> None:
    """A table of figures between two lines of prose costs nothing: it is the story's
    ("Brazilian coffee prices closed mixed on Tuesday , brokers said ." / "Type 6 Santos
    155.00 156.00" / "Type 7 Rio 120.00 121.00" / "Exporters at the port said ..."), where
    its cost made the last paragraph the whole article, its headline a table line. Its
    heads are the table's too: a company's name over its figures ("KIRIN BREWERY CO LTD" /
    "Sales 717.4 vs 731.2 ..."), a period's ("Nine months") (``_table_head``)."""
    nonblank = [(i, f) for i, f in enumerate(feats) if f is not None]
    rows = [i for i, _ in nonblank]
    table = [_table_line(lines[i], f) for i, f in nonblank]
    head = [not figures and _table_head(f) for (_, f), figures in zip(nonblank, table, strict=True)]
    k = 0
    while k < len(rows):
        j = last = k
        figures = 0
        while j < len(rows) and (table[j] or head[j]):
            figures += table[j]
            j += 1
            last = j if table[j - 1] else last  # heads after the last figures end it
        if figures == 0:
            k = max(j, k + 1)
            continue
        between = k > 0 and last < len(rows) and gains[rows[k - 1]] > 0 and gains[rows[last]] > 0
        if figures >= MIN_ROWS and between:
            for m in rows[k:last]:
                gains[m] = 0.0
        k = last


def _labels_between_prose(
    lines: list[str], feats: list[LineFeatures | None], gains: list[float]
) -> None:
    """A short label in capitals between two lines of prose costs nothing, as a table
    there does: a press digest's newspaper between its items ("- King Hussein receives
    ..." / "AL-DUSTOUR" / "- Riots in Kerak ..."), where one-line items earn less than the
    label cost and the digest stopped after its first newspaper."""
    nonblank = [i for i, f in enumerate(feats) if f is not None]
    for k in range(1, len(nonblank) - 1):
        i = nonblank[k]
        if (
            gains[i] < 0
            and gains[nonblank[k - 1]] > 0
            and gains[nonblank[k + 1]] > 0
            and _caps_label(lines[i])
            and not looks_like_dateline(lines[i])  # "AMSTERDAM 1996-11-02" ends a headline
        ):
            gains[i] = 0.0


def _isolated_prose(lines: list[str], feats: list[LineFeatures | None], gains: list[float]) -> None:
    """Prose with no prose neighbour earns less (context, as in jusText).

    Article paragraphs come in runs; a lone prose line between short lines is the lede of
    a teaser ("Headline / Author / Date / Lede", repeated) more often than body. Blank lines,
    lexicon furniture ("Advertisement" between two paragraphs) and short labels in capitals
    (a press digest's "TRUD" / item / "DUMA" / item: ``_caps_label``) are skipped when
    looking for the neighbours.
    """
    prose = [i for i, g in enumerate(gains) if g > 0]
    nonblank = [
        i
        for i, f in enumerate(feats)
        if f is not None and f.category is None and (gains[i] > 0 or not _caps_label(lines[i]))
    ]
    position = {line: k for k, line in enumerate(nonblank)}
    for i in prose:
        k = position[i]
        before = nonblank[k - 1] if k > 0 else None
        after = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if (before is None or gains[before] <= 0) and (after is None or gains[after] <= 0):
            gains[i] *= ISOLATED_PROSE_FACTOR


def _list_items(lines: list[str], feats: list[LineFeatures | None], gains: list[float]) -> None:
    """Lines listed after a prose line ending with a colon ("The tour dates:") are body, and
    so are those under a short head ending with a colon that follows listed lines.

    They do not read as prose, so they would cost; they earn a little instead, up to the
    next blank line or furniture line, so a list that ends the article stays with it. A
    blank line right under the intro, over a label in capitals, does not end it
    ("Headlines from Bulgaria's main newspapers :", a blank line, "TRUD").
    """
    in_list = listed = False
    intro = -1
    bridge: bool | None = None  # the blank lines under the intro lead to a label in capitals
    for i, feat in enumerate(feats):
        if feat is None and in_list and not listed:
            if bridge is None:
                j = _next_line(lines, i, 1)
                bridge = j < len(lines) and _caps_label(lines[j])
            if bridge:
                continue
        if feat is None or feat.category is not None:
            in_list = False
            continue
        if in_list and gains[i] <= 0 and not lines[i].endswith(":"):
            gains[i] = LIST_ITEM_GAIN
            gains[intro] = max(gains[intro], 0.0)  # the intro line is body with its list
            listed = True
        else:
            # a short head inside a list opens its next part: "Officials :" / items /
            # "Business executives :" / items
            opens = feat.words >= 3 or (in_list and listed)
            in_list = opens and lines[i].endswith(":")
            intro, listed, bridge = i, False, None


def _terms(lines: list[str], feats: list[LineFeatures | None], gains: list[float]) -> None:
    """A wire story's list of terms is body: a new issue's terms under the sentence that
    announces it ("Borrower : Kingdom of Belgium" / "Amt : 300 million marks Coupon : 5.75
    pct" / "Listing : Frankfurt"), a fact box, a cabinet's line-up ("Foreign Affairs -
    Adrian Severin ( PD )": ``results.is_listed``). Each term reads as no prose and cost, so
    the last line outscored the announcement; MIN_TERMS or more in a row earn what a listed
    line earns instead. Only under a dateline line ("LONDON 1996-09-12"): on a web page a
    run of labels is metadata ("Posted : ...", "Tags : ...")."""

    def term(i: int) -> bool:
        feat = feats[i]
        return feat is not None and feat.category is None and is_listed(lines[i])

    runs = term_runs(lines, term)
    if not runs:
        return  # most pages: no list of terms, no dateline to look for
    dateline = next(
        (k for k, line in enumerate(lines) if line and looks_like_dateline(line)), len(lines)
    )
    for run in runs:
        if dateline < run[0]:
            for k in run:
                gains[k] = max(gains[k], LIST_ITEM_GAIN)


def line_features(
    lines: list[str], stoplist: Stoplist, seen: dict[str, LineFeatures] | None = None
) -> list[LineFeatures | None]:
    """Features of every line, None for a blank one. Menus repeat on a page; a line seen
    before has the same features: ``seen`` keeps them (for one stoplist), across calls too."""
    cache: dict[str, LineFeatures] = {} if seen is None else seen
    return [
        (cache[line] if line in cache else cache.setdefault(line, features(line, stoplist)))
        if line
        else None
        for line in lines
    ]


def _sort_lines(
    lines: list[str],
    stoplist: Stoplist,
    *,
    select: bool,
    seen: dict[str, LineFeatures] | None = None,
    span: range | None = None,
) -> tuple[list[str], list[Removed], int]:
    feats = line_features(lines, stoplist, seen)
    gains = [_gain(f) if f is not None else 0.0 for f in feats]
    _tables_between_prose(lines, feats, gains)
    _labels_between_prose(lines, feats, gains)
    _isolated_prose(lines, feats, gains)
    _list_items(lines, feats, gains)
    _terms(lines, feats, gains)
    cut = _comment_cut(lines, feats)
    if span is not None:
        lo, hi = span.start, min(span.stop, cut)
    elif select:
        lo, hi = _with_results(lines, feats, *_best_run(gains, 0, cut)[:2], cut)
        hi = _with_closing_line(lines, feats, hi, cut)
        lo, hi = _story_of_sentences(lines, feats, lo, hi, cut)
    else:
        lo, hi = 0, cut
    keep = [bool(line) and lo <= i < hi for i, line in enumerate(lines)]
    removed_inside = _furniture_inside(lines, feats, keep, lo, hi)
    _reattach(lines, keep, lo, hi, cut)
    if select:
        drop_repeats(lines, keep, removed_inside, lo, hi)
    for i in range(cut, len(lines)):
        removed_inside[i] = "comments"
    kept = [line for line, k in zip(lines, keep, strict=True) if k]
    removed = _REMOVED.validate_python(
        [
            {"text": line, "category": removed_inside.get(i) or _categorise(line, feats[i], i < lo)}
            for i, line in enumerate(lines)
            if line and not keep[i]
        ]
    )
    return kept, removed, lo


def _plain_sentence(line: str, feat: LineFeatures | None) -> bool:
    """A line that is one plain sentence or more: it ends as a sentence, holds a lower-case
    word, is no label and nothing the lexicon names, and is not in capitals (a headline)."""
    return (
        feat is not None
        and feat.sentence_end
        and feat.category is None
        and feat.words >= SENTENCE_MIN_WORDS
        and ":" not in line
        and not line.isupper()
        and any(c.islower() for c in line)
    )


def _story_of_sentences(
    lines: list[str], feats: list[LineFeatures | None], lo: int, hi: int, cut: int
) -> tuple[int, int]:
    """The main block grown to the text's whole last run of plain sentences
    (``_plain_sentence``) when that run holds it: a short wire story ("India beat Sri Lanka
    by nine wickets ." / "Sachin Tendulkar scored 110 ." / "Sri Lanka made 230 for eight .")
    is all article, however little each line scores, and only its headline and dateline
    stand above it; a line of figures between two of its sentences is its too (a market
    report's quote). A page's furniture ends the run: a menu, a byline, a label, a line in
    capitals, a notice the lexicon knows.

    When the run stands right under a dateline line and the main block is empty or one line
    above it, the run is the story: "PARIS 1996-08-10" / "Auxerre beat Lens 2-1 on
    Saturday .", a one-sentence wire story, scores under the prose threshold, and its
    headline ("SOCCER - FRENCH LEAGUE RESULT .": common words of a stoplist) could outscore
    it."""
    start = cut
    for k in range(cut - 1, -1, -1):
        feat = feats[k]
        if not lines[k]:
            continue
        if _plain_sentence(lines[k], feat):
            start = k
        elif start == cut or feat is None or not _table_line(lines[k], feat):
            break  # a line of figures between two sentences is the story's: "NZD = 0.6925 / 30"
    above = _next_line(lines, start - 1, -1)
    headline_at_most = hi <= above + 1 and sum(1 for k in range(lo, hi) if lines[k]) <= 1
    if start < cut and above >= 0 and headline_at_most and looks_like_dateline(lines[above]):
        return start, cut  # the story under its dateline; nothing or the headline above it
    return (start, cut) if start <= lo < hi else (lo, hi)


def _with_closing_line(
    lines: list[str], feats: list[LineFeatures | None], hi: int, cut: int
) -> int:
    """The main block grown over the text's last lines when they are short sentences of
    prose right under it, at most CLOSING_LINES of them: a wire story's "Telstra chief
    executive Frank Blount declined to comment ." scores under GOOD_SCORE (eight words), and
    so do "Alessandro Del Piero scored both Juventus goals ." / "Sampdoria beat Roma 3-1 in
    Genoa ." under a match report; nothing comes after them."""
    closing = [k for k in range(hi, cut) if lines[k]]
    if not closing or len(closing) > CLOSING_LINES:
        return hi
    for k in closing:
        feat = feats[k]
        if (
            feat is None
            or feat.category is not None
            or ":" in lines[k]  # a label: "Virginia, highlighted in red. Image : Huebi ."
            or not feat.sentence_end
            or feat.words < CLOSING_MIN_WORDS
            or prose_score(feat) < CLOSING_MIN_SCORE
        ):
            return hi
    return closing[-1] + 1


def _with_results(
    lines: list[str], feats: list[LineFeatures | None], lo: int, hi: int, cut: int
) -> tuple[int, int]:
    """The main block grown over the results blocks that touch it (``results.py``): a
    results table or a standings block right after (or right before) the article's prose
    is its content, and so is the block that touches that one. A block elsewhere on the
    page (a scores ticker above the headline, a sidebar's table) does not touch the
    article and stays out. A page without prose (an empty main block) is a story of
    results when a block sits under a sports headline or dateline, and a business story
    when a table of figures sits right under its dateline (``_story_without_prose``). A
    table of figures between the dateline and the prose is the story's too
    (``_table_above``).

    Only the lines that could hold a touching block are read: the run of row candidates
    (``_row_candidate``) and blank lines right after the main block and right before it; a
    block lies inside such a run. The whole page is read only when it has no prose."""
    title = _next_line(lines, 0, 1)
    if lo == hi:
        first = _story_without_prose(lines, feats, cut, title)
        if first is None:
            return lo, hi
        lo, hi = first.start, first.end
    grown = True
    while grown:  # down, block after block, and over an intro line between two
        grown = False
        after = _next_line(lines, hi, 1)
        intro = after < cut and _intro(lines[after], feats[after])
        begin = after + 1 if intro else hi
        for block in _blocks(lines, feats, begin, _reach(feats, begin, 1, cut), title):
            if block.start != _next_line(lines, begin, 1):
                break
            hi, begin, grown = block.end, block.end, True
        if intro and not grown:  # "Overall standings :" over one row, prices under theirs
            end = _table_under(lines, feats, after + 1, 1, cut)
            if end != after + 1:
                hi, grown = end, True
        if not grown:  # match details, or a total under its rows, then the next block:
            end = _details_under(lines, feats, hi, cut)  # "New Zealand" and its innings
            grown, hi = end > hi, end
    start = _reach(feats, lo - 1, -1, -1) + 1
    for block in reversed(_blocks(lines, feats, start, lo, title)):  # up
        if block.end - 1 != _next_line(lines, lo - 1, -1):
            break
        lo = block.start
    lo = _table_above(lines, feats, lo, title)
    if lo < hi:  # an intro line right above, or above a table right above
        top = _table_under(lines, feats, lo - 1, -1, -1)
        above = _next_line(lines, top, -1)
        if above >= 0 and _intro(lines[above], feats[above]):
            lo = above
    return lo, hi


def _story_without_prose(
    lines: list[str], feats: list[LineFeatures | None], cut: int, title: int
) -> Block | None:
    """On a page without prose: the first results block under a sports headline or
    dateline, else the first table of figures right under a dateline."""
    blocks = _blocks(lines, feats, 0, cut, title)
    first = next((b for b in blocks if _under_sports_heading(lines, b)), None)
    if first is not None:
        return first
    tables = _blocks(lines, feats, 0, cut, title, tables=True)
    return next((b for b in tables if _under_dateline(lines, b)), None)


def _table_above(lines: list[str], feats: list[LineFeatures | None], lo: int, title: int) -> int:
    """Where the block starting at ``lo`` starts once grown over the table of figures right
    above it, when that table sits right under the dateline ("LOS ANGELES 1996-10-31",
    "Third quarter ended Sept 30", "Shr loss $ 0.05 vs loss $ 0.12" over the note on the
    company). Only a wire story's dateline anchors a table: on a web page, a run of dated
    teasers above the article reads like one."""
    above = _next_line(lines, lo - 1, -1)
    feat = feats[above] if above >= 0 else None
    if feat is None or not _table_line(lines[above], feat):
        return lo  # most pages: no figures right above the article, nothing more to read
    start = _reach_table(feats, lo - 1, -1, -1) + 1
    tables = _blocks(lines, feats, start, lo, title, tables=True)
    if tables:
        last = tables[-1]
        if last.end - 1 == above and _under_dateline(lines, last):
            return last.start
    return _headed_table_above(lines, feats, lo, above)


def _headed_table_above(
    lines: list[str], feats: list[LineFeatures | None], lo: int, above: int
) -> int:
    """Where the block starting at ``lo`` starts once grown over the table right above it
    with its heads, up to the dateline: "EINDHOVEN 1996-10-29" / "Third quarter to
    September 30 ( in millions of guilders unless stated )" / figures / "Nine months" /
    figures, over the note on the company. At most MAX_HEADED_TABLE lines are read back."""
    figures = 0
    k = above
    while k >= 0 and above - k < MAX_HEADED_TABLE:
        feat = feats[k]
        if feat is not None:
            if looks_like_dateline(lines[k]):
                return _next_line(lines, k + 1, 1) if figures >= MIN_ROWS else lo
            if _table_line(lines[k], feat):
                figures += 1
            elif not _table_head(feat):
                return lo
        k -= 1
    return lo


def _details_under(lines: list[str], feats: list[LineFeatures | None], hi: int, cut: int) -> int:
    """The end of the block grown over the match details right under it: "Scorers :
    Boksic ( 55th minute )", "Attendance : 60,000", each side's line under them ("Sparta -
    Boateng ( 30th )", the line-ups under "Teams :") and a side's line-up after its name
    ("Germany : Andreas Koepke ; Matthias Sammer , ...") (``results.is_detail``,
    ``results.side_line``, ``results.side_lineup``); and over a
    row right under a row, which its capitals did not make a candidate ("Total ( for three
    wickets ) 151" under "Extras ( lb-4 nb-6 ) 10"). Furniture or any other line ends
    them."""
    end = j = hi
    last = _next_line(lines, hi - 1, -1)
    row = last >= 0 and is_row(lines[last])
    # The block may end inside the details: "Scorers :" and a side's line kept with it
    above = last
    while above >= 0 and side_line(lines[above]):
        above = _next_line(lines, above - 1, -1)
    detail = above >= 0 and is_detail(lines[above])
    while j < cut:
        if lines[j]:
            feat = feats[j]
            if feat is None or feat.category is not None:
                break
            if is_detail(lines[j]) or side_lineup(lines[j]):
                detail, row = True, False
            elif not ((detail and side_line(lines[j])) or (row and is_row(lines[j]))):
                break
            end = j + 1
        j += 1
    return end


def _table_under(
    lines: list[str], feats: list[LineFeatures | None], start: int, step: int, stop: int
) -> int:
    """From ``start`` in the direction of ``step``, past the run of table lines and blank
    lines: where the run ends (``start`` itself when there is none). A table line is a
    results row or a short line of figures ("Copper 1,905.50 1,906.00 up 12.50")."""
    end = j = start
    while j != stop and 0 <= j < len(lines):
        feat = feats[j]
        if feat is not None:
            if not (_table_line(lines[j], feat) or (_row_candidate(feat) and is_row(lines[j]))):
                break
            end = j + step
        j += step
    return end


def _table_line(line: str, feat: LineFeatures) -> bool:
    """A short line of figures, no sentence: "Copper 1,905.50 1,906.00 up 12.50", "Nickel
    7,210.00 7,220.00 unchanged"; not "Clique e veja o 20º GP da temporada 2019."."""
    return (
        feat.category is None
        and feat.words <= MAX_TABLE_WORDS
        and not feat.sentence_end
        and len(_FIGURE.findall(line)) >= MIN_TABLE_FIGURES
    )


def _table_head(feat: LineFeatures) -> bool:
    """A head inside a table of figures: a short line, no sentence, nothing the lexicon
    names ("KIRIN BREWERY CO LTD", "Nine months", "Six months to June 30 ( in millions of
    guilders unless stated )")."""
    return feat.category is None and not feat.sentence_end and 0 < feat.words <= MAX_TABLE_WORDS


def _intro(line: str, feat: LineFeatures | None) -> bool:
    """A line that introduces the results under it: "Results of German first division
    matches on Saturday :", "Standings ( tabulate under games played , won , ... ) :"."""
    return feat is not None and feat.category is None and line.rstrip().endswith(":")


def _blocks(
    lines: list[str],
    feats: list[LineFeatures | None],
    start: int,
    stop: int,
    title: int,
    *,
    tables: bool = False,
) -> list[Block]:
    """The results blocks of lines [start, stop), with page indexes; with ``tables``, the
    tables of figures instead: blocks whose rows are table lines (``_table_line``: "Shr loss
    $ 0.05 vs loss $ 0.12", "Net sales 4,890 4,102", "1996 1995") and whose labels are their
    heads ("Third quarter", "( in millions of pesos )", "LATEST PREVIOUS"), never the
    story's dateline over them ("TOKYO 1996-12-06"). An earnings or a forecast table is a
    business story's content as results are a sports story's."""
    if stop - start < MIN_ROWS:
        return []
    part, page = feats[start:stop], lines[start:stop]
    if tables:
        candidate = [
            f is not None and f.category is None and not looks_like_dateline(line)
            for line, f in zip(page, part, strict=True)
        ]
        rows = [f is not None and _table_line(line, f) for line, f in zip(page, part, strict=True)]
    else:
        candidate, rows = [_row_candidate(f) for f in part], None
    title_at = title - start if start <= title < stop else None
    found = results_blocks(page, candidate, title=title_at, row_flags=rows)
    return [Block(b.start + start, b.end + start, b.rows) for b in found]


def _reach(feats: list[LineFeatures | None], start: int, step: int, stop: int) -> int:
    """Where the run of row candidates and blank lines from ``start`` on ends (the first
    index in the direction of ``step`` that is neither, or ``stop``)."""
    j = start
    while j != stop and (feats[j] is None or _row_candidate(feats[j])):
        j += step
    return j


def _reach_table(feats: list[LineFeatures | None], start: int, step: int, stop: int) -> int:
    """``_reach`` for a table of figures: over the lines that are not furniture, short and
    no sentence."""
    j = start
    while j != stop and (feats[j] is None or _table_candidate(feats[j])):
        j += step
    return j


def _table_candidate(feat: LineFeatures | None) -> bool:
    return (
        feat is not None
        and feat.category is None
        and feat.words <= MAX_TABLE_WORDS
        and not feat.sentence_end
    )


def _under_dateline(lines: list[str], block: Block) -> bool:
    """Whether the line above a block is a dateline of its own ("TOKYO 1996-12-06"): the
    block opens a wire story."""
    above = _next_line(lines, block.start - 1, -1)
    return above >= 0 and looks_like_dateline(lines[above])


def _row_candidate(feat: LineFeatures | None) -> bool:
    """A line that may be a results row or a label: not blank, not lexicon furniture, and
    not mostly lower-case words (prose), which a row never is ("Dallas at Memphis, 8 p.m."
    has the fewest capitals: two words in five)."""
    return feat is not None and feat.category is None and feat.title_ratio >= ROW_MIN_TITLE_RATIO


def _under_sports_heading(lines: list[str], block: Block) -> bool:
    """Whether a block's own first line or the line above it names a sports story ("NBA
    Glance", "Results of Spanish La Liga matches on Sunday:")."""
    above = _next_line(lines, block.start - 1, -1)
    return sports_heading(lines[block.start]) or (above >= 0 and sports_heading(lines[above]))


def _next_line(lines: list[str], start: int, step: int) -> int:
    """Index of the first non-blank line from ``start`` on in the direction of ``step``."""
    j = start
    while 0 <= j < len(lines) and not lines[j]:
        j += step
    return j


# A list of tags: this many commas at least, and no sentence's end.
MIN_TAG_COMMAS: Final = 2


def _tag_list(line: str, feat: LineFeatures | None) -> bool:
    """A line of tags under their head: items between commas, no sentence ("stock car 2018,
    stock car brasil, stock car cascavel")."""
    return feat is not None and not feat.sentence_end and line.count(",") >= MIN_TAG_COMMAS


def _furniture_inside(
    lines: list[str], feats: list[LineFeatures | None], keep: list[bool], lo: int, hi: int
) -> dict[int, RemovalCategory]:
    """Inside the block, furniture goes, and so does a related-links head ("Most popular")
    with the headline-like lines that follow it. Returns the categories of what went."""
    removed: dict[int, RemovalCategory] = {}
    i = lo
    while i < hi:
        feat = feats[i]
        # The head first: the lexicon files it as related_headlines like any other line,
        # and the teasers under it must go with it.
        if feat is not None and lexicon.is_related_head(lines[i]):
            removed[i] = "related_headlines"
            keep[i] = False
            j = i + 1
            while j < hi and (_blank_or_teaser(lines[j], feats[j]) or _excerpt(lines[j])):
                if lines[j]:
                    removed[j] = "related_headlines"
                    keep[j] = False
                j += 1
            i = j
            continue
        if feat is not None and lexicon.is_tag_head(lines[i]):
            # The head and its list of tags, "stock car 2018, stock car brasil, ...".
            removed[i] = "navigation"
            keep[i] = False
            i += 1
            j = next((k for k in range(i, hi) if lines[k]), hi)
            if j < hi and _tag_list(lines[j], feats[j]):
                removed[j] = "navigation"
                keep[j] = False
                i = j + 1
            continue
        if feat is not None and feat.category is not None and not _structural(lines[i]):
            removed[i] = feat.category
            keep[i] = False
        i += 1
    return removed


def _reattach(lines: list[str], keep: list[bool], lo: int, hi: int, cut: int) -> None:
    """Pull back what parse reads just outside the block: a byline, a dateline on its own
    line ("ROME 1996-10-20") or a caption above it, a credit line or caption below it. The
    window does not slide: a teaser list with a "By X" line every few lines is not pulled in
    piece by piece."""
    for j in _near(lines, lo - 1, -1, -1):
        line = lines[j]
        if looks_like_byline(line) or looks_like_caption(line) or looks_like_dateline(line):
            keep[j] = True
    for j in _near(lines, hi, 1, cut):
        if looks_like_credit_line(lines[j]) or looks_like_caption(lines[j]):
            keep[j] = True
