"""Structured output: a JSON Schema from a Python type, and the reply parsed back into it.

Dataclasses, attrs classes and TypedDicts go through the same schema builder
(``_schema``) and converter (``_convert``) as function tools; pydantic models (duck-typed by
``model_json_schema``/``model_validate``, pydantic is never imported here) use
their own schema and validation.
"""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar, overload

from ._convert import convert
from ._errors import ArgumentError, StructuredOutputError
from ._schema import schema_for_type

__all__ = ["json_schema_for", "parse_json", "parse_output", "text_format_param"]

T = TypeVar("T")

_BAD_NAME_CHARS = re.compile(r"[^a-zA-Z0-9_-]")


def json_schema_for(type_: Any, *, strict: bool = True) -> dict[str, Any]:
    """The JSON Schema of ``type_`` (dataclass, attrs class, TypedDict, pydantic model...).

    With ``strict`` (the default) every property is required, optional ones
    being nullable instead, and objects have ``additionalProperties: false``, as
    strict structured outputs demand.
    """
    return schema_for_type(type_, strict=strict)


def _format_name(type_: Any) -> str:
    name = getattr(type_, "__name__", None) or "response"
    return _BAD_NAME_CHARS.sub("_", name)[:64] or "response"


def text_format_param(
    type_: Any,
    name: str | None = None,
    strict: bool = True,
    *,
    description: str | None = None,
) -> dict[str, Any]:
    """The request's ``text`` field asking for JSON matching ``type_``.

    ``{"format": {"type": "json_schema", "name": ..., "schema": ..., "strict": ...}}``;
    ``name`` defaults to the type's name.
    """
    fmt: dict[str, Any] = {"type": "json_schema", "name": name or _format_name(type_)}
    if description is not None:
        fmt["description"] = description
    fmt["schema"] = json_schema_for(type_, strict=strict)
    fmt["strict"] = strict
    return {"format": fmt}


@overload
def parse_json(text: str, type_: type[T]) -> T: ...


@overload
def parse_json(text: str, type_: Any) -> Any: ...


def parse_json(text: str, type_: Any) -> Any:
    """Parse JSON ``text`` into ``type_``; raise :class:`StructuredOutputError` on any mismatch."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise StructuredOutputError(
            f"the model's reply is not valid JSON: {exc}", raw_text=text
        ) from exc
    try:
        return convert(data, type_, "")
    except ArgumentError as exc:
        name = getattr(type_, "__name__", repr(type_))
        raise StructuredOutputError(
            f"the model's reply does not match {name}: {exc}", raw_text=text
        ) from exc


@overload
def parse_output(response: Any, type_: type[T]) -> T: ...


@overload
def parse_output(response: Any, type_: Any) -> Any: ...


def parse_output(response: Any, type_: Any) -> Any:
    """Parse a response's ``output_text`` (or a string) into an instance of ``type_``.

    Dataclasses and attrs classes are constructed recursively, TypedDicts are
    returned as checked dicts, pydantic models come from ``model_validate``.
    Raises :class:`StructuredOutputError` (with ``raw_text``) when the text is
    not JSON or does not match.
    """
    text = response if isinstance(response, str) else response.output_text
    return parse_json(text, type_)
