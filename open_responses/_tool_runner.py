"""The pure part of the tool loop: its options, and the decisions of one run.

:class:`LoopOptions` is the one home of the loop's keywords and their defaults.
:class:`ToolRunner` knows which tools exist, screens and runs the calls of a
response (one after the other, or concurrently), answers MCP approval requests,
builds the next turn's input and says when to stop. The loops that drive a
conversation with it are in ``_tool_loop``.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._errors import InvalidArgumentError, MaxTurnsExceeded
from ._items import item_dict
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
    relaxed_choice,
    run_awaitable,
    tool_choice_param,
)

if TYPE_CHECKING:
    from ._response import Response

__all__ = ["ApprovalHook", "AsyncApprovalHook"]

ApprovalDecision = bool | tuple[bool, str | None]
ApprovalHook = Callable[[Any], ApprovalDecision]
"""``on_approval(request) -> bool | (bool, reason)``; ``request`` is the typed ``McpApprovalRequest``."""
AsyncApprovalHook = Callable[[Any], ApprovalDecision | Awaitable[ApprovalDecision]]
"""The async loop's hook: like :data:`ApprovalHook`, and it may be a coroutine function."""


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


def _output_items(
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
        return _output_items(results, approvals)

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

    async def arun_call(self, call: Mapping[str, Any], refused: ToolResult | None) -> ToolResult:
        """The async :meth:`run_call` (``refused``: the result that replaces running it)."""
        if refused is not None:
            return refused
        fn = self.functions.get(str(call.get("name")))
        if fn is None:
            return self.unknown_tool(call)
        return await fn.ainvoke(str(call.get("call_id")), str(call.get("arguments", "")))

    async def aanswer_approvals(self, response: Response) -> list[dict[str, Any]]:
        """The async :meth:`answer_approvals`: a coroutine hook is awaited on the running loop."""
        approvals = []
        if self.on_approval is not None:
            for request in self.approvals_of(response):
                decision = self.on_approval(request)
                if inspect.isawaitable(decision):
                    decision = await decision
                approvals.append(approval_response(request, *_decision(decision)))
        return approvals

    async def aanswer(self, response: Response) -> tuple[list[ToolResult], list[dict[str, Any]]]:
        """Run the calls of ``response`` concurrently (``asyncio.gather``) and decide approvals."""
        screened = self.screen(self.calls_of(response))
        import asyncio  # on first use: a sync-only program never pays its import

        results = await asyncio.gather(*(self.arun_call(call, ref) for call, ref in screened))
        return list(results), await self.aanswer_approvals(response)
