"""JSON Schema from Python type hints, for function tools and structured output.

``strict=True`` follows the rules of strict structured outputs: every property
is listed in ``required`` (an optional one becomes nullable instead) and every
object has ``additionalProperties: false``. Pydantic models bring their own
schema, which :func:`inline_refs` and :func:`strictify` adapt.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Sequence
from typing import Any, Literal

from . import _type_hints as hints

__all__: list[str] = []

_NULL: dict[str, Any] = {"type": "null"}
_SCALARS: dict[Any, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}
_BARE_ARRAYS = (list, tuple, set, frozenset)


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` or null (unchanged when it already allows null); a description stays on top."""
    if schema == {} or schema.get("type") == "null":
        return schema
    any_of = schema.get("anyOf")
    if isinstance(any_of, list) and _NULL in any_of:
        return schema
    rest = {key: value for key, value in schema.items() if key != "description"}
    top = {"description": schema["description"]} if "description" in schema else {}
    if isinstance(any_of, list) and set(rest) == {"anyOf"}:
        return {"anyOf": [*any_of, _NULL], **top}
    return {"anyOf": [rest, _NULL], **top}


def _literal_schema(values: Sequence[Any]) -> dict[str, Any]:
    kinds = {hints.json_type(v) for v in values}
    schema: dict[str, Any] = {}
    if len(kinds) == 1 and None not in kinds:
        schema["type"] = kinds.pop()
    schema["enum"] = list(values)
    return schema


class SchemaBuilder:
    """Builds JSON Schema from type hints (strict or not, see the module docstring)."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self._stack: list[type[Any]] = []

    def schema(self, tp: Any) -> dict[str, Any]:
        """The schema of ``tp``; an ``Annotated`` text becomes its description."""
        tp, description = hints.strip_annotated(tp)
        schema = self._schema(tp)
        if description:
            schema = {**schema, "description": description}
        return schema

    def _schema(self, tp: Any) -> dict[str, Any]:
        if tp is Any or tp is object or tp is inspect.Parameter.empty:
            return {}
        if tp is None or tp is type(None):
            return dict(_NULL)
        if tp in _SCALARS:
            return {"type": _SCALARS[tp]}
        if tp in _BARE_ARRAYS:
            return {"type": "array"}
        if tp is dict:
            return {"type": "object"}
        origin = typing.get_origin(tp)
        if origin is not None:
            return self._generic(tp, origin, typing.get_args(tp))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _literal_schema([member.value for member in tp])
        if hints.is_pydantic(tp):
            schema = inline_refs(dict(tp.model_json_schema()))
            return strictify(schema) if self.strict else schema
        if hints.is_object_type(tp):
            return self._object(tp)
        raise TypeError(f"cannot build a JSON Schema for {tp!r}")

    def _generic(self, tp: Any, origin: Any, args: tuple[Any, ...]) -> dict[str, Any]:
        """The schema of a parameterized hint: ``Literal``, unions, collections."""
        if origin is Literal:
            return _literal_schema(args)
        if origin is typing.Union or origin is types.UnionType:
            members = [self.schema(arg) for arg in args if arg is not type(None)]
            schema = members[0] if len(members) == 1 else {"anyOf": members}
            return nullable(schema) if type(None) in args else schema
        if origin in (list, set, frozenset) or hints.is_abc(origin, hints.ARRAY_ABCS):
            return {"type": "array", "items": self.schema(args[0]) if args else {}}
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.schema(args[0])}
            return {
                "type": "array",
                "prefixItems": [self.schema(arg) for arg in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if origin is dict or hints.is_abc(origin, hints.MAPPING_ABCS):
            if args and args[0] is not str:
                raise TypeError(f"dict keys must be str for JSON, got {tp!r}")
            value = self.schema(args[1]) if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": value}
        raise TypeError(f"cannot build a JSON Schema for {tp!r}")

    def _object(self, cls: type[Any]) -> dict[str, Any]:
        if cls in self._stack:
            raise TypeError(f"recursive type {cls.__qualname__} is not supported")
        self._stack.append(cls)
        try:
            schema = self.fields(hints.object_fields(cls))
        finally:
            self._stack.pop()
        doc = hints.class_doc(cls)
        if doc:
            return {
                "type": "object",
                "description": doc,
                **{k: v for k, v in schema.items() if k != "type"},
            }
        return schema

    def fields(self, fields: Sequence[hints.Field]) -> dict[str, Any]:
        """The object schema for ``fields``."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in fields:
            prop = self.schema(f.type)
            if f.required:
                required.append(f.name)
            elif self.strict:
                # Strict schemas list every property; "optional" means "may be null".
                prop = nullable(prop)
                required.append(f.name)
            if f.description and "description" not in prop:
                prop = {**prop, "description": f.description}
            properties[f.name] = prop
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace local ``{"$ref": "#/$defs/X"}`` references by the definitions themselves.

    A pydantic schema nested in a tool's parameters or another type would
    otherwise point at ``$defs`` of the wrong document root.
    """
    defs = schema.get("$defs") or schema.get("definitions") or {}
    if not defs:
        return schema

    def walk(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(("#/$defs/", "#/definitions/")):
            name = ref.rsplit("/", 1)[1]
            if name in seen:
                raise TypeError(f"recursive model {name} is not supported")
            siblings = {k: walk(v, seen) for k, v in node.items() if k != "$ref"}
            return {**walk(defs[name], (*seen, name)), **siblings}
        return {k: walk(v, seen) for k, v in node.items() if k not in ("$defs", "definitions")}

    result: dict[str, Any] = walk(schema, ())
    return result


def strictify(schema: dict[str, Any]) -> dict[str, Any]:
    """Make an existing JSON Schema (e.g. pydantic's) follow the strict rules, recursively.

    Every object gets ``additionalProperties: false`` and lists all its
    properties in ``required``; properties that were optional become nullable.
    """

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {key: walk(value) for key, value in node.items()}
        props = out.get("properties")
        # Map-like objects (``additionalProperties: {schema}``) are left alone.
        if isinstance(props, dict) or (
            out.get("type") == "object" and "additionalProperties" not in out
        ):
            if isinstance(props, dict):
                was_required = set(out.get("required", []))
                out["properties"] = {
                    name: prop if name in was_required else nullable(prop)
                    for name, prop in props.items()
                }
                out["required"] = list(props)
            out["additionalProperties"] = False
        return out

    result: dict[str, Any] = walk(schema)
    return result


def schema_for_type(tp: Any, *, strict: bool = True) -> dict[str, Any]:
    """JSON Schema for a type hint (see :func:`open_responses.json_schema_for`)."""
    return SchemaBuilder(strict=strict).schema(tp)
