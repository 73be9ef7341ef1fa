"""decode: a record's bytes -> a validated ``RawArticle`` with a known content type.

Size caps are checked before any parsing. Every failure is a ``Rejection`` with the
contract's reason code and a detail that says what to fix.

A JSON envelope is UTF-8 (RFC 8259). The page it carries, and a bare page, may be in any
charset: a bare page's bytes, and an envelope's base64 ``content``, are decoded as a browser
decodes them (``charset.py``: byte order mark, the charset label of the content type, the
page's own ``<meta charset>``, else detection). Only bytes no charset makes sense of are
``undecodable``.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any, Final

import orjson
from pydantic import ValidationError

from service.errors import Rejection
from service.events import RawArticle
from service.pipeline.charset import charset_param, decode_page
from service.pipeline.markdown import looks_like_markdown
from service.pipeline.types import Decoded, RecordIn

TEXT_TYPES = {"text/plain": "text/plain", "text/html": "text/html"}
MARKDOWN_TYPES = {"text/markdown", "text/x-markdown"}
HTML_ALIASES = {"application/xhtml+xml", "application/html"}
# Share of control / replacement characters above which content is binary, not text.
BINARY_SHARE = 0.10
# How much of the content the binary check reads: enough to tell text from bytes.
BINARY_SAMPLE_CHARS: Final = 65_536
# What binary bytes decode to: C0 controls other than tab, LF and CR, and U+FFFD. Matches
# "\x00" and "\x07" in "\x00\x07PK"; not "\n", "\t", "é" or U+200B. One character class:
# the regex engine counts them in C instead of a Python loop over every character.
_BINARY_CHARS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def header(record: RecordIn, name: str) -> bytes | None:
    """The last value of a header, matched case-insensitively."""
    found = None
    for key, value in record.headers:
        if key.lower() == name:
            found = value
    return found


def media_type(raw: str) -> str:
    """'Text/HTML; charset=utf-8' -> 'text/html'."""
    return raw.split(";", 1)[0].strip().lower()


def _head(content: str) -> str:
    """What the markup checks read of a text: its first characters, lower-cased."""
    return content[:2048].lstrip().lower()


def _looks_like_html(head: str) -> bool:
    """Whether a text (its ``_head``) opens as markup: a document ("<!DOCTYPE html", "<html",
    "<?xml"), or a tag with a page's structure in its first characters ("<div>...<p>")."""
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return head.startswith("<") and any(t in head for t in ("<body", "<head", "<div", "<p>", "<p "))


def sniff(content: str) -> str:
    """Guess text/html, text/markdown or text/plain from the first characters."""
    return _sniffed(content, _head(content))


def _sniffed(content: str, head: str) -> str:
    if _looks_like_html(head):
        return "text/html"
    return "text/markdown" if looks_like_markdown(content) else "text/plain"


# A feed, not a page: its first characters name it.
_FEED_ROOTS: Final = ("<rss", "<feed", "<rdf:rdf")


def _is_feed(head: str) -> bool:
    """Whether markup (its ``_head``) is an RSS, Atom or RDF feed ("<?xml ...?><rss ...>")."""
    return head.startswith(("<?xml", *_FEED_ROOTS)) and any(root in head for root in _FEED_ROOTS)


# What a decoded JSON value was, in JSON's words, for rejection details.
_JSON_TYPES: Final[dict[type, str]] = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}

# Envelope fields a bare (non-JSON) record may carry as headers.
BARE_HEADER_FIELDS = ("id", "url", "source", "title", "language")


def _envelope_headers(record: RecordIn) -> dict[str, str]:
    fields = {}
    for name in BARE_HEADER_FIELDS:
        value = header(record, name)
        if value:
            fields[name] = value.decode("utf-8", errors="replace")
    return fields


def _utf8(value: bytes, what: str) -> str:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejection(
            "undecodable",
            f"{what} is not valid UTF-8 (byte {exc.start}: {value[exc.start : exc.start + 4]!r}); "
            "publish UTF-8 JSON, with a page in another charset as base64 'content' "
            "(content_encoding: base64) and its 'charset'",
            "decode",
        ) from None


def _page_text(data: bytes, content_type: str | None, label: str | None) -> str:
    """A page's bytes as text, in whatever charset they are (``charset.decode_page``)."""
    html = content_type is None or media_type(content_type) != "text/plain"
    decoded = decode_page(data, label or charset_param(content_type), html=html)
    if decoded is None:
        raise Rejection(
            "undecodable",
            "the page's bytes are not text in UTF-8 or any other charset (no byte order mark, "
            "no charset label that decodes them, none detected); publish the page as a "
            "browser receives it, with its charset in the content type",
            "decode",
        )
    return decoded.text


def _base64_page(article: RawArticle) -> RawArticle:
    """An envelope whose ``content`` is base64 page bytes, with that content as text."""
    try:
        data = base64.b64decode(article.content, validate=True)
    except (binascii.Error, ValueError):
        raise Rejection(
            "invalid_envelope",
            "'content' is not valid base64 (content_encoding: base64); encode the page's bytes "
            "with the standard alphabet (RFC 4648), or send the text without content_encoding",
            "decode",
        ) from None
    if not data.strip():
        raise Rejection("empty_content", "the envelope's base64 'content' is blank", "decode")
    text = _page_text(data, article.content_type, article.charset)
    return article.model_copy(update={"content": text, "content_encoding": None})


def _binary_share(text: str) -> float:
    """The share of control and replacement characters among the text's first characters."""
    sample = text[:BINARY_SAMPLE_CHARS]
    if not sample:
        return 0.0
    return len(_BINARY_CHARS.findall(sample)) / len(sample)


def _content_type(declared: str | None, content: str, head: str) -> str:
    if not declared:
        return _sniffed(content, head)
    kind = media_type(declared)
    if kind == "text/plain" and _looks_like_html(head):
        # A mislabelled page or fragment: its tags would be body text. It says what it is.
        return "text/html"
    if kind == "text/plain" and looks_like_markdown(content):
        return "text/markdown"  # a crawler's Markdown, labelled plain text
    if kind in TEXT_TYPES:
        return kind
    if kind in MARKDOWN_TYPES:
        return "text/markdown"
    if kind in HTML_ALIASES:
        return "text/html"
    raise Rejection(
        "unsupported_content_type",
        f"content_type {declared!r} is not supported; send text/plain, text/html or text/markdown",
        "decode",
    )


# Bounds on the envelope's fields besides ``content``: ``metadata`` is copied into every
# article event, and a deeply nested value cannot be serialised again (orjson stops at 255
# levels), so both are checked here, before anything else reads them.
MAX_METADATA_DEPTH: Final = 32
MAX_METADATA_BYTES: Final = 65_536
MAX_FIELD_CHARS: Final = {
    "id": 1024, "url": 8192, "source": 1024, "title": 4096, "content_type": 256,
    "language": 64, "charset": 64, "content_encoding": 32,
}  # fmt: skip


def _depth_over(value: object, limit: int) -> bool:
    """Whether ``value`` nests deeper than ``limit`` (iterative: any depth is safe)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return False


def _check_fields(data: dict[str, object]) -> None:
    """Reject an envelope whose fields other than ``content`` are out of bounds."""
    for name, limit in MAX_FIELD_CHARS.items():
        field = data.get(name)
        if isinstance(field, str) and len(field) > limit:
            raise Rejection(
                "invalid_envelope",
                f"the envelope's '{name}' is {len(field):,} characters, over the {limit:,} "
                "allowed; send a shorter value",
                "decode",
            )
    metadata = data.get("metadata")
    if metadata is None:
        return
    if _depth_over(metadata, MAX_METADATA_DEPTH):
        raise Rejection(
            "invalid_envelope",
            f"the envelope's 'metadata' nests deeper than {MAX_METADATA_DEPTH} levels; flatten it",
            "decode",
        )
    size = len(orjson.dumps(metadata))
    if size > MAX_METADATA_BYTES:
        raise Rejection(
            "invalid_envelope",
            f"the envelope's 'metadata' is {size:,} bytes as JSON, over {MAX_METADATA_BYTES:,}; "
            "it is copied into every article event: send less",
            "decode",
        )


def _validation_detail(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = ".".join(str(p) for p in err["loc"]) or "(envelope)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


# JavaScript's JSON.stringify, and Java's JSON writers, escape a lone surrogate ("\ud83d": a
# string cut in the middle of an emoji). RFC 8259 (section 8.2) allows it, and orjson
# refuses it. Each such escape is read as U+FFFD, as a browser shows it; an escaped pair
# stays. The escapes are read left to right, two characters at a time past any other escape,
# so an escaped backslash ("\\ud83d", text) is never taken for one.
_ESCAPE: Final = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"  # a pair: kept
    r"|(?P<lone>\\u[dD][89a-fA-F][0-9a-fA-F]{2})"  # a lone surrogate
    r"|\\.",  # any other escape, "\\\\" included
    re.DOTALL,
)


def _lone_surrogates_replaced(text: str) -> str:
    return _ESCAPE.sub(lambda m: "\\ufffd" if m["lone"] else m.group(), text)


def _json(text: str) -> object:
    """``text`` parsed by orjson; a lone surrogate escape is read as U+FFFD."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        if "surrogate" not in str(exc):
            raise
    return orjson.loads(_lone_surrogates_replaced(text))


def _envelope_in(text: str) -> dict[str, Any] | None:
    """The JSON envelope a text is, if it is one: an object with a 'content' field. Only a
    text that opens with "{" and ends with "}" is parsed."""
    if not (text[:64].lstrip().startswith("{") and text[-64:].rstrip().endswith("}")):
        return None  # most texts: two short slices, no copy of the whole
    if '"content"' not in text:
        return None
    try:
        data = _json(text.strip())
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) and "content" in data else None


def _from_envelope(data: Any) -> RawArticle:
    """A parsed JSON value as the envelope, or its typed rejection."""
    if not isinstance(data, dict):
        raise Rejection(
            "invalid_envelope",
            "expected a JSON object with a 'content' field, got a JSON "
            f"{_JSON_TYPES.get(type(data), type(data).__name__)}; "
            'publish an object such as {"content": "<page text>"}',
            "decode",
        )
    if "content" not in data:
        raise Rejection(
            "invalid_envelope", "the envelope has no 'content' field (it is required)", "decode"
        )
    if data["content"] is None or (
        isinstance(data["content"], str) and not data["content"].strip()
    ):
        raise Rejection("empty_content", "the envelope's 'content' is null or blank", "decode")
    _check_fields(data)
    try:
        article = RawArticle.model_validate(data)
    except ValidationError as exc:
        raise Rejection(
            "invalid_envelope",
            f"envelope fields are invalid: {_validation_detail(exc)}",
            "decode",
        ) from None
    if article.content_encoding == "base64":
        article = _base64_page(article)
    return article


def decode(record: RecordIn, max_content_bytes: int) -> Decoded:
    """Turn one record into an envelope, or raise a typed ``Rejection``."""
    value = record.value
    if value is None or not value.strip():
        raise Rejection(
            "empty_content", "the record has no value (null or blank); nothing to ingest", "decode"
        )
    if len(value) > max_content_bytes:
        raise Rejection(
            "too_large",
            f"value is {len(value):,} bytes, over "
            f"NEWSFLOW_MAX_CONTENT_BYTES={max_content_bytes:,}; trim the page upstream or raise it",
            "decode",
        )

    raw_type = header(record, "content-type")
    declared = raw_type.decode("latin-1") if raw_type else None
    bare_type = media_type(declared) if declared else None
    if bare_type in TEXT_TYPES or bare_type in HTML_ALIASES or bare_type in MARKDOWN_TYPES:
        text = _page_text(value, declared, None)
        inner = _envelope_in(text)
        if inner is None:
            article = RawArticle(content=text, content_type=bare_type, **_envelope_headers(record))
        else:
            # A JSON envelope under a text content-type header: the header was wrong (an
            # HTTP bridge's default); the value says what it is.
            article = _from_envelope(inner)
    else:
        # RFC 8259 lets a parser ignore a byte order mark; Windows tools still write one.
        text = _utf8(value, "the value").removeprefix("\ufeff")
        try:
            data = _json(text)
        except orjson.JSONDecodeError as exc:
            raise Rejection(
                "invalid_json",
                f"the value is not a JSON envelope ({exc}); publish a JSON object with a "
                "'content' field, or a bare page with a content-type header: text/plain, "
                "text/html or text/markdown",
                "decode",
            ) from None
        article = _from_envelope(data)
    if _envelope_in(article.content) is not None:
        raise Rejection(
            "invalid_envelope",
            "the envelope's 'content' is itself a JSON envelope (the message was encoded "
            "twice); publish the inner object as the value",
            "decode",
        )

    if not article.content.strip():
        # Blank once decoded: a bare page of Unicode spaces or line separators ("\u2028"),
        # which the bytes' own strip does not see.
        raise Rejection(
            "empty_content", "the content is blank once decoded; nothing to ingest", "decode"
        )
    share = _binary_share(article.content)
    if share > BINARY_SHARE:
        raise Rejection(
            "undecodable",
            f"{share:.0%} of the content's characters are control or replacement characters "
            f"(text has at most {BINARY_SHARE:.0%}); it looks binary, or text decoded with "
            "the wrong charset (send the page's bytes as base64 'content' with its 'charset')",
            "decode",
        )
    head = _head(article.content)
    content_type = _content_type(article.content_type, article.content, head)
    if content_type == "text/html" and _is_feed(head):
        raise Rejection(
            "unsupported_content_type",
            "the content is an RSS or Atom feed, not an article's page; send each item's own "
            "page (or its text) as a message of its own",
            "decode",
        )
    return Decoded(article=article, content_type=content_type)
