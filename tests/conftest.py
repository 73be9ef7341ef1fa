"""Shared fixtures: test data paths."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def example_text() -> str:
    """The real Reuters page text (scraped, boilerplate included)."""
    return (DATA / "reuters-mali.txt").read_text(encoding="utf-8")
