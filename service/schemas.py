"""JSON Schema (2020-12) files generated from the event models, and the drift check."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import orjson

from service.events import EVENT_MODELS, RawArticle

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render() -> dict[str, bytes]:
    """File name -> file content, for every event model."""
    files: dict[str, bytes] = {}
    for name, model in EVENT_MODELS.items():
        mode: Literal["validation", "serialization"] = (
            "validation" if model is RawArticle else "serialization"
        )
        schema = {
            "$schema": DIALECT,
            "$id": f"newsflow:{name}:v1",
            **_open(model.model_json_schema(mode=mode)),
        }
        files[f"{name}.schema.json"] = (
            orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        )
    return files


def _open(schema: Any) -> Any:
    """The schema without ``additionalProperties: false``: the models forbid extra fields on
    what newsflow emits, but consumers must accept fields a later minor version adds."""
    if isinstance(schema, dict):
        return {
            key: _open(value)
            for key, value in schema.items()
            if not (key == "additionalProperties" and value is False)
        }
    if isinstance(schema, list):
        return [_open(item) for item in schema]
    return schema


def export(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render().items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return written


def drift(folder: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    return [
        name
        for name, content in render().items()
        if not (folder / name).exists() or (folder / name).read_bytes() != content
    ]
