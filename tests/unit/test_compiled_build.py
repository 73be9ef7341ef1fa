"""The build: ``make install`` compiles the pipeline (setup.py, ``service.pipeline.compiled``),
a stale module is refused at import, the image builds it at the same pins, and the project's
metadata is in the form setuptools keeps building."""

from __future__ import annotations

import importlib
import os
import re
import tomllib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from service.pipeline import compiled as build

ROOT = Path(__file__).parents[2]


def _stage(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "entities" / "salience.py"
    source.parent.mkdir()
    source.write_text("WEIGHT = 1\n")
    ext = source.with_name(source.stem + EXTENSION_SUFFIXES[0])
    ext.write_bytes(b"")
    return source, ext


def test_a_source_edited_after_its_compiled_module_is_refused(tmp_path: Path) -> None:
    source, ext = _stage(tmp_path)
    os.utime(ext, (1_000, 1_000))
    os.utime(source, (2_000, 2_000))
    assert build.compiled_modules(source.parent) == [(source, ext)]
    with pytest.raises(ImportError, match=r"entities/salience\.py changed .*make compile"):
        build.check_fresh(source.parent, checkout=True)
    build.check_fresh(source.parent, checkout=False)  # an installed wheel: built together


def test_a_rebuilt_module_is_fresh(tmp_path: Path) -> None:
    source, ext = _stage(tmp_path)
    os.utime(source, (2_000, 2_000))
    os.utime(ext, (3_000, 3_000))
    assert build.stale_sources(source.parent) == []
    build.check_fresh(source.parent, checkout=True)


@pytest.mark.skipif(
    os.environ.get("NEWSFLOW_COMPILE") == "0", reason="NEWSFLOW_COMPILE=0: sources run uncompiled"
)
def test_make_install_compiles_the_entity_stage_and_the_text_path() -> None:
    def suffix(module: str) -> str:
        return Path(importlib.import_module(f"service.pipeline.{module}").__file__ or "").suffix

    assert build.compiled(), "no compiled pipeline: run `make compile` (see setup.py)"
    assert suffix("entities.evidence") == ".so"
    assert suffix("boilerplate") == ".so"
    assert suffix("decode") == ".so"
    # the modules around the stages stay Python (setup.py)
    assert suffix("batch") == ".py"
    assert build.stale_sources() == []


def _pins(path: Path) -> dict[str, list[str]]:
    """name==version -> its hashes, from a hash-locked requirements file."""
    out: dict[str, list[str]] = {}
    name = ""
    for line in path.read_text().splitlines():
        if match := re.match(r"^([A-Za-z0-9_.-]+==\S+)", line):
            name = match.group(1)
            out[name] = []
        elif match := re.search(r"--hash=(sha256:\w+)", line):
            out[name].append(match.group(1))
    return out


def test_the_images_compiler_is_pinned_as_the_dev_tools_are() -> None:
    compile_pins = _pins(ROOT / "requirements" / "compile.txt")
    dev_pins = _pins(ROOT / "requirements" / "dev.txt")
    assert any(name.startswith("mypy==") for name in compile_pins)
    for name, hashes in compile_pins.items():
        assert dev_pins.get(name) == hashes, f"{name} differs from requirements/dev.txt"


def test_the_licence_is_an_spdx_expression() -> None:
    """setuptools warns that it stops building a project whose licence is a table
    (``{ text = "MIT" }``) after 2027-02-18; an SPDX string builds on."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    # the licence's text ships with the code: the repository's root and the wheel
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
