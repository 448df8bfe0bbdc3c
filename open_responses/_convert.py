"""Decoded JSON → Python values of a type hint, with validation (tool arguments, structured output).

:func:`convert` dispatches on the shape of the hint: scalars through a table of
checks, then ``Literal``, unions, arrays, objects, enums, pydantic models and
the object types of ``_type_hints`` (dataclasses, attrs classes, TypedDicts).
A mismatch raises :class:`ArgumentError` naming where it is (``items[2].name``).
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from ._errors import ArgumentError
from ._type_hints import (
    ARRAY_ABCS,
    MAPPING_ABCS,
    Field,
    accepts_none,
    is_abc,
    is_object_type,
    is_pydantic,
    json_type,
    object_fields,
    strip_annotated,
)

__all__: list[str] = []


def kind(value: Any) -> str:
    """The JSON kind of a decoded value, for messages (``"string"``, ``"array"``...)."""
    return json_type(value) or ("array" if isinstance(value, list) else "object")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _is_int(value: Any) -> bool:
    # bool is an int in Python but not in JSON; 3.0 is an integer in JSON.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# Scalar hints: (the JSON name, whether a value fits, how to make the Python value).
_SCALARS: dict[Any, tuple[str, Callable[[Any], bool], Callable[[Any], Any]]] = {
    type(None): ("null", lambda v: v is None, lambda v: v),
    bool: ("boolean", lambda v: isinstance(v, bool), lambda v: v),
    int: ("integer", _is_int, int),
    float: ("number", _is_number, float),
    str: ("string", lambda v: isinstance(v, str), lambda v: v),
}


def convert(value: Any, tp: Any, path: str = "") -> Any:
    """Turn decoded JSON ``value`` into an instance of ``tp``, or raise :class:`ArgumentError`.

    Dataclasses and attrs classes are constructed recursively, enums from their
    values, TypedDicts stay dicts (checked), pydantic models go through
    ``model_validate``. Unknown object keys are rejected.
    """
    tp, _ = strip_annotated(tp)
    if tp is Any or tp is object or tp is inspect.Parameter.empty:
        return value
    scalar = _SCALARS.get(type(None) if tp is None else tp)
    if scalar is not None:
        name, fits, make = scalar
        if fits(value):
            return make(value)
        raise ArgumentError(path, f"expected {name}, got {kind(value)}")
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        return _literal(value, args, path)
    if origin is typing.Union or origin is types.UnionType:
        return _union(value, args, path)
    if tp in (list, tuple, set, frozenset) or origin in (list, tuple, set, frozenset):
        return _array(value, origin or tp, args, path)
    if is_abc(origin, ARRAY_ABCS):
        return _array(value, origin, args, path)
    if tp is dict or origin is dict or is_abc(origin, MAPPING_ABCS):
        return _mapping(value, args, path)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(value, tp, path)
    if is_pydantic(tp):
        try:
            return tp.model_validate(value)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ArgumentError(path, str(exc)) from exc
    if is_object_type(tp):
        return _object(value, tp, path)
    raise ArgumentError(path, f"unsupported type {tp!r}")


def _literal(value: Any, options: tuple[Any, ...], path: str) -> Any:
    for option in options:
        if value == option and type(value) is type(option):
            return option
    raise ArgumentError(path, f"expected one of {list(options)!r}, got {value!r}")


def _union(value: Any, options: tuple[Any, ...], path: str) -> Any:
    problems = []
    for option in options:
        try:
            return convert(value, option, path)
        except ArgumentError as exc:
            problems.append(exc.problem)
    raise ArgumentError(path, _union_problem(problems, value))


def _union_problem(problems: list[str], value: Any) -> str:
    """Merge "expected A, got K" / "expected B, got K" into "expected A or B, got K"."""
    got = f", got {kind(value)}"
    if all(p.startswith("expected ") and p.endswith(got) for p in problems):
        expected = dict.fromkeys(p[len("expected ") : -len(got)] for p in problems)
        return f"expected {' or '.join(expected)}{got}"
    return "; or ".join(dict.fromkeys(problems))


def _array(value: Any, container: Any, args: tuple[Any, ...], path: str) -> Any:
    """A JSON array as a list, or as the tuple/set/frozenset ``container`` names."""
    if not isinstance(value, list):
        raise ArgumentError(path, f"expected array, got {kind(value)}")
    if container is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
        if len(value) != len(args):
            raise ArgumentError(path, f"expected {len(args)} items, got {len(value)}")
        return tuple(
            convert(v, t, _join(path, i)) for i, (v, t) in enumerate(zip(value, args, strict=True))
        )
    item_type = args[0] if args else Any
    items = [convert(v, item_type, _join(path, i)) for i, v in enumerate(value)]
    if container in (tuple, set, frozenset):
        return container(items)
    return items


def _mapping(value: Any, args: tuple[Any, ...], path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ArgumentError(path, f"expected object, got {kind(value)}")
    value_type = args[1] if len(args) == 2 else Any
    return {k: convert(v, value_type, _join(path, k)) for k, v in value.items()}


def _enum(value: Any, tp: type[enum.Enum], path: str) -> enum.Enum:
    for member in tp:
        if member.value == value and type(member.value) is type(value):
            return member
    raise ArgumentError(path, f"expected one of {[m.value for m in tp]!r}, got {value!r}")


def _object(value: Any, tp: type[Any], path: str) -> Any:
    """A dataclass or attrs instance built from a JSON object; a TypedDict stays a dict."""
    if not isinstance(value, dict):
        raise ArgumentError(path, f"expected object, got {kind(value)}")
    kwargs = convert_fields(value, object_fields(tp), path)
    if typing.is_typeddict(tp):
        return kwargs
    try:
        return tp(**kwargs)
    except (TypeError, ValueError) as exc:  # e.g. a __post_init__ / attrs validator
        raise ArgumentError(path, str(exc)) from exc


def convert_fields(value: Mapping[str, Any], fields: Sequence[Field], path: str) -> dict[str, Any]:
    """Check ``value``'s keys against ``fields`` and convert each; returns ``{arg: value}``."""
    by_name = {f.name: f for f in fields}
    where = f"{path}: " if path else ""
    unexpected = [key for key in value if key not in by_name]
    if unexpected:
        raise ArgumentError("", f"{where}unexpected field(s) {', '.join(map(repr, unexpected))}")
    missing = [f.name for f in fields if f.required and f.name not in value]
    if missing:
        raise ArgumentError("", f"{where}missing required field(s) {', '.join(map(repr, missing))}")
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in value:
            continue
        item = value[f.name]
        # Strict schemas send null for an omitted optional field: use the default.
        if item is None and not f.required and not accepts_none(f.type):
            continue
        out[f.arg] = convert(item, f.type, _join(path, f.name))
    return out
