"""The agentic tool loop: call the model, run the tools it calls, send the results, repeat.

:class:`ToolRunner` is the pure part (which tools exist, what to send, when to
stop); the loop bodies drive a conversation (``Conversation``/``AsyncConversation``)
and its client: :func:`run_loop`, :func:`arun_loop`, :func:`stream_loop` and
:func:`astream_loop` take the conversation and the :class:`LoopOptions`.
``Conversation.run`` and ``client.responses.run`` are shells over them, as are
the client-level :func:`run` / :func:`arun` / :func:`run_stream` / :func:`arun_stream`,
which start a conversation with ``client.conversation(...)`` first.

Every entry point takes the loop's options as keywords (``tools``, ``max_turns``,
``tool_choice``, ``on_approval``: the fields of :class:`LoopOptions`, where their
defaults live); its other keywords go into the requests.
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._errors import InvalidArgumentError, OpenResponsesError
from ._items import input_items, item_dict
from ._limits import (
    DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    DEFAULT_MAX_TOOL_CALLS_PER_TURN,
    check_positive_int,
)
from ._tools import (
    FunctionTool,
    ToolResult,
    approval_response,
    as_tool,
    merge_tools,
    relaxed_choice,
    run_awaitable,
    tool_choice_param,
)

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._conversation import AsyncConversation, Conversation
    from ._events import StreamEvent
    from ._response import Response

__all__ = [
    "ApprovalHook",
    "AsyncApprovalHook",
    "AsyncRunStream",
    "MaxTurnsExceeded",
    "RunStream",
    "arun",
    "arun_stream",
    "run",
    "run_stream",
]

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
class LoopOptions:
    """The tool loop's own keywords and their defaults (one home for every entry point).

    ``tools`` are added to the conversation's tools for the run (same name: the
    given one wins); ``max_turns`` bounds the model calls; a forcing
    ``tool_choice`` (``"required"``, a function name) applies until the model has
    called tools, then becomes ``"auto"``; ``on_approval(request)`` answers MCP
    approval requests (without it they are left to the application).
    """

    tools: Sequence[Any] = ()
    max_turns: int = 10
    tool_choice: Any = None
    on_approval: AsyncApprovalHook | None = None

    @classmethod
    def split(cls, keywords: Mapping[str, Any]) -> tuple[LoopOptions, dict[str, Any]]:
        """The loop's options among ``keywords``, and the other keywords (request fields)."""
        names = {field.name for field in dataclasses.fields(cls)}
        options = cls(**{key: value for key, value in keywords.items() if key in names})
        return options, {key: value for key, value in keywords.items() if key not in names}


def _decision(value: Any) -> tuple[bool, str | None]:
    if isinstance(value, tuple):
        approve, reason = value
        return bool(approve), None if reason is None else str(reason)
    return bool(value), None


def output_items(
    results: Sequence[ToolResult], approvals: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The input items answering one turn: ``function_call_output``s then approval responses."""
    items: list[dict[str, Any]] = [
        {"type": "function_call_output", "call_id": r.call_id, "output": r.output} for r in results
    ]
    items.extend(approvals)
    return items


class ToolRunner:
    """The pure part of the tool loop: which tools exist, what to send, what to do next."""

    def __init__(
        self,
        tools: Iterable[FunctionTool | Callable[..., Any] | Mapping[str, Any] | Any],
        options: LoopOptions,
        *,
        max_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN,
        max_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    ) -> None:
        if options.max_turns < 1:
            raise InvalidArgumentError("max_turns must be at least 1")
        self.max_calls_per_turn = check_positive_int("max_tool_calls_per_turn", max_calls_per_turn)
        self.max_argument_bytes = check_positive_int("max_tool_argument_bytes", max_argument_bytes)
        self.params: list[Any] = [as_tool(entry) for entry in tools]
        self.functions = {t.name: t for t in self.params if isinstance(t, FunctionTool)}
        choice = options.tool_choice
        self.tool_choice = None if choice is None else tool_choice_param(choice)
        self.on_approval = options.on_approval
        self.max_turns = options.max_turns

    def request(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The request fields of a turn: ``params``, the tools, ``tool_choice`` when one was given."""
        choice = {} if self.tool_choice is None else {"tool_choice": self.tool_choice}
        return {**params, "tools": self.params, **choice}

    def pending(self, last: Response | None) -> Response | None:
        """``last`` when it has calls nobody answered (the loop resumes them first), else None."""
        if last is None or last.status == "failed" or not self.has_work(last):
            return None
        return last

    def finished(self, response: Response, turn: int) -> bool:
        """Whether the loop ends with ``response`` (turn ``turn``, from 0).

        Raises :class:`MaxTurnsExceeded` when the last allowed turn still asks for tools.
        """
        if not self.has_work(response):
            return True
        if turn == self.max_turns - 1:
            raise self.exceeded(response)
        return False

    def answered(
        self, results: Sequence[ToolResult], approvals: Sequence[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """The next turn's input items after answering a response (see :meth:`after_tools`)."""
        self.after_tools()
        return output_items(results, approvals)

    def calls_of(self, response: Response) -> list[dict[str, Any]]:
        """The ``function_call`` items of ``response`` (as dicts)."""
        return [d for d in map(item_dict, response.output) if d.get("type") == "function_call"]

    def approvals_of(self, response: Response) -> list[Any]:
        """The ``mcp_approval_request`` items of ``response`` (typed when they parsed)."""
        return [
            item
            for item in response.output
            if item_dict(item).get("type") == "mcp_approval_request"
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
        """Tools were called: stop forcing further calls (see :func:`relaxed_choice`)."""
        if self.tool_choice is not None:
            self.tool_choice = relaxed_choice(self.tool_choice)

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
                    decision = run_awaitable(decision)
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
