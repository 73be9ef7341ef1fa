"""decode: bytes to envelope, or a typed rejection with an actionable detail."""

from __future__ import annotations

import base64
import quopri
import urllib.parse
from datetime import UTC, datetime

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


def test_the_undecodable_detail_gives_the_share_it_measured() -> None:
    """Words with a NUL after each (UTF-16 read as single bytes upstream) are not "mostly"
    control characters: the detail says how many there are and what to send instead."""
    value = orjson.dumps({"content": "The council voted on Tuesday. ".replace(" ", "\x00 ") * 9})
    with pytest.raises(Rejection) as info:
        decode(rec(value), LIMIT)
    assert info.value.reason == "undecodable"
    assert "14%" in info.value.detail  # 5 in each 35 characters
    assert "10%" in info.value.detail
    assert "charset" in info.value.detail


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


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # RSS's pubDate and HTTP's Last-Modified write RFC 2822 (RFC 5322) dates
        ("Fri, 04 Dec 2026 10:00:00 GMT", datetime(2026, 12, 4, 10, tzinfo=UTC)),
        ("Fri, 04 Dec 2026 11:30:00 +0100", datetime(2026, 12, 4, 10, 30, tzinfo=UTC)),
        ("4 Dec 2026 10:00 -0500", datetime(2026, 12, 4, 15, tzinfo=UTC)),
        ("2026-12-04T10:00:00Z", datetime(2026, 12, 4, 10, tzinfo=UTC)),
    ],
)
def test_rss_and_http_dates_are_read(written: str, read: datetime) -> None:
    """A date as RSS and HTTP write it is read, not a reason to lose the article."""
    value = orjson.dumps({"content": "x" * 50, "published_at": written, "fetched_at": written})
    article = decode(rec(value), LIMIT).article
    assert article.published_at == read
    assert article.fetched_at == read


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_date_is_an_absent_date(blank: str) -> None:
    """Scrapers write "" for a date they did not find: that is no date, not a bad one."""
    value = orjson.dumps({"content": "x" * 50, "published_at": blank, "fetched_at": blank})
    article = decode(rec(value), LIMIT).article
    assert article.published_at is None
    assert article.fetched_at is None


@pytest.mark.parametrize(
    "written",
    [
        "yesterday",
        "04/12/2026",
        "Fri, 32 Dec 2026 10:00:00 GMT",
        "Fri, 04 Dec 2026 10:00:00 +99999999999999999999",  # overflows a C int
    ],
)
def test_an_unreadable_date_names_the_forms_it_may_take(written: str) -> None:
    """A date newsflow cannot read is still invalid_envelope, and the detail says what to
    send instead."""
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps({"content": "x" * 50, "published_at": written})), LIMIT)
    assert info.value.reason == "invalid_envelope"
    assert "published_at" in info.value.detail
    assert "ISO 8601" in info.value.detail
    assert "RFC 2822" in info.value.detail


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("https://reader:s3cret@news.example.com/a/1?x=1", "https://news.example.com/a/1?x=1"),
        ("https://token@news.example.com/a/1", "https://news.example.com/a/1"),
        ("https://a:b@c@news.example.com:8443/a", "https://news.example.com:8443/a"),
        ("https://news.example.com/a/1", "https://news.example.com/a/1"),
        ("https://news.example.com/@handle/post", "https://news.example.com/@handle/post"),
        ("mailto:desk@example.com", "mailto:desk@example.com"),
        ("not a url", "not a url"),
    ],
)
def test_credentials_in_a_url_are_never_passed_on(written: str, kept: str) -> None:
    """A URL's user and password (``user:pass@host``) are dropped: the URL goes into every
    event and the article's id, and a secret must not."""
    article = decode(rec(orjson.dumps({"content": "x" * 50, "url": written})), LIMIT).article
    assert article.url == kept


def test_a_bare_pages_url_header_loses_its_credentials_too() -> None:
    """The url of a bare page (a record header) is read the same way."""
    headers = (("content-type", b"text/plain"), ("url", b"https://u:p@news.example.com/a"))
    article = decode(rec(b"Some page text that is long enough.", *headers), LIMIT).article
    assert article.url == "https://news.example.com/a"


def test_an_integer_id_is_its_decimal_string() -> None:
    """A database's integer key is a usual scraper id: 12345 and "12345" are one article."""
    as_number = decode(rec(orjson.dumps({"content": "x" * 50, "id": 12345})), LIMIT).article
    as_text = decode(rec(orjson.dumps({"content": "x" * 50, "id": "12345"})), LIMIT).article
    assert as_number.id == as_text.id == "12345"


@pytest.mark.parametrize("written", [1.5, True, [1]])
def test_an_id_that_is_no_integer_or_string_is_invalid(written: object) -> None:
    """A float id has lost digits, a boolean or a list is no id: the producer is told."""
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps({"content": "x" * 50, "id": written})), LIMIT)
    assert info.value.reason == "invalid_envelope"
    assert "id" in info.value.detail


def test_an_envelope_encoded_twice_is_rejected_with_what_to_send() -> None:
    """A producer that wraps its serialised envelope in another one sends a 'content' that
    is itself an envelope: it was published as the body, JSON and all."""
    inner = orjson.dumps({"id": "a1", "content": "The council voted on Monday.", "title": "T"})
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps({"content": inner.decode()})), LIMIT)
    assert info.value.reason == "invalid_envelope"
    assert "encoded twice" in info.value.detail


@pytest.mark.parametrize(
    "content",
    [
        '{"a": 1} is how the API answered, the engineers said.',  # prose opening with JSON
        "{Unbalanced brace and a 'content' word}",
        "[Updated] The council voted on Monday [and the mayor spoke]",
    ],
)
def test_text_that_merely_opens_with_a_brace_is_content(content: str) -> None:
    decoded = decode(rec(orjson.dumps({"content": content})), LIMIT)
    assert decoded.article.content == content


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ('{"name": "x", "value": 2}', "object"),  # a JSON object that is no envelope
        ('{"props": {"pageProps": {"article": {"body": ["The council voted."]}}}}', "object"),
        ('  ["The council voted on Monday.", "The mayor spoke."]\n', "array"),
    ],
)
def test_json_data_as_content_is_refused_with_what_to_send(content: str, kind: str) -> None:
    """A site's API response or page state sent as the article was published as a paragraph
    of JSON ('{"props": {"pageProps": ...'): it is no article text."""
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps({"content": content})), LIMIT)
    assert info.value.reason == "unsupported_content_type"
    assert f"JSON data (an {kind})" in info.value.detail


def test_a_json_envelope_under_a_text_content_type_header_is_read_as_the_envelope() -> None:
    """An HTTP bridge's default "text/plain" header on a JSON envelope: the value says what
    it is, and its fields are read (its text was the body, JSON and all)."""
    value = orjson.dumps({"id": "a1", "content": "The council voted on Monday.", "title": "T"})
    decoded = decode(rec(value, ("content-type", b"text/plain")), LIMIT)
    assert decoded.article.content == "The council voted on Monday."
    assert (decoded.article.id, decoded.article.title) == ("a1", "T")


@pytest.mark.parametrize("opening", ["<!DOCTYPE html>", "<html lang='en'>", "\n  <HTML>"])
def test_a_page_labelled_text_plain_that_opens_as_html_is_html(opening: str) -> None:
    """A scraper that labels a whole page text/plain: its tags would be body text."""
    page = f"{opening}<body><nav>Home</nav><p>The council voted on Monday.</p></body></html>"
    decoded = decode(rec(orjson.dumps({"content": page, "content_type": "text/plain"})), LIMIT)
    assert decoded.content_type == "text/html"


def test_an_html_fragment_labelled_text_plain_is_html() -> None:
    """A scraper that sends an element's inner HTML as text/plain: its tags would be body."""
    page = "<div class='article'><p>The council voted on Monday.</p><p>It met again.</p></div>"
    decoded = decode(rec(orjson.dumps({"content": page, "content_type": "text/plain"})), LIMIT)
    assert decoded.content_type == "text/html"


_PAGE = "<!DOCTYPE html><html><body><nav>Home</nav><p>The council voted.</p></body></html>"


@pytest.mark.parametrize(
    "before",
    [
        "\ufeff",  # a byte order mark kept by a scraper that decoded the page as plain UTF-8
        "\u200b\u2060 \n",  # zero-width characters and white space
        "<!-- " + "Licensed under the terms below. " * 100 + "-->\n",  # a 3 kB comment
        "<script>" + "var tracker = [];\n" * 150 + "</script>\n",  # a script before the page
        "<!-- a --><STYLE type='text/css'>body { margin: 0 }</STYLE>\n<meta charset='utf-8'>",
    ],
)
@pytest.mark.parametrize("content_type", [None, "text/plain"])
def test_a_page_is_html_whatever_opens_it(before: str, content_type: str | None) -> None:
    """What a page may carry before its markup (invisible characters, comments, scripts,
    styles) does not make it text: its tags would be the article's paragraphs."""
    fields = {"content": before + _PAGE} | ({"content_type": content_type} if content_type else {})
    assert decode(rec(orjson.dumps(fields)), LIMIT).content_type == "text/html"


_DOCUMENT = (
    "<!DOCTYPE html><html><head><title>Vote</title></head><body><nav><ul>"
    + "<li><a href='/s'>Section</a></li>" * 12
    + "</ul></nav><article><p>The council voted on Monday.</p><p>It met again.</p></article>"
    + "</body></html>"
)


@pytest.mark.parametrize("line", ["Advertisement\n", "https://example.com/news/vote\n\n"])
@pytest.mark.parametrize("content_type", [None, "text/plain"])
def test_a_page_after_a_scrapers_line_is_html(line: str, content_type: str | None) -> None:
    """A scraper's line before the page: its tags would be the article's paragraphs."""
    labelled = {"content_type": content_type} if content_type else {}
    fields = {"content": line + _DOCUMENT} | labelled
    assert decode(rec(orjson.dumps(fields)), LIMIT).content_type == "text/html"


@pytest.mark.parametrize("content_type", [None, "text/plain", "text/html"])
@pytest.mark.parametrize(
    "markup",
    [_DOCUMENT, "<p>The council voted on Monday.</p><p>The mayor spoke after the vote.</p>"],
)
def test_escaped_markup_is_unescaped_and_read_as_html(
    markup: str, content_type: str | None
) -> None:
    """Markup with its angle brackets escaped (an RSS description taken as text) became
    body text with its tags once the entities were repaired: it is the markup it escapes."""
    escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    fields = {"content": escaped} | ({"content_type": content_type} if content_type else {})
    decoded = decode(rec(orjson.dumps(fields)), LIMIT)
    assert (decoded.content_type, decoded.article.content) == ("text/html", markup)


@pytest.mark.parametrize(
    "text",
    [
        "Tom &amp; Jerry &lt;3 said the council voted on Monday.",
        "HTML pages open with <html>, then <head> and <body>; a paragraph is <p>. " * 3,
        "The council voted 5 < 7 on Monday, and the mayor said <b>nothing</b>.",
    ],
)
def test_prose_that_shows_or_escapes_a_few_tags_stays_text(text: str) -> None:
    decoded = decode(rec(orjson.dumps({"content": text, "content_type": "text/plain"})), LIMIT)
    assert (decoded.content_type, decoded.article.content) == ("text/plain", text)


@pytest.mark.parametrize(
    "text",
    ["\ufeffThe council voted on Monday.", "<!-- scraped 2026-12-04 -->\nThe council voted."],
)
def test_text_after_an_invisible_or_comment_opening_stays_text(text: str) -> None:
    assert sniff(text) == "text/plain"


@pytest.mark.parametrize(
    "text",
    [
        "The <html> tag opens every page, the course said on Monday.",
        "<The Palace: Jang Noksu> opens on Friday at the Jeongdong Theater in Seoul.",
    ],
)
def test_text_plain_that_shows_a_tag_in_its_prose_stays_text(text: str) -> None:
    """Only a text that opens as markup with a page's structure is read as HTML."""
    decoded = decode(rec(orjson.dumps({"content": text, "content_type": "text/plain"})), LIMIT)
    assert decoded.content_type == "text/plain"


@pytest.mark.parametrize(
    ("feed", "content_type"),
    [
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><item><title>T</title>"
            "<description>The council voted on Monday.</description></item></channel></rss>",
            "text/html",
        ),
        (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<entry><title>T</title><content>The council voted.</content></entry></feed>",
            None,
        ),
    ],
)
def test_a_feed_is_no_article_page_and_says_so(feed: str, content_type: str | None) -> None:
    """An RSS or Atom feed sent as a page was no_article_body, "only boilerplate or markup":
    it is unsupported_content_type, with what to send instead."""
    fields = {"content": feed} | ({"content_type": content_type} if content_type else {})
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps(fields)), LIMIT)
    assert info.value.reason == "unsupported_content_type"
    assert "feed" in info.value.detail


@pytest.mark.parametrize(
    ("document", "content_type", "named"),
    [
        (
            "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            "<url><loc>https://example.com/news/council-votes</loc></url></urlset>",
            "text/html",
            "a sitemap",
        ),
        (
            "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><text x='1' y='5'>"
            "The council voted on Monday to approve the budget.</text></svg>",
            None,
            "an SVG image",
        ),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd">'
            "<svg><text>The council voted on Monday.</text></svg>",
            "text/plain",
            "an SVG image",
        ),
    ],
)
def test_a_sitemap_or_an_image_is_no_article_page_and_says_so(
    document: str, content_type: str | None, named: str
) -> None:
    """A sitemap was published as an article whose paragraph is a URL (once fragments were
    read), and an unlabelled SVG image with its tags as the paragraph: both are
    unsupported_content_type, saying what they are."""
    fields = {"content": document} | ({"content_type": content_type} if content_type else {})
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps(fields)), LIMIT)
    assert info.value.reason == "unsupported_content_type"
    assert named in info.value.detail


_TEXT = "The city council voted on Monday.\nThe mayor said the vote was a good day for the city."
# An email's paragraph: quoted-printable breaks its lines at 76 characters.
_EMAIL = ("\u201cYes,\u201d " + _TEXT.replace("\n", " ") + " ") * 3


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (base64.b64encode(_TEXT.encode()).decode(), "base64"),
        (base64.encodebytes(f"<html><body>{_TEXT}</body></html>".encode()).decode(), "base64"),
        (urllib.parse.quote(_TEXT), "URL"),
        (quopri.encodestring(_EMAIL.encode()).decode(), "quoted-printable"),
        (
            r"\u003cp\u003eThe city council voted on Monday.\u003c/p\u003e\u003cp\u003eThe "
            r"mayor said \"yes\".\u003c/p\u003e",
            "JSON-string",
        ),
        (r"The council said \"yes\".\nThe mayor spoke.\nThe vote passed.", "JSON-string"),
    ],
)
def test_encoded_content_says_how_it_is_encoded(content: str, encoding: str) -> None:
    """Base64 without content_encoding, or URL encoding, was no_article_body, "only
    boilerplate or markup", or a paragraph of "%20"s; quoted-printable (an email's body)
    was published with its "=E2=80=9C" escapes and "=" line ends: the detail names the
    encoding."""
    with pytest.raises(Rejection) as info:
        decode(rec(orjson.dumps({"content": content})), LIMIT)
    assert info.value.reason == "invalid_envelope"
    assert f"{encoding}-encoded" in info.value.detail


@pytest.mark.parametrize(
    "text",
    [
        "中国の首相は月曜日に予算案を承認したと発表した。" * 4,
        "Budget",
        "\n".join(["AAPL", "MSFT", "GOOG", "AMZN", "NVDA", "TSLA", "META", "NFLX"] * 3),
        "https://example.com/a?b=c%20d",
        "a" * 900_000,
        "Word" * 200_000,
        "The score was 2=2.\nx =\ny =\nz = 3 and the equation reads E=MC2 at 9=AB.",
        r"The files are in C:\temp\reports, C:\temp\news and C:\temp\notes, he said.",
    ],
)
def test_text_without_spaces_is_no_encoding(text: str) -> None:
    """Neither is one letter or word repeated (it was "base64-encoded": no reason a person
    could act on), nor text with a few "=" at line ends."""
    assert decode(rec(orjson.dumps({"content": text})), LIMIT).article.content == text


@pytest.mark.parametrize("label", ["text/html", "application/xhtml+xml"])
@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        (_TEXT, "text/plain"),
        ("The council voted 5 < 7 on Monday <3.\n\nThe mayor spoke.", "text/plain"),
        ("# Vote\n\n" + _TEXT + "\n\n[Home](/) [World](/w) [Business](/b)", "text/markdown"),
    ],
)
def test_text_labelled_html_is_read_as_text(text: str, read_as: str, label: str) -> None:
    """A scraper's one label for everything: text without a tag, labelled HTML, was
    no_article_body ("only boilerplate or markup"); its article is read as text."""
    decoded = decode(rec(orjson.dumps({"content": text, "content_type": label})), LIMIT)
    assert decoded.content_type == read_as


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><title>Council votes</title></head><body><article>"
        "<p>The city council voted on Monday.</p></article></body></html>",
        "<html><body><p>The city council voted on Monday.</p></body></html>",
    ],
)
def test_a_page_labelled_markdown_is_html(page: str) -> None:
    """A page labelled text/markdown was no_article_body: Markdown's reading took its markup
    for raw HTML and dropped it all."""
    fields = {"content": page, "content_type": "text/markdown"}
    assert decode(rec(orjson.dumps(fields)), LIMIT).content_type == "text/html"


def test_markdown_with_a_little_html_stays_markdown() -> None:
    text = '<p align="center"><img src="logo.png"></p>\n\n# Council votes\n\n' + _TEXT
    fields = {"content": text, "content_type": "text/markdown"}
    assert decode(rec(orjson.dumps(fields)), LIMIT).content_type == "text/markdown"


@pytest.mark.parametrize("content_type", ["text/html", None])
def test_a_cdata_wrapper_is_not_the_content(content_type: str | None) -> None:
    """An RSS description copied with its CDATA wrapper lost its first paragraph and kept
    "]]>" as a paragraph of its own."""
    inner = "<p>The city council voted on Monday.</p><p>The mayor spoke.</p>"
    fields = {"content": f"  <![CDATA[{inner}]]>\n"} | (
        {"content_type": content_type} if content_type else {}
    )
    decoded = decode(rec(orjson.dumps(fields)), LIMIT)
    assert (decoded.article.content, decoded.content_type) == (inner, "text/html")


@pytest.mark.parametrize("label", ["application/octet-stream", "*/*", "text/*"])
def test_a_type_that_says_nothing_is_sniffed(label: str) -> None:
    """A server's default for an unknown file, or a wildcard, was unsupported_content_type
    (in an envelope) or invalid_json (as a bare value's header): it says nothing, and the
    content is sniffed as if there were no label."""
    page = "<html><body><p>The city council voted on Monday.</p></body></html>"
    fields = {"content": page, "content_type": label}
    assert decode(rec(orjson.dumps(fields)), LIMIT).content_type == "text/html"
    bare = RecordIn(value=_TEXT.encode(), headers=(("content-type", label.encode()),))
    decoded = decode(bare, LIMIT)
    assert (decoded.content_type, decoded.article.content) == ("text/plain", _TEXT)


def test_binary_bytes_under_a_type_that_says_nothing_are_undecodable() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10
    record = RecordIn(value=png, headers=(("content-type", b"application/octet-stream"),))
    with pytest.raises(Rejection) as info:
        decode(record, LIMIT)
    assert info.value.reason == "undecodable"
