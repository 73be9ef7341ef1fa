"""An email message sent as the content (a press release by mail, a saved page) is read
for its body, subject and date; a letter that opens with "From:" stays text."""

from __future__ import annotations

import quopri
from datetime import UTC, datetime

import orjson
import pytest

from service.pipeline import read_article
from service.pipeline.decode import decode
from service.pipeline.email_message import is_message
from service.pipeline.html import configure_parser
from service.pipeline.types import RecordIn

LIMIT = 1_000_000
P1 = "The city council voted on Monday to approve the budget for next year, officials said."
P2 = "The mayor said the vote was a good day for the city and its schools, and thanked them."
HEADERS = (
    "From: Press Office <press@example.gov>\n"
    "To: newsdesk@example.com\n"
    "Subject: Council approves\n  next year's budget\n"
    "Date: Mon, 4 Dec 2026 10:00:00 +0000\n"
    "Message-ID: <20261204100000.1@example.gov>\n"
    "MIME-Version: 1.0\n"
)


@pytest.fixture(autouse=True, scope="module")
def _parser() -> None:
    configure_parser()


def _record(content: str) -> RecordIn:
    return RecordIn(value=orjson.dumps({"content": content}))


def test_a_plain_text_message_gives_its_body_subject_and_date() -> None:
    message = HEADERS + "Content-Type: text/plain; charset=utf-8\n\n" + f"{P1}\n\n{P2}\n"
    decoded, article = read_article(_record(message), LIMIT)
    assert article.headline == "Council approves next year's budget"
    assert list(article.paragraphs) == [P1, P2]
    assert decoded.article.published_at == datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def test_a_quoted_printable_body_in_its_charset_is_read() -> None:
    """Read as text, the body was refused as quoted-printable, or its "=E2=80=9C" escapes
    were words."""
    body = f"\u201cYes,\u201d she said. {P1} {P2}".encode("windows-1252")
    message = (
        HEADERS
        + "Content-Type: text/plain; charset=windows-1252\n"
        + "Content-Transfer-Encoding: quoted-printable\n\n"
        + quopri.encodestring(body).decode("ascii")
    )
    article = read_article(_record(message), LIMIT)[1]
    assert article.paragraphs[0].startswith("\u201cYes,\u201d she said. The city council voted")


def test_a_saved_page_mhtml_is_read_as_its_html_part() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Council approves budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Council approves budget</h1><p>{P1}</p><p>{P2}</p></article></body></html>"
    )
    message = (
        "From: <Saved by Blink>\nSnapshot-Content-Location: https://example.com/council\n"
        "Subject: Council approves budget\nMIME-Version: 1.0\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----Boundary--x"\n\n'
        "------Boundary--x\nContent-Type: text/html\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + quopri.encodestring(page.encode()).decode("ascii")
        + "\n------Boundary--x--\n"
    )
    decoded, article = read_article(_record(message), LIMIT)
    assert decoded.content_type == "text/html"
    assert article.headline == "Council approves budget"
    assert list(article.paragraphs) == [P1, P2]


def test_a_multipart_message_prefers_its_text_part() -> None:
    message = (
        HEADERS
        + "Content-Type: multipart/alternative; boundary=XX\n\n--XX\n"
        + f"Content-Type: text/plain; charset=utf-8\n\n{P1}\n\n{P2}\n--XX\n"
        + f"Content-Type: text/html; charset=utf-8\n\n<p>Unsubscribe</p><p>{P1}</p>\n--XX--\n"
    )
    assert list(read_article(_record(message), LIMIT)[1].paragraphs) == [P1, P2]


@pytest.mark.parametrize(
    "text",
    [
        f"From: Jane Roe\nTo: The Editor\nSubject: Taxes\n\n{P1}\n\n{P2}",
        f"Note: the council met on Monday.\n\n{P1}",
        f"{P1}\nMIME-Version: 1.0\n\n{P2}",
    ],
)
def test_a_letter_or_a_note_is_no_message(text: str) -> None:
    assert not is_message(text)
    assert decode(_record(text), LIMIT).article.content == text


def test_multiparts_nested_thousands_deep_are_read_as_text() -> None:
    """Python's email parser recurses once per nesting level: RecursionError was a
    processing_error."""
    depth = 3_000
    message = "From: a@example.com\nSubject: Deep\nMIME-Version: 1.0\n"
    opening = "Content-Type: multipart/mixed; boundary=b{0}\n\n--b{0}\n"
    message += "".join(opening.format(i) for i in range(depth))
    message += f"Content-Type: text/plain\n\n{P1}\n" + "".join(f"--b{i}--\n" for i in range(depth))
    assert decode(_record(message), LIMIT).article.content == message
