"""Function tools and the other ``tools`` / ``tool_choice`` entries of a request.

- :func:`tool` turns a Python function into a :class:`FunctionTool` whose JSON
  Schema comes from the type hints (``_schema``) and which parses and validates
  the model's arguments (``_convert``). Bad arguments and exceptions raised by
  the tool become the text sent back to the model (a :class:`ToolResult`); they
  never reach the application as exceptions.
- :func:`allowed_tools` and :func:`tool_choice_param` build ``tool_choice``;
  :func:`mcp_tool` an MCP server entry; :func:`approval_response` the answer to
  an MCP approval request.

The loop that runs tools against a model is ``_tool_loop``.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, overload

from ._convert import convert_fields, kind
from ._errors import ArgumentError, InvalidArgumentError
from ._items import item_dict
from ._schema import SchemaBuilder
from ._type_hints import (
    ARGS_HEADERS,
    Field,
    first_paragraph,
    hints,
    is_attrs_class,
    strip_annotated,
)

__all__ = [
    "FunctionTool",
    "ToolResult",
    "allowed_tools",
    "approval_response",
    "mcp_tool",
    "tool",
]

_NAME_RE = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


@dataclass(frozen=True, slots=True)
class ToolResult:
    """The outcome of one tool call: ``output`` is what the model receives.

    ``error`` is ``None`` on success, else the error text (which is also ``output``).
    """

    call_id: str
    name: str
    output: str
    error: str | None = None


async def _await(value: Awaitable[Any]) -> Any:
    return await value


def run_awaitable(value: Awaitable[Any]) -> Any:
    """The result of ``value`` from sync code (``asyncio.run``: only outside a running loop)."""
    import asyncio  # on first use: importing it costs more than httpx itself

    return asyncio.run(_await(value))


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
        if stripped.lower() in ARGS_HEADERS:
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
        if is_attrs_class(type(obj)):
            import attrs  # already imported by whoever defined the class

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
            description if description is not None else (first_paragraph(doc) if doc else None)
        )
        self.strict = strict
        self.is_async = inspect.iscoroutinefunction(fn)
        self._positional: list[str] = []
        self._fields = self._signature_fields(fn, _param_docs(doc))
        self.parameters = SchemaBuilder(strict=strict).fields(self._fields)

    def _signature_fields(self, fn: Callable[..., Any], docs: dict[str, str]) -> list[Field]:
        resolved = hints(fn)
        fields = []
        for param in inspect.signature(fn).parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                raise TypeError(f"tool {self.name!r}: *args/**kwargs parameters are not supported")
            if param.kind is param.POSITIONAL_ONLY:
                self._positional.append(param.name)
            hint, desc = strip_annotated(resolved.get(param.name, Any))
            required = param.default is inspect.Parameter.empty
            fields.append(
                Field(
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
            raise ArgumentError("", f"arguments must be a JSON object, got {kind(decoded)}")
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
                value = run_awaitable(value)
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
                import asyncio  # see run_awaitable

                value = await asyncio.to_thread(self.fn, *args, **kwargs)
                if inspect.isawaitable(value):
                    value = await value
            output = _encode_output(value)
        except Exception as exc:
            text = self._failed(exc)
            return ToolResult(call_id, self.name, text, text)
        return ToolResult(call_id, self.name, output)


@overload
def tool(
    fn: Callable[..., Any],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = False,
) -> FunctionTool: ...


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
    """Make ``fn`` a :class:`FunctionTool` (schema from its type hints and docstring).

    A decorator, bare or with options (``@tool``, ``@tool(name=..., strict=True)``),
    or a call: ``tool(fn)``, ``tool(fn, name=...)``.
    """
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


def relaxed_choice(choice: Any) -> Any:
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
    request_id = request if isinstance(request, str) else item_dict(request)["id"]
    item: dict[str, Any] = {
        "type": "mcp_approval_response",
        "approval_request_id": request_id,
        "approve": bool(approve),
    }
    if reason is not None:
        item["reason"] = reason
    return item


# ---------------------------------------------------------------------------
# Tool lists: what a conversation keeps, what a request sends
# ---------------------------------------------------------------------------


def as_tool(entry: Any) -> Any:
    """Keep a tool as given, except that plain functions become :class:`FunctionTool`."""
    if callable(entry) and not isinstance(entry, (FunctionTool, Mapping)):
        return FunctionTool(entry)
    return entry


def tool_param(entry: Any) -> Any:
    """The request's ``tools`` entry for ``entry`` (a tool, a mapping or a model)."""
    if isinstance(entry, FunctionTool):
        return entry.to_param()
    if isinstance(entry, Mapping):
        return dict(entry)
    return item_dict(entry)


def _tool_key(entry: Any) -> str:
    if isinstance(entry, FunctionTool):
        return f"function:{entry.name}"
    data = entry if isinstance(entry, Mapping) else item_dict(entry)
    label = data.get("name") or data.get("server_label") or json.dumps(data, sort_keys=True)
    return f"{data.get('type')}:{label}"


def merge_tools(base: Sequence[Any], extra: Sequence[Any] | None) -> list[Any]:
    """``base`` then ``extra``; an ``extra`` tool replaces a ``base`` one of the same name."""
    merged: dict[str, Any] = {}
    for entry in [*base, *(extra or [])]:
        entry = as_tool(entry)
        merged[_tool_key(entry)] = entry
    return list(merged.values())
