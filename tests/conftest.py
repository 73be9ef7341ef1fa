"""Shared fixtures: test data paths, the pipeline's resources loaded once per session, and
factories of input records, envelopes and decoded envelopes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from service.config import Settings
from service.events import RawArticle
from service.pipeline import Resources
from service.pipeline.enrich import enrich, ner_text
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.resources import load_resources
from service.pipeline.types import Decoded, Enriched, ParsedArticle, RecordIn
from service.processor import Processor

DATA = Path(__file__).parent / "data"

RecordFactory = Callable[..., RecordIn]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def example_text() -> str:
    """The real Reuters page text (scraped, boilerplate included)."""
    return (DATA / "reuters-mali.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def resources() -> Resources:
    """The real model, gazetteer and indexes, loaded once for the whole session."""
    return load_resources(Settings().ner_model)


@pytest.fixture(scope="session")
def gazetteer(resources: Resources) -> Gazetteer:
    return resources.gazetteer


@pytest.fixture(scope="session")
def processor_for(resources: Resources) -> Callable[..., Processor]:
    """Factory: a Processor for the given setting overrides, on the session's resources."""

    def make(**overrides: Any) -> Processor:
        return Processor(Settings(**overrides), resources)

    return make


@pytest.fixture(scope="session")
def enrich_article(resources: Resources) -> Callable[[ParsedArticle], Enriched]:
    """enrich on a parsed article, with the real model reading its NER text."""

    def run(parsed: ParsedArticle) -> Enriched:
        return enrich(parsed, resources.nlp(ner_text(parsed)), resources)

    return run


@pytest.fixture(scope="session")
def make_envelope() -> Callable[..., bytes]:
    """Factory: the JSON bytes of an envelope with the given fields (content included)."""

    def make(**fields: Any) -> bytes:
        return orjson.dumps(fields)

    return make


@pytest.fixture(scope="session")
def make_record() -> RecordFactory:
    """Factory: an input record as the transport saw it (value, then headers as pairs)."""

    def make(value: bytes | None, *headers: tuple[str, bytes | None], **where: Any) -> RecordIn:
        return RecordIn(value=value, headers=tuple(headers), **where)

    return make


@pytest.fixture(scope="session")
def make_decoded() -> Callable[..., Decoded]:
    """Factory: a decoded envelope from content, its type and optional fields (no decode)."""

    def make(content: str, content_type: str = "text/plain", **fields: str) -> Decoded:
        article = RawArticle(content=content, content_type=content_type, **fields)
        return Decoded(article=article, content_type=content_type)

    return make
