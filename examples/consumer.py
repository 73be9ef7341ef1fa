"""A downstream consumer of newsflow: keep the latest articles and entity mentions in SQLite.

newsflow delivers at least once: after a crash or a rebalance the same events come again,
with the same ``event_id``. This consumer is correct anyway because it

1. writes with upserts that ignore an event it already holds (same ``event_id``) and any
   event of an older version than the row it would replace (``version``, which newsflow
   counts per ``article_id``; ``processed_at`` only breaks ties, as with worker dedup off
   every version is 1), and
2. commits Kafka offsets only after the SQLite transaction has committed, so a crash in
   between replays events into idempotent upserts instead of losing them.

Articles are keyed by ``article_id`` (a re-crawl replaces the row); entity mentions by
``(article_id, entity_id, content_hash)``: each ``entity.mentioned`` event names the
``content_hash`` of the article version it belongs to, so mentions of a version are kept
whichever topic is read first, and ``current_mentions`` shows those of the article's current
version. A newer version deletes the mentions of the others.

Run it (standard library + aiokafka + orjson; topics, brokers and TLS/SASL from the worker's
variables, client certificates included):

    NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 python examples/consumer.py --db news.db
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id   TEXT PRIMARY KEY,
    event_id     TEXT NOT NULL,
    version      INTEGER NOT NULL,
    processed_at TEXT NOT NULL,  -- normalised UTC ISO 8601, so text order is time order
    content_hash TEXT NOT NULL,
    url          TEXT,
    headline     TEXT,
    language     TEXT,
    published_at TEXT,
    word_count   INTEGER,
    body         TEXT,
    event        TEXT NOT NULL   -- the whole event, for fields this table does not lift out
);
CREATE TABLE IF NOT EXISTS entity_mentions (
    article_id    TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,  -- the article version these mentions belong to
    event_id      TEXT NOT NULL,
    processed_at  TEXT NOT NULL,
    entity_type   TEXT NOT NULL,
    name          TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    salience      REAL NOT NULL,
    event         TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, content_hash)
);
CREATE INDEX IF NOT EXISTS entity_mentions_by_entity ON entity_mentions (entity_id);
CREATE VIEW IF NOT EXISTS current_mentions AS
    SELECT m.* FROM entity_mentions m
    JOIN articles a ON a.article_id = m.article_id AND a.content_hash = m.content_hash;
"""

# The WHERE clause makes replays no-ops: the same event_id changes nothing, and an older
# version (re-read after an offset reset, say) never overwrites a newer one.
UPSERT_ARTICLE = """
INSERT INTO articles (article_id, event_id, version, processed_at, content_hash, url,
                      headline, language, published_at, word_count, body, event)
VALUES (:article_id, :event_id, :version, :processed_at, :content_hash, :url,
        :headline, :language, :published_at, :word_count, :body, :event)
ON CONFLICT (article_id) DO UPDATE SET
    event_id = excluded.event_id, version = excluded.version,
    processed_at = excluded.processed_at, content_hash = excluded.content_hash,
    url = excluded.url, headline = excluded.headline, language = excluded.language,
    published_at = excluded.published_at, word_count = excluded.word_count,
    body = excluded.body, event = excluded.event
WHERE excluded.event_id != articles.event_id
  AND (excluded.version > articles.version
       OR (excluded.version = articles.version
           AND excluded.processed_at > articles.processed_at))
"""

# Mentions of the versions the new one replaced.
DELETE_STALE_MENTIONS = """
DELETE FROM entity_mentions WHERE article_id = :article_id AND content_hash != :content_hash
"""

UPSERT_MENTION = """
INSERT INTO entity_mentions (article_id, entity_id, content_hash, event_id, processed_at,
                             entity_type, name, mention_count, salience, event)
VALUES (:article_id, :entity_id, :content_hash, :event_id, :processed_at, :entity_type,
        :name, :mention_count, :salience, :event)
ON CONFLICT (article_id, entity_id, content_hash) DO UPDATE SET
    event_id = excluded.event_id, processed_at = excluded.processed_at,
    entity_type = excluded.entity_type, name = excluded.name,
    mention_count = excluded.mention_count, salience = excluded.salience,
    event = excluded.event
WHERE excluded.event_id != entity_mentions.event_id
"""


def open_db(path: str | Path) -> sqlite3.Connection:
    """Open (and create) the database; ``":memory:"`` works for tests."""
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return conn


def utc_iso(value: str) -> str:
    """'2026-01-02T03:04:05Z' -> '2026-01-02T03:04:05.000000+00:00': one fixed width format.

    pydantic drops zero microseconds, and '...05Z' sorts after '...05.5Z' as text; a fixed
    format makes the SQL comparisons above compare times.
    """
    return datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")


def upsert_article(conn: sqlite3.Connection, event: dict[str, Any]) -> bool:
    """Store an article.normalized event; True when it changed the row (not a replay)."""
    row = {
        "article_id": event["article_id"],
        "event_id": event["event_id"],
        "version": event.get("version") or 1,
        "processed_at": utc_iso(event["processed_at"]),
        "content_hash": event["content_hash"],
        "url": event.get("url"),
        "headline": event.get("headline"),
        "language": event.get("language"),
        "published_at": event.get("published_at"),
        "word_count": event.get("word_count"),
        "body": event.get("body"),
        "event": orjson.dumps(event).decode(),
    }
    changed = conn.execute(UPSERT_ARTICLE, row).rowcount > 0
    if changed:
        conn.execute(DELETE_STALE_MENTIONS, row)
    return changed


def upsert_mention(conn: sqlite3.Connection, event: dict[str, Any]) -> bool:
    """Store an entity.mentioned event; True when it changed the row (not a replay)."""
    row = {
        "article_id": event["article_id"],
        "entity_id": event["entity_id"],
        "content_hash": event.get("content_hash") or "",
        "event_id": event["event_id"],
        "processed_at": utc_iso(event["processed_at"]),
        "entity_type": event["entity_type"],
        "name": event["name"],
        "mention_count": event["mention_count"],
        "salience": event["salience"],
        "event": orjson.dumps(event).decode(),
    }
    return conn.execute(UPSERT_MENTION, row).rowcount > 0


def apply_event(conn: sqlite3.Connection, value: bytes) -> bool:
    """Route one record value by its event_type; other types (and junk) are skipped."""
    try:
        event = orjson.loads(value)
    except orjson.JSONDecodeError:
        return False
    if not isinstance(event, dict):
        return False
    if event.get("event_type") == "article.normalized":
        return upsert_article(conn, event)
    if event.get("event_type") == "entity.mentioned":
        return upsert_mention(conn, event)
    return False


# --- Kafka (the I/O edge) -----------------------------------------------------------------


def kafka_kwargs() -> dict[str, Any]:
    """aiokafka arguments from the same NEWSFLOW_* variables the worker reads."""
    env = os.environ
    protocol = env.get("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")
    servers = env.get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    kwargs: dict[str, Any] = {
        "bootstrap_servers": servers.split(","),
        "security_protocol": protocol,
    }
    if protocol.startswith("SASL"):
        kwargs["sasl_mechanism"] = env.get("NEWSFLOW_KAFKA_SASL_MECHANISM", "PLAIN")
        kwargs["sasl_plain_username"] = env.get("NEWSFLOW_KAFKA_SASL_USERNAME")
        kwargs["sasl_plain_password"] = env.get("NEWSFLOW_KAFKA_SASL_PASSWORD")
    if protocol in ("SSL", "SASL_SSL"):
        from aiokafka.helpers import create_ssl_context

        kwargs["ssl_context"] = create_ssl_context(
            cafile=env.get("NEWSFLOW_KAFKA_SSL_CAFILE"),
            certfile=env.get("NEWSFLOW_KAFKA_SSL_CERTFILE"),  # mutual TLS
            keyfile=env.get("NEWSFLOW_KAFKA_SSL_KEYFILE"),
            password=env.get("NEWSFLOW_KAFKA_SSL_KEY_PASSWORD"),
        )
    return kwargs


async def consume(db: str, group: str) -> None:
    from aiokafka import AIOKafkaConsumer

    topics = (
        os.environ.get("NEWSFLOW_TOPIC_NORMALIZED", "articles.normalized"),
        os.environ.get("NEWSFLOW_TOPIC_ENTITIES", "entities.mentioned"),
    )
    conn = open_db(db)
    consumer = AIOKafkaConsumer(
        *topics,
        group_id=group,
        enable_auto_commit=False,  # we commit, and only after SQLite has
        auto_offset_reset="earliest",
        **kafka_kwargs(),
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    await consumer.start()
    print(f"consuming {', '.join(topics)} as group {group!r} into {db}")
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=1000, max_records=500)
            if not batch:
                continue
            seen = changed = 0
            with conn:  # one transaction per batch: committed here, rolled back on error
                for records in batch.values():
                    for record in records:
                        seen += 1
                        changed += apply_event(conn, record.value or b"")
            # Only now are the events durable downstream; a crash before this line replays
            # the batch, and the upserts above make that replay harmless.
            await consumer.commit()
            print(f"stored {changed} of {seen} event(s) ({seen - changed} replays or older)")
    finally:
        await consumer.stop()
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="newsflow-example.db", help="SQLite file to write.")
    parser.add_argument(
        "--group",
        default="newsflow-example-sqlite",
        # Never the worker's NEWSFLOW_CONSUMER_GROUP: sharing it would steal raw partitions.
        help="Consumer group of this downstream service.",
    )
    args = parser.parse_args()
    asyncio.run(consume(args.db, args.group))


if __name__ == "__main__":
    main()
