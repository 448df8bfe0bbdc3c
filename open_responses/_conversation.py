"""Multi-turn conversations that chain on the server or resend the history themselves.

:class:`Conversation` and :class:`AsyncConversation` are thin shells over
:class:`~open_responses._conversation_core.ConversationCore` (the state and every
decision): they send what the core builds and hand the replies back to it. Their
``run`` / ``run_stream`` are the tool loop of ``_tool_loop``, run in the conversation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._conversation_core import ConversationCore, Mode
from ._errors import PreviousResponseNotFoundError
from ._response import Response
from ._streaming import AsyncResponseStream, ResponseStream
from ._tool_loop import AsyncRunStream, RunStream, arun_loop, astream_loop, run_loop, stream_loop
from ._tool_runner import LoopOptions

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._generated.models import CompactResource
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = [
    "AsyncConversation",
    "AsyncConversationStream",
    "Conversation",
    "ConversationStream",
]

T = TypeVar("T")
ClientT = TypeVar("ClientT")
ConnectionT = TypeVar("ConnectionT")


def _falling_back(core: ConversationCore, send: Callable[[], T]) -> T:
    """``send()``; after ``previous_response_not_found``, once more if ``auto`` mode falls
    back to stateless (``send`` builds its body again, now with the full history)."""
    try:
        return send()
    except PreviousResponseNotFoundError as exc:
        if not core.fall_back(exc):
            raise
        return send()


async def _afalling_back(core: ConversationCore, send: Callable[[], Awaitable[T]]) -> T:
    """The async :func:`_falling_back`."""
    try:
        return await send()
    except PreviousResponseNotFoundError as exc:
        if not core.fall_back(exc):
            raise
        return await send()


class _ConversationBase(Generic[ClientT, ConnectionT]):
    """What the sync and async shells share: construction, restoring, accessors, saving.

    ``client`` is the ``Client`` or ``AsyncClient`` that sends the turns; with
    ``connection`` (from ``responses.connect()``), ``send`` and ``run`` turns go
    over that WebSocket instead.
    """

    def __init__(
        self,
        client: ClientT,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Mode = "auto",
        store: bool | None = None,
        connection: ConnectionT | None = None,
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
    def from_json(cls, client: ClientT, text: str, *, tools: Sequence[Any] | None = None) -> Self:
        """Restore a conversation saved with :meth:`to_json` (``tools``: see ``to_json``)."""
        conv = cls.__new__(cls)
        conv._client = client
        conv._connection = None
        conv._core = ConversationCore.from_json(text, tools=tools)
        return conv

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
        return self._core.to_json()

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


class Conversation(_ConversationBase["Client", "ResponsesConnection"]):
    """A multi-turn conversation with one model.

    ``mode="auto"`` (default) chains turns with ``previous_response_id`` and
    sends only the new items; if the server answers ``previous_response_not_found``
    it switches, once and for good, to resending the full history (the failed
    turn is retried that way; a warning is logged on ``open_responses``).
    ``mode="stateless"`` or ``store=False`` always resends the history;
    ``mode="stateful"`` never falls back. ``instructions``, ``tools`` and the
    other keyword arguments (``temperature``, ``reasoning``...) go into every request.
    """

    _client: Client
    _connection: ResponsesConnection | None

    def _create(self, body: dict[str, Any]) -> Response:
        # Over a WebSocket connection the turn is read to its end; errors are the same types.
        if self._connection is not None:
            return self._connection.create(body).get_final_response()
        return self._client.responses.create(body)

    def _turn(self, items: list[dict[str, Any]], params: Mapping[str, Any]) -> Response:
        core = self._core
        response = _falling_back(core, lambda: self._create(core.body(items, params)))
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
            inner = _falling_back(
                core, lambda: self._client.responses.create(core.body(items, params), stream=True)
            )
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

    def run(self, input: Any = None, **options: Any) -> Response:
        """Send ``input`` and run the model's tool calls until it answers without one.

        The loop's options are those of :class:`~open_responses._tool_runner.LoopOptions`
        (``tools`` are added to the conversation's for this run; ``max_turns``,
        ``tool_choice``, ``on_approval``); other keywords go into each request. Tool
        calls run one after the other. Tool calls left open by an earlier ``send()``
        or a :class:`MaxTurnsExceeded` are answered first.
        """
        return run_loop(self, input, *LoopOptions.split(options))

    def run_stream(self, input: Any = None, **options: Any) -> RunStream:
        """:meth:`run`, streamed: yields each turn's events, then a :class:`ToolResult` per call."""
        return stream_loop(self, input, *LoopOptions.split(options))

    def compact(self, **params: Any) -> CompactResource:
        """Compact the conversation (``POST /responses/compact``) and continue from its output.

        The next turn starts a new chain: no ``previous_response_id``, input =
        the compacted items + the new items. Chained conversations send their
        ``previous_response_id``, others their items.
        """
        core = self._core
        compacted = _falling_back(
            core, lambda: self._client.responses.compact(core.compact_body(params))
        )
        core.record_compaction(compacted)
        return compacted


class AsyncConversation(_ConversationBase["AsyncClient", "AsyncResponsesConnection"]):
    """The asyncio twin of :class:`Conversation`; ``run`` executes a turn's calls concurrently."""

    _client: AsyncClient
    _connection: AsyncResponsesConnection | None

    async def _create(self, body: dict[str, Any]) -> Response:
        if self._connection is not None:
            turn = await self._connection.create(body)
            return await turn.get_final_response()
        return await self._client.responses.create(body)

    async def _turn(self, items: list[dict[str, Any]], params: Mapping[str, Any]) -> Response:
        core = self._core
        response = await _afalling_back(core, lambda: self._create(core.body(items, params)))
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
            inner = await _afalling_back(
                core, lambda: self._client.responses.create(core.body(items, params), stream=True)
            )
            assert inner.http_response is not None
            return inner.http_response

        settings = self._client.settings
        return AsyncConversationStream(
            opener,
            lambda response: core.record(items, response),
            strict=settings.strict,
            total_timeout=settings.total_timeout,
        )

    async def run(self, input: Any = None, **options: Any) -> Response:
        """The async :meth:`Conversation.run`: a turn's calls run concurrently (``asyncio.gather``);
        plain functions run in worker threads, coroutine functions on the loop."""
        return await arun_loop(self, input, *LoopOptions.split(options))

    def run_stream(self, input: Any = None, **options: Any) -> AsyncRunStream:
        """The async :meth:`Conversation.run_stream` (``async for``)."""
        return astream_loop(self, input, *LoopOptions.split(options))

    async def compact(self, **params: Any) -> CompactResource:
        """Compact the conversation and continue from its output (see :meth:`Conversation.compact`)."""
        core = self._core
        compacted = await _afalling_back(
            core, lambda: self._client.responses.compact(core.compact_body(params))
        )
        core.record_compaction(compacted)
        return compacted
