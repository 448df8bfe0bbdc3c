"""The WebSocket compliance scenarios, by id, run through ``client.responses.connect``.

A turn ends, as upstream's do, on a terminal response event or an ``error``
frame (whose ``error.code`` is kept), and fails after
:data:`WEBSOCKET_TURN_TIMEOUT` seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._accumulate import TERMINAL_EVENT_TYPES
from .._errors import APIStatusError
from ._compliance_checks import Context, Failure, check, event_problems, message

__all__: list[str] = []

WEBSOCKET_TURN_TIMEOUT = 30.0  # seconds, as upstream


@dataclass
class _WSTurn:
    events: list[Any]
    response: dict[str, Any] | None
    error_code: str | None
    problems: list[str]

    @property
    def status(self) -> str | None:
        return None if self.response is None else self.response.get("status")


class _WSConnection:
    """One WebSocket connection; ``turn`` sends ``response.create`` and collects the reply."""

    def __init__(self, ctx: Context) -> None:
        self._conn = ctx.client.responses.connect(
            timeout=WEBSOCKET_TURN_TIMEOUT, total_timeout=WEBSOCKET_TURN_TIMEOUT
        )

    def __enter__(self) -> _WSConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._conn.close()

    def turn(self, body: Mapping[str, Any]) -> _WSTurn:
        result = _WSTurn([], None, None, [])
        try:
            # Read as upstream does: any event whose type is terminal carries the response.
            events: Iterable[Any] = self._conn.create(**body)
            for event in events:
                result.problems.extend(event_problems(event, len(result.events)))
                result.events.append(event)
                if getattr(event, "type", None) in TERMINAL_EVENT_TYPES:
                    result.response = event.response.to_dict()
        except APIStatusError as exc:
            if not isinstance(exc.code, str):
                raise
            result.error_code = exc.code
        return result


def _ws_completed(turn: _WSTurn, what: str) -> dict[str, Any]:
    check(turn.problems, what)
    if turn.error_code is not None:
        raise Failure(f"{what} failed with error code {turn.error_code!r}")
    if turn.response is None or turn.status != "completed":
        raise Failure(f"{what} did not complete (status {turn.status!r})")
    return turn.response


def _ws_expect_not_found(turn: _WSTurn, what: str) -> None:
    if turn.error_code != "previous_response_not_found":
        raise Failure(
            f"{what}: expected error code 'previous_response_not_found', "
            f"got {turn.error_code!r} (status {turn.status!r})"
        )


def _ws_body(ctx: Context, text: str, **extra: Any) -> dict[str, Any]:
    return {"model": ctx.model, "input": [message("user", text)], **extra}


def _websocket_response(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        turn = ws.turn(_ws_body(ctx, "Say hello over a WebSocket."))
    _ws_completed(turn, "the response")
    return f"{len(turn.events)} events; completed"


def _websocket_sequential_responses(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        _ws_completed(ws.turn(_ws_body(ctx, "Say one.", store=False)), "turn 1")
        _ws_completed(ws.turn(_ws_body(ctx, "Say two.", store=False)), "turn 2")
    return "two store:false turns completed on one socket"


def _websocket_continuation(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        first = _ws_completed(ws.turn(_ws_body(ctx, "My name is Ada.", store=False)), "turn 1")
        body = _ws_body(ctx, "What is my name?", store=False, previous_response_id=first["id"])
        _ws_completed(ws.turn(body), "the continuation")
    return "continued with previous_response_id and only the new input"


def _websocket_reconnect_store_false_recovery(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        first = _ws_completed(ws.turn(_ws_body(ctx, "Remember 7.", store=False)), "turn 1")
    with _WSConnection(ctx) as ws:
        body = _ws_body(ctx, "What did I ask?", store=False, previous_response_id=first["id"])
        _ws_expect_not_found(ws.turn(body), "continuing after a reconnect")
        _ws_completed(ws.turn(_ws_body(ctx, "Remember 7.", store=False)), "the new chain")
    return "previous_response_not_found after reconnect; a new chain completed"


def _websocket_previous_response_not_found(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        body = _ws_body(
            ctx, "Hello?", store=False, previous_response_id="resp_compliance_does_not_exist"
        )
        _ws_expect_not_found(ws.turn(body), "an unknown previous_response_id")
    return "previous_response_not_found"


def _websocket_failed_continuation_evicts_cache(ctx: Context) -> str:
    with _WSConnection(ctx) as ws:
        first = _ws_completed(ws.turn(_ws_body(ctx, "Say hi.", store=False)), "turn 1")
        orphan = {
            "model": ctx.model,
            "store": False,
            "previous_response_id": first["id"],
            "input": [
                {"type": "function_call_output", "call_id": "call_unmatched", "output": "{}"}
            ],
        }
        failed = ws.turn(orphan)
        if failed.error_code is None and failed.status == "completed":
            raise Failure("a continuation with an unmatched function_call_output completed")
        body = _ws_body(ctx, "Again?", store=False, previous_response_id=first["id"])
        _ws_expect_not_found(ws.turn(body), "reusing the id after a failed continuation")
    return "failed continuation evicted the id"


def _websocket_compact_new_chain(ctx: Context) -> str:
    compacted = ctx.client.responses.compact(
        model=ctx.model, input=[message("user", "Remember the number 42.")]
    )
    items = compacted.to_dict()["output"]
    with _WSConnection(ctx) as ws:
        body = {
            "model": ctx.model,
            "tools": [],
            "input": [*items, message("user", "Which number did I mention?")],
        }
        _ws_completed(ws.turn(body), "the new chain")
    return f"a new chain from {len(items)} compacted item(s) completed"


WEBSOCKET_SCENARIOS: dict[str, Callable[[Context], str]] = {
    "websocket-response": _websocket_response,
    "websocket-sequential-responses": _websocket_sequential_responses,
    "websocket-continuation": _websocket_continuation,
    "websocket-reconnect-store-false-recovery": _websocket_reconnect_store_false_recovery,
    "websocket-previous-response-not-found": _websocket_previous_response_not_found,
    "websocket-failed-continuation-evicts-cache": _websocket_failed_continuation_evicts_cache,
    "websocket-compact-new-chain": _websocket_compact_new_chain,
}
