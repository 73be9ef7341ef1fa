"""A scraper's side of newsflow: publish scraped pages to ``articles.raw`` the way the worker
expects them (docs/events.md).

- The value is a JSON envelope; only ``content`` is required. Send what you know: ``id`` (your
  own stable id for the article), ``url``, ``source``, ``title``, ``fetched_at``, a
  ``language`` hint and ``content_type`` (``text/html`` or ``text/plain``). Pages you hold
  as bytes in another charset can go as base64 ``content`` with ``content_encoding:
  "base64"`` and their ``charset``.
- The key is the article: its ``id``, else its canonical URL. Every version of one article
  then lands on one partition, in order, and newsflow links them (``version``, ``changes``).
- A ``traceparent`` header, when your crawler traces, is carried to the events newsflow
  publishes.
- ``acks="all"`` with idempotence: a page is either in the topic once or the send fails.
- Keep a value under the raw topic's ``max.message.bytes`` (Kafka's default is 1 MB; newsflow
  rejects values over ``NEWSFLOW_MAX_CONTENT_BYTES`` as ``too_large``).

Run it (standard library + aiokafka + orjson; brokers, TLS and SASL from NEWSFLOW_* like the
worker, see examples/consumer.py for the same settings):

    NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 python examples/producer.py \\
        --url https://example.com/news/1 --id example-1 page.html
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson

sys.path.insert(0, str(Path(__file__).parent))
from consumer import kafka_kwargs


def canonical_url(url: str) -> str:
    """Scheme and host lowercased, fragment dropped: a key that stays the same for a page."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, ""))


def envelope(content: str, **fields: Any) -> dict[str, Any]:
    """The JSON envelope of one page, with the fields that are known."""
    out = {"content": content, **{k: v for k, v in fields.items() if v is not None}}
    out.setdefault("fetched_at", datetime.now(UTC).isoformat())
    return out


def record_key(env: dict[str, Any]) -> bytes | None:
    """The article's id, else its canonical URL (the key newsflow documents)."""
    if env.get("id"):
        return str(env["id"]).encode()
    if env.get("url"):
        return canonical_url(str(env["url"])).encode()
    return None


async def publish(envelopes: list[dict[str, Any]], traceparent: str | None) -> None:
    from aiokafka import AIOKafkaProducer

    topic = os.environ.get("NEWSFLOW_TOPIC_RAW", "articles.raw")
    producer = AIOKafkaProducer(acks="all", enable_idempotence=True, **kafka_kwargs())
    await producer.start()
    try:
        headers = [("traceparent", traceparent.encode())] if traceparent else None
        for env in envelopes:
            meta = await producer.send_and_wait(
                topic, key=record_key(env), value=orjson.dumps(env), headers=headers
            )
            print(f"{env.get('id') or env.get('url')}: {topic}[{meta.partition}]@{meta.offset}")
    finally:
        await producer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="+", type=Path, help="Saved pages (.html or .txt).")
    parser.add_argument("--id", help="Your id for the article (one page only).")
    parser.add_argument("--url", help="The page's URL (one page only).")
    parser.add_argument("--source", help="Publisher or site name.")
    parser.add_argument("--traceparent", help="W3C trace context to carry to the events.")
    args = parser.parse_args()
    if len(args.pages) > 1 and (args.id or args.url):
        parser.error("--id and --url name one page: give one page with them")
    envelopes = [
        envelope(
            page.read_text(encoding="utf-8"),
            id=args.id,
            url=args.url,
            source=args.source,
            content_type="text/html" if page.suffix in (".html", ".htm") else "text/plain",
        )
        for page in args.pages
    ]
    asyncio.run(publish(envelopes, args.traceparent))


if __name__ == "__main__":
    main()
