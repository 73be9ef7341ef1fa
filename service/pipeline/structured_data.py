"""A page's schema.org data (JSON-LD): the article body it carries, with its paragraphs.

A page that a JavaScript app renders reaches a crawler without its article in the markup;
the article is often in the page's schema.org data, as ``articleBody``. trafilatura's
baseline reads it there when nothing else holds text, but as one paragraph: it collapses
the body's line breaks, which are its paragraph breaks. ``with_paragraphs`` gives them back
to a candidate body that holds such a body as one line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import unescape
from typing import Any, Final

from lxml import etree

# How deep an articleBody is looked for: a list of nodes, a node's ``@graph`` or
# ``mainEntity``, and so on, as trafilatura walks them.
MAX_DEPTH: Final = 4
_CONTAINERS: Final = ("@graph", "mainEntity")
_JSON_LD: Final = etree.XPath('//script[@type="application/ld+json"]')


def _bodies(node: Any, depth: int = 0) -> Iterator[str]:
    if depth > MAX_DEPTH:
        return
    for item in node if isinstance(node, list) else [node]:
        if not isinstance(item, dict):
            continue
        body = item.get("articleBody")
        if isinstance(body, str):
            yield body
        for container in _CONTAINERS:
            if container in item:
                yield from _bodies(item[container], depth + 1)


def one_line(text: str) -> str:
    """Whitespace collapsed to single spaces: how trafilatura writes a body it read whole."""
    return " ".join(text.split())


def structured_bodies(tree: Any) -> dict[str, tuple[str, ...]]:
    """The paragraphs of each ``articleBody`` in the page's JSON-LD that has more than one,
    by the body written on one line."""
    found: dict[str, tuple[str, ...]] = {}
    for script in _JSON_LD(tree):
        if not script.text or "articleBody" not in script.text:
            continue
        try:
            # not strict, as trafilatura reads it: pages write raw line breaks in strings,
            # and those are the paragraph breaks this looks for (orjson refuses them)
            data = json.loads(script.text, strict=False)
        except (ValueError, RecursionError):
            continue
        for body in _bodies(data):
            text = unescape(body)
            paragraphs = tuple(one_line(line) for line in text.splitlines() if line.strip())
            if len(paragraphs) > 1:
                found[one_line(text)] = paragraphs
    return found


def with_paragraphs(text: str, bodies: dict[str, tuple[str, ...]]) -> str:
    """``text`` (a candidate body, one block per line) with each line that is one of
    ``bodies`` written on one line split back into its paragraphs."""
    if not bodies:
        return text
    return "\n".join("\n".join(bodies.get(one_line(line), (line,))) for line in text.split("\n"))
