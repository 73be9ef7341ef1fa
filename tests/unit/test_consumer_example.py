"""The example downstream consumer's upserts honour the at-least-once contract (no Kafka)."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import orjson
import pytest

from service.events import ArticleNormalized, EntityMentioned

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "consumer.py"


def _load_example() -> ModuleType:
    # examples/ is not a package; load the file the README tells people to run.
    spec = importlib.util.spec_from_file_location("newsflow_example_consumer", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


consumer = _load_example()

Factory = Callable[..., dict[str, Any]]


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    db = consumer.open_db(":memory:")
    yield db
    db.close()


@pytest.fixture
def article() -> Factory:
    """Valid article.normalized events (validated by the real model) as consumed JSON."""

    def make(
        event_id: str = "e-1",
        processed_at: str = "2026-01-01T00:00:00Z",
        headline: str = "Mali seeks help",
        *,
        article_id: str = "a-1",
        version: int = 1,
        content_hash: str = "0" * 64,
    ) -> dict[str, Any]:
        event = ArticleNormalized(
            event_id=event_id,
            article_id=article_id,
            processed_at=processed_at,  # type: ignore[arg-type]  # pydantic parses the string
            headline=headline,
            paragraphs=["Body."],
            body="Body.",
            word_count=1,
            content_hash=content_hash,
            pipeline_version="test",
            version=version,
        )
        return orjson.loads(event.model_dump_json())  # type: ignore[no-any-return]

    return make


@pytest.fixture
def mention() -> Factory:
    """Valid entity.mentioned events as consumed JSON."""

    def make(
        event_id: str = "m-1",
        processed_at: str = "2026-01-01T00:00:00Z",
        *,
        entity_id: str = "geonames:2453866",
        mention_count: int = 1,
        article_id: str = "a-1",
        content_hash: str = "0" * 64,
    ) -> dict[str, Any]:
        event = EntityMentioned(
            event_id=event_id,
            article_id=article_id,
            processed_at=processed_at,  # type: ignore[arg-type]  # pydantic parses the string
            entity_id=entity_id,
            entity_type="LOCATION",
            name="Mali",
            mention_count=mention_count,
            salience=1.0,
            content_hash=content_hash,
        )
        return orjson.loads(event.model_dump_json())  # type: ignore[no-any-return]

    return make


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()


def _current(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT entity_id FROM current_mentions ORDER BY 1")]


V1, V2 = "1" * 64, "2" * 64


def test_replaying_an_article_changes_nothing(conn: sqlite3.Connection, article: Factory) -> None:
    """The same article.normalized event applied twice leaves one identical row."""
    event = article()
    assert consumer.upsert_article(conn, event) is True
    before = _rows(conn, "articles")
    assert consumer.upsert_article(conn, event) is False
    assert _rows(conn, "articles") == before
    assert len(before) == 1


def test_replaying_a_mention_changes_nothing(conn: sqlite3.Connection, mention: Factory) -> None:
    """The same entity.mentioned event applied twice leaves one identical row."""
    event = mention()
    assert consumer.upsert_mention(conn, event) is True
    before = _rows(conn, "entity_mentions")
    assert consumer.upsert_mention(conn, event) is False
    assert _rows(conn, "entity_mentions") == before


def test_a_newer_version_replaces_the_older_whatever_the_clock_says(
    conn: sqlite3.Connection, article: Factory
) -> None:
    """Versions are ordered by ``version``, not by processed_at: a version 2 processed on a
    worker whose clock is behind still replaces version 1."""
    consumer.upsert_article(conn, article("e-1", "2026-01-02T00:00:00Z", "Old", version=1))
    consumer.upsert_article(conn, article("e-2", "2026-01-01T00:00:00Z", "New", version=2))
    ((event_id, headline),) = conn.execute("SELECT event_id, headline FROM articles").fetchall()
    assert (event_id, headline) == ("e-2", "New")


def test_an_older_version_never_overwrites_a_newer(
    conn: sqlite3.Connection, article: Factory
) -> None:
    """Re-reading version 1 after version 2 (an offset reset) keeps version 2."""
    consumer.upsert_article(conn, article("e-2", "2026-01-01T00:00:00Z", "New", version=2))
    old = article("e-1", "2026-01-02T00:00:00Z", "Old", version=1)
    assert consumer.upsert_article(conn, old) is False
    assert conn.execute("SELECT event_id FROM articles").fetchall() == [("e-2",)]


def test_the_same_version_is_ordered_by_processing_time(
    conn: sqlite3.Connection, article: Factory
) -> None:
    """With worker dedup off every event is version 1: the later processed one wins, and
    times compare as times ('...05.5Z' is later than '...05Z' though it sorts before it)."""
    consumer.upsert_article(conn, article("e-1", "2026-01-01T00:00:05Z", "first"))
    consumer.upsert_article(conn, article("e-2", "2026-01-01T00:00:05.500000Z", "second"))
    assert conn.execute("SELECT headline FROM articles").fetchall() == [("second",)]


def test_articles_are_keyed_by_article_id(conn: sqlite3.Connection, article: Factory) -> None:
    """Two different articles make two rows."""
    consumer.upsert_article(conn, article("e-1", article_id="a-1"))
    consumer.upsert_article(conn, article("e-2", article_id="a-2"))
    assert [r[0] for r in _rows(conn, "articles")] == ["a-1", "a-2"]


def test_mentions_arriving_before_their_article_are_kept(
    conn: sqlite3.Connection, article: Factory, mention: Factory
) -> None:
    """The two topics interleave: version 2's mentions may come before version 2 itself."""
    consumer.upsert_article(conn, article("e-1", version=1, content_hash=V1))
    consumer.upsert_mention(conn, mention("m-1", entity_id="person:old", content_hash=V1))
    consumer.upsert_mention(conn, mention("m-2", entity_id="person:new", content_hash=V2))
    assert _current(conn) == ["person:old"]
    consumer.upsert_article(conn, article("e-2", version=2, content_hash=V2))
    assert _current(conn) == ["person:new"]
    stored = [r[0] for r in conn.execute("SELECT entity_id FROM entity_mentions")]
    assert stored == ["person:new"]  # the replaced version's mentions are deleted


def test_a_late_mention_of_a_replaced_version_is_not_current(
    conn: sqlite3.Connection, article: Factory, mention: Factory
) -> None:
    """A mention of version 1 read after version 2 never shows as current."""
    consumer.upsert_article(conn, article("e-2", version=2, content_hash=V2))
    consumer.upsert_mention(conn, mention("m-1", entity_id="person:gone", content_hash=V1))
    assert _current(conn) == []


def test_apply_event_routes_by_type_and_skips_the_rest(
    conn: sqlite3.Connection, article: Factory, mention: Factory
) -> None:
    """Raw record values go to the right table; rejections and junk are skipped."""
    assert consumer.apply_event(conn, orjson.dumps(article())) is True
    assert consumer.apply_event(conn, orjson.dumps(mention())) is True
    assert consumer.apply_event(conn, orjson.dumps({"event_type": "article.rejected"})) is False
    assert consumer.apply_event(conn, b"{oops") is False
    assert consumer.apply_event(conn, b"[1, 2]") is False
    assert len(_rows(conn, "articles")) == len(_rows(conn, "entity_mentions")) == 1


def test_real_events_of_the_mali_article_replay_idempotently(conn: sqlite3.Connection) -> None:
    """The example payloads of docs/events.md store once and replay as no-ops."""
    doc = (EXAMPLE.parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    values = [
        block.encode()
        for block in re.findall(r"^```json\n(.*?)^```", doc, flags=re.MULTILINE | re.DOTALL)
    ]
    first = [consumer.apply_event(conn, v) for v in values]
    again = [consumer.apply_event(conn, v) for v in values]
    assert sum(first) == 3  # one article, two entity events; the envelope and rejections skip
    assert not any(again)


def test_client_certificates_reach_the_kafka_client(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Mutual TLS: the certificate and key settings go into the SSL context."""
    seen: dict[str, Any] = {}

    def fake_context(**kwargs: Any) -> str:
        seen.update(kwargs)
        return "ctx"

    monkeypatch.setattr("aiokafka.helpers.create_ssl_context", fake_context)
    monkeypatch.setenv("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SSL")
    monkeypatch.setenv("NEWSFLOW_KAFKA_SSL_CAFILE", str(tmp_path / "ca.pem"))
    monkeypatch.setenv("NEWSFLOW_KAFKA_SSL_CERTFILE", str(tmp_path / "client.pem"))
    monkeypatch.setenv("NEWSFLOW_KAFKA_SSL_KEYFILE", str(tmp_path / "client.key"))
    assert consumer.kafka_kwargs()["ssl_context"] == "ctx"
    assert seen["certfile"] == str(tmp_path / "client.pem")
    assert seen["keyfile"] == str(tmp_path / "client.key")
