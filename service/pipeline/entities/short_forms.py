"""Short forms of the article's organisations, to be found again where the model missed them.

An organisation named in full once goes by a shorter name elsewhere in the story, most of
all in a headline in capitals, where the model reads worst:

- its initials: "NBA" for "National Basketball Association" (three letters or more);
- its name without the words that say what it is: "Philips" for "Philips Electronics NV",
  "Amnesty" for "Amnesty International", "Cheung Kong" for "Cheung Kong Holdings";
- in a sports story, a franchise's plural nickname after its city: "Knicks" for "New York
  Knicks" (not "Soup" of "Campbell Soup").

Each short form found is paired with its full name for ``consolidate`` (``short_pairs``).
A short form is never a place, a nationality, a given name, a role or a common word, and
never a surface the article has already typed: "Hong Kong" of "Hong Kong Telecom" stays
the place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from service.pipeline.entities.entity_types import NOT_NAMES
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.entities.given_names import GIVEN_NAMES
from service.pipeline.entities.heads import LEGAL_FORMS, ORG_HEADS, ORG_NOUNS
from service.pipeline.entities.text import fold, initials
from service.pipeline.entities.titles import ROLE_WORDS
from service.pipeline.language import stoplist

# Words that end an organisation's name and say what it is, not which one. Not "party": the
# word before it is an adjective of its members ("Libertarians", "a Conservative MP").
TAILS: Final = (ORG_HEADS | ORG_NOUNS | LEGAL_FORMS | {"international", "worldwide", "global"}) - {
    "party"
}
MIN_INITIALS: Final = 3  # "NBA", "ANC"; two letters are too often a word ("IT", "AT")
MIN_SHORT_CHARS: Final = 3


def org_short_forms(
    types: dict[str, str],
    written: dict[str, str],
    gazetteer: Gazetteer,
    lower_words: Callable[[], frozenset[str]],
    *,
    sports: bool,
) -> dict[str, tuple[str, str]]:
    """Folded short form -> (the form to look for, the folded full name), for the article's
    organisations of two words or more (module docstring). ``lower_words``: the words the
    article writes in lower case (``TokenView.lower_words``, read only when a form needs
    them); a short form with one of them is a common word here
    ("Libertarian" of "Libertarian Party" in "libertarian ideas", "Soup" of a soup company)."""
    common = _common_words()
    out: dict[str, tuple[str, str]] = {}
    for key, etype in types.items():
        if etype != "ORGANIZATION" or " " not in key:
            continue
        words = written.get(key, key).split()
        forms = [initials(words, with_connectors=False)]
        end = len(words)
        while end > 1 and words[end - 1].casefold().rstrip(".,") in TAILS:
            end -= 1
        if end < len(words):
            forms.append(" ".join(words[:end]))
        if sports and words[-1].endswith("s") and gazetteer.lookup(" ".join(words[:-1])):
            forms.append(words[-1])  # "Knicks" of "New York Knicks", a plural nickname
        for form in forms:
            short = fold(form)
            if short in types or short in out or not _plausible(form, gazetteer, common):
                continue
            if not form.isupper() and not lower_words().isdisjoint(form.casefold().split()):
                continue
            out[short] = (form, key)
    return out


def _plausible(form: str, gazetteer: Gazetteer, common: frozenset[str]) -> bool:
    folded = form.casefold()
    if form.isupper() and form.isalpha():
        return len(form) >= MIN_INITIALS and folded not in common
    return (
        len(form) >= MIN_SHORT_CHARS
        and form[:1].isupper()
        and common.isdisjoint(folded.split())
        and folded not in GIVEN_NAMES
        and folded not in NOT_NAMES
        and folded not in ROLE_WORDS
        and not gazetteer.lookup(form)
        and gazetteer.demonym_country(form) is None
    )


def _common_words() -> frozenset[str]:
    """English function and frequent words (jusText's list): no short form is one."""
    english = stoplist("en")
    return english.words if english is not None else frozenset()


def short_pairs(
    shorts: dict[str, tuple[str, str]], written: dict[str, str]
) -> list[tuple[str, str]]:
    """(short form as the article wrote it, full name) of each short form: the pairs
    ``consolidate`` joins, as an acronym's definition."""
    return [
        (written[short], written[full]) for short, (_, full) in shorts.items() if short in written
    ]
