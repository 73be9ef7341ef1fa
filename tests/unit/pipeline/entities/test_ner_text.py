"""The text the model reads: same offsets as the article, and no run the tokenizer chokes on.

spaCy's tokenizer strips prefix and suffix punctuation one character at a time, copying the
rest of the run each time: a run of 20,000 quote marks took about 40 s, over the per-record
limit, and a record like that hung the pipeline process.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from service.pipeline.entities.sections import MAX_RUN, ner_text, written_text
from service.pipeline.types import Enriched, ParsedArticle

SENTENCE = "Angela Merkel visited Paris on Monday, officials said."


def _longest_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"\S+", text)), default=0)


def test_long_runs_are_broken_without_moving_any_offset() -> None:
    """A 30,000-character run of quote marks reaches the model in short runs, same length."""
    parsed = ParsedArticle("Talks", (SENTENCE + " " + '"' * 30_000 + " Then she left.",))
    text = ner_text(parsed)
    assert len(text) == len(written_text(parsed))
    assert _longest_run(text) <= MAX_RUN
    assert text.startswith("Talks\n\n" + SENTENCE)
    assert text.endswith(" Then she left.")


def test_words_and_urls_up_to_the_bound_are_untouched() -> None:
    """Real words, compounds and ordinary URLs are shorter than the bound."""
    url = "https://www.example.com/news/2026/12/04/council-approves-budget-after-long-debate"
    compound = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    parsed = ParsedArticle(None, (f"{SENTENCE} See {url} on the {compound}.",))
    assert len(url) <= MAX_RUN
    assert ner_text(parsed) == written_text(parsed)


def test_an_article_with_a_run_of_punctuation_keeps_its_entities(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """The model reads the rest of the paragraph as before: the names around the run."""
    parsed = ParsedArticle(None, (SENTENCE + " " + "(!?" * 7_000 + " She met Emmanuel Macron.",))
    names = {e.name for e in enrich_article(parsed).entities}
    assert {"Angela Merkel", "Paris", "Emmanuel Macron"} <= names
