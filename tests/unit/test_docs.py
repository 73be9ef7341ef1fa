"""The README and the AsyncAPI document agree with the code."""

from __future__ import annotations

from pathlib import Path

import yaml

from devtools import settings_doc
from service.config import Settings
from service.events import EVENT_MODELS

ROOT = Path(__file__).resolve().parents[2]


def test_settings_table_is_generated_from_the_model() -> None:
    """docs/settings.md holds exactly the table rendered from Settings (run `make docs`)."""
    committed = settings_doc.current((ROOT / "docs" / "settings.md").read_text())
    assert committed == settings_doc.render()
    assert all(f"`NEWSFLOW_{name.upper()}`" in committed for name in Settings.model_fields)


def test_asyncapi_describes_four_channels_with_existing_schemas() -> None:
    """asyncapi.yaml is AsyncAPI 3 with the four topics, and its payload refs exist."""
    doc = yaml.safe_load((ROOT / "schemas" / "asyncapi.yaml").read_text())
    assert doc["asyncapi"].startswith("3.")
    addresses = {c["address"] for c in doc["channels"].values()}
    settings = Settings()
    assert addresses == {
        settings.topic_raw,
        settings.topic_normalized,
        settings.topic_entities,
        settings.topic_rejected,
    }
    refs = {m["payload"]["$ref"] for m in doc["components"]["messages"].values()}
    assert refs == {f"./{name}.schema.json" for name in EVENT_MODELS}
    for ref in refs:
        assert (ROOT / "schemas" / ref).exists()
