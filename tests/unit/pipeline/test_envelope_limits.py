"""Envelope fields other than content are bounded at decode: deep or huge metadata, and
over-long fields, are a clear invalid_envelope rejection, before anything reads them."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from service.errors import Rejection
from service.pipeline.decode import MAX_METADATA_DEPTH, decode
from service.pipeline.types import RecordIn

CONTENT = "The council met on Monday and approved the budget for the coming year."


def nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def deep_envelope(depth: int) -> RecordIn:
    """Written by hand: orjson will not even serialise 254 levels."""
    metadata = '{"a":' * (depth - 1) + '{"leaf":1}' + "}" * (depth - 1)
    return RecordIn(value=f'{{"content": "{CONTENT}", "metadata": {metadata}}}'.encode())


def envelope(**fields: Any) -> RecordIn:
    return RecordIn(value=orjson.dumps({"content": CONTENT, **fields}))


@pytest.mark.parametrize("depth", [MAX_METADATA_DEPTH + 1, 254, 255])
def test_metadata_nested_too_deep_is_an_invalid_envelope(depth: int) -> None:
    """Metadata 254 or 255 levels deep (which passed before and then failed to serialise
    after dedup) is rejected at decode, naming the field and the fix."""
    with pytest.raises(Rejection) as caught:
        decode(deep_envelope(depth), 5_000_000)
    assert caught.value.reason == "invalid_envelope"
    assert "'metadata' nests deeper" in caught.value.detail


def test_metadata_at_the_depth_limit_passes_untouched() -> None:
    """The bound leaves ordinary structured metadata alone."""
    decoded = decode(envelope(metadata=nested(MAX_METADATA_DEPTH)), 5_000_000)
    assert decoded.article.metadata == nested(MAX_METADATA_DEPTH)


def test_huge_metadata_is_an_invalid_envelope() -> None:
    """Metadata is copied into every article event: 100 kB of it is refused."""
    with pytest.raises(Rejection) as caught:
        decode(envelope(metadata={"blob": "x" * 100_000}), 5_000_000)
    assert caught.value.reason == "invalid_envelope"
    assert "'metadata' is" in caught.value.detail


@pytest.mark.parametrize(("field", "size"), [("title", 5000), ("id", 2000), ("url", 9000)])
def test_over_long_fields_are_an_invalid_envelope(field: str, size: int) -> None:
    """Each bounded field names itself in the detail."""
    with pytest.raises(Rejection) as caught:
        decode(envelope(**{field: "x" * size}), 5_000_000)
    assert caught.value.reason == "invalid_envelope"
    assert f"'{field}'" in caught.value.detail
