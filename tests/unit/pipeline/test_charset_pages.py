"""Bare pages in windows-1252, Shift_JIS and GB2312 yield their article, header or not."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import orjson
import pytest

from service.errors import Rejection
from service.pipeline import read_article
from service.pipeline.html import configure_parser
from service.pipeline.types import ParsedArticle, RecordIn

PAGES = Path(__file__).parents[2] / "data" / "charsets"
LIMIT = 1_000_000
# (file, the charset label a server would send, headline, a sentence of the body)
CASES = [
    (
        "le-courrier-windows-1252.html",
        "windows-1252",
        "Grève à la SNCF : le trafic reste perturbé jeudi",
        "« Nous demandons aux voyageurs de reporter leurs déplacements",
    ),
    (
        "toto-shinbun-shift_jis.html",
        "Shift_JIS",
        "台風７号、関東に接近 交通機関に乱れ",
        "羽田空港を発着する国内線は、午前中までに二百便以上の欠航が決まった。",
    ),
    (
        "huadong-ribao-gb2312.html",
        "GB2312",
        "长江中下游地区进入主汛期 多地启动防汛应急响应",
        "在江西省九江市，数千名干部群众连夜上堤巡查。",
    ),
]
IDS = [case[1] for case in CASES]
# The page's own charset declaration, to test pages that declare nothing.
_META = re.compile(rb"<meta[^>]*charset[^>]*>", re.IGNORECASE)


@pytest.fixture(scope="module", autouse=True)
def _parser() -> None:
    configure_parser()


def bare(value: bytes, content_type: str) -> ParsedArticle:
    record = RecordIn(value=value, headers=(("content-type", content_type.encode()),))
    return read_article(record, LIMIT)[1]


def assert_article(parsed: ParsedArticle, headline: str, sentence: str) -> None:
    assert parsed.headline == headline
    assert sentence in parsed.body
    assert "\ufffd" not in parsed.body


@pytest.mark.parametrize(("name", "label", "headline", "sentence"), CASES, ids=IDS)
def test_a_page_with_its_charset_in_the_header_yields_its_article(
    name: str, label: str, headline: str, sentence: str
) -> None:
    """The content-type header's charset decodes the page."""
    page = (PAGES / name).read_bytes()
    assert_article(bare(page, f"text/html; charset={label}"), headline, sentence)


@pytest.mark.parametrize(("name", "label", "headline", "sentence"), CASES, ids=IDS)
def test_a_page_without_a_charset_header_is_read_by_its_meta_charset(
    name: str, label: str, headline: str, sentence: str
) -> None:
    """Without a charset in the header, the page's own declaration decodes it."""
    page = (PAGES / name).read_bytes()
    assert_article(bare(page, "text/html"), headline, sentence)


@pytest.mark.parametrize(("name", "label", "headline", "sentence"), CASES, ids=IDS)
def test_a_page_that_declares_nothing_has_its_charset_detected(
    name: str, label: str, headline: str, sentence: str
) -> None:
    """No header charset and no <meta>: the charset is detected from the bytes."""
    page = _META.sub(b"", (PAGES / name).read_bytes())
    assert_article(bare(page, "text/html"), headline, sentence)


@pytest.mark.parametrize(("name", "label", "headline", "sentence"), CASES, ids=IDS)
def test_a_json_envelope_carries_the_page_bytes_in_base64(
    name: str, label: str, headline: str, sentence: str
) -> None:
    """An envelope's base64 content with its charset is the same page as the bare bytes."""
    page = (PAGES / name).read_bytes()
    envelope = {
        "id": name,
        "content": base64.b64encode(page).decode("ascii"),
        "content_type": "text/html",
        "content_encoding": "base64",
        "charset": label,
    }
    decoded, parsed = read_article(RecordIn(value=orjson.dumps(envelope)), LIMIT)
    assert decoded.article.content_encoding is None
    assert decoded.article.id == name
    assert_article(parsed, headline, sentence)
    assert parsed == bare(page, f"text/html; charset={label}")


def test_a_header_that_says_utf8_over_legacy_bytes_does_not_reject_the_page() -> None:
    """A wrong charset label in the header is passed over: the page's own declaration wins."""
    name, _, headline, sentence = CASES[1]
    page = (PAGES / name).read_bytes()
    assert_article(bare(page, "text/html; charset=utf-8"), headline, sentence)


def test_invalid_base64_content_is_an_invalid_envelope() -> None:
    """content_encoding: base64 over text that is not base64 says what to fix."""
    envelope = {"content": "not base64 at all!", "content_encoding": "base64"}
    with pytest.raises(Rejection) as info:
        read_article(RecordIn(value=orjson.dumps(envelope)), LIMIT)
    assert info.value.reason == "invalid_envelope"
    assert "base64" in info.value.detail


def test_base64_text_takes_its_charset_from_the_content_type() -> None:
    """Page text in KOI8-R, its charset only in the envelope's content_type, decodes."""
    text = (
        "Правительство утвердило план строительства новых школ в регионах. "
        "Министр заявил, что первые здания откроются уже в следующем году."
    )
    envelope = {
        "content": base64.b64encode(text.encode("koi8_r")).decode("ascii"),
        "content_type": "text/plain; charset=KOI8-R",
        "content_encoding": "base64",
    }
    decoded, parsed = read_article(RecordIn(value=orjson.dumps(envelope)), LIMIT)
    assert decoded.content_type == "text/plain"
    assert parsed.body == text
