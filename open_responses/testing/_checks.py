"""Checks on request bodies before the app acts on them.

:func:`parse_json` turns a body into JSON without letting hostile nesting
exhaust the interpreter's recursion limit (JSON is nested at most
:data:`MAX_JSON_DEPTH` levels). :func:`request_problem` is where a body that
parsed is judged: it names the first parameter that makes it unacceptable.
"""

from __future__ import annotations

import json
from typing import Any

from .._generated import models
from .._generated.types import problems

__all__: list[str] = []

MAX_JSON_DEPTH = 256
"""Deepest accepted nesting of arrays and objects (the app's own serialisation must not overflow)."""


def parse_json(raw: bytes | str) -> Any:
    """Parse JSON; raises ValueError for bad syntax, bad UTF-8 or nesting beyond the limit."""
    try:
        value = json.loads(raw)
    except RecursionError:
        raise ValueError(_too_deep()) from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"The body is not valid UTF-8: {exc}") from None
    if _depth_exceeds(value, MAX_JSON_DEPTH):
        raise ValueError(_too_deep())
    return value


def _too_deep() -> str:
    return f"The JSON is nested more than {MAX_JSON_DEPTH} levels deep."


def _depth_exceeds(value: Any, limit: int) -> bool:
    # Iterative, so checking cannot itself run out of stack.
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


def request_problem(body: dict[str, Any], schema: str) -> tuple[str, str] | None:
    """The first problem of a request body as ``(param, message)``, or None.

    ``schema`` names the generated request model the body must fit; its own
    check (JSON types, enum values, limits, required fields) judges it.  ``model``
    is required too, although the spec lets it be left out: the OpenAI service
    and compliance testers require it.
    """
    if body.get("model") in (None, ""):
        return "model", "Missing required parameter: 'model'."
    found = problems(getattr(models, schema).from_dict(body))
    if not found:
        return None
    param, message = found[0]
    return param, f"Invalid value for '{param}': {message}."
