"""The model's work per record is bounded so that it ends within the record's time limit.

The NER step cannot be interrupted: a record that keeps the model busy for longer than
NEWSFLOW_MAX_PROCESSING_SECONDS looks like a hung pipeline process, which is killed,
respawned, and tried again (about 90 s of stalled worker for one 450 kB record of marks).
"""

from __future__ import annotations

from collections.abc import Callable

import orjson

from service.pipeline.ner import NER_TOKENS_PER_SECOND, ner_groups, ner_tokens
from service.pipeline.types import RecordIn
from service.processor import Processor

SENTENCE = "The council met in Paris on Monday and said the plan would go ahead. "


def test_an_article_of_more_tokens_than_its_time_allows_is_rejected_before_the_model(
    processor_for: Callable[..., Processor],
) -> None:
    """At 2 s a record, 6,000 words and marks is the budget: 10,000 marks are too many."""
    processor = processor_for(max_processing_seconds=2)
    content = SENTENCE + "&" * 10_000 + " The mayor spoke."
    (outcome,) = processor.process([RecordIn(value=orjson.dumps({"content": content}))])
    assert outcome.reason == "too_large"
    event = orjson.loads(outcome.messages[0].value)
    assert event["stage"] == "enrich"
    assert "NEWSFLOW_MAX_PROCESSING_SECONDS" in event["detail"]
    assert "enrich" not in dict(outcome.stage_seconds)


def test_an_article_within_the_budget_is_read_by_the_model(
    processor_for: Callable[..., Processor],
) -> None:
    processor = processor_for(max_processing_seconds=2)
    content = SENTENCE * 40  # about 550 tokens
    (outcome,) = processor.process([RecordIn(value=orjson.dumps({"content": content}))])
    assert outcome.outcome == "normalized"
    assert ner_tokens(content) < 2 * NER_TOKENS_PER_SECOND


def test_tokens_count_words_and_each_mark() -> None:
    assert ner_tokens("Paris, France (AP) -- ok") == 9
    assert ner_tokens("&" * 250) == 250


def test_a_batch_is_read_in_groups_each_within_one_records_budget() -> None:
    """Between groups the pipeline process reports progress, so a batch of big articles
    is not taken for a hang; a batch of ordinary articles stays one group."""
    assert ner_groups([100] * 16, budget=5_000) == [list(range(16))]
    assert ner_groups([3_000, 3_000, 1_000, 4_000], budget=5_000) == [[0], [1, 2], [3]]
    assert ner_groups([9_000, 10], budget=5_000) == [[0], [1]]
