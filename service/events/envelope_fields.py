"""Envelope fields read as scrapers write them: ids as numbers, dates as RSS and HTTP write
them, and page URLs without the credentials a crawler may have put in them."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Annotated, Any
from urllib.parse import urlsplit, urlunsplit

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

_DATE_FORMS = (
    "give ISO 8601 (2026-12-04T10:00:00Z), RFC 2822 as RSS and HTTP write it "
    "(Fri, 04 Dec 2026 10:00:00 GMT) or Unix seconds, or leave the field out"
)


def _date(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """ISO 8601 and Unix time as pydantic reads them; then RFC 2822 (RSS's ``pubDate``,
    HTTP's ``Last-Modified``); a blank string is no date. Anything else names the forms."""
    if isinstance(value, str) and not value.strip():
        return None
    try:
        return handler(value)
    except ValueError:
        if isinstance(value, str):
            try:
                return parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
        raise PydanticCustomError(
            "date_unreadable",
            "'{value}' is not a date newsflow reads; {forms}",
            {"value": str(value)[:40], "forms": _DATE_FORMS},
        ) from None


def _without_credentials(url: str | None) -> str | None:
    """``https://user:secret@host/a`` -> ``https://host/a``: a URL goes into every event and
    into the article's id, and a password must not. Anything that is no URL with a host is
    kept as it came."""
    if url is None or "@" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.netloc or "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _id(value: Any) -> Any:
    """A database's integer key is the id in decimal: 12345 and "12345" are one article.
    Other numbers stay errors (a float id has lost its digits, a boolean is no id)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


SourceId = Annotated[str | None, BeforeValidator(_id)]
Timestamp = Annotated[datetime | None, WrapValidator(_date)]
PageUrl = Annotated[str | None, AfterValidator(_without_credentials)]
