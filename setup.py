"""The build's one step beyond pyproject.toml: the entity stage compiled with mypyc.

``service/pipeline/entities`` (typed, ``mypy --strict`` clean) is compiled to C extension
modules when mypyc is importable (it ships with mypy, in requirements/dev.txt and in the
image's build stage), as ``make install`` and the Dockerfile do. The compiled modules
behave as the sources do (the same events; ``make test`` runs against them) and enrich an
article in about two thirds of the time. ``NEWSFLOW_COMPILE=0`` builds pure Python, and so
does a build without mypyc; ``service.pipeline.compiled`` says which one is running.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import setup

COMPILED = ["service/pipeline/entities"]


def ext_modules() -> list[Any]:
    if os.environ.get("NEWSFLOW_COMPILE", "1") == "0":
        print("newsflow: NEWSFLOW_COMPILE=0, building pure Python")  # noqa: T201 - build log
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("newsflow: mypyc not installed, building pure Python")  # noqa: T201 - build log
        return []
    # one shared library for the modules, beside the service package: newsflow_native__mypyc
    return mypycify(COMPILED, opt_level="3", group_name="newsflow_native")


setup(ext_modules=ext_modules())
