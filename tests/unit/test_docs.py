"""The README and the AsyncAPI document agree with the code."""

from __future__ import annotations

from pathlib import Path

import yaml

from service.config import Settings
from service.events import EVENT_MODELS

ROOT = Path(__file__).resolve().parents[2]


def test_readme_documents_every_setting() -> None:
    """Each NEWSFLOW_* variable appears in the README's configuration table."""
    readme = (ROOT / "README.md").read_text()
    missing = [
        f"NEWSFLOW_{name.upper()}"
        for name in Settings.model_fields
        if f"`NEWSFLOW_{name.upper()}`" not in readme
    ]
    assert missing == []


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
