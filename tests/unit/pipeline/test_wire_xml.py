"""An agency's wire XML (NITF, NewsML-G2) keeps its headline, byline and dateline."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from service.errors import Rejection
from service.events import Credit, Dateline
from service.pipeline import read_article
from service.pipeline.html import configure_parser, parse_page
from service.pipeline.types import ParsedArticle, RecordIn
from service.pipeline.wire_xml import read_wire

WIRE = Path(__file__).parents[2] / "data" / "wire"
LIMIT = 1_000_000


@pytest.fixture(autouse=True, scope="module")
def _parser() -> None:
    configure_parser()


def _read(name: str, content_type: bytes | None = b"text/html") -> ParsedArticle:
    raw = (WIRE / name).read_bytes()
    if content_type is None:  # unlabelled, in an envelope: sniffed
        record = RecordIn(value=orjson.dumps({"content": raw.decode("utf-8")}))
    else:
        record = RecordIn(value=raw, headers=(("content-type", content_type),))
    return read_article(record, LIMIT)[1]


@pytest.mark.parametrize(
    "content_type",
    [b"text/html", b"application/nitf+xml", b"text/xml", b"application/xml", None],
    ids=["html", "nitf", "text-xml", "application-xml", "sniffed"],
)
def test_nitf_headline_byline_dateline_and_tagline(content_type: bytes | None) -> None:
    article = _read("nitf-bamako.xml", content_type)
    assert article.headline == "Flood waters recede in Bamako as aid arrives"
    assert article.dateline == Dateline(place="Bamako", agency="AP", date=None)
    assert article.credits == (
        Credit(name="Baba Ahmed", role="byline", place=None),
        Credit(name="Jane Doe", role="contributing", place="Dakar"),
    )
    assert article.paragraphs[0].startswith("Flood waters began to recede in Mali's capital")
    assert len(article.paragraphs) == 4
    assert not any("contributed to this report" in p for p in article.paragraphs)


def test_nitf_dateline_element_caption_and_subhead() -> None:
    article = _read("nitf-rosario-dateline.xml")
    assert article.headline == "Port strike halts grain exports \u2014 talks resume Friday"
    # Only the <dateline> element says where and when: it leads the first paragraph.
    assert article.dateline == Dateline(place="Rosario", agency=None, date="March 12")
    assert article.paragraphs[0].startswith("Dock workers at Argentina's main grain hub")
    assert article.paragraphs[1] == "Wage dispute"
    assert [(c.name, c.role) for c in article.credits] == [
        ("Maria Lopez", "byline"),
        ("Maria Lopez", "reporting"),
        ("Tom Hogue", "editing"),
    ]
    [caption] = article.captions
    assert caption.text.startswith("Trucks loaded with soybeans queue outside the port")
    assert caption.agency == "Reuters"
    assert caption.photographer == "Juan Perez"
    # The quote's HTML entities (no DTD is read) are its curly quotes.
    assert article.paragraphs[3].startswith("\u201cWe will not go back")


@pytest.mark.parametrize(
    "content_type",
    [b"text/html", b"application/vnd.iptc.g2.newsmessage+xml", None],
    ids=["html", "newsml", "sniffed"],
)
def test_newsml_g2_content_meta_and_inline_nitf(content_type: bytes | None) -> None:
    article = _read("newsml-g2-message-nitf.xml", content_type)
    assert article.headline == "Port strike halts grain exports"
    assert article.dateline == Dateline(place="Rosario", agency=None, date=None)
    assert article.credits == (Credit(name="Maria Lopez", role="byline", place=None),)
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("Dock workers at Argentina's main grain hub")


def test_newsml_g2_prefixed_item_with_inline_xhtml() -> None:
    article = _read("newsml-g2-item-xhtml.xml")
    assert article.headline == "River flooding forces thousands from homes in Bavaria"
    assert article.dateline == Dateline(place="Passau", agency="AP", date=None)
    assert article.credits == (Credit(name="Anna Becker", role="byline", place=None),)
    assert article.paragraphs == (
        "Rising rivers forced thousands of people from their homes in southern Germany on "
        "Sunday after days of heavy rain.",
        "Firefighters in Passau said the Danube had reached its highest level in a decade.",
    )


def test_wire_xml_without_body_text_is_no_article_body() -> None:
    empty = b"<?xml version='1.0'?><nitf><body><body.head><hedline><hl1>Headline only</hl1>"
    empty += b"</hedline></body.head><body.content></body.content></body></nitf>"
    record = RecordIn(value=empty, headers=(("content-type", b"application/nitf+xml"),))
    with pytest.raises(Rejection) as caught:
        read_article(record, LIMIT)
    assert caught.value.reason == "no_article_body"
    assert "wire XML (NITF or NewsML-G2) has no body text" in caught.value.detail


def test_web_pages_are_not_wire_xml() -> None:
    page = "<html><head><title>Council votes</title></head><body><p>The council voted.</p>"
    page += "<nitf>not a root</nitf></body></html>"
    assert read_wire(parse_page(page)) is None
    assert read_wire(parse_page("<p>A fragment of a page, <b>no</b> wire document.</p>")) is None


def test_deeply_nested_wire_xml_is_read_in_one_walk() -> None:
    # 1,500 nested <block>s, deeper than Python recurses: the reader walks without recursion.
    depth = 1_500
    body = "<block>" * depth + "<p>Deep inside the story, a paragraph.</p>" + "</block>" * depth
    doc = "<nitf><head><title>Deep</title></head><body>"
    doc += f"<body.content>{body}</body.content></body></nitf>"
    wire = read_wire(parse_page(doc))
    assert wire is not None
    assert wire.blocks == ("Deep inside the story, a paragraph.",)


def test_a_short_brief_keeps_its_own_body() -> None:
    """Under 60 words, a page's other candidates were asked, and the web page reader's one
    took the headline, the subhead and the byline for the first paragraph."""
    doc = (
        '<?xml version="1.0"?><nitf><head><title>Quake</title></head><body><body.head>'
        "<hedline><hl1>Strong quake hits northern Chile</hl1><hl2>No damage reported so far, "
        "officials say, as aftershocks continue through the night</hl2></hedline>"
        "<byline>By Ana Silva, Associated Press</byline><dateline>SANTIAGO, Chile</dateline>"
        "</body.head><body.content><p>A magnitude 6.1 earthquake struck northern Chile on "
        "Tuesday. No damage was reported.</p></body.content><body.end><tagline>Copyright 2024 "
        "The Associated Press. All rights reserved.</tagline></body.end></body></nitf>"
    )
    record = RecordIn(value=doc.encode(), headers=(("content-type", b"text/html"),))
    article = read_article(record, LIMIT)[1]
    assert article.headline == "Strong quake hits northern Chile"
    assert article.dateline == Dateline(place="Santiago", agency=None, date=None)
    assert article.paragraphs == (
        "A magnitude 6.1 earthquake struck northern Chile on Tuesday. No damage was reported.",
    )


@pytest.mark.parametrize("content_type", ["text/xml", "application/xml"])
def test_other_xml_is_unsupported_and_says_what_is_read(content_type: str) -> None:
    """Plain XML is read for an XHTML page or wire XML (feeds serve NITF as text/xml); any
    other document is unsupported_content_type, a feed by name."""
    soap = "<?xml version='1.0'?><soap:Envelope><soap:Body>The council voted.</soap:Body>"
    record = RecordIn(value=orjson.dumps({"content": soap, "content_type": content_type}))
    with pytest.raises(Rejection) as caught:
        read_article(record, LIMIT)
    assert caught.value.reason == "unsupported_content_type"
    assert "wire XML (NITF, NewsML-G2)" in caught.value.detail
    rss = "<?xml version='1.0'?><rss><channel><item><title>T</title></item></channel></rss>"
    record = RecordIn(value=orjson.dumps({"content": rss, "content_type": content_type}))
    with pytest.raises(Rejection) as caught:
        read_article(record, LIMIT)
    assert "RSS or Atom feed" in caught.value.detail
