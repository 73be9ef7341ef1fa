"""A ``Settings`` validation error as the one line the CLI prints: each bad setting by its
variable name, with the value (never a secret's) and what to do."""

from __future__ import annotations

from typing import Any

from pydantic import SecretStr, ValidationError
from pydantic_core import ErrorDetails

from service.config import Settings

MAX_VALUE_CHARS = 60


def _secret(field: str) -> bool:
    info = Settings.model_fields.get(field)
    return info is not None and SecretStr in getattr(
        info.annotation, "__args__", (info.annotation,)
    )


def _value(value: Any) -> str:
    text = str(value).replace("\n", "\\n")
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def describe(error: ErrorDetails) -> str:
    """``bad setting NEWSFLOW_X=value: what is wrong; the fix`` for one error."""
    context = error.get("ctx") or {}
    if error["type"] == "bad_setting":  # ours (service/config.py): the message names the fix
        return f"bad setting {context['setting']}: {error['msg']}"
    field = str(error["loc"][0]) if error["loc"] else ""
    name = f"NEWSFLOW_{field.upper()}"
    shown = "" if _secret(field) else f"={_value(error['input'])}"
    return f"bad setting {name}{shown}: {error['msg']}"


def one_line(exc: ValidationError) -> str:
    """Every error of ``exc`` on one line, the first one first."""
    line = "; ".join(describe(error) for error in exc.errors(include_url=False))
    return " ".join(line.splitlines())
