"""Quotes and their attribution cue, as written ("Maiga", "he", "the prime minister").

A quote is text between opening and closing quote marks (straight or curly) of at least
``MIN_QUOTE_WORDS`` words; scare quotes around a word or two are skipped. A quote whose
paragraph ends before its closing mark continues in the next paragraph (the wire convention
reopens it there) and is ONE quote. The cue is found, in order:

1. after the closing mark: ``," Maiga said``, ``," he said``, ``," the prime minister added``,
   ``," said Maiga``, ``," according to the ministry``;
2. before the opening mark: ``Maiga said: "...``, ``He told reporters, "...``;
3. otherwise the cue of the previous quote in the same paragraph (one speaker per paragraph
   is the wire convention: ``"...?," Maiga said in a briefing. "Should we...?"``).

Resolving the cue to a person is the enrich stage's job.
"""

from __future__ import annotations

import re
from typing import Final

from service.pipeline.types import QuoteSpan

MIN_QUOTE_WORDS: Final = 4
_OPEN: Final = '"“«„'
_CLOSE_FOR: Final = {'"': '"', "“": "”", "«": "»", "„": "“"}
_OPENING: Final = re.compile(f"[{_OPEN}]")

_VERBS: Final = (
    r"(?:said|says|say|added|adds|told|tells|stated|states|warned|warns|asked|asks|explained"
    r"|explains|noted|notes|wrote|writes|insisted|insists|argued|argues|continued|recalled"
    r"|declared|announced|replied|responded|remarked|acknowledged|admitted|claimed|claims"
    r"|conceded|stressed|urged|tweeted|posted|commented|observed|cautioned|predicted|joked)"
)
# A cue: a pronoun, a role noun phrase ("the prime minister", "a company spokeswoman"), or a
# name of up to four capitalised words ("Maiga", "Choguel Maiga", "Mr. Biden").
_CUE: Final = (
    r"(?P<cue>(?:he|she|they|we|I|it)"
    r"|(?:the|a|an|his|her|their) (?:[\w’'-]{1,25} ){0,5}?[\w’'-]{1,25}"
    r"|[A-Z][\w’'.-]{0,25}(?: [A-Z][\w’'.-]{0,25}){0,3})"
)
# After the quote. Matches ', Maiga said in a briefing', ' he said', ', the prime minister
# added', ', the official, who asked not to be named, said', ', said Maiga', ', according
# to officials'. Not ' - a phrase that' (no verb).
_AFTER_CUE_VERB: Final = re.compile(
    r"^[,.?!]?\s{0,3}" + _CUE + r"(?:,[^,\"“”]{1,80},)?\s(?:also |then |later )?" + _VERBS + r"\b"
)
_AFTER_VERB_CUE: Final = re.compile(
    r"^[,.?!]?\s{0,3}(?:" + _VERBS + r"|according to)\s" + _CUE + r"\b"
)
# Before the quote (searched in at most the 160 characters before it). Matches
# 'Maiga said: ', 'He told reporters, ', 'Richardson, via USA Today, said that Rudolph '.
_BEFORE: Final = re.compile(
    _CUE + r"(?:,[^,\"“”]{1,60},)?\s(?:also )?" + _VERBS + r"\b[^\"“”.]{0,100}$"
)
# When the cues above find nothing: a longer phrase before the verb, with lower-case words
# and name particles in it ('," Secretary of State Antony Blinken said', '," French
# fisheries minister Hervé Berville said', '," European Commission President Ursula von der
# Leyen told reporters'). No sentence punctuation, quote marks or commas inside; an
# abbreviation's full stop ("U.N.") is allowed. At most ``MAX_PHRASE_WORDS`` words.
_PHRASE_CHAR: Final = r"(?:[^.!?\"“”:;,()\n]|\.(?=\S))"
_AFTER_PHRASE_VERB: Final = re.compile(
    r"^[,.?!]?\s{0,3}(?P<cue>[^\W\d_]"
    + _PHRASE_CHAR
    + r"{0,100}?)\s(?:also |then |later )?"
    + _VERBS
    + r"\b"
)
# A role phrase after the verb, then the name in apposition: '," said the head of the
# fisheries agency, Maria Lopez.' -> Maria Lopez.
_APPOSITIVE_NAME: Final = re.compile(
    r"^[^.!?\"“”:;\n]{0,100}?,\s(?P<cue>[A-Z][\w’'-]{0,25}(?:\s(?:[a-z]{1,3}\s){0,2}[A-Z][\w’'-]{0,25}){1,3})"
    r"\s*(?:[.!?]|$)"
)
MAX_PHRASE_WORDS: Final = 8
_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it"})
_NOT_CUES: Final = frozenset({"It", "This", "That", "There", "The", "A", "An", "But", "And"})


def _clean_cue(cue: str) -> str | None:
    cue = cue.strip().rstrip(".,")
    if cue in _NOT_CUES:
        return None
    return cue.lower() if cue.lower() in _PRONOUNS and cue != "I" else cue


# How far after a closing mark, and before an opening mark, a cue is looked for.
AFTER_WINDOW: Final = 120
BEFORE_WINDOW: Final = 160


def _cue_after(window: str) -> str | None:
    """The cue after a closing mark: name/pronoun/role then verb; verb then cue (a role
    phrase followed by an apposed name gives the name); else a longer titled phrase."""
    if match := _AFTER_CUE_VERB.match(window):
        return _clean_cue(match["cue"])
    if match := _AFTER_VERB_CUE.match(window):
        cue = match["cue"]
        if cue.split(" ", 1)[0] in ("the", "a", "an"):
            named = _APPOSITIVE_NAME.match(window[match.end("cue") :])
            cue = named["cue"] if named else cue
        return _clean_cue(cue)
    match = _AFTER_PHRASE_VERB.match(window)
    if match is None or len(match["cue"].split()) > MAX_PHRASE_WORDS:
        return None
    return _clean_cue(match["cue"])


def _cue_before(text: str) -> str | None:
    match = _BEFORE.search(text[-BEFORE_WINDOW:])
    return _clean_cue(match["cue"]) if match else None


def _spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of quoted spans; end excludes the closing mark."""
    spans: list[tuple[int, int, bool]] = []
    n = len(paragraph)
    opening = _OPENING.search(paragraph)
    while opening is not None:  # the next opening mark found in C, not character by character
        i = opening.start()
        j = paragraph.find(_CLOSE_FOR[opening.group()], i + 1)
        if j < 0:
            spans.append((i + 1, n, False))
            break
        spans.append((i + 1, j, True))
        opening = _OPENING.search(paragraph, j + 1)
    return spans


def find_quotes(paragraphs: tuple[str, ...] | list[str]) -> list[QuoteSpan]:
    """Every quote of the body, in order, with the cue of its speaker when one is written."""
    quotes: list[QuoteSpan] = []
    # An open quote continued into the next paragraph: (paragraph, start, text, cue).
    carry: tuple[int, int, str, str | None] | None = None
    for p_index, paragraph in enumerate(paragraphs):
        paragraph_cue: str | None = None
        pending: list[int] = []  # quotes of this paragraph still without a cue
        prev_end = 0
        for start, end, closed in _spans(paragraph):
            text = paragraph[start:end].strip().rstrip(",")
            carried_cue = None
            if carry is not None:
                # The continuation of the previous paragraph's open quote.
                c_par, c_start, c_text, carried_cue = carry
                carry = None
                p_anchor, s_anchor, text = c_par, c_start, f"{c_text} {text}"
            else:
                p_anchor, s_anchor = p_index, start
            if not closed:
                carry = (p_anchor, s_anchor, text, paragraph_cue)
                break
            if len(text.split()) < MIN_QUOTE_WORDS:
                prev_end = end + 1
                continue
            cue = (
                carried_cue
                # Slice the windows only: copying the paragraph's tail for every quote made a
                # long paragraph of many quotes quadratic.
                or _cue_after(paragraph[end + 1 : end + 1 + AFTER_WINDOW])
                or _cue_before(paragraph[max(prev_end, start - 1 - BEFORE_WINDOW) : start - 1])
            )
            if cue is not None and paragraph_cue is None:
                for k in pending:
                    quotes[k] = _with_cue(quotes[k], cue)
                pending.clear()
            if cue is not None:
                paragraph_cue = cue
            elif paragraph_cue is not None:
                cue = paragraph_cue
            else:
                pending.append(len(quotes))
            quotes.append(QuoteSpan(text=text, paragraph=p_anchor, start=s_anchor, cue=cue))
            prev_end = end + 1
        if carry is not None and carry[0] != p_index and not _spans(paragraph):
            carry = None  # an unclosed mark followed by a paragraph without quotes: give up
    return quotes


def _with_cue(quote: QuoteSpan, cue: str) -> QuoteSpan:
    return QuoteSpan(text=quote.text, paragraph=quote.paragraph, start=quote.start, cue=cue)
