"""The examples in docs/events.md are valid events of service/events.py, so the doc cannot drift."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from service.events import ArticleNormalized, ArticleRejected, EntityMentioned, RawArticle

DOC = Path(__file__).resolve().parents[2] / "docs" / "events.md"

# A fenced JSON block: "```json\n{...}\n```" -> "{...}"; ```bash and bare ``` blocks are skipped.
JSON_BLOCK = re.compile(r"^```json\n(.*?)^```", flags=re.MULTILINE | re.DOTALL)

MODELS: dict[str | None, type[BaseModel]] = {
    None: RawArticle,  # the input envelope has no event_type
    "article.normalized": ArticleNormalized,
    "entity.mentioned": EntityMentioned,
    "article.rejected": ArticleRejected,
}


def _blocks() -> list[dict[str, Any]]:
    return [json.loads(block) for block in JSON_BLOCK.findall(DOC.read_text(encoding="utf-8"))]


def _model(example: dict[str, Any]) -> type[BaseModel]:
    return MODELS[example.get("event_type")]


def test_events_doc_has_an_example_of_every_message() -> None:
    """docs/events.md shows the input envelope and each of the three output events."""
    shown = {_model(example) for example in _blocks()}
    assert shown == set(MODELS.values())


@pytest.mark.parametrize(
    "example",
    _blocks(),
    ids=lambda e: f"{e.get('event_type', 'raw-article')}:{e.get('name') or e.get('reason') or ''}",
)
def test_events_doc_example_validates_against_its_model(example: dict[str, Any]) -> None:
    """Each JSON block parses and validates against the model its event_type names."""
    model = _model(example)
    model.model_validate(example)
    # RawArticle ignores unknown fields, so a misspelt field would pass validation unseen.
    assert set(example) <= set(model.model_fields), "fields the model does not know"


def test_events_doc_tables_name_every_model_field() -> None:
    """Every field of each event model appears in backticks somewhere in the doc's prose."""
    text = DOC.read_text(encoding="utf-8")
    prose = JSON_BLOCK.sub("", text)
    missing = [
        (model.__name__, name)
        for model in MODELS.values()
        for name in model.model_fields
        if f"`{name}`" not in prose and f"`{name}[]`" not in prose
    ]
    assert missing == []
