"""The build's one step beyond pyproject.toml: the pipeline's stages compiled with mypyc.

The modules in COMPILED (typed, ``mypy --strict`` clean) are compiled to C extension modules
when mypyc is importable (it ships with mypy, in requirements/dev.txt and in the image's
build stage), as ``make install`` and the Dockerfile do. The compiled modules behave as the
sources do (the same events; ``make test`` runs against them): the entity stage enriches an
article in about two thirds of the time, and the text path cleans and parses one in about
three quarters. ``NEWSFLOW_COMPILE=0`` builds pure Python, and so does a build without
mypyc; ``service.pipeline.compiled`` says which one is running.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import setup

PIPELINE = "service/pipeline"
# The stages: decode (with the record's headers and the page's charset), the entity stage,
# and clean and parse with what they call. Compiled code checks every annotated type at run
# time, so a raw record's types must say what a producer may send (``RecordIn``: a header
# without a value is None). Not compiled: the modules around the stages (``__init__``,
# ``batch``, ``build``, ``dead_letter``, ``enrich``, ``ner``, ``resources``, ``types``),
# where little time goes; ``compiled`` itself, which must run before any compiled module is
# imported; and the HTML reader (``html``: trafilatura and lxml do its work).
COMPILED = [
    f"{PIPELINE}/entities",
    *(
        f"{PIPELINE}/{name}.py"
        for name in (
            "boilerplate", "candidates", "captions", "charset", "clean", "code_lines", "credits",
            "dateline", "decode", "headers", "headline", "inline_tags", "language", "lexicon",
            "parse", "plausibility", "quotes", "repair", "repeats", "results", "visible",
        )
    ),
]  # fmt: skip


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
