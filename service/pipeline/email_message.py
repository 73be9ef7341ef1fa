"""An email message sent as the content: its body, read by Python's ``email`` package.

Press releases and newsletters reach a pipeline by mail (a mailbox bridged to Kafka), and a
browser's saved page (MHTML) is a MIME message too. Read as text, the message's header
block was the article's first lines ("From: desk@example.com" became the headline) and a
quoted-printable body was refused as encoded.

A content is taken for a message only when it opens with a header block that a person
does not write at the top of a letter: header lines only ("Name: value", or a folded
continuation), up to the first blank line, with a header only mail software writes
(``MIME-Version``, ``Message-ID``, ``Received``, ``Content-Transfer-Encoding``, or a
``Content-Type`` beside ``From``, ``Subject`` or ``Date``). A letter to the editor that
opens "From: Jane Roe" / "To: The Editor" stays text.

The body is the message's text part, else its HTML part (``get_body``: the first one of a
multipart message), out of its transfer encoding (quoted-printable, base64), in its charset
as a page's bytes are read (``charset.decode_page``: the label if it decodes them, else
detection). The ``Subject`` fills an
absent title, and the ``Date`` an absent publication time.
"""

from __future__ import annotations

import email
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from typing import Final

from service.events import RawArticle
from service.pipeline.charset import decode_page

# How much of the content the header block may take (a message's headers with its Received
# chain run to a few kilobytes).
MAX_HEADER_CHARS: Final = 16_384
_HEADER_LINE: Final = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]?\S?.*|[ \t]+\S.*")
_MAIL_ONLY: Final = frozenset(
    {"mime-version", "message-id", "received", "content-transfer-encoding", "return-path"}
)
_LETTER: Final = frozenset({"from", "subject", "date"})


def _header_names(content: str) -> set[str] | None:
    """The header names of the block the content opens with, or None when it opens with
    anything else (a line that is no header, before the first blank line)."""
    end = content.find("\n\n", 0, MAX_HEADER_CHARS)
    crlf = content.find("\r\n\r\n", 0, MAX_HEADER_CHARS)
    if crlf != -1 and (end == -1 or crlf < end):
        end = crlf
    if end <= 0:
        return None
    names: set[str] = set()
    for line in content[:end].splitlines():
        if not _HEADER_LINE.fullmatch(line):
            return None
        if not line[:1].isspace():
            names.add(line.split(":", 1)[0].lower())
    return names


def is_message(content: str) -> bool:
    """Whether the content is an email message (see the module's docstring)."""
    if ":" not in content[:80]:
        return False  # most contents: no header on the first line
    names = _header_names(content)
    if not names:
        return False
    return bool(names & _MAIL_ONLY) or ("content-type" in names and bool(names & _LETTER))


def _date(message: EmailMessage) -> datetime | None:
    header = message.get("date")
    value = getattr(header, "datetime", None)
    return value if isinstance(value, datetime) and value.tzinfo is not None else None


def _body(message: EmailMessage) -> tuple[str, str] | None:
    """The message's text (else HTML) body and its type, or None without one."""
    part = message.get_body(preferencelist=("plain", "html"))
    if not isinstance(part, EmailMessage):
        return None
    data = part.get_payload(decode=True)  # the bytes, out of their transfer encoding
    if not isinstance(data, bytes):
        return None
    kind = part.get_content_type()
    # The charset as a browser reads a page's: the label if it decodes, else detection.
    found = decode_page(data, part.get_content_charset(), html=kind == "text/html")
    if found is None or not found.text.strip():
        return None
    return found.text, kind


def from_message(article: RawArticle) -> RawArticle:
    """The article with the message's body for its content, and its subject and date where
    the envelope gave none; the article unchanged when its content is no message, or one
    without a text or HTML body."""
    if not is_message(article.content):
        return article
    try:
        message = email.message_from_string(article.content, policy=policy.default)
        if not isinstance(message, EmailMessage):
            return article
        body = _body(message)
        subject = message.get("subject")
        date = _date(message)
    except (LookupError, ValueError, TypeError, AttributeError, RecursionError):
        # a broken header or part, multiparts nested thousands deep: read as the text it is
        return article
    if body is None:
        return article
    update: dict[str, object] = {"content": body[0], "content_type": body[1]}
    if not article.title and subject:
        update["title"] = " ".join(str(subject).split())
    if article.published_at is None and date is not None:
        update["published_at"] = date
    return article.model_copy(update=update)
