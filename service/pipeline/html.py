"""HTML path: main-content candidates and metadata with trafilatura (never by hand).

The input is bounded before trafilatura sees it: ``max_tree_size`` caps the element count
(deeply nested or enormous DOMs), and any failure inside trafilatura or lxml becomes a
``no_article_body`` rejection (or, for a fallback candidate, an empty candidate) instead of
an error that escapes the stage.

``read_page`` parses the page once. Of trafilatura's metadata only the title and the author
are used (headline, byline), so only its steps for those two run (``_page_meta``, then its
title and markup author steps): the full ``extract_metadata`` also finds dates, site name,
categories, tags and licence, which cost half of its time on the bench pages and which
nothing downstream reads.

Candidate bodies (``candidates.py`` chooses among them):

- ``HtmlPage.precise``: trafilatura in precision mode without its fallback extractors, on the
  tree without the elements trafilatura always deletes (navigation, asides, footers, scripts,
  styles, icons, form controls: its ``MANUALLY_CLEANED`` list), deleted up front the same way
  (``_drop_chrome``) so that its XPath passes and tree copies walk a smaller tree. Cheap, and
  the most precise on news pages; the one a plausible page keeps.
- ``HtmlPage.fallback()``: trafilatura's default settings (readability and jusText compared,
  the baseline rescue, recall escalation) on the **full** tree, parsed again from the page:
  nothing deleted up front hides text from the fallbacks (an article inside a ``nav``, a
  post in a ``noscript``).
- ``HtmlPage.recall()``: trafilatura favouring recall, on the full tree.
- In both, a body that trafilatura read whole from the page's schema.org data keeps its
  paragraphs (``structured_data``).
- ``HtmlPage.visible_text()``: the full tree's visible text, for the text path's line
  classifier, with the lines that are mostly links.

The fallbacks run only when the precise candidate is implausible, or holds a small share of
the page's text (``page_chars``), so a page pays for one extraction unless it needs more.
The markup author step runs on the tree without chrome: in half the time, and a sidebar's
"recent comments" can no longer pass for the byline.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from dataclasses import dataclass
from typing import Any, Final

import trafilatura
from lxml import etree
from lxml.etree import ElementDefaultClassLookup
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction
from trafilatura import utils as trafilatura_utils
from trafilatura.metadata import examine_meta, extract_author, extract_meta_json, extract_title
from trafilatura.settings import CUT_EMPTY_ELEMS, MANUALLY_CLEANED, use_config
from trafilatura.utils import load_html
from trafilatura.xml import delete_element

from service.errors import Rejection
from service.pipeline.structured_data import structured_bodies, with_paragraphs
from service.pipeline.visible import VisibleText, visible_text
from service.pipeline.wire_xml import read_wire

# Above this many elements trafilatura gives up on the tree (its own guard, linear check).
MAX_TREE_SIZE: Final = 60_000
_CONFIG: Final = use_config()
_CONFIG.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
# No signal-based timeout: signals only work in the main thread, and the worker runs the
# stages off the event loop; the pipeline's own deadline bounds a message instead.
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")


# trafilatura's own parser, as installed: the benches' peer row reads pages with it
# (``bench.peer``), not with the one ``configure_parser`` gives trafilatura.
TRAFILATURA_PARSER: Final = trafilatura_utils.HTML_PARSER


def configure_parser() -> None:
    """Give trafilatura a parser that reads pages nested as deep as a browser shows them,
    with a C-level element class lookup (``pipeline.resources`` calls it once per process,
    at load time).

    - Depth: libxml2 drops everything below 256 levels unless told the tree may be huge, and
      old pages with unclosed ``<font>`` or ``<b>`` tags nest that deep: a browser shows
      their article, and trafilatura alone found nothing. With ``huge_tree`` it reads 2,048
      levels (the input's size is bounded before: ``decode``, ``MAX_TREE_SIZE``).
    - Classes: lxml.html picks each element's Python class with a Python callback (forms,
      inputs and labels get classes of their own), once per element handed to Python:
      trafilatura's passes hand it hundreds of thousands. One class for every element gives
      the same text on every bench page, in 6% less time.

    It replaces trafilatura's module-level parser (the same options otherwise), so it is an
    explicit step of process set-up, not a side effect of importing this module.
    """
    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    parser.set_element_class_lookup(
        ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    trafilatura_utils.HTML_PARSER = parser


# trafilatura's fallback extractors (jusText's paragraphs above all) take time in the square
# of the tree's depth: on a tree deeper than libxml2 reads by default they are skipped (a
# 2,000-level nest of empty <div>s took them seconds; precise and visible text still run).
MAX_FALLBACK_DEPTH: Final = 255
# jusText, among trafilatura's fallback extractors, looks for each short paragraph's nearest
# longer neighbour by walking the paragraphs in between: time in the square of a run of short
# texts (20,000 one-line <div>s took the HTML path 95 s). Above this many texts in the page's body
# the fallback and recall runs go without the fallback extractors (``fast``). The real pages
# of the benches hold at most 6,604 (p99 1,204; trafilatura's evaluation set and aeb).
MAX_FALLBACK_TEXTS: Final = 3000
_TEXTS: Final = etree.XPath("count(/html/body/descendant::text()[normalize-space()])")
# libxml2 reads a huge tree 2,048 levels deep and drops what lies below: a page whose tree
# reaches that depth lost what it nested deeper.
PARSER_DEPTH_CUT: Final = 2040


# libxml2 checks each attribute of an element against every one before it: time in the square
# of their number (an element of 60,000 took 2 s per parse, and the HTML path parses a page up
# to four times). An element of more attributes than this is no page's markup, and loses them
# before any parse. It is looked for only on a page of more than ``_FLOOD_GATE`` "=" signs
# (3% of the benches' 981 real pages, p99 7,236, whose attributes all stay), or of fewer
# tags than one per ``_SPARSE_TAGS`` characters (attributes without values: ``<div a b c``).
MAX_ATTRIBUTES: Final = 1_000
_FLOOD_GATE: Final = 5 * MAX_ATTRIBUTES
_SPARSE_TAGS: Final = 2 * MAX_ATTRIBUTES
# A start tag long enough to hold that many attributes (three characters each at least), and
# an attribute in it: a name, and a value quoted or not (an "=" inside quotes is no attribute).
_LONG_TAG: Final = re.compile(rf"<([A-Za-z][\w:-]{{0,40}})(\s[^<>]{{{3 * MAX_ATTRIBUTES},}})>")
_ATTRIBUTE: Final = re.compile(r"""[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


def _without_attribute_floods(html: str, tags: int) -> str:
    """``html`` (with ``tags`` "<" signs) with the attributes of every element that has more
    than ``MAX_ATTRIBUTES`` removed (the element and its content stay)."""
    if html.count("=") <= _FLOOD_GATE and len(html) <= _SPARSE_TAGS * (tags + 1):
        return html

    def tag(match: re.Match[str]) -> str:
        attributes = _ATTRIBUTE.finditer(match[2])
        if sum(1 for _ in itertools.islice(attributes, MAX_ATTRIBUTES + 1)) <= MAX_ATTRIBUTES:
            return match[0]
        return f"<{match[1]}>"

    return _LONG_TAG.sub(tag, html)


def parse_page(html: str) -> Any:
    """The page's tree as trafilatura parses it (``load_html``), in one ``<html>`` element as
    a browser builds it; a fragment of one element in a page's ``<body>``. Markup after
    ``</html>`` (a theme that closes the document after its head, then writes ``<body>``)
    becomes a second top-level ``<html>`` in libxml2's tree, which trafilatura never reads:
    its children join the first."""
    tree = load_html(html)
    if tree is None and html.strip():
        # trafilatura refuses markup of one element with one child ("<p>...</p>",
        # "<div><section>...</section></div>": a scraper's article container) as "not valid
        # HTML"; a fragment goes in wrapped, as its documentation says.
        tree = load_html(f"<html><body>{html}</body></html>")
    if tree is None:
        return None
    for extra in [e for e in tree.itersiblings() if e.tag == "html"]:
        for child in list(extra):
            body = tree.find("body") if child.tag == "body" else None
            if body is None:
                tree.append(child)
            else:  # one body, as a browser keeps: the second's content joins the first
                _append_text(body, child.text)
                body.extend(list(child))
    return tree


def _append_text(element: Any, text: str | None) -> None:
    """``text`` after the last content of ``element``."""
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def tree_depth(tree: Any) -> int:
    """How many levels down the deepest element of ``tree`` lies (one linear walk)."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


# trafilatura renders an image as markdown: "![alt text](https://cdn.example/x.jpg)". It is
# markup, not text: removed. Bounded, no nesting: linear. Not "[1]" or "(see below)".
_IMAGE: Final = re.compile(r"!\[[^\]\n]{0,1000}\]\([^)\n]{0,4000}\)")


def _without_images(text: str) -> str:
    lines = (_IMAGE.sub("", line).strip() if "![" in line else line for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# trafilatura writes a table's row as "| cell | cell |", a "|" inside a cell as "\|". A row
# of one cell is a layout table's (older sites set whole pages in tables): its text is a
# line of the page like any other, "| The council voted ... |" is "The council voted ...".
_ONE_CELL: Final = re.compile(r"\| (.*) \|")
_CELL_BREAK: Final = re.compile(r"(?<!\\) \| ")


def _one_cell_rows(text: str) -> str:
    if "| " not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        row = _ONE_CELL.fullmatch(line.strip()) if line.startswith("| ") else None
        if row is not None and _CELL_BREAK.search(row[1]) is None:
            lines[i] = row[1].replace("\\|", "|").strip()
    return "\n".join(line for line in lines if line)


# Figure captions are read from <figcaption> elements: inside <article>/<main> when the
# page has them (teasers and promos sit elsewhere), at most this many, each bounded.
MAX_CAPTIONS: Final = 10
MAX_CAPTION_CHARS: Final = 600
_IN_ARTICLE: Final = "//article//figcaption | //main//figcaption"


# trafilatura's tree cleaning deletes these elements whatever the page; only the ones it
# treats specially stay for it: forms (its form handling), figures (a figure with a table
# becomes a table), math (formulas are recovered first), the head and JSON-LD scripts
# (read by its forum-page test before the cleaning).
_CHROME: Final = tuple(
    tag for tag in MANUALLY_CLEANED if tag not in {"form", "figure", "math", "head", "script"}
)


# What HTML counts as white space between words (not the no-break space).
_HTML_SPACES: Final = re.compile(r"[ \t\n\r\f]+")
# The body's texts with a line break and a word in them (one XPath pass, linear in the
# page: the indentation between tags is most of a page's texts and needs nothing). The axis
# is spelled ``descendant::``, as in ``_TEXTS``: libxml2 reads ``//text()`` as one
# descendant search only without a predicate; with one, it goes node by node, and on a
# page of 20,000 documents end to end (as many ``<html>`` elements side by side) each of
# these XPaths took 1.7 s instead of 3 ms.
_WRAPPED_TEXTS: Final = etree.XPath(
    "//body/descendant::text()[contains(., '\n') and normalize-space(.) != '']"
)
_OWN_LINES: Final = ("pre", "textarea", "script", "style")


def _unwrap_source_lines(tree: Any) -> None:
    """A line break in the page's source is a space, as a browser renders it: "won the" /
    "Africa Movie Academy Award" of a hand-wrapped paragraph is one line of text, not two
    blocks (trafilatura keeps the source's line breaks). Preformatted text keeps its own."""
    kept = {e for block in tree.iter(*_OWN_LINES) for e in block.iter()}
    for text in _WRAPPED_TEXTS(tree):
        owner = text.getparent()
        if owner is None:
            continue
        if text.is_text and owner not in kept:
            owner.text = _HTML_SPACES.sub(" ", text)
        elif text.is_tail and owner.getparent() not in kept:
            owner.tail = _HTML_SPACES.sub(" ", text)


def _drop_chrome(tree: Any) -> None:
    """Delete, as trafilatura would later, what can never be article text (tails kept).

    Empty elements go too, with the text after them kept: precision mode would delete that
    text with them (``prune_html``), and an empty element opens many a paragraph (WordPress's
    ``<span id="more-5662"></span>`` before the rest of the post, an icon's ``<i>``)."""
    for element in list(tree.iter(*_CHROME)):
        delete_element(element)
    for element in list(tree.iter("script")):
        if (element.get("type") or "").strip().lower() != "application/ld+json":
            delete_element(element)
    empty = [e for e in tree.iterdescendants(*CUT_EMPTY_ELEMS) if e.text is None and len(e) == 0]
    for element in empty:
        delete_element(element, keep_tail=True)


def _figure_captions(tree: Any) -> tuple[str, ...]:
    """The page's figure captions, in order, whitespace collapsed, each once. trafilatura
    drops figures with their captions (``include_images=False``); they are structure."""
    elements = tree.xpath(_IN_ARTICLE) or list(tree.iter("figcaption"))
    out: dict[str, None] = {}
    for element in elements:
        text = " ".join(" ".join(element.itertext()).split())[:MAX_CAPTION_CHARS]
        if text:
            out[text] = None
        if len(out) >= MAX_CAPTIONS:
            break
    return tuple(out)


# How many characters of text the page's body holds, whitespace collapsed (in libxml2: half
# the time of Python's split and join over the body's text).
_BODY_CHARS: Final = etree.XPath("string-length(normalize-space(/html/body))")


def _body_chars(tree: Any) -> int:
    return int(_BODY_CHARS(tree))


def _field(doc: Any, name: str) -> str | None:
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return str(value) if value else None


def _stripped(value: str | None) -> str | None:
    return (value or "").strip() or None


def _page_meta(tree: Any) -> Any:
    """trafilatura's metadata steps for the title and the author, in the order
    ``extract_metadata`` runs them: meta tags, then JSON-LD."""
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a one-word "author" is a site or a handle (trafilatura's rule)
    # Broken JSON-LD is skipped, as trafilatura itself does.
    with contextlib.suppress(Exception):
        meta = extract_meta_json(tree, meta)
    return meta


# What trafilatura may raise on a hostile page (its own guards raise ValueError).
_EXTRACTION_ERRORS: Final = (RecursionError, MemoryError, ValueError, TypeError, LookupError)
# Our settings for every run: comments are not the article, tables are, images are not (they
# would bring captions in, but also logos and alt texts: on aeb-dev the body F1 drops from
# 0.967 to 0.956 with them; captions: ``_figure_captions``).
_SETTINGS: Final[dict[str, Any]] = {
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "config": _CONFIG,
}


def _text(doc: Any) -> str:
    return "" if doc is None else _one_cell_rows(_without_images(_field(doc, "text") or ""))


def _unparsable(exc: BaseException) -> Rejection:
    return Rejection(
        "no_article_body",
        f"the HTML could not be parsed ({type(exc).__name__}); it is malformed, too "
        "deeply nested or too large",
        "clean",
    )


def _no_wire_body() -> Rejection:
    return Rejection(
        "no_article_body",
        "the wire XML (NITF or NewsML-G2) has no body text: no paragraph in <body.content> "
        "or in a NewsML-G2 <inlineXML>; send the story with its body",
        "clean",
    )


@dataclass(slots=True)
class HtmlPage:
    """A parsed page: its metadata, figure captions and the precise candidate body; the
    other candidates are computed on demand, on the full tree parsed once more."""

    html: str
    title: str | None
    author: str | None
    captions: tuple[str, ...]
    precise: str
    # characters of the page's body text without its chrome, whitespace collapsed: what
    # the precise candidate's share of the page is measured against (``candidates.py``)
    page_chars: int = 0
    # an agency's wire XML (``wire_xml``): ``precise`` is its body, and no other candidate
    # is (a web page reader would take its headline and byline lines for the first paragraph)
    wire: bool = False
    _full: Any = None
    _depth: int | None = None  # of the full tree, walked once (``_full_depth``)
    _texts: int | None = None  # the full tree's texts (``_full_texts``)
    _bodies: dict[str, tuple[str, ...]] | None = None  # ``_structured_bodies``

    def _full_tree(self) -> Any:
        if self._full is None:
            self._full = parse_page(self.html)
            if self._full is not None:
                _unwrap_source_lines(self._full)
        return self._full

    def _full_depth(self) -> int:
        if self._depth is None:
            tree = self._full_tree()
            self._depth = 0 if tree is None else tree_depth(tree)
        return self._depth

    def _full_texts(self) -> int:
        if self._texts is None:
            tree = self._full_tree()
            self._texts = 0 if tree is None else int(_TEXTS(tree))
        return self._texts

    def _structured_bodies(self) -> dict[str, tuple[str, ...]]:
        """The page's schema.org bodies (``structured_data``), read once, on a page that
        names one."""
        if self._bodies is None:
            tree = self._full_tree()
            named = tree is not None and "articleBody" in self.html
            self._bodies = structured_bodies(tree) if named else {}
        return self._bodies

    def _extract(self, **options: Any) -> str:
        """trafilatura on (a copy of) the full tree; an error, or a tree too deep for its
        fallbacks (MAX_FALLBACK_DEPTH), leaves the candidate empty; a page of more than
        MAX_FALLBACK_TEXTS texts is read without the fallback extractors."""
        try:
            tree = self._full_tree()
            if tree is None or self._full_depth() > MAX_FALLBACK_DEPTH:
                return ""
            fast = self._full_texts() > MAX_FALLBACK_TEXTS
            bodies = self._structured_bodies()
            text = _text(trafilatura.bare_extraction(tree, fast=fast, **_SETTINGS, **options))
            return with_paragraphs(text, bodies)
        except _EXTRACTION_ERRORS:
            return ""

    def cut_at_depth(self) -> bool:
        """Whether the parser stopped reading the page at its depth limit."""
        return self._full_depth() > PARSER_DEPTH_CUT

    def fallback(self) -> str:
        """trafilatura's default settings: its fallback extractors on, on the full tree."""
        return self._extract()

    def recall(self) -> str:
        """trafilatura favouring recall, on the full tree."""
        return self._extract(favor_recall=True)

    def visible_text(self) -> VisibleText:
        """The full tree's visible text, one block per line, and its lines of links."""
        try:
            tree = self._full_tree()
            if tree is not None:
                return visible_text(tree)
        except _EXTRACTION_ERRORS:
            pass
        return VisibleText([], frozenset())


def read_page(html: str) -> HtmlPage:
    """Parse a page: its metadata, figure captions and precise candidate body."""
    # An element has an opening and usually a closing tag; counting "<" is one C-level pass
    # and spares lxml and trafilatura a tree that MAX_TREE_SIZE would discard anyway.
    tags = html.count("<")
    html = _without_attribute_floods(html, tags)  # it keeps every tag
    if tags > 2 * MAX_TREE_SIZE:
        raise Rejection(
            "no_article_body",
            f"the HTML has more than {MAX_TREE_SIZE:,} elements; it is not a single article "
            "page (send the article's own page, or its text as text/plain)",
            "clean",
        )
    try:
        tree = parse_page(html)
        if tree is None:
            return HtmlPage(html, None, None, (), "")
        wire = read_wire(tree)
        if wire is not None:  # an agency's NITF or NewsML-G2: its own elements say it all
            if not wire.blocks:
                raise _no_wire_body()
            text = "\n".join(wire.blocks)
            return HtmlPage(
                html, wire.headline, wire.byline, wire.captions, text, len(text), wire=True
            )
        _unwrap_source_lines(tree)
        meta = _page_meta(tree)
        title = _stripped(meta.title or extract_title(tree))
        captions = _figure_captions(tree)
        _drop_chrome(tree)
        # Without meta tags naming one, the author is read from the page's markup, and
        # without its chrome: a sidebar's "Colin Rust commented on" is no byline.
        author = _stripped(meta.author or extract_author(tree))
        # Precision mode prunes more of the page before extracting: with the candidates that
        # join when it finds too little (``candidates.py``), the body F1 is 0.976 on aeb-dev
        # against 0.971 in trafilatura's balanced mode (aeb-multilingual: 0.975 and 0.976).
        # Without the fallback extractors (``fast``) this first run costs half; they run
        # on the full tree when the page needs them.
        page_chars = _body_chars(tree)
        doc = trafilatura.bare_extraction(tree, favor_precision=True, fast=True, **_SETTINGS)
    except _EXTRACTION_ERRORS as exc:
        raise _unparsable(exc) from None
    return HtmlPage(html, title, author, captions, _text(doc), page_chars)
