"""Multi-turn conversations that chain on the server or resend the history themselves.

:class:`ConversationCore` is the whole logic, sans I/O: it keeps the items,
builds each request body and decides when to fall back from chaining with
``previous_response_id`` (stateful) to resending the full history (stateless).
:class:`Conversation` and :class:`AsyncConversation` are thin shells that send
what the core builds and hand the replies back to it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._errors import ConversationFormatError, InvalidArgumentError, PreviousResponseNotFoundError
from ._logging import logger
from ._response import Response
from ._streaming import AsyncResponseStream, ResponseStream
from ._tools import (
    AsyncApprovalHook,
    AsyncRunStream,
    FunctionTool,
    RunStream,
    ToolResult,
    ToolRunner,
    function_tool,
    output_items,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._events import StreamEvent
    from ._generated.models import CompactResource
    from ._tools import ApprovalHook
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = [
    "AsyncConversation",
    "AsyncConversationStream",
    "Conversation",
    "ConversationCore",
    "ConversationStream",
]

Mode = Literal["auto", "stateful", "stateless"]
_MODES = ("auto", "stateful", "stateless")
# Version 2 (compact: no whole last response, no items where the server keeps them)
# is written; version 1 is still read.
_FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)
# Body fields the conversation owns; letting callers set them would break the chain.
_RESERVED = ("input", "previous_response_id", "stream")


def _item_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        result: dict[str, Any] = to_dict()
        return result
    raise TypeError(f"an input item must be a str, a mapping or a model, not {type(item).__name__}")


def _user_message(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": text}


def _tool_entry(entry: Any) -> Any:
    """Keep a tool as given, except that plain functions become :class:`FunctionTool`."""
    if callable(entry) and not isinstance(entry, (FunctionTool, Mapping)):
        return function_tool(entry)
    return entry


def _tool_param(entry: Any) -> Any:
    if isinstance(entry, FunctionTool):
        return entry.to_param()
    if isinstance(entry, Mapping):
        return dict(entry)
    return _item_dict(entry)


def _tool_key(entry: Any) -> str:
    if isinstance(entry, FunctionTool):
        return f"function:{entry.name}"
    data = entry if isinstance(entry, Mapping) else _item_dict(entry)
    label = data.get("name") or data.get("server_label") or json.dumps(data, sort_keys=True)
    return f"{data.get('type')}:{label}"


def merge_tools(base: Sequence[Any], extra: Sequence[Any] | None) -> list[Any]:
    """``base`` then ``extra``; an ``extra`` tool replaces a ``base`` one of the same name."""
    merged: dict[str, Any] = {}
    for entry in [*base, *(extra or [])]:
        entry = _tool_entry(entry)
        merged[_tool_key(entry)] = entry
    return list(merged.values())


def _json_default(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


class ConversationCore:
    """The state and decisions of a conversation, free of I/O.

    ``items`` is the full local history (input items, then each response's
    output items, verbatim). In stateful mode a turn sends only its new items
    plus ``previous_response_id``; in stateless mode, and whenever no chain
    exists yet (first turn, after compaction), it sends ``items`` + new items.
    """

    def __init__(
        self,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Mode = "auto",
        store: bool | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        if mode not in _MODES:
            raise InvalidArgumentError(f"mode must be one of {_MODES}, got {mode!r}")
        if mode == "stateful" and store is False:
            raise InvalidArgumentError(
                "mode='stateful' chains on stored responses; it cannot use store=False"
            )
        defaults = dict(defaults or {})
        for key in _RESERVED:
            if key in defaults:
                raise TypeError(f"{key!r} is managed by the conversation and cannot be a default")
        self.model = model
        self.instructions = instructions
        self.tools: list[Any] = merge_tools(tools or [], None)
        self.requested_mode: Mode = mode
        # store=False means nothing can be chained: go stateless from the start.
        self.mode: Mode = "stateless" if mode == "stateless" or store is False else "stateful"
        self.store = store
        self.defaults = defaults
        self.fell_back = False
        self.items: list[dict[str, Any]] = []
        self.previous_response_id: str | None = None
        self.last_response: Response | None = None

    # -- building requests --

    @staticmethod
    def new_items(input: Any) -> list[dict[str, Any]]:
        """Normalize ``input`` (text, an item, or a list of items/texts) to item dicts."""
        if input is None:
            return []
        if isinstance(input, str):
            return [_user_message(input)]
        if isinstance(input, Mapping) or callable(getattr(input, "to_dict", None)):
            return [_item_dict(input)]
        return [_user_message(i) if isinstance(i, str) else _item_dict(i) for i in input]

    def chained(self) -> bool:
        """Whether the next request continues a server-side chain."""
        return self.mode == "stateful" and self.previous_response_id is not None

    def body(
        self, new_items: Sequence[Mapping[str, Any]], params: Mapping[str, Any]
    ) -> dict[str, Any]:
        """The request body of a turn that adds ``new_items``; ``params`` override the defaults."""
        for key in _RESERVED:
            if key in params:
                raise TypeError(f"{key!r} is managed by the conversation")
        params = dict(params)
        body: dict[str, Any] = {"model": self.model}
        # Instructions and tools are not carried over by previous_response_id.
        if self.instructions is not None:
            body["instructions"] = self.instructions
        tools = params.pop("tools", self.tools)
        if tools:
            body["tools"] = [_tool_param(t) for t in tools]
        if self.store is not None:
            body["store"] = self.store
        body.update(self.defaults)
        body.update(params)
        if self.chained():
            body["input"] = [dict(i) for i in new_items]
            body["previous_response_id"] = self.previous_response_id
        else:
            body["input"] = [*self.items, *(dict(i) for i in new_items)]
        return body

    def compact_body(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The ``/responses/compact`` body: the chain's id when chained, else the items."""
        body: dict[str, Any] = {"model": self.model}
        if self.instructions is not None:
            body["instructions"] = self.instructions
        body.update(params)
        if self.chained():
            body["previous_response_id"] = self.previous_response_id
        else:
            body["input"] = list(self.items)
        return body

    # -- taking replies in --

    def record(self, new_items: Sequence[Mapping[str, Any]], response: Response) -> None:
        """Commit a turn: its items and the response's output join the history.

        A ``failed`` response commits nothing (resend the same input to retry),
        but it is still ``last_response``.
        """
        self.last_response = response
        if response.status == "failed":
            return
        self.items.extend(dict(i) for i in new_items)
        self.items.extend(_item_dict(item) for item in response.output)
        self.previous_response_id = response.id

    def record_compaction(self, compacted: CompactResource) -> None:
        """Continue from the compacted window as the base of a new chain."""
        self.items = [_item_dict(item) for item in compacted.output]
        self.previous_response_id = None

    def fall_back(self, error: PreviousResponseNotFoundError) -> bool:
        """Switch ``auto`` to stateless after ``previous_response_not_found``; False if not allowed."""
        if self.requested_mode != "auto" or self.mode != "stateful":
            return False
        logger.warning(
            "previous_response_id %s not found on the server (%s); the conversation now "
            "resends its full history on every turn (stateless mode)",
            self.previous_response_id,
            error.message,
        )
        self.mode = "stateless"
        self.fell_back = True
        return True

    # -- saving --

    def _needs_items(self) -> bool:
        """Whether a restored conversation needs the local items for its next turns.

        Only a conversation pinned to ``stateful`` with a chain to continue can do
        without them: the server holds its history. ``auto`` keeps them to be able
        to fall back to resending.
        """
        return not (
            self.requested_mode == "stateful"
            and self.mode == "stateful"
            and self.previous_response_id is not None
        )

    def _pending_work(self) -> bool:
        """Whether the last response asks for tool calls or approvals (run() resumes them)."""
        last = self.last_response
        if last is None or last.status == "failed":
            return False
        kinds = {_item_dict(item).get("type") for item in last.output}
        return bool(kinds & {"function_call", "mcp_approval_request"})

    def to_dict(self) -> dict[str, Any]:
        """What the next turn needs, as JSON-ready data; defaults and empty fields are left out.

        Stateful conversations keep only the chain's last response id; the items
        are kept where a turn may resend them (``auto``, ``stateless``, or no
        chain yet). The last response is kept only while it has tool calls or
        approval requests that ``run()`` must answer.
        """
        data: dict[str, Any] = {"version": _FORMAT_VERSION, "model": self.model}
        last = self.last_response
        optional = {
            "instructions": self.instructions,
            "tools": [_tool_param(t) for t in self.tools],
            "requested_mode": None if self.requested_mode == "auto" else self.requested_mode,
            "fell_back": self.fell_back or None,
            "store": self.store,
            "defaults": self.defaults,
            "items": self.items if self._needs_items() else None,
            "previous_response_id": self.previous_response_id,
            "last_response": last.to_dict() if last is not None and self._pending_work() else None,
        }
        data.update((key, value) for key, value in optional.items() if value not in (None, [], {}))
        return data

    @classmethod
    def from_json(
        cls, text: str | bytes, *, tools: Sequence[Any] | None = None
    ) -> ConversationCore:
        """Parse a saved conversation, raising ``ConversationFormatError`` for anything else."""
        try:
            data = json.loads(text)
            if not isinstance(data, Mapping):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            core: ConversationCore = cls.from_dict(data, tools=tools)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise ConversationFormatError(
                f"not a conversation saved by to_json(): {type(exc).__name__}: {exc}"
            ) from exc
        return core

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, tools: Sequence[Any] | None = None
    ) -> ConversationCore:
        """Rebuild a core saved by :meth:`to_dict` (this format or the older version 1).

        ``tools`` re-attaches executable tools.
        """
        if data.get("version") not in _READABLE_VERSIONS:
            raise InvalidArgumentError(
                f"unsupported conversation format version {data.get('version')!r}"
            )
        core = cls(
            model=data["model"],
            instructions=data.get("instructions"),
            # Functions cannot be saved: given tools replace the saved ones of the same name.
            tools=merge_tools(data.get("tools") or [], tools),
            mode=data.get("requested_mode") or "auto",
            store=data.get("store"),
            defaults=data.get("defaults") or {},
        )
        core.fell_back = bool(data.get("fell_back", False))
        # Version 1 saved the resolved mode; version 2 derives it from the fields above.
        core.mode = data.get("mode") or ("stateless" if core.fell_back else core.mode)
        core.items = [dict(i) for i in data.get("items") or []]
        core.previous_response_id = data.get("previous_response_id")
        last = data.get("last_response")
        core.last_response = None if last is None else Response.from_dict(last)
        return core


class _ConversationBase:
    """Accessors shared by the sync and async shells."""

    _core: ConversationCore

    # (max_tool_calls_per_turn, max_tool_argument_bytes) of the client, for the tool loop.
    @property
    def _tool_limits(self) -> tuple[int, int]:
        settings = self._client.settings  # type: ignore[attr-defined]
        return settings.max_tool_calls_per_turn, settings.max_tool_argument_bytes

    @property
    def mode(self) -> Mode:
        """``"stateful"`` (chaining) or ``"stateless"`` (resending); ``auto`` resolves to one."""
        return self._core.mode

    @property
    def fell_back(self) -> bool:
        """Whether ``auto`` mode switched to stateless after ``previous_response_not_found``."""
        return self._core.fell_back

    @property
    def history(self) -> list[dict[str, Any]]:
        """A copy of every item so far (inputs and outputs, in order), as dicts."""
        return [dict(item) for item in self._core.items]

    @property
    def last_response(self) -> Response | None:
        """The latest response (``None`` before the first turn)."""
        return self._core.last_response

    @property
    def previous_response_id(self) -> str | None:
        """The id the next stateful turn chains on (``None`` when starting a new chain)."""
        return self._core.previous_response_id

    @property
    def model(self) -> str:
        """The model every turn uses."""
        return self._core.model

    @property
    def instructions(self) -> str | None:
        """The instructions sent with every turn."""
        return self._core.instructions

    @property
    def tools(self) -> list[Any]:
        """The tools sent with every turn."""
        return list(self._core.tools)

    def to_json(self) -> str:
        """Save what the next turn needs as compact JSON text (restore with ``from_json``).

        A conversation pinned to ``mode="stateful"`` saves only its last response id
        (about 100 bytes per turn less than ``auto``/``stateless``, which keep the
        items to be able to resend them); ``last_response`` and, for pinned stateful
        conversations, ``history`` start empty after a restore.

        Tool functions are saved as their request entries only; pass the tools
        again to ``from_json`` for ``run()`` to be able to execute them.
        """
        return json.dumps(
            self._core.to_dict(), ensure_ascii=False, separators=(",", ":"), default=_json_default
        )

    def _runner(
        self, tools: Sequence[Any] | None, tool_choice: Any, on_approval: Any, max_turns: int
    ) -> ToolRunner:
        return ToolRunner(
            merge_tools(self._core.tools, tools),
            tool_choice=tool_choice,
            on_approval=on_approval,
            max_turns=max_turns,
            max_calls_per_turn=self._tool_limits[0],
            max_argument_bytes=self._tool_limits[1],
        )

    def _loop_params(self, runner: ToolRunner, params: Mapping[str, Any]) -> dict[str, Any]:
        return {**params, "tools": runner.params, **runner.request_params()}

    def _pending(self, runner: ToolRunner) -> bool:
        """Whether the last response has tool calls nobody answered (resume them first)."""
        last = self._core.last_response
        return last is not None and last.status != "failed" and runner.has_work(last)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(model={self._core.model!r}, mode={self._core.mode!r}, "
            f"items={len(self._core.items)})"
        )


class ConversationStream(ResponseStream):
    """A :class:`ResponseStream` whose completion commits the turn to its conversation.

    The turn is recorded when the stream has been read to its end (by
    iteration, ``until_done()`` or ``get_final_response()``); a stream closed
    early records nothing, and the same input can be sent again.
    """

    def __init__(
        self,
        opener: Callable[[], httpx.Response],
        on_done: Callable[[Response], None],
        *,
        strict: bool,
        total_timeout: float | None,
    ) -> None:
        super().__init__(opener, strict=strict, total_timeout=total_timeout)
        # Called by the stream once, at a normal end only: a broken or abandoned
        # stream records nothing.
        self._state.on_done = on_done


class AsyncConversationStream(AsyncResponseStream):
    """The asyncio twin of :class:`ConversationStream`."""

    def __init__(
        self,
        opener: Callable[[], Awaitable[httpx.Response]],
        on_done: Callable[[Response], None],
        *,
        strict: bool,
        total_timeout: float | None,
    ) -> None:
        super().__init__(opener, strict=strict, total_timeout=total_timeout)
        self._state.on_done = on_done


class Conversation(_ConversationBase):
    """A multi-turn conversation with one model.

    ``mode="auto"`` (default) chains turns with ``previous_response_id`` and
    sends only the new items; if the server answers ``previous_response_not_found``
    it switches, once and for good, to resending the full history (the failed
    turn is retried that way; a warning is logged on ``open_responses``).
    ``mode="stateless"`` or ``store=False`` always resends the history;
    ``mode="stateful"`` never falls back. ``instructions``, ``tools`` and the
    other keyword arguments (``temperature``, ``reasoning``...) go into every request.
    """

    def __init__(
        self,
        client: Client,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Mode = "auto",
        store: bool | None = None,
        connection: ResponsesConnection | None = None,
        **defaults: Any,
    ) -> None:
        self._client = client
        self._connection = connection
        self._core = ConversationCore(
            model=model,
            instructions=instructions,
            tools=tools,
            mode=mode,
            store=store,
            defaults=defaults,
        )

    @classmethod
    def from_json(
        cls, client: Client, text: str, *, tools: Sequence[Any] | None = None
    ) -> Conversation:
        """Restore a conversation saved with :meth:`to_json` (``tools``: see ``to_json``)."""
        conv = cls.__new__(cls)
        conv._client = client
        conv._connection = None
        conv._core = ConversationCore.from_json(text, tools=tools)
        return conv

    def _create(self, body: dict[str, Any]) -> Response:
        # Over a WebSocket connection the turn is read to its end; errors are the same types.
        if self._connection is not None:
            return self._connection.create(body).get_final_response()
        return self._client.responses.create(body)

    def _turn(self, items: list[dict[str, Any]], params: Mapping[str, Any]) -> Response:
        core = self._core
        try:
            response = self._create(core.body(items, params))
        except PreviousResponseNotFoundError as exc:
            if not core.fall_back(exc):
                raise
            response = self._create(core.body(items, params))
        core.record(items, response)
        return response

    def send(self, input: Any, **params: Any) -> Response:
        """Send one turn (text or items) and return the response; ``params`` apply to this turn."""
        return self._turn(self._core.new_items(input), params)

    def stream(self, input: Any, **params: Any) -> ConversationStream:
        """Stream one turn; the conversation is updated once the stream has been read to the end.

        The request is sent on ``with``/first iteration; a fallback to stateless
        mode happens then, before any event.
        """
        core = self._core
        items = core.new_items(input)

        def opener() -> httpx.Response:
            try:
                inner = self._client.responses.create(core.body(items, params), stream=True)
            except PreviousResponseNotFoundError as exc:
                if not core.fall_back(exc):
                    raise
                inner = self._client.responses.create(core.body(items, params), stream=True)
            # Only the HTTP reply is taken over; the stream below reads it.
            assert inner.http_response is not None
            return inner.http_response

        settings = self._client.settings
        return ConversationStream(
            opener,
            lambda response: core.record(items, response),
            strict=settings.strict,
            total_timeout=settings.total_timeout,
        )

    def run(
        self,
        input: Any = None,
        *,
        tools: Sequence[Any] | None = None,
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: ApprovalHook | None = None,
        **params: Any,
    ) -> Response:
        """Send ``input`` and run the model's tool calls until it answers without one.

        ``tools`` are added to the conversation's tools for this run (same name:
        the given one wins). Tool calls run one after the other. A forcing
        ``tool_choice`` (``"required"``, a function name) applies until the model
        has called tools, then becomes ``"auto"``. Tool calls left open by an
        earlier ``send()`` or a :class:`MaxTurnsExceeded` are answered first.
        """
        runner = self._runner(tools, tool_choice, on_approval, max_turns)
        pending: list[dict[str, Any]] = []
        if self._pending(runner):
            assert self._core.last_response is not None
            pending = output_items(*runner.answer(self._core.last_response))
            runner.after_tools()
        items = pending + self._core.new_items(input)
        for turn in range(max_turns):
            response = self._turn(items, self._loop_params(runner, params))
            if not runner.has_work(response):
                return response
            if turn == max_turns - 1:
                raise runner.exceeded(response)
            items = output_items(*runner.answer(response))
            runner.after_tools()
        raise AssertionError("unreachable")  # pragma: no cover

    def run_stream(
        self,
        input: Any = None,
        *,
        tools: Sequence[Any] | None = None,
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: ApprovalHook | None = None,
        **params: Any,
    ) -> RunStream:
        """:meth:`run`, streamed: yields each turn's events, then a :class:`ToolResult` per call."""
        runner = self._runner(tools, tool_choice, on_approval, max_turns)

        def answer(response: Response) -> Iterator[ToolResult | dict[str, Any]]:
            # One result at a time, so each is yielded as soon as its tool returns.
            for call, refused in runner.screen(runner.calls_of(response)):
                yield refused or runner.run_call(call)
            yield from runner.answer_approvals(response)

        def events() -> Iterator[StreamEvent | ToolResult]:
            items = self._core.new_items(input)
            last = self._core.last_response
            if last is not None and self._pending(runner):
                answered = list(answer(last))
                yield from (r for r in answered if isinstance(r, ToolResult))
                items = _answer_items(answered) + items
                runner.after_tools()
            for turn in range(max_turns):
                with self.stream(items, **self._loop_params(runner, params)) as stream:
                    yield from stream
                    response = stream.get_final_response()
                if not runner.has_work(response):
                    return
                if turn == max_turns - 1:
                    raise runner.exceeded(response)
                answered = []
                for result in answer(response):
                    answered.append(result)
                    if isinstance(result, ToolResult):
                        yield result
                items = _answer_items(answered)
                runner.after_tools()

        return RunStream(self, events())

    def compact(self, **params: Any) -> CompactResource:
        """Compact the conversation (``POST /responses/compact``) and continue from its output.

        The next turn starts a new chain: no ``previous_response_id``, input =
        the compacted items + the new items. Chained conversations send their
        ``previous_response_id``, others their items.
        """
        core = self._core
        try:
            compacted = self._client.responses.compact(core.compact_body(params))
        except PreviousResponseNotFoundError as exc:
            if not core.fall_back(exc):
                raise
            compacted = self._client.responses.compact(core.compact_body(params))
        core.record_compaction(compacted)
        return compacted


def _answer_items(answered: Sequence[ToolResult | dict[str, Any]]) -> list[dict[str, Any]]:
    results = [r for r in answered if isinstance(r, ToolResult)]
    approvals = [r for r in answered if not isinstance(r, ToolResult)]
    return output_items(results, approvals)


class AsyncConversation(_ConversationBase):
    """The asyncio twin of :class:`Conversation`; ``run`` executes a turn's calls concurrently."""

    def __init__(
        self,
        client: AsyncClient,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Mode = "auto",
        store: bool | None = None,
        connection: AsyncResponsesConnection | None = None,
        **defaults: Any,
    ) -> None:
        self._client = client
        self._connection = connection
        self._core = ConversationCore(
            model=model,
            instructions=instructions,
            tools=tools,
            mode=mode,
            store=store,
            defaults=defaults,
        )

    @classmethod
    def from_json(
        cls, client: AsyncClient, text: str, *, tools: Sequence[Any] | None = None
    ) -> AsyncConversation:
        """Restore a conversation saved with :meth:`to_json`."""
        conv = cls.__new__(cls)
        conv._client = client
        conv._connection = None
        conv._core = ConversationCore.from_json(text, tools=tools)
        return conv

    async def _create(self, body: dict[str, Any]) -> Response:
        if self._connection is not None:
            turn = await self._connection.create(body)
            return await turn.get_final_response()
        return await self._client.responses.create(body)

    async def _turn(self, items: list[dict[str, Any]], params: Mapping[str, Any]) -> Response:
        core = self._core
        try:
            response = await self._create(core.body(items, params))
        except PreviousResponseNotFoundError as exc:
            if not core.fall_back(exc):
                raise
            response = await self._create(core.body(items, params))
        core.record(items, response)
        return response

    async def send(self, input: Any, **params: Any) -> Response:
        """Send one turn and return the response (see :meth:`Conversation.send`)."""
        return await self._turn(self._core.new_items(input), params)

    def stream(self, input: Any, **params: Any) -> AsyncConversationStream:
        """Stream one turn (see :meth:`Conversation.stream`); use ``async with``/``async for``."""
        core = self._core
        items = core.new_items(input)

        async def opener() -> httpx.Response:
            try:
                inner = await self._client.responses.create(core.body(items, params), stream=True)
            except PreviousResponseNotFoundError as exc:
                if not core.fall_back(exc):
                    raise
                inner = await self._client.responses.create(core.body(items, params), stream=True)
            assert inner.http_response is not None
            return inner.http_response

        settings = self._client.settings
        return AsyncConversationStream(
            opener,
            lambda response: core.record(items, response),
            strict=settings.strict,
            total_timeout=settings.total_timeout,
        )

    async def run(
        self,
        input: Any = None,
        *,
        tools: Sequence[Any] | None = None,
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: AsyncApprovalHook | None = None,
        **params: Any,
    ) -> Response:
        """The async :meth:`Conversation.run`: a turn's calls run concurrently (``asyncio.gather``);
        plain functions run in worker threads, coroutine functions on the loop."""
        runner = self._runner(tools, tool_choice, on_approval, max_turns)
        pending: list[dict[str, Any]] = []
        if self._pending(runner):
            assert self._core.last_response is not None
            pending = output_items(*await runner.aanswer(self._core.last_response))
            runner.after_tools()
        items = pending + self._core.new_items(input)
        for turn in range(max_turns):
            response = await self._turn(items, self._loop_params(runner, params))
            if not runner.has_work(response):
                return response
            if turn == max_turns - 1:
                raise runner.exceeded(response)
            items = output_items(*await runner.aanswer(response))
            runner.after_tools()
        raise AssertionError("unreachable")  # pragma: no cover

    def run_stream(
        self,
        input: Any = None,
        *,
        tools: Sequence[Any] | None = None,
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: AsyncApprovalHook | None = None,
        **params: Any,
    ) -> AsyncRunStream:
        """The async :meth:`Conversation.run_stream` (``async for``)."""
        runner = self._runner(tools, tool_choice, on_approval, max_turns)

        async def events() -> AsyncIterator[StreamEvent | ToolResult]:
            items = self._core.new_items(input)
            last = self._core.last_response
            if last is not None and self._pending(runner):
                results, approvals = await runner.aanswer(last)
                for result in results:
                    yield result
                items = output_items(results, approvals) + items
                runner.after_tools()
            for turn in range(max_turns):
                async with self.stream(items, **self._loop_params(runner, params)) as stream:
                    async for event in stream:
                        yield event
                    response = await stream.get_final_response()
                if not runner.has_work(response):
                    return
                if turn == max_turns - 1:
                    raise runner.exceeded(response)
                results, approvals = await runner.aanswer(response)
                for result in results:
                    yield result
                items = output_items(results, approvals)
                runner.after_tools()

        return AsyncRunStream(self, events())

    async def compact(self, **params: Any) -> CompactResource:
        """Compact the conversation and continue from its output (see :meth:`Conversation.compact`)."""
        core = self._core
        try:
            compacted = await self._client.responses.compact(core.compact_body(params))
        except PreviousResponseNotFoundError as exc:
            if not core.fall_back(exc):
                raise
            compacted = await self._client.responses.compact(core.compact_body(params))
        core.record_compaction(compacted)
        return compacted
