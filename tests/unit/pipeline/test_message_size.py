"""Events too big for the broker degrade deliberately, or become a too_large rejection: never
a stalled partition."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from service.pipeline.types import RecordIn
from service.processor import Processor

PARAGRAPH = "The council met in Paris on Monday and said the plan would go ahead as agreed. "


def test_normalized_event_over_the_message_limit_is_rejected_as_too_large(
    processor_for: Callable[..., Processor],
) -> None:
    """An article whose body alone exceeds NEWSFLOW_MAX_MESSAGE_BYTES is dead-lettered."""
    content = "\n".join(f"Paragraph {i}: {PARAGRAPH * 3}" for i in range(400))
    processor = processor_for(max_message_bytes=20_000)
    (outcome,) = processor.process(
        [RecordIn(value=orjson.dumps({"id": "big", "content": content}))]
    )
    assert outcome.outcome == "rejected"
    assert outcome.reason == "too_large"
    event = orjson.loads(outcome.messages[0].value)
    # known before the model runs: the event holds the body and its paragraphs
    assert event["stage"] == "enrich"
    assert "enrich" not in dict(outcome.stage_seconds)
    assert "NEWSFLOW_MAX_MESSAGE_BYTES" in event["detail"]


def test_a_body_just_under_the_limit_still_reaches_the_model(
    processor_for: Callable[..., Processor],
) -> None:
    """The early check is a floor, not an estimate: a body that may fit is processed, and
    only the event's real size decides."""
    content = "\n".join(f"Paragraph {i}: {PARAGRAPH * 3}" for i in range(30))
    processor = processor_for(max_message_bytes=20_000)
    (outcome,) = processor.process(
        [RecordIn(value=orjson.dumps({"id": "near", "content": content}))]
    )
    assert "enrich" in dict(outcome.stage_seconds)


def test_a_removal_log_too_big_for_the_limit_is_dropped_with_a_flag(
    processor_for: Callable[..., Processor],
) -> None:
    """Hundreds of removed lines make the event too big: the log goes, the article stays."""
    content = "\n".join(PARAGRAPH * 3 for _ in range(400))
    processor = processor_for(max_message_bytes=20_000)
    (outcome,) = processor.process(
        [RecordIn(value=orjson.dumps({"id": "log", "content": content}))]
    )
    assert outcome.outcome == "normalized"
    article = orjson.loads(outcome.messages[0].value)
    assert article["removed"] == []
    assert article["removed_truncated"] is True
    assert all(len(m.value) <= 20_000 for m in outcome.messages)


def test_an_entity_with_thousands_of_mentions_keeps_the_first_ones_under_the_limit(
    processor_for: Callable[..., Processor],
) -> None:
    """One name mentioned thousands of times: its entity event keeps as many mentions as
    fit, flagged, and counts them all."""
    lines = [
        f"Maria Gonzalez spoke in Lima on day {i}, and Maria Gonzalez left." for i in range(1100)
    ]
    processor = processor_for(max_message_bytes=180_000)
    record = RecordIn(value=orjson.dumps({"id": "many", "content": "\n\n".join(lines)}))
    (outcome,) = processor.process([record])
    assert outcome.outcome == "normalized", outcome.detail
    assert all(len(m.value) <= 180_000 for m in outcome.messages)
    events = [orjson.loads(m.value) for m in outcome.messages[1:]]
    person = next(e for e in events if e["name"] == "Maria Gonzalez")
    assert person["mentions_truncated"] is True
    assert person["mention_count"] >= 2200
    assert 0 < len(person["mentions"]) < person["mention_count"]
