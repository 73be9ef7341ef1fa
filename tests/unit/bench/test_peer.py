"""The benches' peer row is trafilatura as installed, whatever parser newsflow gives it."""

from __future__ import annotations

import trafilatura
from trafilatura import utils as trafilatura_utils

from bench.peer import peer_extract
from service.pipeline.html import configure_parser

PROSE = "".join(
    f"<p>The council said on Monday that it would approve the budget, item {n}.</p>"
    for n in range(5)
)


def test_the_peer_reads_with_trafilaturas_own_parser() -> None:
    """A page under 300 unclosed tags: newsflow's parser reads it, trafilatura's own does
    not, and the peer row is trafilatura's own; the parser newsflow set stays set."""
    configure_parser()
    ours = trafilatura_utils.HTML_PARSER
    page = f"<html><body>{'<font>' * 300}{PROSE}</body></html>"
    assert "approve the budget" in (trafilatura.extract(page) or "")
    assert peer_extract(page) == ""
    assert trafilatura_utils.HTML_PARSER is ours
    shallow = f"<html><body>{PROSE}</body></html>"
    assert "approve the budget" in peer_extract(shallow)
