"""What Python type hints and docstrings say, read the same way by the schema builder
(``_schema``), the JSON converter (``_convert``) and function tools (``_tools``).

Supported object types are dataclasses, attrs classes and TypedDicts (their
fields come from :func:`object_fields`) and pydantic models (duck-typed, so
pydantic stays an optional, never-imported dependency).
"""

from __future__ import annotations

import dataclasses
import inspect
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__: list[str] = []

# Google-style section headers that end a docstring's summary and start its parameter list.
ARGS_HEADERS = ("args:", "arguments:", "parameters:", "params:")
# The abstract collections read as JSON arrays and objects.
ARRAY_ABCS = ("Sequence", "MutableSequence", "Set", "Iterable", "Collection")
MAPPING_ABCS = ("Mapping", "MutableMapping")


@dataclass(frozen=True, slots=True)
class Field:
    """One property of an object type (a function parameter, a dataclass field...)."""

    name: str  # the JSON property name
    arg: str  # the constructor / function argument name
    type: Any
    required: bool
    description: str | None = None


def strip_annotated(tp: Any) -> tuple[Any, str | None]:
    """``Annotated[X, "text", ...]`` → ``(X, "text")``; anything else unchanged."""
    description = None
    while typing.get_origin(tp) is typing.Annotated:
        for meta in tp.__metadata__:
            if isinstance(meta, str) and description is None:
                description = meta
        tp = tp.__origin__
    return tp, description


def hints(obj: Any) -> dict[str, Any]:
    """The resolved type hints of a class or function (``Annotated`` kept)."""
    try:
        return typing.get_type_hints(obj, include_extras=True)
    except NameError as exc:
        # Annotations are strings (PEP 563): names must be importable from the
        # defining module, which rules out classes defined inside a function.
        raise TypeError(
            f"cannot resolve the type hints of {getattr(obj, '__qualname__', obj)!r}: {exc}; "
            "define the types it uses at module level"
        ) from exc


def is_pydantic(tp: Any) -> bool:
    """Whether ``tp`` is a pydantic model class (duck-typed)."""
    return (
        isinstance(tp, type)
        and callable(getattr(tp, "model_json_schema", None))
        and callable(getattr(tp, "model_validate", None))
    )


def is_attrs_class(tp: Any) -> bool:
    """Whether ``tp`` is an attrs class, read as ``attrs.has`` does, without importing attrs.

    Importing attrs costs ~10 ms; a program that defines an attrs class has paid it already.
    """
    return isinstance(tp, type) and getattr(tp, "__attrs_attrs__", None) is not None


def is_object_type(tp: Any) -> bool:
    """Whether ``tp`` is a dataclass, attrs class or TypedDict."""
    return isinstance(tp, type) and (
        dataclasses.is_dataclass(tp) or is_attrs_class(tp) or typing.is_typeddict(tp)
    )


def is_abc(origin: Any, names: tuple[str, ...]) -> bool:
    """Whether ``origin`` is one of the ``collections.abc`` classes named ``names``."""
    return getattr(origin, "__module__", None) == "collections.abc" and origin.__name__ in names


def object_fields(cls: type[Any]) -> list[Field]:
    """The fields of a dataclass, attrs class or TypedDict, in declaration order."""
    if typing.is_typeddict(cls):
        return _typeddict_fields(cls)
    return _init_fields(cls)


def _typeddict_fields(cls: type[Any]) -> list[Field]:
    required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
    fields = []
    for name, hint in hints(cls).items():
        required = name in required_keys
        # Under PEP 563 Python 3.11 cannot see Required/NotRequired when it
        # computes __required_keys__, so the resolved hint has the last word.
        origin = typing.get_origin(hint)
        if origin is typing.NotRequired:
            required, hint = False, typing.get_args(hint)[0]
        elif origin is typing.Required:
            required, hint = True, typing.get_args(hint)[0]
        hint, desc = strip_annotated(hint)
        fields.append(Field(name, name, hint, required, description=desc))
    return fields


# One constructor field as the dataclass or attrs class declares it:
# (attribute name, argument name, declared type, metadata, has a default).
_Declared = tuple[str, str, Any, Mapping[Any, Any], bool]


def _declared(cls: type[Any]) -> Iterator[_Declared]:
    if dataclasses.is_dataclass(cls):
        missing = dataclasses.MISSING
        for f in dataclasses.fields(cls):
            if f.init:
                has_default = f.default is not missing or f.default_factory is not missing
                yield f.name, f.name, Any, f.metadata, has_default
        return
    import attrs  # an attrs class exists, so attrs is imported already

    for a in attrs.fields(cls):
        if a.init:
            # attrs drops a private attribute's underscore from its argument unless aliased.
            arg = getattr(a, "alias", None) or a.name.lstrip("_")
            yield a.name, arg, a.type or Any, a.metadata, a.default is not attrs.NOTHING


def _init_fields(cls: type[Any]) -> list[Field]:
    """A dataclass's or attrs class's ``__init__`` fields; resolved hints win over declared types."""
    resolved = hints(cls)
    fields = []
    for name, arg, declared_type, metadata, has_default in _declared(cls):
        hint, desc = strip_annotated(resolved.get(name, declared_type))
        desc = desc or metadata.get("description")
        fields.append(Field(arg, arg, hint, not has_default, description=desc))
    return fields


def accepts_none(tp: Any) -> bool:
    """Whether ``None`` is a valid value of ``tp``."""
    tp, _ = strip_annotated(tp)
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return any(accepts_none(arg) for arg in typing.get_args(tp))
    if origin is Literal:
        return None in typing.get_args(tp)
    return False


def json_type(value: Any) -> str | None:
    """The JSON Schema type of a scalar ``value`` (``None`` for arrays, objects, others)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    return None


def first_paragraph(doc: str) -> str | None:
    """A docstring's summary: its first paragraph, stopping at an ``Args:`` header."""
    text = inspect.cleandoc(doc)
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.strip().lower() in ARGS_HEADERS:
            break
        lines.append(line.strip())
    return " ".join(lines) or None


def class_doc(cls: type[Any]) -> str | None:
    """The summary of a class's own docstring (not an invented or inherited one)."""
    doc = cls.__doc__
    # dataclasses invent a signature docstring; TypedDict/attrs inherit none useful.
    if not doc or (dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}(")):
        return None
    if typing.is_typeddict(cls) and doc == dict.__doc__:
        return None
    return first_paragraph(doc)
