"""The dedupe step completes article events; `newsflow process` links across its inputs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

from service.events import ArticleNormalized

BODY = [
    "The central bank raised its main interest rate by half a point on Thursday, its third "
    "increase this year, citing inflation that has stayed above target for eighteen months.",
    "Economists polled before the decision had expected a smaller move, and the currency rose "
    "against the dollar after the announcement.",
    "The governor said further increases were possible if prices kept rising, but that the "
    "bank would watch the labour market closely.",
]


def envelope(ident: str, title: str, paragraphs: list[str], extra: list[str]) -> bytes:
    content = "\n".join([*extra, *paragraphs])
    return orjson.dumps({"id": ident, "title": title, "content": content})


def test_process_links_versions_and_copies_across_inputs(tmp_path: Path) -> None:
    """A second version gets version 2 with changes; an exact copy elsewhere is duplicate_of."""
    lines = [
        envelope("bank-1", "Bank raises rates", BODY, []),
        envelope(
            "bank-1",
            "Bank raises rates again",
            [
                *BODY,
                "Correction: the rise was half a point, not a quarter point as first reported.",
            ],
            [],
        ),
        envelope("mirror-9", "Rates up", BODY, ["Menu", "Sign in", "Newsletter"]),
    ]
    path = tmp_path / "stream.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = subprocess.run(
        [sys.executable, "-m", "service", "process", str(path)],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    articles = [
        ArticleNormalized.model_validate_json(line)
        for line in result.stdout.splitlines()
        if b'"article.normalized"' in line
    ]
    first, update, mirror = articles
    assert (first.version, first.changes) == (1, None)
    assert update.article_id == first.article_id
    assert update.version == 2
    assert update.changes is not None
    assert update.changes.headline_changed
    assert update.changes.corrections
    assert mirror.duplicate_of == first.article_id
    assert mirror.near_duplicate_of is None
    assert first.fingerprints is not None
    assert mirror.fingerprints is not None
    assert mirror.fingerprints.exact == first.fingerprints.exact
