"""An output event too big for the broker becomes a too_large rejection, not a stalled partition."""

from __future__ import annotations

from collections.abc import Callable

import orjson

from service.pipeline.types import RecordIn
from service.processor import Processor


def test_normalized_event_over_the_message_limit_is_rejected_as_too_large(
    processor_for: Callable[..., Processor],
) -> None:
    """An article whose event exceeds NEWSFLOW_MAX_MESSAGE_BYTES is dead-lettered with a reason."""
    paragraph = "The council met in Paris on Monday and said the plan would go ahead as agreed. "
    content = "\n".join(paragraph * 3 for _ in range(400))
    processor = processor_for(max_message_bytes=20_000)
    (outcome,) = processor.process(
        [RecordIn(value=orjson.dumps({"id": "big", "content": content}))]
    )
    assert outcome.outcome == "rejected"
    assert outcome.reason == "too_large"
    event = orjson.loads(outcome.messages[0].value)
    assert event["stage"] == "build"
    assert "NEWSFLOW_MAX_MESSAGE_BYTES" in event["detail"]
