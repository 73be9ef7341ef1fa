"""Language identification with py3langid (it ships its model), and the stoplist it selects.

The line classifier (``boilerplate.py``) reads the share of stopwords in a line as a sign of
prose. Which words are stopwords depends on the language, so the page's language is
identified first, on a sample of its long lines (``prose_sample``), and selects one of the
jusText stoplists: about 100 languages, the most frequent words of each language's
Wikipedia. A language without one (Japanese, Chinese, Thai, ...) or an unidentified page
keeps a small multi-language list of function words (``FUNCTION_WORDS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import numpy as np
from justext.utils import get_stoplist
from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below this many letters the identification is a guess; the envelope hint wins then.
MIN_LETTERS = 40
MIN_CONFIDENCE = 0.5
# py3langid's cost is linear in the text (a Python loop over its bytes). 600 characters, a
# headline and a paragraph, identify a language as surely as the whole article: the same
# answer as 1,000 on every corpus and test text, in 60% of the time.
SAMPLE_CHARS = 600
# A first look at this much of the sample: an answer at least SURE there stands, an unsure
# one reads the whole sample. On the 1,378 samples of the bench pages, the corpus and the
# trafilatura evaluation pages, 86% are sure at 200 characters, and every sure answer is the
# whole sample's: the same languages in half the time.
FIRST_LOOK_CHARS: Final = 200
SURE: Final = 0.99
# A line at least this long that ends a sentence is prose: a paragraph, not a menu entry,
# a page title or a headline ("Browns player on Rudolph's role in fight - CBSSports.com").
SAMPLE_LINE_CHARS: Final = 60
_SENTENCE_END: Final = (".", "!", "?", "…", "。", "！", "？")
_CLOSERS: Final = "\"'”’»)] "  # a space too: tokenized text ('outplayed . "')
_LETTER = re.compile(r"[^\W\d_]")  # a letter in any script: "é", "ж", "字"; not "3" or "_"

# ISO 639-1 code (as py3langid answers) -> jusText stoplist name, for every stoplist whose
# language py3langid identifies.
JUSTEXT_STOPLISTS: Final[dict[str, str]] = {
    "af": "Afrikaans", "an": "Aragonese", "ar": "Arabic", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
    "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "fy": "West_Frisian",
    "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "ig": "Igbo", "is": "Icelandic", "it": "Italian", "jv": "Javanese", "ka": "Georgian",
    "kk": "Kazakh", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish", "ky": "Kyrgyz",
    "la": "Latin", "lb": "Luxembourgish", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ms": "Malay", "mt": "Maltese",
    "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal",
    "oc": "Occitan", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian", "sr": "Serbian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tk": "Turkmen",
    "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon", "yo": "Yoruba",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Stoplist:
    """Stopwords (case-folded) and the share of them in a line that reads as full prose."""

    words: frozenset[str]
    prose_share: float


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """py3langid's identifier, its weights widened from float16 to float32 once.

    ``classify`` multiplies float32 counts by a slice of the weight table; with the table in
    float16 numpy widens that slice on every call, which took 40% of a classification. The
    float32 copy gives bit-identical scores (every float16 is a float32), in 30% less time
    per page sample, for 57 MB more memory per pipeline process.
    """
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.nb_ptc = identifier.nb_ptc.astype(np.float32)
    return identifier


def identify(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language. A hint helps only when the text is unsure."""
    if len(text) > FIRST_LOOK_CHARS:
        first = _classified(text[:FIRST_LOOK_CHARS])
        if first is not None and first[1] >= SURE:
            return first[0]
    fallback = hint.lower()[:2] if hint else None
    found = _classified(text[:SAMPLE_CHARS])
    if found is None or (found[1] < MIN_CONFIDENCE and fallback):
        return fallback
    return found[0]


def _classified(sample: str) -> tuple[str, float] | None:
    """py3langid's language and confidence for ``sample``; None below MIN_LETTERS letters,
    where any answer is a guess."""
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def prose_sample(lines: list[str]) -> list[str]:
    """The page's first prose lines, up to SAMPLE_CHARS: what identifies its language.

    Menus, headlines and buttons are short or end without a full stop; the article's
    paragraphs are long sentences, so a site's chrome in one language does not decide the
    language of an article in another. Without such lines, the first lines of the page.
    """
    out: list[str] = []
    size = 0
    for line in lines:
        if len(line) >= SAMPLE_LINE_CHARS and line.rstrip(_CLOSERS).endswith(_SENTENCE_END):
            out.append(line)
            size += len(line) + 1
            if size >= SAMPLE_CHARS:
                return out
    if out:
        return out
    for line in lines:
        if line:
            out.append(line)
            size += len(line) + 1
            if size >= SAMPLE_CHARS:
                break
    return out


# Function words of the languages a newsroom page is most often wrapped in. A line of prose
# in any of them has many; a menu, a headline list or a key: value line has few.
_STOPWORD_TEXT: Final = (
    # English
    "a an and are as at be been but by for from had has have he her his i if in into is it its"
    " not of on or our said says she so than that the their them there they this to was we"
    " were what when which while who will with would you"
    # French
    " au aux avec ce dans de des du elle en est et il ils la le les leur mais ne nous par pas"
    " pour qu que qui sa se ses son sont sur un une"
    # German
    " auf aus bei das dem den der des die ein eine einer es für hat ich ist mit nicht sich"
    " sie und von war wie wir zu zum zur"
    # Spanish / Italian / Portuguese
    " al con del el es las lo los más para por se su sus una il di che non per della nel"
    " da do dos em na no os um uma"
    # Dutch
    " het een van op voor zijn niet met ook"
)
# The list for a page whose language has no jusText stoplist (or is unknown): a quarter of a
# line's words in it reads as full prose.
FUNCTION_WORDS: Final = Stoplist(frozenset(_STOPWORD_TEXT.split()), 0.25)
# jusText's lists hold a language's most frequent words, so prose has a higher share of them
# than of a short list of function words: jusText itself calls a paragraph good from 0.30 up.
JUSTEXT_PROSE_SHARE: Final = 0.35


@lru_cache(maxsize=32)
def stoplist(language: str | None) -> Stoplist | None:
    """The jusText stoplist of a language (ISO 639-1), or None when jusText has none."""
    name = JUSTEXT_STOPLISTS.get(language or "")
    if name is None:
        return None
    return Stoplist(frozenset(w.casefold() for w in get_stoplist(name)), JUSTEXT_PROSE_SHARE)


def page_language(lines: list[str], hint: str | None) -> tuple[str | None, list[str], Stoplist]:
    """The language of a page's prose lines, those lines, and the stoplist it selects."""
    sample = prose_sample(lines)
    language = identify("\n".join(sample), hint)
    return language, sample, stoplist(language) or FUNCTION_WORDS


def article_language(
    language: str | None, sample: list[str], blocks: list[str], hint: str | None
) -> str | None:
    """The page's language is the article's when most of the text that identified it was
    kept (a long page title above the article is not); otherwise the kept text is identified
    again."""
    kept = set(blocks)
    if language is not None and 2 * sum(len(s) for s in sample if s in kept) >= sum(
        map(len, sample)
    ):
        return language
    return identify("\n".join(blocks), hint)
