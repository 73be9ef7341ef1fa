"""The committed JSON Schemas match the models."""

from __future__ import annotations

from pathlib import Path

import orjson

from service.schemas import drift, render

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_committed_schemas_have_not_drifted() -> None:
    """`newsflow schemas check` would pass: every file equals what the models generate."""
    assert drift(SCHEMAS) == []


def test_schemas_declare_the_2020_12_dialect() -> None:
    """Each file names JSON Schema 2020-12."""
    for content in render().values():
        assert orjson.loads(content)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
