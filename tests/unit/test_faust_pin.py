"""faust-streaming is pinned to the releases whose internals newsflow reaches into.

newsflow overrides or reads private parts of Faust (service/worker/offsets.py, table.py,
assignor.py, web.py, run.py, monitoring.py). A new Faust release can rename any of them
without notice, and the failure would show up only as a worker that loses records at a
rebalance. So the pin is exact, and moving it means reading those modules again and adding
the new version here once the whole suite passes against it.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

import faust
import pytest
from faust.assignor import PartitionAssignor
from faust.tables import GlobalTable
from faust.transport.consumer import Consumer
from faust.types.settings import Settings as FaustSettings
from faust.web.base import Web

ROOT = Path(__file__).resolve().parents[2]

# The faust-streaming releases the suite has passed against, with the internals below.
TESTED_FAUST = {"0.15.3"}

# (class, attribute) newsflow overrides, calls or reads although Faust does not document it:
# where, and what for.
PATCHED: list[tuple[type[Any], str, str]] = [
    (Consumer, "perform_seek", "offsets.py: wrapped to rewind uncommitted partitions"),
    (Consumer, "seek_to_committed", "offsets.py: the committed offsets it returns"),
    (Consumer, "_unacked_messages", "offsets.py: an abandoned batch stays uncommitted"),
    (Consumer, "_committed_offset", "monitoring.py: lag before the first record"),
    (Consumer, "stop_flow", "table.py: hold the flow during a recovery"),
    (GlobalTable, "send_changelog", "table.py: tracks its own writes and their acks"),
    (GlobalTable, "apply_changelog_batch", "table.py: follows every applied key"),
    (GlobalTable, "_to_key", "table.py: decodes changelog keys"),
    (GlobalTable, "__post_init__", "table.py: its own state"),
    (GlobalTable, "_changelog_topic_name", "assignor.py: the changelog a rebalance needs"),
    (PartitionAssignor, "_global_table_standby_assignments", "assignor.py: overridden"),
    (PartitionAssignor, "_table_manager", "assignor.py: the app's tables"),
    (Web, "default_blueprints", "web.py: OpsWeb mounts none of Faust's pages"),
    (Web, "production_blueprints", "web.py: the index at /"),
    (Web, "debug_blueprints", "web.py: statistics and graph"),
    (Web, "optional_blueprints", "web.py: /performance/"),
    (faust.Worker, "_setup_logging", "run.py: newsflow's logging instead of Faust's"),
    (faust.Worker, "spinner", "run.py: no spinner on stdout"),
]

# Faust settings create_app passes that older releases do not know.
WEB_SETTINGS = [
    "web_router_enabled",
    "web_tables_enabled",
    "web_stats_enabled",
    "web_graph_enabled",
    "web_metrics_enabled",
]


def _has(cls: type[Any], name: str) -> bool:
    """A class attribute, or an instance attribute its annotations declare."""
    declared = {k for klass in cls.__mro__ for k in getattr(klass, "__annotations__", {})}
    return hasattr(cls, name) or name in declared


def test_installed_faust_is_a_tested_release() -> None:
    """The installed faust-streaming is one whose internals newsflow was checked against."""
    installed = version("faust-streaming")
    assert installed in TESTED_FAUST, (
        f"faust-streaming {installed} is not a release newsflow has been tested with "
        f"({', '.join(sorted(TESTED_FAUST))}). newsflow patches Faust's internals "
        "(service/worker/offsets.py, table.py, assignor.py, web.py, run.py): install the "
        "pinned version (make install), or review those modules against this release, run the "
        "whole suite, and add it to TESTED_FAUST in tests/unit/test_faust_pin.py."
    )


def test_pyproject_and_locks_pin_faust_exactly() -> None:
    """pyproject.toml and both lock files pin faust-streaming to a tested release."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (faust_dep,) = [d for d in deps if d.startswith("faust-streaming")]
    pinned = faust_dep.removeprefix("faust-streaming==")
    assert pinned in TESTED_FAUST, faust_dep
    for lock in ("runtime.txt", "dev.txt"):
        text = (ROOT / "requirements" / lock).read_text()
        assert re.search(rf"^faust-streaming=={re.escape(pinned)} ", text, re.MULTILINE), lock


@pytest.mark.parametrize(
    ("cls", "name", "why"), PATCHED, ids=[f"{c.__name__}.{n}" for c, n, _ in PATCHED]
)
def test_faust_still_has_what_newsflow_patches(cls: type[Any], name: str, why: str) -> None:
    """Each private part of Faust that newsflow relies on exists in the installed release."""
    assert _has(cls, name), f"{cls.__module__}.{cls.__name__}.{name} is gone ({why})"


@pytest.mark.parametrize("name", WEB_SETTINGS)
def test_faust_knows_the_web_settings_newsflow_turns_off(name: str) -> None:
    """Faust's settings include each switch for its built-in pages."""
    assert hasattr(FaustSettings, name), name
