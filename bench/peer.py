"""The peer row of the cleaning benches: trafilatura exactly as a user installs it.

``service.pipeline.html.configure_parser`` gives trafilatura a parser that reads deeper
trees; the peer must not profit from it, so its extraction runs with trafilatura's own.
"""

from __future__ import annotations

import trafilatura
from trafilatura import utils as trafilatura_utils

from service.pipeline.html import TRAFILATURA_PARSER


def peer_extract(page: str | bytes) -> str:
    """``trafilatura.extract`` with its default settings and its own parser."""
    ours = trafilatura_utils.HTML_PARSER
    trafilatura_utils.HTML_PARSER = TRAFILATURA_PARSER
    try:
        return trafilatura.extract(page) or ""
    finally:
        trafilatura_utils.HTML_PARSER = ours
