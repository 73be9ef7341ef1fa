"""decode: bytes to envelope, or a typed rejection with an actionable detail."""

from __future__ import annotations

import orjson
import pytest

from service.errors import Rejection
from service.pipeline.decode import decode, sniff
from service.pipeline.types import RecordIn

LIMIT = 1_000_000


def rec(value: bytes | None, *headers: tuple[str, bytes]) -> RecordIn:
    return RecordIn(value=value, headers=headers)


def reason_of(record: RecordIn, limit: int = LIMIT) -> str:
    with pytest.raises(Rejection) as info:
        decode(record, limit)
    assert info.value.detail
    assert info.value.stage == "decode"
    return info.value.reason


def test_minimal_envelope_needs_only_content() -> None:
    """An envelope with only `content` decodes, and its type is sniffed."""
    decoded = decode(rec(b'{"content": "Hello world. This is text."}'), LIMIT)
    assert decoded.article.content.startswith("Hello")
    assert decoded.content_type == "text/plain"


def test_unknown_envelope_fields_are_ignored_and_metadata_passes_through() -> None:
    """Scrapers may add fields; `metadata` is kept untouched."""
    value = orjson.dumps({"content": "x" * 50, "crawler": "v2", "metadata": {"a": [1, 2]}})
    decoded = decode(rec(value), LIMIT)
    assert decoded.article.metadata == {"a": [1, 2]}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b"plain words without a header", "invalid_json"),
        (b"[1, 2]", "invalid_envelope"),
        (b'"a string"', "invalid_envelope"),
        (b'{"title": "no content"}', "invalid_envelope"),
        (b'{"content": 42}', "invalid_envelope"),
        (b'{"content": "x", "published_at": "not a date"}', "invalid_envelope"),
        (b'{"content": null}', "empty_content"),
        (b'{"content": "  \\n "}', "empty_content"),
        (b"", "empty_content"),
        (None, "empty_content"),
        (b'{"content": "caf\xe9"}', "undecodable"),
        (b'{"content": "x", "content_type": "application/pdf"}', "unsupported_content_type"),
    ],
)
def test_bad_input_gets_its_reason(value: bytes | None, reason: str) -> None:
    """Each kind of bad input maps to the contract's reason code."""
    assert reason_of(rec(value)) == reason


@pytest.mark.parametrize(
    "value", ["\u2028".encode(), "\u3000\u00a0\n".encode(), "\u2029 \u2028".encode()]
)
def test_a_bare_page_blank_once_decoded_is_empty(value: bytes) -> None:
    """Unicode spaces and line separators are blank, though the bytes are not ASCII space."""
    assert reason_of(rec(value, ("content-type", b"text/plain"))) == "empty_content"


def test_size_cap_is_checked_before_parsing() -> None:
    """A value over the limit is too_large even when it is not JSON at all."""
    assert reason_of(rec(b"{" * 200), limit=100) == "too_large"


def test_binary_content_is_undecodable() -> None:
    """Valid UTF-8 that is mostly control characters is not text."""
    value = orjson.dumps({"content": "\x01\x02\x03\x04" * 50})
    assert reason_of(rec(value)) == "undecodable"


def test_bare_text_with_content_type_header_is_accepted_with_header_fields() -> None:
    """A non-JSON value is an article when its content-type header says text/plain or text/html."""
    decoded = decode(
        rec(b"Some page text.", ("Content-Type", b"text/plain; charset=utf-8"), ("id", b"abc")),
        LIMIT,
    )
    assert decoded.content_type == "text/plain"
    assert decoded.article.id == "abc"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "text/html"),
        ("  <html><head></head></html>", "text/html"),
        ("<div><p>Hello</p></div>", "text/html"),
        ("DAKAR (Reuters) - Mali <3 said", "text/plain"),
        ("Plain text only.", "text/plain"),
    ],
)
def test_sniff_tells_html_from_text(content: str, expected: str) -> None:
    """Without a declared type, the first characters decide."""
    assert sniff(content) == expected
