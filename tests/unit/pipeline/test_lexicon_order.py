"""A line that two tables match is named by the first table, whether the branch that
matches is tried in the one alternation or apart (the branches that may start anywhere in a
line: a rights notice, a tracker's key, a comment's author line)."""

from __future__ import annotations

import re

import pytest

from service.pipeline import lexicon


@pytest.mark.parametrize(
    ("line", "category", "also"),
    [
        # a rights notice (footer, tried apart) before a caption and a related-links head
        ("Photo: Reuters. All rights reserved.", "footer", lexicon.CAPTION_FURNITURE),
        ("Read more: All rights reserved", "footer", lexicon.RELATED_HEAD),
        ("Subscribe now. Tous droits réservés.", "footer", lexicon.CALL_TO_ACTION),
        # a publishing stamp (paywall metadata, in the alternation) before a rights notice
        ("Published: May 5, 2019. All rights reserved", "paywall_metadata", lexicon.FOOTER),
        # a tracker's key (tried apart) before a call to action
        ("Sign up type: free", "paywall_metadata", lexicon.CALL_TO_ACTION),
    ],
)
def test_the_first_table_that_matches_names_the_line(
    line: str, category: str, also: object
) -> None:
    assert isinstance(also, re.Pattern)
    assert also.fullmatch(line.casefold()) is not None  # the later table matches it too
    assert lexicon.lexicon_category(line) == category


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("© 2024 Example Media. All rights reserved.", "footer"),
        ("Alle Rechte vorbehalten.", "footer"),
        ("Campaign ID: 46", "paywall_metadata"),
        ("thelastchargersfan says:", "comments"),
        ("Alex on September 17, 2018 at 6:34 am said:", "comments"),
    ],
)
def test_lines_of_the_branches_tried_apart_are_named(line: str, category: str) -> None:
    assert lexicon.lexicon_category(line) == category


@pytest.mark.parametrize(
    "line",
    [
        "The rights reserved for shareholders were set out in the filing.",
        "The minister said: we are ready to go, and talks resume next week.",
        "Status of the talks remains unclear, officials said.",
    ],
)
def test_article_sentences_near_those_branches_stay_body(line: str) -> None:
    assert lexicon.lexicon_category(line) is None
