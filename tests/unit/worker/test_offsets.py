"""The rewinding seek is installed on every worker's consumer, once."""

from __future__ import annotations

import pytest

from service.app import create_app
from service.config import Settings
from service.worker.offsets import seek_uncommitted_to_earliest


@pytest.mark.parametrize("dedup", [True, False])
def test_create_app_wraps_the_seek_once_dedup_on_or_off(dedup: bool) -> None:
    app = create_app(Settings(dedup_enabled=dedup))
    wrapped = app.consumer.perform_seek
    assert wrapped.__qualname__.startswith("seek_uncommitted_to_earliest")
    seek_uncommitted_to_earliest(app, "articles.raw")
    assert app.consumer.perform_seek is wrapped
