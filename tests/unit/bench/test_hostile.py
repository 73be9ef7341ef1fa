"""The hostile-page bench: its pages are what a broker with Kafka's defaults delivers."""

from __future__ import annotations

import orjson

from bench.hostile import FAMILIES, hostile_table

KAFKA_DEFAULT_MAX_MESSAGE_BYTES = 1_048_588


def test_every_hostile_page_fits_in_one_kafka_message() -> None:
    for name, build in FAMILIES.items():
        value = orjson.dumps({"id": "hostile", "content": build(), "content_type": "text/html"})
        assert 100_000 < len(value) < KAFKA_DEFAULT_MAX_MESSAGE_BYTES - 1_000, name


def test_the_table_has_a_row_per_page_with_the_ratio() -> None:
    rows = {
        "a": {"kb": 900, "outcome": "article", "newsflow_s": 3.0, "trafilatura_s": 1.5},
        "b": {"kb": 800, "outcome": "no_article_body", "newsflow_s": 1.0, "trafilatura_s": 0.0},
    }
    lines = hostile_table(rows)
    assert lines[2] == "| a | 900 | article | 3.00 s | 1.50 s | 2.0 |"
    assert lines[3].startswith("| b | 800 | no_article_body | 1.00 s | 0.00 s | ")
    assert len(lines) == 4
