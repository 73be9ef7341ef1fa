"""The dedupe step completes article events through the model; `newsflow process` links
across its inputs."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from pydantic import ValidationError

from service.dedup import DedupResult
from service.events import ArticleNormalized, RawArticle
from service.pipeline import build
from service.pipeline.types import Decoded, Enriched, Outcome, ParsedArticle, RecordIn

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


def normalized_outcome() -> Outcome:
    article = RawArticle(id="bank-1", content="\n".join(BODY))
    return build.normalized(
        Decoded(article, "text/plain"),
        Enriched(ParsedArticle(headline="Bank raises rates", paragraphs=tuple(BODY))),
        RecordIn(value=b"{}"),
        datetime(2026, 1, 1, tzinfo=UTC),
        pipeline_version="test",
        max_message_bytes=1_000_000,
    )


NEW = DedupResult(
    article_id="a",
    status="new",
    version=1,
    exact_fingerprint="fp",
    minhash="00",
    duplicate_of=None,
    near_duplicate_of=None,
    similarity=None,
    canonical_id="a",
    first_seen_at=datetime(2026, 1, 1, 8, tzinfo=UTC),
    changes=None,
)


LIMIT = 1_000_000


def result(**links: Any) -> DedupResult:
    return replace(NEW, **links)


def test_linked_event_is_built_through_the_model_from_the_links() -> None:
    """The first message becomes the linked event; similarity is rounded; an exact copy
    has no near_duplicate_of; a value the model refuses raises instead of going out."""
    outcome = normalized_outcome()
    near = build.linked(
        outcome, result(near_duplicate_of="w", similarity=0.123456, version=2), LIMIT
    )
    event = ArticleNormalized.model_validate_json(near.messages[0].value)
    assert (event.version, event.near_duplicate_of, event.similarity) == (2, "w", 0.1235)
    assert event.first_seen_at == datetime(2026, 1, 1, 8, tzinfo=UTC)
    assert near.article == event
    assert near.dedup is None
    assert near.messages[1:] == outcome.messages[1:]
    exact = build.linked(
        outcome,
        result(duplicate_of="d", near_duplicate_of="w", similarity=1.0, canonical_id="d"),
        LIMIT,
    )
    event = ArticleNormalized.model_validate_json(exact.messages[0].value)
    assert (event.duplicate_of, event.near_duplicate_of, event.similarity) == ("d", None, None)
    assert event.canonical_id == "d"
    with pytest.raises(ValidationError):
        build.linked(outcome, result(version=0), LIMIT)
