"""The agentic tool loop: call the model, run the tools it calls, send the results, repeat.

The loop bodies drive a conversation (``Conversation``/``AsyncConversation``) and
its client with a :class:`~open_responses._tool_runner.ToolRunner` (the pure
decisions): :func:`run_loop`, :func:`arun_loop`, :func:`stream_loop` and
:func:`astream_loop`. ``Conversation.run`` / ``run_stream`` are shells over them,
as are the client-level :func:`run` / :func:`arun` / :func:`run_stream` /
:func:`arun_stream` (and ``client.responses.run``), which first start a
conversation with ``client.conversation(...)``.

Every entry point takes the loop's options as keywords (``tools``, ``max_turns``,
``tool_choice``, ``on_approval``: the fields of
:class:`~open_responses._tool_runner.LoopOptions`, where their defaults live);
its other keywords go into the requests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._items import input_items
from ._tool_runner import LoopOptions, ToolRunner
from ._tools import ToolResult, merge_tools

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._conversation import AsyncConversation, Conversation
    from ._events import StreamEvent
    from ._response import Response

__all__ = ["AsyncRunStream", "RunStream", "arun", "arun_stream", "run", "run_stream"]


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

    async def close(self) -> None:
        """Stop the loop (closes an open stream); named ``close`` like every async close here."""
        aclose = getattr(self._events, "aclose", None)
        if aclose is not None:
            await aclose()

    async def __aenter__(self) -> AsyncRunStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# ---------------------------------------------------------------------------
# The loop, run in a conversation: the sync and async bodies
# ---------------------------------------------------------------------------


def _runner(conversation: Conversation | AsyncConversation, options: LoopOptions) -> ToolRunner:
    """The runner of one loop: the conversation's tools + the given ones, the client's limits."""
    settings = conversation._client.settings
    return ToolRunner(
        merge_tools(conversation._core.tools, options.tools),
        options,
        max_calls_per_turn=settings.max_tool_calls_per_turn,
        max_argument_bytes=settings.max_tool_argument_bytes,
    )


def run_loop(
    conversation: Conversation, input: Any, options: LoopOptions, params: Mapping[str, Any]
) -> Response:
    """Send ``input`` and run the model's tool calls, one after the other, until it answers
    without one. Calls left open by an earlier turn are answered first."""
    runner = _runner(conversation, options)
    last = runner.pending(conversation.last_response)
    items = [] if last is None else runner.answered(*runner.answer(last))
    items += input_items(input)
    for turn in range(runner.max_turns):
        response = conversation._turn(items, runner.request(params))
        if runner.finished(response, turn):
            return response
        items = runner.answered(*runner.answer(response))
    raise AssertionError("unreachable")  # pragma: no cover


async def arun_loop(
    conversation: AsyncConversation, input: Any, options: LoopOptions, params: Mapping[str, Any]
) -> Response:
    """The async :func:`run_loop`: a turn's calls run concurrently (``asyncio.gather``)."""
    runner = _runner(conversation, options)
    last = runner.pending(conversation.last_response)
    items = [] if last is None else runner.answered(*await runner.aanswer(last))
    items += input_items(input)
    for turn in range(runner.max_turns):
        response = await conversation._turn(items, runner.request(params))
        if runner.finished(response, turn):
            return response
        items = runner.answered(*await runner.aanswer(response))
    raise AssertionError("unreachable")  # pragma: no cover


def _answer_one_by_one(
    runner: ToolRunner, response: Response
) -> Generator[ToolResult, None, list[dict[str, Any]]]:
    """Run the calls of ``response``, yielding each result as soon as its tool returns;
    returns the next turn's input items."""
    results = []
    for call, refused in runner.screen(runner.calls_of(response)):
        result = refused or runner.run_call(call)
        results.append(result)
        yield result
    return runner.answered(results, runner.answer_approvals(response))


def stream_loop(
    conversation: Conversation, input: Any, options: LoopOptions, params: Mapping[str, Any]
) -> RunStream:
    """:func:`run_loop`, streamed: each turn's events, then a :class:`ToolResult` per call."""
    runner = _runner(conversation, options)

    def events() -> Iterator[StreamEvent | ToolResult]:
        items = input_items(input)
        last = runner.pending(conversation.last_response)
        if last is not None:
            items = (yield from _answer_one_by_one(runner, last)) + items
        for turn in range(runner.max_turns):
            with conversation.stream(items, **runner.request(params)) as stream:
                yield from stream
                response = stream.get_final_response()
            if runner.finished(response, turn):
                return
            items = yield from _answer_one_by_one(runner, response)

    return RunStream(conversation, events())


def astream_loop(
    conversation: AsyncConversation, input: Any, options: LoopOptions, params: Mapping[str, Any]
) -> AsyncRunStream:
    """The async :func:`stream_loop` (``async for``); a turn's calls run concurrently."""
    runner = _runner(conversation, options)

    async def events() -> AsyncIterator[StreamEvent | ToolResult]:
        items = input_items(input)
        last = runner.pending(conversation.last_response)
        if last is not None:
            results, approvals = await runner.aanswer(last)
            for result in results:
                yield result
            items = runner.answered(results, approvals) + items
        for turn in range(runner.max_turns):
            async with conversation.stream(items, **runner.request(params)) as stream:
                async for event in stream:
                    yield event
                response = await stream.get_final_response()
            if runner.finished(response, turn):
                return
            results, approvals = await runner.aanswer(response)
            for result in results:
                yield result
            items = runner.answered(results, approvals)

    return AsyncRunStream(conversation, events())


# ---------------------------------------------------------------------------
# Client-level entry points: a new conversation per loop
# ---------------------------------------------------------------------------


def _start(tools: Sequence[Any], keywords: Mapping[str, Any]) -> tuple[LoopOptions, dict[str, Any]]:
    """The loop's options, and the rest: the conversation's settings and request defaults
    (``instructions``, ``mode``, ``store``, ``temperature``...)."""
    return LoopOptions.split({**keywords, "tools": tools})


def run(
    client: Client, *, model: str, input: Any, tools: Sequence[Any], **options: Any
) -> Response:
    """Call the model and run its tool calls until it answers without one.

    Each turn executes every ``function_call`` of the output (one after the
    other) and sends the ``function_call_output`` items back; an
    ``mcp_approval_request`` is answered by ``on_approval(request)``. Raises
    :class:`MaxTurnsExceeded` after ``max_turns`` model calls. The loop's options
    are those of :class:`LoopOptions`; other keyword arguments go into every request
    (``instructions``, ``store``, ``temperature``...), and ``mode`` picks the
    conversation mode (see :class:`~open_responses.Conversation`).
    """
    loop, params = _start(tools, options)
    return run_loop(client.conversation(model=model, **params), input, loop, {})


async def arun(
    client: AsyncClient, *, model: str, input: Any, tools: Sequence[Any], **options: Any
) -> Response:
    """The async :func:`run`: the calls of one turn run concurrently (``asyncio.gather``)."""
    loop, params = _start(tools, options)
    return await arun_loop(client.conversation(model=model, **params), input, loop, {})


def run_stream(
    client: Client, *, model: str, input: Any, tools: Sequence[Any], **options: Any
) -> RunStream:
    """The streamed :func:`run`: yields every stream event of every turn, and a
    :class:`ToolResult` for each tool call right after it ran."""
    loop, params = _start(tools, options)
    return stream_loop(client.conversation(model=model, **params), input, loop, {})


def arun_stream(
    client: AsyncClient, *, model: str, input: Any, tools: Sequence[Any], **options: Any
) -> AsyncRunStream:
    """The async :func:`run_stream` (``async for event in arun_stream(...)``)."""
    loop, params = _start(tools, options)
    return astream_loop(client.conversation(model=model, **params), input, loop, {})
