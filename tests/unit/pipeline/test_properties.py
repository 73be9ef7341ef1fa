"""Properties over arbitrary input: nothing escapes the pipeline but a typed rejection.

Hypothesis drives decode, clean and parse one by one, then the whole ``process_batch`` with
the real NER model, with arbitrary bytes, headers, JSON envelopes, Unicode text (controls,
NUL, zero-width, bidi, combining marks) and HTML-ish strings.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

import orjson
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from service.errors import Rejection
from service.events import (
    ArticleNormalized,
    ArticleRejected,
    EntityMentioned,
    RawArticle,
    RejectReason,
)
from service.pipeline import Limits, Resources, process_batch
from service.pipeline.clean import clean
from service.pipeline.credits import parse_credit_line
from service.pipeline.decode import BINARY_SAMPLE_CHARS, BINARY_SHARE, _binary_share, decode
from service.pipeline.parse import parse
from service.pipeline.types import Decoded, Outcome, ParsedArticle, RecordIn

REASONS = frozenset(get_args(RejectReason))
LIMITS = Limits(max_content_bytes=200_000, max_processing_seconds=60.0, dlq_max_payload_bytes=4096)
VERSION = "newsflow-test+model"
NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

# Stage-level properties are cheap; the model-backed ones run fewer examples.
STAGE_RUNS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BATCH_RUNS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- strategies ------------------------------------------------------------------------------

# Characters that break naive text handling: C0/C1 controls and NUL, zero-width and bidi
# controls, combining marks, BOM, soft hyphen, U+FFFD, line and paragraph separators,
# quote marks and the punctuation the parse patterns look for.
ODD_CHARS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u0301\u0308\u0327\u20dd\ufeff\u00ad\ufffd\u2028\u2029\u00a0\n\r\t"
    '"“”«»„()/:;,.-—–<>&'
)
# What normalised text must never carry: controls other than the paragraph break, and the
# zero-width and bidi characters that repair drops.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
SENTENCES = (
    "Angela Merkel visited Paris on Monday and said the talks with France were good.",
    "DAKAR (Reuters) - Mali's prime minister said on Saturday the country had the right to "
    "seek military support from other partners.",
    '"We are ready to go further than that," Maiga told reporters in Bamako on Sunday.',
    "The European Union and the United Nations discussed the budget in Brussels this week.",
    "By Jane Doe and John Roe",
    "(Reporting by Bate Felix; Editing by Edmund Blair)",
    "FILE PHOTO: Soldiers patrol a street in Gao. REUTERS/Jo Smith/File Photo",
    "Advertisement",
    "34 Comments",
    "Read more: Something else happened elsewhere",
    "Image caption Protesters gathered outside the parliament",
    "Cafés in Berlin complained about prices on Tuesday, the association said.",
)
# Tags, entities and broken markup: "<p", "&#0;", an unclosed comment, a script holding "<p>".
HTML_PIECES = (
    "<html><head><title>Merkel\u200b visits Paris</title></head><body>",
    "</body></html>",
    "<script>var x = '<p>';</script>",
    "<meta name='author' content='Jane\x07 Doe'>",
    "<a href='/x'>",
    "<article>", "</article>", "<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>",
    "</a>", "<!--", "-->", "<![CDATA[", "]]>", "&nbsp;", "&amp;", "&#0;", "&#xD800;", "<p",
    "<<>>", "</",
)  # fmt: skip

odd_text = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(ODD_CHARS)),
    max_size=60,
)
separators = st.sampled_from(["", " ", "\n", "\n\n", "\r\n", "\t", "\u2029"])
article_text = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(SENTENCES), odd_text, st.sampled_from(ODD_CHARS)), separators
    ),
    min_size=1,
    max_size=20,
).map(lambda parts: "".join(p + s for p, s in parts))
html_text = st.lists(
    st.one_of(st.sampled_from(HTML_PIECES), st.sampled_from(SENTENCES), odd_text), max_size=30
).map("".join)
page_text = st.one_of(article_text, html_text, odd_text)

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),  # orjson's range
    st.floats(allow_nan=False, allow_infinity=False),
    odd_text,
)
json_values = st.recursive(
    json_leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=12,
)
# Envelope fields with the right type, a wrong type, or absent; content also absent or null.
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(odd_text, json_values),
        "url": st.one_of(st.just("https://example.com/news/a?utm_source=x#top"), odd_text),
        "source": st.one_of(odd_text, json_values),
        "title": st.one_of(odd_text, st.none(), json_values),
        "content": st.one_of(page_text, st.none(), json_values),
        "content_type": st.one_of(
            st.sampled_from(
                [
                    "text/plain",
                    "text/html",
                    "Text/HTML; charset=utf-8",
                    "application/xhtml+xml",
                    "application/pdf",
                    "",
                ]
            ),
            json_values,
        ),
        "published_at": st.one_of(st.just("2024-05-01T08:00:00Z"), odd_text, json_values),
        "language": st.one_of(st.sampled_from(["en", "fr", "EN-gb"]), odd_text, json_values),
        "metadata": json_values,
    },
)
well_typed_envelopes = st.builds(
    lambda content, title, ctype: {
        "content": content,
        **({"title": title} if title is not None else {}),
        **({"content_type": ctype} if ctype is not None else {}),
    },
    page_text,
    st.one_of(st.none(), odd_text, st.sampled_from(SENTENCES)),
    st.sampled_from([None, "text/plain", "text/html"]),
)
values = st.one_of(
    st.none(),
    st.binary(max_size=300),
    well_typed_envelopes.map(orjson.dumps),
    envelopes.map(orjson.dumps),
    json_values.map(orjson.dumps),
    page_text.map(str.encode),
)
header_names = st.one_of(
    st.sampled_from(["content-type", "Content-Type", "CONTENT-TYPE", "id", "title", "url", ""]),
    odd_text,
)
# Kafka clients hand a header without a value over as None.
header_values = st.one_of(
    st.none(),
    st.sampled_from([b"", b"text/plain", b"text/html; charset=utf-8", b"application/json",
                     b"\xff\xfe\x00", b"x" * 100_000]),
    st.binary(max_size=40),
    odd_text.map(str.encode),
)  # fmt: skip
records = st.builds(
    RecordIn,
    value=values,
    key=st.one_of(st.none(), st.binary(max_size=16), st.just(b"article-1")),
    headers=st.lists(st.tuples(header_names, header_values), max_size=4).map(tuple),
    topic=st.one_of(st.none(), st.just("articles.raw")),
    partition=st.one_of(st.none(), st.integers(min_value=0, max_value=63)),
    offset=st.one_of(st.none(), st.integers(min_value=0, max_value=2**62)),
    timestamp_ms=st.one_of(st.none(), st.integers(min_value=0, max_value=4_102_444_800_000)),
)
# Records that are articles more often than not: a valid envelope with arbitrary page text.
article_records = st.builds(
    RecordIn,
    value=well_typed_envelopes.map(orjson.dumps),
    key=st.one_of(st.none(), st.just(b"k")),
    topic=st.just("articles.raw"),
    partition=st.integers(min_value=0, max_value=5),
    offset=st.integers(min_value=0, max_value=10_000),
)


# --- helpers ---------------------------------------------------------------------------------


def assert_typed(rejection: Rejection, stages: set[str]) -> None:
    assert rejection.reason in REASONS
    assert rejection.stage in stages
    assert rejection.detail.strip()


def assert_clean_text(text: str | None) -> None:
    assert text is None or FORBIDDEN.search(text) is None, repr(text)


def assert_valid_outcome(outcome: Outcome) -> None:
    """Every message is a valid event of its channel; a rejection is one message."""
    assert outcome.messages
    event(f"{outcome.outcome} {outcome.reason or ''}".strip())  # the spread, in statistics
    if outcome.outcome == "rejected":
        assert len(outcome.messages) == 1
        (message,) = outcome.messages
        assert message.channel == "rejected"
        rejected = ArticleRejected.model_validate_json(message.value)
        assert rejected.reason == outcome.reason
        assert rejected.reason != "processing_error", rejected.detail  # that would be a bug
        assert rejected.detail.strip()
        assert rejected.article_id == outcome.article_id
        return
    assert outcome.outcome == "normalized"
    head, *rest = outcome.messages
    assert head.channel == "normalized"
    article = ArticleNormalized.model_validate_json(head.value)
    assert article.article_id == outcome.article_id
    assert article.paragraphs
    assert article.body == "\n\n".join(article.paragraphs)
    for text in (article.headline, *article.paragraphs):
        assert_clean_text(text)
    for text in (*(c.text for c in article.captions), *(c.name for c in article.credits)):
        assert_clean_text(text)
    assert len(rest) == outcome.entity_count == len(article.entities)
    for message in rest:
        assert message.channel == "entities"
        entity = EntityMentioned.model_validate_json(message.value)
        assert entity.article_id == article.article_id
        for mention in entity.mentions:
            if mention.section == "body":
                assert article.body[mention.start : mention.end] == mention.text


def without_processed_at(outcome: Outcome) -> list[dict[str, Any]]:
    events = []
    for message in outcome.messages:
        payload = orjson.loads(message.value)
        payload.pop("processed_at")
        events.append({"channel": message.channel, "key": message.key, **payload})
    return events


# --- stages one by one -----------------------------------------------------------------------


@STAGE_RUNS
@given(records)
def test_decode_returns_an_envelope_or_a_typed_rejection(record: RecordIn) -> None:
    """decode turns any record into an envelope with a known type, or a typed rejection."""
    try:
        decoded = decode(record, LIMITS.max_content_bytes)
    except Rejection as exc:
        assert_typed(exc, {"decode"})
        return
    assert decoded.content_type in {"text/plain", "text/html"}
    assert decoded.article.content.strip()


@STAGE_RUNS
@given(page_text, st.sampled_from(["text/plain", "text/html"]), st.one_of(st.none(), odd_text))
def test_clean_and_parse_return_structure_or_a_typed_rejection(
    content: str, content_type: str, title: str | None
) -> None:
    """clean and parse turn any text or HTML into article structure, or a typed rejection."""
    decoded = Decoded(RawArticle(content=content, title=title), content_type)
    try:
        parsed = parse(decoded, clean(decoded))
    except Rejection as exc:
        assert_typed(exc, {"clean", "parse"})
        return
    assert isinstance(parsed, ParsedArticle)
    assert parsed.paragraphs
    assert all(p and "\n" not in p for p in parsed.paragraphs)
    for quote in parsed.quotes:
        assert 0 <= quote.start <= len(parsed.paragraphs[quote.paragraph])


@STAGE_RUNS
@given(article_text, st.one_of(st.none(), odd_text))
def test_normalised_text_has_no_control_zero_width_or_bidi_characters(
    content: str, title: str | None
) -> None:
    """Headline, paragraphs, captions and credits never keep controls, NUL, ZW or bidi marks."""
    decoded = Decoded(RawArticle(content=content, title=title), "text/plain")
    try:
        parsed = parse(decoded, clean(decoded))
    except Rejection as exc:
        assert_typed(exc, {"clean", "parse"})
        return
    assert_clean_text(parsed.headline)
    for text in parsed.paragraphs:
        assert_clean_text(text)
    for caption in parsed.captions:
        assert_clean_text(caption.text)
    for credit in parsed.credits:
        assert_clean_text(credit.name)


@STAGE_RUNS
@given(
    st.builds(
        lambda parts, close: "(" + "".join(parts) + close,
        st.lists(st.sampled_from(["a by ", "the bill by ", "Reporting by "]), max_size=30),
        st.sampled_from([")", ").", " x"]),
    )
)
def test_credit_line_parsing_finishes_on_parentheses_full_of_bys(line: str) -> None:
    """Parenthesised text with many "by"s parses to credits or None (no runaway backtracking)."""
    credits = parse_credit_line(line)
    assert credits is None or all(c.name.strip() and c.role for c in credits)


@STAGE_RUNS
@given(st.text(alphabet=st.sampled_from("ab \n\r\t\x00\x01\x1f\x7f\ufffd\u200bé"), max_size=200))
def test_binary_check_counts_what_binary_bytes_decode_to(text: str) -> None:
    """The fast binary check agrees with its definition: C0 controls but tab/LF/CR, and U+FFFD."""
    sample = text[:BINARY_SAMPLE_CHARS]
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\n\r\t") or ch == "\ufffd")
    assert (_binary_share(text) > BINARY_SHARE) == (
        bool(sample) and bad / len(sample) > BINARY_SHARE
    )


# --- the whole pipeline with the real model --------------------------------------------------


@BATCH_RUNS
@given(batch=st.lists(records, min_size=1, max_size=4))
def test_any_batch_gives_exactly_one_valid_outcome_per_record(
    resources: Resources, batch: list[RecordIn]
) -> None:
    """Arbitrary records each get one outcome whose messages are valid events."""
    outcomes = process_batch(batch, resources, LIMITS, VERSION, NOW)
    assert len(outcomes) == len(batch)
    for outcome in outcomes:
        assert_valid_outcome(outcome)


@BATCH_RUNS
@given(batch=st.lists(article_records, min_size=1, max_size=4))
def test_article_envelopes_with_arbitrary_text_give_valid_events(
    resources: Resources, batch: list[RecordIn]
) -> None:
    """Valid envelopes with arbitrary page text normalise cleanly or are rejected with a reason."""
    outcomes = process_batch(batch, resources, LIMITS, VERSION, NOW)
    assert len(outcomes) == len(batch)
    for outcome in outcomes:
        assert_valid_outcome(outcome)


@BATCH_RUNS
@given(record=st.one_of(article_records, records), others=st.lists(article_records, max_size=2))
def test_same_input_twice_gives_the_same_events_but_processed_at(
    resources: Resources, record: RecordIn, others: list[RecordIn]
) -> None:
    """A replay, alone or in another batch, gives the same event ids and payloads."""
    (first,) = process_batch([record], resources, LIMITS, VERSION, NOW)
    later = NOW + timedelta(hours=1)
    *_, again = process_batch([*others, record], resources, LIMITS, VERSION, later)
    assert without_processed_at(again) == without_processed_at(first)
    assert [orjson.loads(m.value)["processed_at"] for m in again.messages] == [
        later.isoformat().replace("+00:00", "Z")
    ] * len(again.messages)
