"""Function tools, MCP tool helpers and the agentic tool loop.

- :func:`function_tool` / :func:`tool` turn a Python function into a tool whose JSON
  Schema comes from the type hints, and which parses and validates the model's
  arguments. Bad arguments and exceptions raised by the tool become the text sent
  back to the model; they never reach the application as exceptions.
- :func:`run` / :func:`arun` (and ``Conversation.run``) call the model, execute
  every ``function_call`` of its output, answer MCP approval requests, and repeat
  until the model stops calling tools.
- :func:`run_stream` / :func:`arun_stream` do the same while yielding the stream
  events and :class:`ToolResult` objects as they happen.

The schema builder and the argument converter here are shared with structured
output (``_structured.py``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

from ._errors import InvalidArgumentError, OpenResponsesError
from ._limits import (
    DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    DEFAULT_MAX_TOOL_CALLS_PER_TURN,
    check_positive_int,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._conversation import AsyncConversation, Conversation
    from ._events import StreamEvent
    from ._response import Response

__all__ = [
    "ApprovalHook",
    "ArgumentError",
    "AsyncApprovalHook",
    "AsyncRunStream",
    "FunctionTool",
    "MaxTurnsExceeded",
    "RunStream",
    "ToolResult",
    "allowed_tools",
    "approval_response",
    "arun",
    "arun_stream",
    "function_tool",
    "mcp_tool",
    "run",
    "run_stream",
    "tool",
    "tool_choice_param",
]

_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_NULL: dict[str, Any] = {"type": "null"}
_ARGS_HEADERS = ("args:", "arguments:", "parameters:", "params:")

ApprovalDecision = bool | tuple[bool, str | None]
ApprovalHook = Callable[[Any], ApprovalDecision]
"""``on_approval(request) -> bool | (bool, reason)``; ``request`` is the typed ``McpApprovalRequest``."""
AsyncApprovalHook = Callable[[Any], ApprovalDecision | Awaitable[ApprovalDecision]]
"""The async loop's hook: like :data:`ApprovalHook`, and it may be a coroutine function."""


class MaxTurnsExceeded(OpenResponsesError):
    """The tool loop made ``max_turns`` model calls and the model still wants tools.

    ``response`` is the last response (its tool calls were not executed: the
    limit also bounds tool side effects); ``max_turns`` is the limit that was hit.
    Calling ``Conversation.run()`` again resumes by answering those calls.
    """

    response: Response
    max_turns: int

    def __init__(self, message: str, *, response: Response, max_turns: int) -> None:
        super().__init__(message)
        self.response = response
        self.max_turns = max_turns


@dataclass(frozen=True, slots=True)
class ToolResult:
    """The outcome of one tool call: ``output`` is what the model receives.

    ``error`` is ``None`` on success, else the error text (which is also ``output``).
    """

    call_id: str
    name: str
    output: str
    error: str | None = None


# ---------------------------------------------------------------------------
# JSON Schema from type hints
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    """One property of an object type (a function parameter, a dataclass field...)."""

    name: str  # the JSON property name
    arg: str  # the constructor / function argument name
    type: Any
    required: bool
    description: str | None = None


def _strip_annotated(tp: Any) -> tuple[Any, str | None]:
    """``Annotated[X, "text", ...]`` → ``(X, "text")``; anything else unchanged."""
    description = None
    while typing.get_origin(tp) is typing.Annotated:
        for meta in tp.__metadata__:
            if isinstance(meta, str) and description is None:
                description = meta
        tp = tp.__origin__
    return tp, description


def _hints(obj: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj, include_extras=True)
    except NameError as exc:
        # Annotations are strings (PEP 563): names must be importable from the
        # defining module, which rules out classes defined inside a function.
        raise TypeError(
            f"cannot resolve the type hints of {getattr(obj, '__qualname__', obj)!r}: {exc}; "
            "define the types it uses at module level"
        ) from exc


def _is_pydantic(tp: Any) -> bool:
    # Duck-typed so pydantic stays an optional, never-imported dependency.
    return (
        isinstance(tp, type)
        and callable(getattr(tp, "model_json_schema", None))
        and callable(getattr(tp, "model_validate", None))
    )


def _is_object_type(tp: Any) -> bool:
    return isinstance(tp, type) and (
        dataclasses.is_dataclass(tp) or attrs.has(tp) or typing.is_typeddict(tp)
    )


def _object_fields(cls: type[Any]) -> list[_Field]:
    """The fields of a dataclass, attrs class or TypedDict, in declaration order."""
    hints = _hints(cls)
    fields: list[_Field] = []
    if typing.is_typeddict(cls):
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for name, hint in hints.items():
            required = name in required_keys
            # Under PEP 563 Python 3.11 cannot see Required/NotRequired when it
            # computes __required_keys__, so the resolved hint has the last word.
            origin = typing.get_origin(hint)
            if origin is typing.NotRequired:
                required, hint = False, typing.get_args(hint)[0]
            elif origin is typing.Required:
                required, hint = True, typing.get_args(hint)[0]
            hint, desc = _strip_annotated(hint)
            fields.append(_Field(name, name, hint, required, description=desc))
        return fields
    if dataclasses.is_dataclass(cls):
        for f in dataclasses.fields(cls):
            if not f.init:
                continue
            has_default = (
                f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            )
            hint, desc = _strip_annotated(hints.get(f.name, Any))
            desc = desc or f.metadata.get("description")
            fields.append(_Field(f.name, f.name, hint, not has_default, desc))
        return fields
    for a in attrs.fields(cls):
        if not a.init:
            continue
        arg = getattr(a, "alias", None) or a.name.lstrip("_")
        hint, desc = _strip_annotated(hints.get(a.name, a.type if a.type is not None else Any))
        desc = desc or a.metadata.get("description")
        has_default = a.default is not attrs.NOTHING
        fields.append(_Field(arg, arg, hint, not has_default, description=desc))
    return fields


def _accepts_none(tp: Any) -> bool:
    tp, _ = _strip_annotated(tp)
    if tp is None or tp is type(None) or tp is Any or tp is object:
        return True
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return any(_accepts_none(arg) for arg in typing.get_args(tp))
    if origin is Literal:
        return None in typing.get_args(tp)
    return False


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
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
    kinds = {_json_type(v) for v in values}
    schema: dict[str, Any] = {}
    if len(kinds) == 1 and None not in kinds:
        schema["type"] = kinds.pop()
    schema["enum"] = list(values)
    return schema


def _json_type(value: Any) -> str | None:
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


class _SchemaBuilder:
    """Builds JSON Schema from type hints.

    ``strict=True`` follows the rules of strict structured outputs: every
    property is listed in ``required`` (an optional one becomes nullable
    instead) and every object has ``additionalProperties: false``.
    """

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self._stack: list[type[Any]] = []

    def schema(self, tp: Any) -> dict[str, Any]:
        tp, description = _strip_annotated(tp)
        schema = self._schema(tp)
        if description:
            schema = {**schema, "description": description}
        return schema

    def _schema(self, tp: Any) -> dict[str, Any]:
        if tp is Any or tp is object or tp is inspect.Parameter.empty:
            return {}
        if tp is None or tp is type(None):
            return dict(_NULL)
        simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
        if tp in simple:
            return {"type": simple[tp]}
        if tp is list or tp is tuple or tp is set or tp is frozenset:
            return {"type": "array"}
        if tp is dict:
            return {"type": "object"}
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Literal:
            return _literal_schema(args)
        if origin is typing.Union or origin is types.UnionType:
            members = [self.schema(arg) for arg in args if arg is not type(None)]
            schema = members[0] if len(members) == 1 else {"anyOf": members}
            return _nullable(schema) if type(None) in args else schema
        if origin in (list, set, frozenset) or _is_abc(
            origin, ("Sequence", "MutableSequence", "Set", "Iterable", "Collection")
        ):
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
        if origin is dict or _is_abc(origin, ("Mapping", "MutableMapping")):
            if args and args[0] is not str:
                raise TypeError(f"dict keys must be str for JSON, got {tp!r}")
            value = self.schema(args[1]) if len(args) == 2 else {}
            return {"type": "object", "additionalProperties": value}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _literal_schema([member.value for member in tp])
        if _is_pydantic(tp):
            schema = inline_refs(dict(tp.model_json_schema()))
            return strictify(schema) if self.strict else schema
        if _is_object_type(tp):
            return self._object(tp)
        raise TypeError(f"cannot build a JSON Schema for {tp!r}")

    def _object(self, cls: type[Any]) -> dict[str, Any]:
        if cls in self._stack:
            raise TypeError(f"recursive type {cls.__qualname__} is not supported")
        self._stack.append(cls)
        try:
            schema = self.fields(_object_fields(cls))
        finally:
            self._stack.pop()
        doc = _doc_of(cls)
        if doc:
            return {
                "type": "object",
                "description": doc,
                **{k: v for k, v in schema.items() if k != "type"},
            }
        return schema

    def fields(self, fields: Sequence[_Field]) -> dict[str, Any]:
        """The object schema for ``fields``."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        for f in fields:
            prop = self.schema(f.type)
            if f.required:
                required.append(f.name)
            elif self.strict:
                # Strict schemas list every property; "optional" means "may be null".
                prop = _nullable(prop)
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


def _is_abc(origin: Any, names: tuple[str, ...]) -> bool:
    return getattr(origin, "__module__", None) == "collections.abc" and origin.__name__ in names


def _doc_of(cls: type[Any]) -> str | None:
    doc = cls.__doc__
    # dataclasses invent a signature docstring; TypedDict/attrs inherit none useful.
    if not doc or (dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}(")):
        return None
    if typing.is_typeddict(cls) and doc == dict.__doc__:
        return None
    return _first_paragraph(doc)


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
                    name: prop if name in was_required else _nullable(prop)
                    for name, prop in props.items()
                }
                out["required"] = list(props)
            out["additionalProperties"] = False
        return out

    result: dict[str, Any] = walk(schema)
    return result


def schema_for_type(tp: Any, *, strict: bool = True) -> dict[str, Any]:
    """JSON Schema for a type hint (see :func:`open_responses.json_schema_for`)."""
    return _SchemaBuilder(strict=strict).schema(tp)


# ---------------------------------------------------------------------------
# JSON value -> Python value, with validation
# ---------------------------------------------------------------------------


class ArgumentError(ValueError):
    """A JSON value does not match the expected type; ``path`` says where."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def _kind(value: Any) -> str:
    return _json_type(value) or ("array" if isinstance(value, list) else "object")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def convert(value: Any, tp: Any, path: str = "") -> Any:
    """Turn decoded JSON ``value`` into an instance of ``tp``, or raise :class:`ArgumentError`.

    Dataclasses and attrs classes are constructed recursively, enums from their
    values, TypedDicts stay dicts (checked), pydantic models go through
    ``model_validate``. Unknown object keys are rejected.
    """
    tp, _ = _strip_annotated(tp)
    if tp is Any or tp is object or tp is inspect.Parameter.empty:
        return value
    if tp is None or tp is type(None):
        if value is None:
            return None
        raise ArgumentError(path, f"expected null, got {_kind(value)}")
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise ArgumentError(path, f"expected boolean, got {_kind(value)}")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise ArgumentError(path, f"expected integer, got {_kind(value)}")
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise ArgumentError(path, f"expected number, got {_kind(value)}")
    if tp is str:
        if isinstance(value, str):
            return value
        raise ArgumentError(path, f"expected string, got {_kind(value)}")
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is Literal:
        for option in args:
            if value == option and type(value) is type(option):
                return option
        raise ArgumentError(path, f"expected one of {list(args)!r}, got {value!r}")
    if origin is typing.Union or origin is types.UnionType:
        problems = []
        for option in args:
            try:
                return convert(value, option, path)
            except ArgumentError as exc:
                problems.append(exc.problem)
        raise ArgumentError(path, _union_problem(problems, value))
    if (
        tp in (list, tuple, set, frozenset)
        or origin in (list, tuple, set, frozenset)
        or _is_abc(origin, ("Sequence", "MutableSequence", "Set", "Iterable", "Collection"))
    ):
        if not isinstance(value, list):
            raise ArgumentError(path, f"expected array, got {_kind(value)}")
        container = origin or tp
        if container is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
            if len(value) != len(args):
                raise ArgumentError(path, f"expected {len(args)} items, got {len(value)}")
            return tuple(
                convert(v, t, _join(path, i))
                for i, (v, t) in enumerate(zip(value, args, strict=True))
            )
        item_type = args[0] if args else Any
        items = [convert(v, item_type, _join(path, i)) for i, v in enumerate(value)]
        if container in (tuple, set, frozenset):
            return container(items)
        return items
    if tp is dict or origin is dict or _is_abc(origin, ("Mapping", "MutableMapping")):
        if not isinstance(value, dict):
            raise ArgumentError(path, f"expected object, got {_kind(value)}")
        value_type = args[1] if len(args) == 2 else Any
        return {k: convert(v, value_type, _join(path, k)) for k, v in value.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        for member in tp:
            if member.value == value and type(member.value) is type(value):
                return member
        raise ArgumentError(path, f"expected one of {[m.value for m in tp]!r}, got {value!r}")
    if _is_pydantic(tp):
        try:
            return tp.model_validate(value)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            raise ArgumentError(path, str(exc)) from exc
    if _is_object_type(tp):
        if not isinstance(value, dict):
            raise ArgumentError(path, f"expected object, got {_kind(value)}")
        kwargs = convert_fields(value, _object_fields(tp), path)
        if typing.is_typeddict(tp):
            return kwargs
        try:
            return tp(**kwargs)
        except (TypeError, ValueError) as exc:  # e.g. a __post_init__ / attrs validator
            raise ArgumentError(path, str(exc)) from exc
    raise ArgumentError(path, f"unsupported type {tp!r}")


def _union_problem(problems: list[str], value: Any) -> str:
    """Merge "expected A, got K" / "expected B, got K" into "expected A or B, got K"."""
    got = f", got {_kind(value)}"
    if all(p.startswith("expected ") and p.endswith(got) for p in problems):
        expected = dict.fromkeys(p[len("expected ") : -len(got)] for p in problems)
        return f"expected {' or '.join(expected)}{got}"
    return "; or ".join(dict.fromkeys(problems))


def convert_fields(value: Mapping[str, Any], fields: Sequence[_Field], path: str) -> dict[str, Any]:
    """Check ``value``'s keys against ``fields`` and convert each; returns ``{arg: value}``."""
    by_name = {f.name: f for f in fields}
    unexpected = [key for key in value if key not in by_name]
    if unexpected:
        where = f"{path}: " if path else ""
        raise ArgumentError("", f"{where}unexpected field(s) {', '.join(map(repr, unexpected))}")
    missing = [f.name for f in fields if f.required and f.name not in value]
    if missing:
        where = f"{path}: " if path else ""
        raise ArgumentError("", f"{where}missing required field(s) {', '.join(map(repr, missing))}")
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in value:
            continue
        item = value[f.name]
        # Strict schemas send null for an omitted optional field: use the default.
        if item is None and not f.required and not _accepts_none(f.type):
            continue
        out[f.arg] = convert(item, f.type, _join(path, f.name))
    return out


# ---------------------------------------------------------------------------
# Function tools
# ---------------------------------------------------------------------------


def _first_paragraph(doc: str) -> str | None:
    text = inspect.cleandoc(doc)
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.strip().lower() in _ARGS_HEADERS:
            break
        lines.append(line.strip())
    return " ".join(lines) or None


def _param_docs(doc: str | None) -> dict[str, str]:
    """Parameter descriptions from a Google-style ``Args:`` section."""
    if not doc:
        return {}
    found: dict[str, str] = {}
    current: str | None = None
    indent: int | None = None
    in_args = False
    for raw in inspect.cleandoc(doc).splitlines():
        stripped = raw.strip()
        if stripped.lower() in _ARGS_HEADERS:
            in_args, current, indent = True, None, None
            continue
        if not in_args:
            continue
        if not stripped:
            continue
        level = len(raw) - len(raw.lstrip())
        if level == 0:
            break  # the next section ("Returns:", prose)
        match = re.match(r"^(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$", stripped)
        if match and (indent is None or level <= indent):
            indent = level
            current = match.group(1).lstrip("*")
            found[current] = match.group(2).strip()
        elif current is not None:
            found[current] = f"{found[current]} {stripped}".strip()
    return found


def _encode_output(value: Any) -> str:
    """A tool's return value as the text sent to the model (``str`` as is, else JSON)."""
    if isinstance(value, str):
        return value

    def default(obj: Any) -> Any:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return dataclasses.asdict(obj)
        if callable(getattr(obj, "model_dump", None)):
            return obj.model_dump(mode="json")
        if callable(getattr(obj, "to_dict", None)):
            return obj.to_dict()
        if attrs.has(type(obj)):
            return attrs.asdict(obj)
        if isinstance(obj, enum.Enum):
            return obj.value
        if isinstance(obj, (set, frozenset, tuple)):
            return list(obj)
        return str(obj)

    return json.dumps(value, ensure_ascii=False, default=default)


class FunctionTool:
    """A Python function the model can call.

    ``name``, ``description`` (the docstring's first paragraph) and ``parameters``
    (JSON Schema built from the type hints) describe it; :meth:`to_param` gives
    the request's tool entry. Calling the object calls the function.
    ``strict=False`` (the default) lets parameters with defaults be omitted;
    ``strict=True`` lists every parameter as required, with defaulted ones
    nullable (null then means "use the default").
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        strict: bool = False,
    ) -> None:
        self.fn = fn
        self.name = name or fn.__name__
        if not _NAME_RE.match(self.name):
            raise InvalidArgumentError(
                f"tool name {self.name!r} must match ^[a-zA-Z0-9_-]{{1,64}}$"
            )
        doc = inspect.getdoc(fn)
        self.description = (
            description if description is not None else (_first_paragraph(doc) if doc else None)
        )
        self.strict = strict
        self.is_async = inspect.iscoroutinefunction(fn)
        self._positional: list[str] = []
        self._fields = self._signature_fields(fn, _param_docs(doc))
        self.parameters = _SchemaBuilder(strict=strict).fields(self._fields)

    def _signature_fields(self, fn: Callable[..., Any], docs: dict[str, str]) -> list[_Field]:
        hints = _hints(fn)
        fields = []
        for param in inspect.signature(fn).parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise TypeError(f"tool {self.name!r}: *args/**kwargs parameters are not supported")
            if param.kind is param.POSITIONAL_ONLY:
                self._positional.append(param.name)
            hint, desc = _strip_annotated(hints.get(param.name, Any))
            required = param.default is inspect.Parameter.empty
            fields.append(
                _Field(
                    param.name,
                    param.name,
                    hint,
                    required,
                    desc or docs.get(param.name),
                )
            )
        return fields

    def __repr__(self) -> str:
        return f"FunctionTool(name={self.name!r})"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the wrapped function directly."""
        return self.fn(*args, **kwargs)

    def to_param(self) -> dict[str, Any]:
        """The ``tools`` entry of a request: ``{"type": "function", "name", ...}``."""
        return {
            "type": "function",
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
            "strict": self.strict,
        }

    def to_dict(self) -> dict[str, Any]:
        """Same as :meth:`to_param`, so the tool can be put in ``tools=[...]`` of any request."""
        return self.to_param()

    def parse_arguments(self, arguments: str | Mapping[str, Any]) -> dict[str, Any]:
        """Decode and validate the model's arguments; raise :class:`ArgumentError` on a mismatch."""
        if isinstance(arguments, str):
            try:
                decoded = json.loads(arguments) if arguments.strip() else {}
            except (ValueError, RecursionError) as exc:
                raise ArgumentError("", f"arguments are not valid JSON ({exc})") from exc
        else:
            decoded = dict(arguments)
        if not isinstance(decoded, dict):
            raise ArgumentError("", f"arguments must be a JSON object, got {_kind(decoded)}")
        return convert_fields(decoded, self._fields, "")

    def _split(self, kwargs: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        args = [kwargs.pop(name) for name in self._positional if name in kwargs]
        return args, kwargs

    def _bad_arguments(self, exc: ArgumentError) -> str:
        return f"Error: invalid arguments for tool {self.name!r}: {exc}. Fix the arguments and call it again."

    def _failed(self, exc: BaseException) -> str:
        return f"Error: tool {self.name!r} raised {type(exc).__name__}: {exc}"

    def invoke(self, call_id: str, arguments: str) -> ToolResult:
        """Run the tool for one call; every failure becomes an error :class:`ToolResult`.

        A coroutine function is run with ``asyncio.run`` (only outside a running loop).
        """
        try:
            args, kwargs = self._split(self.parse_arguments(arguments))
        except ArgumentError as exc:
            text = self._bad_arguments(exc)
            return ToolResult(call_id, self.name, text, text)
        try:
            value = self.fn(*args, **kwargs)
            if inspect.isawaitable(value):
                value = asyncio.run(_await(value))
            output = _encode_output(value)
        except Exception as exc:  # the model gets the error, the application carries on
            text = self._failed(exc)
            return ToolResult(call_id, self.name, text, text)
        return ToolResult(call_id, self.name, output)

    async def ainvoke(self, call_id: str, arguments: str) -> ToolResult:
        """The async :meth:`invoke`: awaits coroutine tools, runs plain ones in a worker thread."""
        try:
            args, kwargs = self._split(self.parse_arguments(arguments))
        except ArgumentError as exc:
            text = self._bad_arguments(exc)
            return ToolResult(call_id, self.name, text, text)
        try:
            if self.is_async:
                value = await self.fn(*args, **kwargs)
            else:
                # A thread keeps a blocking tool from stalling the other calls of the turn.
                value = await asyncio.to_thread(self.fn, *args, **kwargs)
                if inspect.isawaitable(value):
                    value = await value
            output = _encode_output(value)
        except Exception as exc:
            text = self._failed(exc)
            return ToolResult(call_id, self.name, text, text)
        return ToolResult(call_id, self.name, output)


async def _await(value: Awaitable[Any]) -> Any:
    return await value


def function_tool(
    fn: Callable[..., Any],
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
) -> FunctionTool:
    """Wrap ``fn`` as a :class:`FunctionTool` (schema from its type hints and docstring)."""
    return FunctionTool(fn, name=name, description=description, strict=strict)


@overload
def tool(fn: Callable[..., Any], /) -> FunctionTool: ...


@overload
def tool(
    *, name: str | None = None, description: str | None = None, strict: bool = False
) -> Callable[[Callable[..., Any]], FunctionTool]: ...


def tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
) -> FunctionTool | Callable[[Callable[..., Any]], FunctionTool]:
    """Decorator form of :func:`function_tool`: ``@tool`` or ``@tool(name=..., strict=True)``."""
    if fn is not None:
        return FunctionTool(fn, name=name, description=description, strict=strict)

    def decorate(f: Callable[..., Any]) -> FunctionTool:
        return FunctionTool(f, name=name, description=description, strict=strict)

    return decorate


# ---------------------------------------------------------------------------
# tool_choice and MCP helpers
# ---------------------------------------------------------------------------


def _tool_name(value: str | FunctionTool | Mapping[str, Any]) -> str:
    if isinstance(value, FunctionTool):
        return value.name
    if isinstance(value, Mapping):
        return str(value["name"])
    return value


def allowed_tools(
    names: Iterable[str | FunctionTool], mode: Literal["auto", "required"] = "auto"
) -> dict[str, Any]:
    """``tool_choice`` restricting the model to some function tools (``tools`` stays unchanged)."""
    listed = [{"type": "function", "name": _tool_name(name)} for name in names]
    if not listed:
        raise InvalidArgumentError("allowed_tools needs at least one tool name")
    return {"type": "allowed_tools", "tools": listed, "mode": mode}


def tool_choice_param(choice: str | FunctionTool | Mapping[str, Any] | Any) -> Any:
    """Normalize ``tool_choice``: ``"auto"``/``"required"``/``"none"`` stay, a function name or
    :class:`FunctionTool` becomes ``{"type": "function", "name": ...}``, dicts pass through."""
    if isinstance(choice, str):
        if choice in ("auto", "required", "none"):
            return choice
        return {"type": "function", "name": choice}
    if isinstance(choice, FunctionTool):
        return {"type": "function", "name": choice.name}
    return choice


def _relaxed_choice(choice: Any) -> Any:
    """The ``tool_choice`` for requests after the model has called tools.

    A choice that *forces* a call (``required``, one named function,
    ``allowed_tools`` in ``required`` mode) would make the model call tools
    forever; it becomes ``auto`` (keeping the ``allowed_tools`` restriction).
    """
    if choice == "required":
        return "auto"
    if isinstance(choice, Mapping):
        if choice.get("type") == "function":
            return "auto"
        if choice.get("type") == "allowed_tools" and choice.get("mode") == "required":
            return {**choice, "mode": "auto"}
    return choice


def mcp_tool(
    server_label: str,
    server_url: str | None = None,
    *,
    allowed_tools: Sequence[str] | Mapping[str, Any] | None = None,
    require_approval: Literal["always", "never"] | Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The ``mcp`` tool entry (provider extension): a remote MCP server the server calls itself.

    ``extra`` adds other fields verbatim (``connector_id``, ``authorization``,
    ``server_description``...). Fields left as ``None`` are not sent.
    """
    param: dict[str, Any] = {"type": "mcp", "server_label": server_label}
    if server_url is not None:
        param["server_url"] = server_url
    if allowed_tools is not None:
        param["allowed_tools"] = (
            dict(allowed_tools) if isinstance(allowed_tools, Mapping) else list(allowed_tools)
        )
    if require_approval is not None:
        param["require_approval"] = (
            dict(require_approval) if isinstance(require_approval, Mapping) else require_approval
        )
    if headers is not None:
        param["headers"] = dict(headers)
    param.update({key: value for key, value in extra.items() if value is not None})
    return param


def approval_response(request: Any, approve: bool, reason: str | None = None) -> dict[str, Any]:
    """The ``mcp_approval_response`` input item answering ``request`` (an item or its id)."""
    request_id = request if isinstance(request, str) else _item_dict(request)["id"]
    item: dict[str, Any] = {
        "type": "mcp_approval_response",
        "approval_request_id": request_id,
        "approve": bool(approve),
    }
    if reason is not None:
        item["reason"] = reason
    return item


# ---------------------------------------------------------------------------
# The loop: pure helpers shared by the four shells (sync/async x plain/streamed)
# ---------------------------------------------------------------------------


def _item_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    raise TypeError(f"not an item: {item!r}")


def _decision(value: Any) -> tuple[bool, str | None]:
    if isinstance(value, tuple):
        approve, reason = value
        return bool(approve), None if reason is None else str(reason)
    return bool(value), None


class ToolRunner:
    """The pure part of the tool loop: which tools exist, what to send, what to do next."""

    def __init__(
        self,
        tools: Iterable[FunctionTool | Callable[..., Any] | Mapping[str, Any] | Any],
        *,
        tool_choice: Any = None,
        on_approval: Callable[[Any], Any] | None = None,
        max_turns: int = 10,
        max_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN,
        max_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    ) -> None:
        if max_turns < 1:
            raise InvalidArgumentError("max_turns must be at least 1")
        self.max_calls_per_turn = check_positive_int("max_tool_calls_per_turn", max_calls_per_turn)
        self.max_argument_bytes = check_positive_int("max_tool_argument_bytes", max_argument_bytes)
        self.functions: dict[str, FunctionTool] = {}
        self.params: list[Any] = []
        for entry in tools:
            if callable(entry) and not isinstance(entry, (FunctionTool, Mapping)):
                entry = function_tool(entry)
            if isinstance(entry, FunctionTool):
                self.functions[entry.name] = entry
            self.params.append(entry)
        self.tool_choice = None if tool_choice is None else tool_choice_param(tool_choice)
        self.on_approval = on_approval
        self.max_turns = max_turns

    def request_params(self) -> dict[str, Any]:
        """The per-request fields the loop adds (``tool_choice`` when one was given)."""
        return {} if self.tool_choice is None else {"tool_choice": self.tool_choice}

    def calls_of(self, response: Response) -> list[dict[str, Any]]:
        """The ``function_call`` items of ``response`` (as dicts)."""
        return [d for d in map(_item_dict, response.output) if d.get("type") == "function_call"]

    def approvals_of(self, response: Response) -> list[Any]:
        """The ``mcp_approval_request`` items of ``response`` (typed when they parsed)."""
        return [
            item
            for item in response.output
            if _item_dict(item).get("type") == "mcp_approval_request"
        ]

    def has_work(self, response: Response) -> bool:
        """Whether the loop must answer something in ``response`` and call the model again."""
        if self.calls_of(response):
            return True
        # Without a hook an approval request is left to the application.
        return self.on_approval is not None and bool(self.approvals_of(response))

    def unknown_tool(self, call: Mapping[str, Any]) -> ToolResult:
        """The result sent back for a call to a function this loop cannot run."""
        name = str(call.get("name"))
        known = ", ".join(sorted(self.functions)) or "none"
        text = f"Error: unknown tool {name!r} (available: {known})"
        return ToolResult(str(call.get("call_id")), name, text, text)

    def after_tools(self) -> None:
        """Tools were called: stop forcing further calls (see :func:`_relaxed_choice`)."""
        if self.tool_choice is not None:
            self.tool_choice = _relaxed_choice(self.tool_choice)

    def exceeded(self, response: Response) -> MaxTurnsExceeded:
        """The error raised when the model still wants tools after ``max_turns`` calls."""
        return MaxTurnsExceeded(
            f"the model still called tools after {self.max_turns} turns",
            response=response,
            max_turns=self.max_turns,
        )

    def screen(
        self, calls: Sequence[dict[str, Any]]
    ) -> list[tuple[dict[str, Any], ToolResult | None]]:
        """Pair each call with the error result that replaces running it, or None to run it.

        Refused: a repeated ``call_id`` (it runs once), calls past
        ``max_calls_per_turn``, and arguments over ``max_argument_bytes``. The
        model gets a ``function_call_output`` saying why, as for a failed tool.
        """
        seen: set[str] = set()
        screened: list[tuple[dict[str, Any], ToolResult | None]] = []
        for index, call in enumerate(calls):
            call_id = str(call.get("call_id"))
            name = str(call.get("name"))
            arguments = call.get("arguments", "")
            size = len(arguments.encode() if isinstance(arguments, str) else str(arguments))
            text = None
            if call_id in seen:
                text = f"Error: duplicate call_id {call_id!r} in one response; it ran once"
            elif index >= self.max_calls_per_turn:
                text = (
                    f"Error: too many tool calls in one turn (max_tool_calls_per_turn="
                    f"{self.max_calls_per_turn}); this call was not run"
                )
            elif size > self.max_argument_bytes:
                text = (
                    f"Error: arguments of {size} bytes exceed max_tool_argument_bytes="
                    f"{self.max_argument_bytes}; the tool was not run"
                )
            seen.add(call_id)
            refused = None if text is None else ToolResult(call_id, name, text, text)
            screened.append((call, refused))
        return screened

    # -- the sync and async ways to answer one response --

    def run_call(self, call: Mapping[str, Any]) -> ToolResult:
        """Run one ``function_call`` (sync); unknown tools and failures become error results."""
        fn = self.functions.get(str(call.get("name")))
        if fn is None:
            return self.unknown_tool(call)
        return fn.invoke(str(call.get("call_id")), str(call.get("arguments", "")))

    def answer_approvals(self, response: Response) -> list[dict[str, Any]]:
        """Ask ``on_approval`` about each approval request (sync); the response items."""
        approvals = []
        if self.on_approval is not None:
            for request in self.approvals_of(response):
                decision = self.on_approval(request)
                if inspect.isawaitable(decision):
                    decision = asyncio.run(_await(decision))
                approvals.append(approval_response(request, *_decision(decision)))
        return approvals

    def answer(self, response: Response) -> tuple[list[ToolResult], list[dict[str, Any]]]:
        """Run the calls of ``response`` one after the other and decide its approvals."""
        screened = self.screen(self.calls_of(response))
        results = [refused or self.run_call(call) for call, refused in screened]
        return results, self.answer_approvals(response)

    async def aanswer(self, response: Response) -> tuple[list[ToolResult], list[dict[str, Any]]]:
        """Run the calls of ``response`` concurrently (``asyncio.gather``) and decide approvals."""

        async def one(call: dict[str, Any], refused: ToolResult | None) -> ToolResult:
            if refused is not None:
                return refused
            fn = self.functions.get(str(call.get("name")))
            if fn is None:
                return self.unknown_tool(call)
            return await fn.ainvoke(str(call.get("call_id")), str(call.get("arguments", "")))

        screened = self.screen(self.calls_of(response))
        results = list(await asyncio.gather(*(one(call, refused) for call, refused in screened)))
        approvals = []
        if self.on_approval is not None:
            for request in self.approvals_of(response):
                decision = self.on_approval(request)
                if inspect.isawaitable(decision):
                    decision = await decision
                approvals.append(approval_response(request, *_decision(decision)))
        return results, approvals


def output_items(
    results: Sequence[ToolResult], approvals: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The input items answering one turn: ``function_call_output``s then approval responses."""
    items: list[dict[str, Any]] = [
        {"type": "function_call_output", "call_id": r.call_id, "output": r.output} for r in results
    ]
    items.extend(approvals)
    return items


# ---------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------


def _loop_conversation(client: Any, model: str, params: dict[str, Any], *, is_async: bool) -> Any:
    from ._conversation import AsyncConversation, Conversation

    instructions = params.pop("instructions", None)
    mode = params.pop("mode", "auto")
    store = params.pop("store", None)
    cls = AsyncConversation if is_async else Conversation
    return cls(client, model=model, instructions=instructions, mode=mode, store=store, **params)


def run(
    client: Client,
    *,
    model: str,
    input: Any,
    tools: Sequence[Any],
    max_turns: int = 10,
    tool_choice: Any = None,
    on_approval: ApprovalHook | None = None,
    **params: Any,
) -> Response:
    """Call the model and run its tool calls until it answers without one.

    Each turn executes every ``function_call`` of the output (one after the
    other) and sends the ``function_call_output`` items back; an
    ``mcp_approval_request`` is answered by ``on_approval(request)``. Raises
    :class:`MaxTurnsExceeded` after ``max_turns`` model calls. Other keyword
    arguments go into every request (``instructions``, ``store``, ``temperature``...);
    ``mode`` picks the conversation mode (see :class:`~open_responses.Conversation`).
    """
    conv = _loop_conversation(client, model, params, is_async=False)
    response: Response = conv.run(
        input, tools=tools, max_turns=max_turns, tool_choice=tool_choice, on_approval=on_approval
    )
    return response


async def arun(
    client: AsyncClient,
    *,
    model: str,
    input: Any,
    tools: Sequence[Any],
    max_turns: int = 10,
    tool_choice: Any = None,
    on_approval: AsyncApprovalHook | None = None,
    **params: Any,
) -> Response:
    """The async :func:`run`: the calls of one turn run concurrently (``asyncio.gather``)."""
    conv = _loop_conversation(client, model, params, is_async=True)
    response: Response = await conv.run(
        input, tools=tools, max_turns=max_turns, tool_choice=tool_choice, on_approval=on_approval
    )
    return response


class RunStream:
    """A streamed tool loop: iterate it for stream events and :class:`ToolResult` objects.

    ``response`` is the last response once the loop has finished (or ``None``);
    ``conversation`` is the conversation the loop ran in.
    """

    def __init__(
        self, conversation: Conversation, events: Iterator[StreamEvent | ToolResult]
    ) -> None:
        self.conversation = conversation
        self._events = events
        self.response: Response | None = None

    def __iter__(self) -> Iterator[StreamEvent | ToolResult]:
        return self

    def __next__(self) -> StreamEvent | ToolResult:
        try:
            return next(self._events)
        except StopIteration:
            self.response = self.conversation.last_response
            raise

    def until_done(self) -> Response:
        """Consume the loop and return the final response."""
        for _ in self:
            pass
        assert self.response is not None
        return self.response

    def close(self) -> None:
        """Stop the loop (closes an open stream)."""
        close = getattr(self._events, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> RunStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncRunStream:
    """The asyncio twin of :class:`RunStream` (``async for``)."""

    def __init__(
        self, conversation: AsyncConversation, events: AsyncIterator[StreamEvent | ToolResult]
    ) -> None:
        self.conversation = conversation
        self._events = events
        self.response: Response | None = None

    def __aiter__(self) -> AsyncIterator[StreamEvent | ToolResult]:
        return self

    async def __anext__(self) -> StreamEvent | ToolResult:
        try:
            return await self._events.__anext__()
        except StopAsyncIteration:
            self.response = self.conversation.last_response
            raise

    async def until_done(self) -> Response:
        """Consume the loop and return the final response."""
        async for _ in self:
            pass
        assert self.response is not None
        return self.response

    async def aclose(self) -> None:
        """Stop the loop (closes an open stream)."""
        aclose = getattr(self._events, "aclose", None)
        if aclose is not None:
            await aclose()

    async def __aenter__(self) -> AsyncRunStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def run_stream(
    client: Client,
    *,
    model: str,
    input: Any,
    tools: Sequence[Any],
    max_turns: int = 10,
    tool_choice: Any = None,
    on_approval: ApprovalHook | None = None,
    **params: Any,
) -> RunStream:
    """The streamed :func:`run`: yields every stream event of every turn, and a
    :class:`ToolResult` for each tool call right after it ran."""
    conv = _loop_conversation(client, model, params, is_async=False)
    stream: RunStream = conv.run_stream(
        input, tools=tools, max_turns=max_turns, tool_choice=tool_choice, on_approval=on_approval
    )
    return stream


def arun_stream(
    client: AsyncClient,
    *,
    model: str,
    input: Any,
    tools: Sequence[Any],
    max_turns: int = 10,
    tool_choice: Any = None,
    on_approval: AsyncApprovalHook | None = None,
    **params: Any,
) -> AsyncRunStream:
    """The async :func:`run_stream` (``async for event in arun_stream(...)``)."""
    conv = _loop_conversation(client, model, params, is_async=True)
    stream: AsyncRunStream = conv.run_stream(
        input, tools=tools, max_turns=max_turns, tool_choice=tool_choice, on_approval=on_approval
    )
    return stream
