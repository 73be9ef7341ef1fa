"""Which build of the pipeline runs: its stages compiled by mypyc (``setup.py``) or pure Python.

Python imports an extension module before the ``.py`` of the same name beside it, so a
compiled module shadows its source. In a source checkout, an edited source whose compiled
module was not rebuilt would run the old code; ``check_fresh`` refuses that at import and
says what to do. An installed wheel is left alone: its files were built together.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PIPELINE = Path(__file__).parent
# A source checkout has its build script beside the package; an installed wheel has none.
CHECKOUT = (Path(__file__).parents[2] / "setup.py").exists()


def compiled_modules(root: Path = PIPELINE) -> list[tuple[Path, Path]]:
    """(source, extension module) of each source under ``root`` that has a compiled twin."""
    out = []
    for source in sorted(root.rglob("*.py")):
        for suffix in EXTENSION_SUFFIXES:
            ext = source.with_name(source.stem + suffix)
            if ext.exists():
                out.append((source, ext))
                break
    return out


def compiled() -> bool:
    """Whether the pipeline's stages run compiled (``make install`` builds them so)."""
    return bool(compiled_modules())


def stale_sources(root: Path = PIPELINE) -> list[Path]:
    """Sources edited after their compiled module was built."""
    return [src for src, ext in compiled_modules(root) if src.stat().st_mtime > ext.stat().st_mtime]


def check_fresh(root: Path = PIPELINE, *, checkout: bool = CHECKOUT) -> None:
    """Raise ImportError when, in a source checkout, a compiled module is older than its
    source: the old code would run."""
    stale = stale_sources(root) if checkout else []
    if stale:
        names = ", ".join(str(p.relative_to(root.parent)) for p in stale[:3])
        more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
        raise ImportError(
            f"{names}{more} changed after the pipeline was compiled: run `make compile` "
            "to rebuild it (two to three minutes), or `make pure` to run the sources uncompiled"
        )
