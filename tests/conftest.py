"""Shared fixtures: test data paths, and the pipeline's resources loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from service.config import Settings
from service.pipeline import Resources
from service.pipeline.enrich import enrich, ner_text
from service.pipeline.entities.gazetteer import Gazetteer
from service.pipeline.resources import load_resources
from service.pipeline.types import Enriched, ParsedArticle
from service.processor import Processor

DATA = Path(__file__).parent / "data"


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
