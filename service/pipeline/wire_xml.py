"""Wire XML: an agency's NITF or NewsML-G2 document, read by its own elements.

Agencies deliver copy as XML, and a scraper or a feed relay passes it on labelled
``text/html`` (or unlabelled, and sniffed as markup). As a web page its paragraphs came
through, but trafilatura knows none of its furniture: the headline, byline and dateline
were lost. Read by its elements instead:

- **NITF** (``<nitf>``): the headline is ``<hl1>`` (else the document's ``<title>``), the
  byline ``<byline>``, the dateline ``<dateline>`` (written before the first paragraph,
  "ROSARIO, Argentina — Dock workers...", when that paragraph does not open with it: parse
  reads it there, as in any wire copy); the body is ``<body.content>``'s
  paragraphs, subheads and list items in order, then ``<body.end>``'s tagline (a credit
  line: "Jane Doe in Dakar contributed to this report", which parse reads as credits); a
  ``<media>`` element's ``<media-caption>`` and ``<media-producer>`` are a figure caption.
- **NewsML-G2** (``<newsItem>``, or a ``<newsMessage>`` of items): the headline, byline and
  dateline are ``contentMeta``'s ``<headline>``, ``<by>`` and ``<dateline>``; the body is
  the first ``<inlineXML>`` that holds text, NITF or XHTML, read as above (its own headline
  and byline fill what ``contentMeta`` lacks).

The page is the tree ``html.parse_page`` built (lxml's HTML parser: tags lower-cased, no
entity or DTD ever fetched, its size bounded before). Namespace prefixes are ignored
(``<nar:headline>`` is a headline). Reading is one walk of the tree, which stops at each
paragraph: linear in the page, whatever it nests.

A document that is neither is ``None``: the page is read as any other. One without a line
of body text is ``no_article_body`` (``html.read_page``): the web page readers would find
its headline and call it the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

_NITF: Final = "nitf"
_NEWSML: Final = frozenset({"newsitem", "newsmessage"})
# Where a wire document's text lies: one block each, in document order.
_BLOCKS: Final = frozenset({"p", "hl2", "li", "pre", "h2", "h3", "h4", "h5", "h6", "tagline"})
_BYLINE_PREFIX: Final = "by "
# A dateline element longer than this is no dateline ("BAMAKO, Mali, Oct. 10" is 20).
MAX_DATELINE_CHARS: Final = 80
# A photo credit that opens with an agency in capitals and a slash: "REUTERS/Juan Perez".
_WIRE_CREDIT: Final = re.compile(r"[A-Z][A-Z-]{1,15}/")


@dataclass(frozen=True, slots=True)
class WireText:
    """What a wire document says of itself, as ``html.read_page`` hands it on."""

    headline: str | None
    byline: str | None  # without its "By ": parse writes it as a byline
    blocks: tuple[str, ...]  # the first one led by the dateline, when it did not open with it
    captions: tuple[str, ...]


def _local(element: Any) -> str:
    """The element's tag without a namespace prefix; "" for comments and the like."""
    tag = element.tag
    return tag.rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _walk(root: Any) -> Any:
    """The elements under ``root`` in document order (``root`` too), without recursion."""
    stack = [root]
    while stack:
        element = stack.pop()
        yield element
        stack.extend(reversed(element))


def _first(root: Any, name: str, skip: str = "") -> str | None:
    """The text of the first ``name`` element under ``root``, not inside a ``skip`` one."""
    stack = [root]
    while stack:
        element = stack.pop()
        local = _local(element)
        if local == name:
            return _text(element) or None
        if local != skip:
            stack.extend(reversed(element))
    return None


def _body(root: Any) -> tuple[list[str], list[str]]:
    """The blocks and figure captions under ``root``: a block's text is read whole, and a
    ``<media>`` element gives a caption, never a block."""
    blocks: list[str] = []
    captions: list[str] = []
    stack = [root]
    while stack:
        element = stack.pop()
        local = _local(element)
        if local in _BLOCKS:
            text = _text(element)
            if text:
                blocks.append(text)
        elif local == "media":
            caption = _first(element, "media-caption")
            producer = _first(element, "media-producer")
            if caption and producer and producer not in caption:
                # As the agency writes it: "... 2024. REUTERS/Juan Perez", "... (AP Photo/Jo Roe)".
                written = "{} {}" if _WIRE_CREDIT.match(producer) else "{} ({})"
                caption = written.format(caption, producer)
            if caption:
                captions.append(caption)
        elif local not in ("hedline", "byline", "dateline", "head", "title", "docdata"):
            stack.extend(reversed(element))
    return blocks, captions


def _byline(text: str | None) -> str | None:
    if text and text.casefold().startswith(_BYLINE_PREFIX):
        text = text[len(_BYLINE_PREFIX) :].strip()
    return text or None


def _opens_with(blocks: list[str], dateline: str) -> bool:
    """Whether the body already opens with the dateline's place ("BAMAKO, Mali (AP) ...");
    an empty body does (there is nothing to write it before)."""
    place = dateline.split(",", 1)[0].strip().casefold()
    return not blocks or blocks[0].casefold().startswith(place)


def _nitf(root: Any, headline: str | None, byline: str | None, dateline: str | None) -> WireText:
    content = next((e for e in _walk(root) if _local(e) == "body.content"), root)
    blocks, captions = _body(content)
    if not blocks and content is not root:
        # Text straight in <body.content>, lines broken by <br>: each line a block.
        blocks = [line for line in ("\n".join(content.itertext())).split("\n") if line.strip()]
        blocks = [" ".join(line.split()) for line in blocks]
    end = next((e for e in _walk(root) if _local(e) == "body.end"), None)
    if end is not None and content is not root:
        blocks.extend(_body(end)[0])
    headline = headline or _first(root, "hl1") or _first(root, "title")
    byline = byline or _byline(_first(root, "byline"))
    dateline = dateline or _first(root, "dateline")
    if dateline and len(dateline) <= MAX_DATELINE_CHARS and not _opens_with(blocks, dateline):
        # As the agency prints it, running into the first paragraph, where parse reads it.
        blocks[0] = f"{dateline} \u2014 {blocks[0]}"
    return WireText(headline, byline, tuple(blocks), tuple(captions))


def _newsml(root: Any) -> WireText:
    first: WireText | None = None
    for item in (e for e in _walk(root) if _local(e) == "newsitem"):
        meta = next((e for e in _walk(item) if _local(e) == "contentmeta"), None)
        headline = byline = dateline = None
        if meta is not None:
            headline = _first(meta, "headline")
            byline = _byline(_first(meta, "by"))
            dateline = _first(meta, "dateline")
        for inline in (e for e in _walk(item) if _local(e) == "inlinexml"):
            found = _nitf(inline, headline, byline, dateline)
            if found.blocks:
                return found
        first = first or WireText(headline, byline, (), ())
    return first or WireText(None, None, (), ())


def wire_root(tree: Any) -> Any:
    """The page's NITF or NewsML-G2 root element, or None for any other page."""
    if tree is None:
        return None
    local = _local(tree)
    if local == _NITF or local in _NEWSML:
        return tree
    # lxml's HTML parser puts a document that opens with text or an unknown prolog in
    # <html><body>: the wire root is then the body's first element.
    body = next((e for e in tree if _local(e) == "body"), None) if local == "html" else None
    first = next(iter(body), None) if body is not None else None
    if first is not None and (_local(first) == _NITF or _local(first) in _NEWSML):
        return first
    return None


def read_wire(tree: Any) -> WireText | None:
    """The wire document in ``tree`` (``html.parse_page``'s), or None for any other page.
    A wire document without a line of body text has no ``blocks``."""
    root = wire_root(tree)
    if root is None:
        return None
    if _local(root) == _NITF:
        return _nitf(root, None, None, None)
    return _newsml(root)
