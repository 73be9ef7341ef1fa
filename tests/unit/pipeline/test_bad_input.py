"""Bad input through ``Processor.process`` with the real model: one outcome per input.

Each kind of bad input gets the contract's reason and a detail a person can act on, with
the original payload kept (base64 when binary, truncated at NEWSFLOW_DLQ_MAX_PAYLOAD_BYTES).
Input that really is an article, however odd its characters, is normalised instead.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from service.events import ArticleNormalized, ArticleRejected
from service.pipeline.dead_letter import MAX_HEADER_BYTES
from service.pipeline.types import Outcome, RecordIn
from service.processor import Processor

ARTICLE = (
    "Angela Merkel visited Paris on Monday and said the talks with France had been good. "
    "The chancellor met President Emmanuel Macron at the Elysee Palace for two hours.\n\n"
    "Both leaders said they would meet again in Berlin next month to discuss the budget "
    "of the European Union, officials in both capitals told reporters on Monday evening."
)
HEADLINE = "Merkel visits Paris for talks with Macron"
TEXT_PLAIN = ("content-type", b"text/plain; charset=utf-8")
ZERO_WIDTH_AND_BIDI = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"

Run = Callable[..., Outcome]


def envelope(**fields: Any) -> bytes:
    return orjson.dumps(fields)


@pytest.fixture(scope="module")
def processors(processor_for: Callable[..., Processor]) -> Callable[..., Processor]:
    """Factory: a Processor for the given settings, on the session's real model."""
    return processor_for


@pytest.fixture
def run(processors: Callable[..., Processor]) -> Run:
    """Factory: process one record (built from a value, headers and a key) -> its outcome."""

    def go(
        value: bytes | None,
        *headers: tuple[str, bytes | None],
        key: bytes | None = b"article-1",
        **settings: Any,
    ) -> Outcome:
        record = RecordIn(
            value=value,
            key=key,
            headers=headers,
            topic="articles.raw",
            partition=3,
            offset=42,
            timestamp_ms=1_714_550_400_000,
        )
        outcomes = processors(**settings).process([record])
        assert len(outcomes) == 1
        return outcomes[0]

    return go


def rejection(outcome: Outcome, reason: str) -> ArticleRejected:
    """The one rejection event of an outcome, checked against the outcome and its reason."""
    assert outcome.outcome == "rejected", outcome
    assert len(outcome.messages) == 1
    (message,) = outcome.messages
    assert message.channel == "rejected"
    event = ArticleRejected.model_validate_json(message.value)
    assert event.reason == outcome.reason == reason, event.detail
    return event


def article(outcome: Outcome) -> ArticleNormalized:
    """The article.normalized event of an outcome that must be an article."""
    assert outcome.outcome == "normalized", outcome.detail
    assert outcome.messages[0].channel == "normalized"
    return ArticleNormalized.model_validate_json(outcome.messages[0].value)


def assert_actionable(detail: str, *mentions: str) -> None:
    """A sentence a person can act on: several words, naming what was wrong or what to do."""
    assert len(detail.split()) >= 5, detail
    folded = detail.casefold()
    assert any(m.casefold() in folded for m in mentions), (detail, mentions)


def payload_bytes(event: ArticleRejected) -> bytes:
    assert event.payload is not None
    if event.payload_encoding == "base64":
        return base64.b64decode(event.payload, validate=True)
    return event.payload.encode("utf-8")


def assert_no_invisible(text: str) -> None:
    assert not set(text) & set(CONTROLS + ZERO_WIDTH_AND_BIDI + "\ufeff"), repr(text)


# --- not an envelope ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        b"{not json",
        b'{"content": "trailing comma",}',
        b"Angela Merkel visited Paris on Monday.",
        b'{"content": "x", "n": NaN}',
        b"[" * 5000 + b"]" * 5000,
    ],
    ids=["broken", "trailing-comma", "bare-text-without-header", "nan", "nested-5000-deep"],
)
def test_a_value_that_is_not_json_is_rejected_as_invalid_json(run: Run, value: bytes) -> None:
    """A value that is not JSON says so and names the two accepted forms; payload kept as text."""
    event = rejection(run(value), "invalid_json")
    assert event.stage == "decode"
    assert_actionable(event.detail, "JSON object", "content-type")
    assert payload_bytes(event) == value
    assert event.payload_encoding == "utf-8"
    assert not event.payload_truncated


@pytest.mark.parametrize(
    ("value", "named"),
    [
        (b"[1, 2]", "array"),
        (b'"a string"', "string"),
        (b"42", "number"),
        (b"null", "null"),
        (b'{"title": "no content"}', "content"),
        (b'{"content": 42}', "content"),
        (b'{"content": ["a", "list"]}', "content"),
        (b'{"content": {"text": "nested"}}', "content"),
        (b'{"content": "x", "published_at": "last Tuesday"}', "published_at"),
        (b'{"content": "x", "title": ["a"]}', "title"),
        (b'{"content": "x", "metadata": "not an object"}', "metadata"),
    ],
)
def test_json_of_the_wrong_shape_is_rejected_as_invalid_envelope(
    run: Run, value: bytes, named: str
) -> None:
    """Valid JSON that is no envelope names what was wrong: the JSON type or the field."""
    event = rejection(run(value), "invalid_envelope")
    assert_actionable(event.detail, named)
    assert payload_bytes(event) == value


def test_a_byte_order_mark_before_the_envelope_is_ignored(run: Run) -> None:
    """A UTF-8 BOM before the JSON (RFC 8259 lets parsers ignore it) does not lose the article."""
    outcome = run(b"\xef\xbb\xbf" + envelope(content=ARTICLE, title=HEADLINE))
    assert article(outcome).headline == HEADLINE


# --- nothing to ingest, or too much ----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        envelope(content=None),
        envelope(content=""),
        envelope(content=" \n\t\r\n "),
        b"",
        b"   \n",
    ],
    ids=["null", "empty", "blank", "empty-value", "blank-value"],
)
def test_null_or_blank_content_is_rejected_as_empty_content(run: Run, value: bytes) -> None:
    """Null, empty or blank content is empty_content, and the payload is kept as sent."""
    event = rejection(run(value), "empty_content")
    assert_actionable(event.detail, "null or blank")
    assert payload_bytes(event) == value


def test_a_rejected_envelope_still_names_its_upstream_id(run: Run) -> None:
    """The dead letter of an envelope that failed validation carries the scraper's id, so
    an operator can find the item upstream; a non-string id is not echoed."""
    named = rejection(run(envelope(content="", id="scraper-42")), "empty_content")
    assert named.source_id == "scraper-42"
    unnamed = rejection(run(envelope(content="", id=42)), "empty_content")
    assert unnamed.source_id is None


def test_tombstone_value_is_rejected_as_empty_content_without_payload(run: Run) -> None:
    """A record with value None (a tombstone) is empty_content with no payload at all."""
    event = rejection(run(None), "empty_content")
    assert event.payload is None
    assert event.payload_size == 0
    assert not event.payload_truncated
    assert_actionable(event.detail, "no value")


def test_content_over_the_limit_is_rejected_as_too_large(run: Run) -> None:
    """A value over NEWSFLOW_MAX_CONTENT_BYTES is too_large; the detail names the setting."""
    value = envelope(content=ARTICLE * 10)
    event = rejection(run(value, max_content_bytes=len(value) - 1), "too_large")
    assert event.stage == "decode"
    assert_actionable(event.detail, "NEWSFLOW_MAX_CONTENT_BYTES")
    assert event.payload_size == len(value)


def test_content_at_the_limit_is_an_article(run: Run) -> None:
    """A value of exactly NEWSFLOW_MAX_CONTENT_BYTES is still processed."""
    value = envelope(content=ARTICLE, title=HEADLINE)
    assert article(run(value, max_content_bytes=len(value))).headline == HEADLINE


def test_bare_text_over_the_limit_is_rejected_as_too_large(run: Run) -> None:
    """The limit holds for bare text/plain values too, before anything is decoded."""
    value = ARTICLE.encode() * 10
    event = rejection(run(value, TEXT_PLAIN, max_content_bytes=1000), "too_large")
    assert_actionable(event.detail, "NEWSFLOW_MAX_CONTENT_BYTES")


# --- not text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "headers"),
    [
        (b'{"content": "caf\xe9 in Paris"}', ()),
        (random.Random(7).randbytes(4096), ()),
        (random.Random(8).randbytes(4096), (TEXT_PLAIN,)),
        (b"\x1f\x8b\x08\x00" + bytes(range(128, 256)) * 8, ()),  # a gzip stream
    ],
    ids=["latin1-in-envelope", "random-bytes", "random-bytes-as-text", "gzip"],
)
def test_invalid_utf8_is_undecodable_with_the_payload_in_base64(
    run: Run, value: bytes, headers: tuple[tuple[str, bytes], ...]
) -> None:
    """A JSON value that is not UTF-8, and bytes no charset reads, are undecodable; the payload
    round-trips through base64."""
    event = rejection(run(value, *headers), "undecodable")
    assert_actionable(event.detail, "UTF-8")
    assert event.payload_encoding == "base64"
    assert payload_bytes(event) == value


def test_a_bare_latin1_page_under_a_wrong_utf8_label_is_read_as_latin1(run: Run) -> None:
    """A bare page is decoded as a browser would: a charset label that cannot decode the bytes
    is passed over, and Latin-1 (windows-1252) bytes become their text."""
    value = ARTICLE.replace("Elysee", "\u00c9lys\u00e9e").encode("cp1252")
    normalized = article(run(value, TEXT_PLAIN))
    assert "Élysée Palace" in normalized.body


@pytest.mark.parametrize(
    ("value", "headers"),
    [
        (bytes(range(32)) * 64, (TEXT_PLAIN,)),
        (envelope(content="\x00\x01\x02\x03\x04\x05 binary" * 50), ()),
        (envelope(content="\ufffd\ufffd\ufffd?" * 100), ()),
    ],
    ids=["control-bytes-as-text", "control-chars-in-envelope", "replacement-chars"],
)
def test_binary_garbage_that_is_valid_utf8_is_undecodable(
    run: Run, value: bytes, headers: tuple[tuple[str, bytes], ...]
) -> None:
    """Valid UTF-8 that is mostly control or replacement characters is not text."""
    event = rejection(run(value, *headers), "undecodable")
    assert_actionable(event.detail, "binary")
    assert payload_bytes(event) == value


# --- odd characters inside a real article ------------------------------------------------------


def test_control_characters_inside_an_article_are_removed(run: Run) -> None:
    """NUL, BEL, ESC, DEL and C1 controls between words are dropped; the article stays."""
    dirty = ARTICLE.replace(" the ", f" {CONTROLS} the ").replace("Merkel ", "Merkel\x00 ")
    normalized = article(run(envelope(content=dirty, title="Merkel\x00 visits\x07 Paris")))
    assert normalized.headline == "Merkel visits Paris"
    assert "Angela Merkel visited Paris on Monday" in normalized.body
    for text in [normalized.body, *normalized.paragraphs]:
        assert_no_invisible(text)
    assert len(normalized.paragraphs) == 2


def test_control_characters_in_a_bare_text_article_are_removed(run: Run) -> None:
    """The bare text/plain path repairs control characters the same way."""
    dirty = ARTICLE.replace(". ", f".{CONTROLS} ")
    normalized = article(run(dirty.encode(), TEXT_PLAIN, ("title", HEADLINE.encode())))
    assert normalized.headline == HEADLINE
    assert_no_invisible(normalized.body)
    assert "talks with France had been good." in normalized.body


@pytest.mark.parametrize("mark", list(ZERO_WIDTH_AND_BIDI + "\ufeff"))
def test_zero_width_and_bidi_characters_are_removed_from_body_and_headline(
    run: Run, mark: str
) -> None:
    """A zero-width or bidi control inside words is removed from the headline and the body."""
    title = HEADLINE.replace("Merkel", f"Mer{mark}kel").replace(" ", f"{mark} ")
    content = ARTICLE.replace("Merkel", f"Mer{mark}kel").replace("Paris", f"{mark}Paris{mark}")
    normalized = article(run(envelope(content=content, title=title)))
    assert normalized.headline == HEADLINE
    assert "Angela Merkel visited Paris on Monday" in normalized.body
    assert mark not in normalized.body
    assert normalized.body == "\n\n".join(normalized.paragraphs)


def test_zero_width_and_bidi_characters_are_removed_from_an_html_article(run: Run) -> None:
    """On the HTML path the page title and the text lose their invisible characters too."""
    zw = ZERO_WIDTH_AND_BIDI
    paragraphs = "".join(f"<p>{p.replace(' ', f' {zw}')}</p>" for p in ARTICLE.split("\n\n"))
    html = (
        f"<html><head><title>{HEADLINE.replace(' ', zw + ' ')}</title></head>"
        f"<body><article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>"
    )
    normalized = article(run(envelope(content=html, content_type="text/html")))
    assert normalized.headline == HEADLINE
    assert_no_invisible(normalized.body)
    assert "Angela Merkel visited Paris on Monday" in normalized.body


def test_combining_marks_are_composed(run: Run) -> None:
    """Decomposed accents (e + U+0301) come out composed (NFC), as one character."""
    content = ARTICLE.replace("Elysee", "Elyse\u0301e")
    body = article(run(envelope(content=content))).body
    assert "Elys\u00e9e Palace" in body
    assert "\u0301" not in body


# --- pathological shapes -----------------------------------------------------------------------


def assert_outcome_of_a_big_page(outcome: Outcome) -> None:
    """Rejected with a page-level reason and an actionable detail, or a valid article."""
    if outcome.outcome == "normalized":
        assert article(outcome).paragraphs
        return
    event = rejection(outcome, str(outcome.reason))
    assert event.reason in {"no_article_body", "too_large", "processing_timeout"}, event.detail
    assert_actionable(event.detail, "article", "NEWSFLOW_")


@pytest.mark.timeout(120)
def test_html_bomb_of_100k_nested_divs_finishes_with_an_outcome(run: Run) -> None:
    """100,000 nested <div>s around an article end in one outcome, not a crash or a hang."""
    html = "<html><body>" + "<div>" * 100_000 + f"<p>{ARTICLE}</p>" + "</div>" * 100_000
    assert_outcome_of_a_big_page(run(envelope(content=html + "</body></html>")))


@pytest.mark.timeout(120)
def test_a_million_tiny_elements_finish_with_an_outcome(run: Run) -> None:
    """A million empty elements around an article end in one outcome."""
    html = "<html><body>" + "<i></i>" * 1_000_000 + f"<p>{ARTICLE}</p></body></html>"
    assert_outcome_of_a_big_page(run(envelope(content=html), max_content_bytes=10_000_000))


@pytest.mark.timeout(120)
def test_many_elements_just_under_the_tree_cap_finish_with_an_outcome(run: Run) -> None:
    """50,000 sibling paragraphs (under trafilatura's tree cap) end in one outcome."""
    html = "<html><body>" + "<p>x</p>" * 50_000 + f"<p>{ARTICLE}</p></body></html>"
    assert_outcome_of_a_big_page(run(envelope(content=html)))


@pytest.mark.timeout(120)
def test_five_megabyte_single_line_finishes_with_an_outcome(run: Run) -> None:
    """A 5 MB bare text/plain line ends in one outcome; a rejection keeps a truncated payload."""
    value = (ARTICLE.replace("\n\n", " ") + " ").encode() * (5_000_000 // (len(ARTICLE) + 1))
    outcome = run(value, TEXT_PLAIN, max_content_bytes=6_000_000)
    assert outcome.outcome in {"normalized", "rejected"}
    assert outcome.messages
    if outcome.outcome == "rejected":
        (message,) = outcome.messages
        event = ArticleRejected.model_validate_json(message.value)
        assert event.detail.strip()
        assert event.payload_truncated
        assert event.payload_size == len(value)
        assert value.startswith(payload_bytes(event))


@pytest.mark.timeout(120)
def test_five_megabyte_single_line_is_not_reported_as_a_newsflow_bug(run: Run) -> None:
    """Text longer than the NER model accepts is an article or too_large, not processing_error."""
    value = (ARTICLE.replace("\n\n", " ") + " ").encode() * (5_000_000 // (len(ARTICLE) + 1))
    outcome = run(value, TEXT_PLAIN, max_content_bytes=6_000_000)
    assert outcome.reason in {None, "too_large"}, outcome.detail


@pytest.mark.timeout(120)
def test_a_parenthesised_paragraph_with_many_bys_is_an_article(run: Run) -> None:
    """A paragraph in parentheses with many "by"s is prose, read in linear time, not a credit."""
    aside = (
        "(The bill was passed by parliament by a large majority, backed by the ruling party "
        "and by most of the opposition, reviewed by the senate by a committee chaired by a "
        "former judge appointed by the president by decree, and criticised by unions and by "
        "employers alike, who were consulted by the ministry by letter by the end of May"
    )
    normalized = article(run(envelope(content=f"{ARTICLE}\n\n{aside}", title=HEADLINE)))
    assert normalized.paragraphs[-1] == aside
    assert normalized.credits == []


# --- lone surrogate escapes -------------------------------------------------------------------


def _content_ending(escapes: str) -> bytes:
    """An envelope whose content ends with raw JSON escapes (orjson cannot write these)."""
    head = orjson.dumps({"title": HEADLINE, "content": ARTICLE})
    assert head.endswith(b'"}')
    return head[:-2] + escapes.encode("ascii") + b'"}'


def test_a_lone_surrogate_escape_is_read_as_a_replacement_character(run: Run) -> None:
    """JSON.stringify writes a string cut inside an emoji as a lone surrogate escape, which
    RFC 8259 allows: the article is kept, each lone half shown as U+FFFD, as a browser shows
    it. An escaped pair stays its character; an escaped backslash before "ud83d" stays text."""
    value = _content_ending(
        r" Cut \ud83d here, \uDE00 there, whole \ud83d\ude00, twice \ud83d\ud83d\ude00,"
        r" text \\ud83d."
    )
    body = article(run(value)).paragraphs[-1]
    assert body.endswith(
        " Cut \ufffd here, \ufffd there, whole \U0001f600, twice \ufffd\U0001f600, text \\ud83d."
    ), body


def test_a_lone_surrogate_does_not_hide_other_json_errors(run: Run) -> None:
    """Only the lone surrogate is forgiven: the same envelope, cut short, is still invalid."""
    event = rejection(run(_content_ending(r" cut \ud83d")[:-2]), "invalid_json")
    assert_actionable(event.detail, "JSON")


# --- headers and keys --------------------------------------------------------------------------

ODD_HEADERS: tuple[tuple[str, bytes | None], ...] = (
    ("x-trace", b"a" * 1_000_000),
    ("x-binary", b"\xff\xfe\x00\x80 not utf-8"),
    ("", b"a header with an empty name"),
    ("x-empty", b""),
    ("x-none", None),  # Kafka clients hand a header without a value over as None
    ("X-Ünïcode name\u200b", "värde".encode()),
)


def test_huge_binary_and_nameless_headers_do_not_stop_an_article(run: Run) -> None:
    """A 1 MB header value, a binary value and an empty header name leave the article as it is."""
    normalized = article(run(envelope(content=ARTICLE, title=HEADLINE), *ODD_HEADERS))
    assert normalized.headline == HEADLINE


def test_odd_headers_are_kept_in_the_rejection(run: Run) -> None:
    """A rejection carries every header, each cut at 4 KiB; binary values are base64."""
    event = rejection(run(b"{broken", *ODD_HEADERS), "invalid_json")
    assert [h.key for h in event.headers] == [k for k, _ in ODD_HEADERS]
    for header, (_, value) in zip(event.headers, ODD_HEADERS, strict=True):
        if header.value_encoding == "base64":
            assert (
                base64.b64decode(header.value, validate=True) == (value or b"")[:MAX_HEADER_BYTES]
            )
        else:
            assert header.value.encode("utf-8") == (value or b"")[:MAX_HEADER_BYTES]
    assert event.headers[1].value_encoding == "base64"


@pytest.mark.parametrize(
    "content_type", [b"", b"\xff\xfe", b"application/octet-stream", b"text/plain\x00"]
)
def test_an_odd_content_type_header_falls_back_to_the_json_envelope(
    run: Run, content_type: bytes
) -> None:
    """A content-type header that names no text type is ignored: the value is read as JSON."""
    outcome = run(envelope(content=ARTICLE, title=HEADLINE), ("content-type", content_type))
    assert article(outcome).headline == HEADLINE


def test_missing_key_gives_a_rejection_with_a_null_origin_key(run: Run) -> None:
    """key=None: the rejection is published without a key and its origin.key is null."""
    outcome = run(b"{broken", key=None)
    event = rejection(outcome, "invalid_json")
    assert outcome.messages[0].key is None
    assert event.origin.key is None
    assert event.origin.key_encoding is None
    assert (event.origin.topic, event.origin.partition, event.origin.offset) == (
        "articles.raw",
        3,
        42,
    )


def test_binary_key_is_kept_in_base64(run: Run) -> None:
    """A key that is not UTF-8 is echoed in base64, and the message keeps the original key."""
    key = b"\x00\xff\xfekey"
    outcome = run(b"{broken", key=key)
    event = rejection(outcome, "invalid_json")
    assert outcome.messages[0].key == key
    assert event.origin.key_encoding == "base64"
    assert event.origin.key is not None
    assert base64.b64decode(event.origin.key) == key


# --- the payload in the dead letter ------------------------------------------------------------


def test_payload_over_the_dlq_limit_is_truncated_and_flagged(run: Run) -> None:
    """Beyond NEWSFLOW_DLQ_MAX_PAYLOAD_BYTES the payload is a prefix, flagged as truncated."""
    value = b"{not json " + b"x" * 990
    event = rejection(run(value, dlq_max_payload_bytes=100), "invalid_json")
    assert event.payload_truncated
    assert event.payload_size == len(value)
    assert payload_bytes(event) == value[:100]


def test_payload_at_the_dlq_limit_is_whole(run: Run) -> None:
    """A payload of exactly NEWSFLOW_DLQ_MAX_PAYLOAD_BYTES is kept whole and not flagged."""
    value = b"{not json " + b"x" * 90
    event = rejection(run(value, dlq_max_payload_bytes=len(value)), "invalid_json")
    assert not event.payload_truncated
    assert payload_bytes(event) == value


def test_truncation_never_splits_a_utf8_character(run: Run) -> None:
    """A cut inside a multi-byte character moves back to its start: the payload stays text."""
    value = b"{not json " + "é".encode() * 100  # "é" is two bytes; byte 101 is mid-character
    event = rejection(run(value, dlq_max_payload_bytes=101), "invalid_json")
    assert event.payload_truncated
    assert event.payload_encoding == "utf-8"
    assert payload_bytes(event) == value[:100]


def test_truncated_binary_payload_round_trips_through_base64(run: Run) -> None:
    """Binary payloads are cut at the limit, then base64-encoded; decoding gives the prefix."""
    value = random.Random(3).randbytes(5000)
    event = rejection(run(value, dlq_max_payload_bytes=1000), "undecodable")
    assert event.payload_truncated
    assert event.payload_encoding == "base64"
    assert payload_bytes(event) == value[:1000]


def test_records_over_their_processing_time_are_rejected_in_order(
    processors: Callable[..., Processor],
) -> None:
    """Every record of a batch is charged its own time; past NEWSFLOW_MAX_PROCESSING_SECONDS
    it leaves with a processing_timeout rejection at the next stage, in input order, and
    the bad record of the batch keeps its own reason."""
    text = "Officials in Bamako said on Tuesday that the talks would resume next week. " * 5
    records = [RecordIn(value=envelope(id=f"a-{i}", content=text), offset=i) for i in range(3)] + [
        RecordIn(value=b"{not json", offset=3)
    ]
    outcomes = processors(max_processing_seconds=1e-9).process(records)
    assert [o.reason for o in outcomes] == ["processing_timeout"] * 3 + ["invalid_json"]
    for outcome in outcomes[:3]:
        event = rejection(outcome, "processing_timeout")
        assert event.stage == "clean"  # decode ran; clean was not started
        assert_actionable(event.detail, "NEWSFLOW_MAX_PROCESSING_SECONDS")
        assert dict(outcome.stage_seconds)["decode"] > 0
