"""Run the Open Responses compliance scenarios against a server, using this library's client.

The upstream project ships a compliance suite (a TypeScript CLI).  This module
runs the same 17 scenarios from Python with :class:`open_responses.Client`, so a
server can be checked without Node and the client is exercised at the same time::

    python -m open_responses.testing.compliance --base-url http://localhost:8000/v1
    python -m open_responses.testing.compliance -u URL -k KEY -m MODEL --filter basic-response --json

or from code::

    results = run_compliance("http://localhost:8000/v1")
    assert not any(r.failed for r in results)

A body "validates" when the generated models' own schema check finds nothing:
every field the spec requires is present, with the JSON type and enum value the
spec allows, at every depth (the models read anything; a compliance check must
not).  Objects of a type the spec does not define (``acme:thing``) are accepted.
"""

from __future__ import annotations

import argparse
import base64
import importlib
import importlib.util
import json
import struct
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .._accumulate import TERMINAL_EVENT_TYPES
from .._client import Client
from .._errors import APIStatusError, OpenResponsesError
from .._events import UnknownEvent
from .._generated.types import Model, problems

__all__ = [
    "SCENARIO_IDS",
    "ScenarioResult",
    "main",
    "model_problems",
    "run_compliance",
    "validate_payload",
]

WEBSOCKET_NOT_WIRED = "WebSocket transport not wired yet"
WEBSOCKET_TURN_TIMEOUT = 30.0  # seconds, as upstream

Outcome = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class ScenarioResult:
    """The outcome of one scenario.

    ``passed`` is true only for a scenario that ran and passed; a skipped scenario
    has ``passed=False`` and ``skipped=True`` (and does not count as a failure).
    ``duration`` is in seconds.
    """

    id: str
    passed: bool
    detail: str
    duration: float
    skipped: bool = False

    @property
    def outcome(self) -> Outcome:
        """``"passed"``, ``"failed"`` or ``"skipped"``."""
        if self.skipped:
            return "skipped"
        return "passed" if self.passed else "failed"

    @property
    def failed(self) -> bool:
        """Whether the scenario ran and failed."""
        return not self.passed and not self.skipped


class _Failure(Exception):
    """A scenario check did not hold; the message is the result's detail."""


class _Skip(Exception):
    """The scenario cannot run here; the message is the reason."""


# -- validation against the generated models ----------------------------------------------


def model_problems(obj: object, path: str = "$") -> list[str]:
    """Where a parsed model (or a list of them) departs from the spec's schema.

    The generated models read anything; this walks the schema's own rules
    (required fields, JSON types, enum values, nulls) the way a compliance check
    must.  Objects of a ``type`` the spec does not define (provider extensions
    such as ``acme:thing``) are accepted as they are.
    """
    if isinstance(obj, list):
        found: list[str] = []
        for index, item in enumerate(obj):
            found.extend(model_problems(item, f"{path}[{index}]"))
        return found
    if isinstance(obj, UnknownEvent) or not isinstance(obj, Model):
        return []
    return [f"{where}: {message}" for where, message in problems(obj, path)]


def validate_payload(model: str | type[Any], data: Any) -> tuple[Any, list[str]]:
    """Validate decoded JSON as a generated model: ``(parsed object or None, problems)``.

    ``model`` is a class of the generated models or its name.
    """
    if isinstance(model, str):
        from .._generated import models

        cls: Any = getattr(models, model)
    else:
        cls = model
    if not isinstance(data, dict):
        return None, [f"the body is not a JSON object but {type(data).__name__}"]
    parsed = cls.from_dict(data)
    return parsed, model_problems(parsed)


def _event_problems(event: Any, index: int) -> list[str]:
    """Problems of one typed streaming event (an ``UnknownEvent`` is one)."""
    if isinstance(event, UnknownEvent):
        kind = event.type or "(no type)"
        return [f"event {index} ({kind}) does not validate as any streaming event schema"]
    return model_problems(event, f"event {index} ({event.type})")


def _check(problems: list[str], what: str) -> None:
    if problems:
        more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        raise _Failure(f"{what} does not validate: " + "; ".join(problems[:3]) + more)


# -- scenario context ------------------------------------------------------------------------


@dataclass
class _Context:
    client: Client
    model: str
    headers: dict[str, str]
    websocket: Callable[..., Any] | None
    websocket_reason: str


def _message(role: str, content: Any, **extra: Any) -> dict[str, Any]:
    # Upstream sends ``type: "message"`` explicitly on every role message.
    return {"type": "message", "role": role, "content": content, **extra}


def _tiny_png() -> str:
    """A valid 8x8 red PNG as a base64 data URL (built here, so it is obviously well-formed)."""
    size = 8
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * size for _ in range(size))

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _create(ctx: _Context, **body: Any) -> dict[str, Any]:
    """POST /responses; the reply must be 200 and validate as ``ResponseResource``."""
    reply = ctx.client.responses.with_raw_response.create(model=ctx.model, **body)
    data = _json_body(reply.http_response)
    _, problems = validate_payload("ResponseResource", data)
    _check(problems, "the response")
    result: dict[str, Any] = data
    return result


def _json_body(reply: Any) -> Any:
    """The reply's JSON body (with_raw_response does not parse it)."""
    try:
        return json.loads(reply.content)
    except (ValueError, RecursionError):
        raise _Failure(f"the reply body is not valid JSON: {reply.text[:80]!r}") from None


def _completed_with_output(data: Mapping[str, Any]) -> str:
    output = data.get("output")
    if not output:
        raise _Failure("the output is empty")
    if data.get("status") != "completed":
        raise _Failure(f"status is {data.get('status')!r}, expected 'completed'")
    types = ", ".join(str(item.get("type")) for item in output if isinstance(item, dict))
    return f"completed with {len(output)} output item(s): {types}"


# -- HTTP and local scenarios -------------------------------------------------------------------


def _basic_response(ctx: _Context) -> str:
    data = _create(ctx, input=[_message("user", "Say hello in one short sentence.")])
    return _completed_with_output(data)


def _assistant_phase(ctx: _Context) -> str:
    data = _create(
        ctx,
        input=[
            _message("user", "What is 2 + 2?"),
            _message("assistant", "Let me work that out.", phase="commentary"),
            _message("assistant", "2 + 2 = 4.", phase="final_answer"),
            _message("user", "Thanks! Now say goodbye."),
        ],
    )
    return _completed_with_output(data)


def _response_output_phase_schema(ctx: _Context) -> str:
    def assistant(item_id: str, text: str, phase: str) -> dict[str, Any]:
        return {
            "type": "message",
            "id": item_id,
            "status": "completed",
            "role": "assistant",
            "phase": phase,
            "content": [{"type": "output_text", "text": text, "annotations": []}],
        }

    resource = {
        "id": "resp_phase_schema",
        "object": "response",
        "created_at": 1767225600,
        "completed_at": 1767225601,
        "status": "completed",
        "incomplete_details": None,
        "model": ctx.model,
        "previous_response_id": None,
        "instructions": None,
        "output": [
            assistant("msg_commentary", "Checking the numbers.", "commentary"),
            assistant("msg_final", "The answer is 4.", "final_answer"),
        ],
        "error": None,
        "tools": [],
        "tool_choice": "auto",
        "truncation": "disabled",
        "parallel_tool_calls": True,
        "text": {"format": {"type": "text"}},
        "top_p": 1.0,
        "presence_penalty": 0.0,
        "frequency_penalty": 0.0,
        "top_logprobs": 0,
        "temperature": 1.0,
        "reasoning": None,
        "usage": {
            "input_tokens": 5,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 8,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 13,
        },
        "max_output_tokens": None,
        "max_tool_calls": None,
        "store": True,
        "background": False,
        "service_tier": "default",
        "metadata": {},
        "safety_identifier": None,
        "prompt_cache_key": None,
    }
    parsed, problems = validate_payload("ResponseResource", resource)
    _check(problems, "a response with phased assistant output")
    phases = [getattr(getattr(item, "phase", None), "value", None) for item in parsed.output]
    if phases != ["commentary", "final_answer"]:
        raise _Failure(f"phase was not kept: got {phases}")
    round_trip = [item.get("phase") for item in parsed.to_dict()["output"]]
    if round_trip != ["commentary", "final_answer"]:
        raise _Failure(f"phase was lost when serializing: got {round_trip}")
    return "a ResponseResource with commentary/final_answer phases validates (local, no request)"


def _streaming_response(ctx: _Context) -> str:
    problems: list[str] = []
    count = 0
    with ctx.client.responses.stream(
        model=ctx.model, input=[_message("user", "Say hello, streaming.")]
    ) as stream:
        for event in stream:
            problems.extend(_event_problems(event, count))
            count += 1
        final = stream.get_final_response()
    if count == 0:
        raise _Failure("the stream had no events")
    _check(problems, "the stream")
    if str(final.status) != "completed":
        raise _Failure(f"the final response status is {final.status!r}, expected 'completed'")
    return f"{count} events, all typed; final response completed"


def _system_prompt(ctx: _Context) -> str:
    data = _create(
        ctx,
        input=[
            _message("system", "You are a terse assistant. Answer in five words or fewer."),
            _message("user", "Say hello."),
        ],
    )
    return _completed_with_output(data)


WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Get the current weather for a location.",
    "parameters": {
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "City name, e.g. San Francisco"},
        },
        "required": ["location"],
    },
}


def _tool_calling(ctx: _Context) -> str:
    data = _create(
        ctx,
        input=[_message("user", "What is the weather in Paris? Use the get_weather tool.")],
        tools=[WEATHER_TOOL],
    )
    calls = [i for i in data["output"] if isinstance(i, dict) and i.get("type") == "function_call"]
    if not calls:
        kinds = [i.get("type") for i in data["output"] if isinstance(i, dict)]
        raise _Failure(f"the output has no function_call item (item types: {kinds})")
    return f"function_call {calls[0].get('name')}({calls[0].get('arguments')})"


def _image_input(ctx: _Context) -> str:
    data = _create(
        ctx,
        input=[
            _message(
                "user",
                [
                    {"type": "input_text", "text": "What colour is this image?"},
                    {"type": "input_image", "image_url": _tiny_png(), "detail": "auto"},
                ],
            )
        ],
    )
    if data.get("status") != "completed":
        raise _Failure(f"status is {data.get('status')!r}, expected 'completed'")
    return "completed"


def _multi_turn(ctx: _Context) -> str:
    data = _create(
        ctx,
        input=[
            _message("user", "My name is Ada."),
            _message("assistant", "Nice to meet you, Ada."),
            _message("user", "What is my name?"),
        ],
    )
    if data.get("status") != "completed":
        raise _Failure(f"status is {data.get('status')!r}, expected 'completed'")
    return "completed"


def _compact_response(ctx: _Context) -> str:
    raw = ctx.client.responses.with_raw_response
    reply: Any = raw.compact(
        model=ctx.model,
        input=[
            _message("user", "Remember the number 42."),
            _message("assistant", "Noted: 42."),
            _message("user", "And the colour blue."),
        ],
        prompt_cache_key="open-responses-compliance",
    )
    data = _json_body(reply.http_response)
    _, problems = validate_payload("CompactResource", data)
    _check(problems, "the compaction")
    if data.get("object") != "response.compaction":
        raise _Failure(f"object is {data.get('object')!r}, expected 'response.compaction'")
    output = data.get("output") or []
    if not any(isinstance(i, dict) and i.get("type") == "compaction" for i in output):
        raise _Failure("the output has no compaction item")
    return f"response.compaction with {len(output)} output item(s)"


def _compact_missing_model(ctx: _Context) -> str:
    try:
        reply: Any = ctx.client.responses.with_raw_response.compact(
            input=[_message("user", "Compact me without a model.")]
        )
    except APIStatusError as exc:
        if exc.status_code in (400, 422):
            return f"rejected with HTTP {exc.status_code}"
        raise _Failure(f"expected HTTP 400 or 422, got {exc.status_code}") from None
    except OpenResponsesError as exc:
        # A 2xx that did not even parse is still "not rejected".
        status = getattr(exc, "status_code", None)
        raise _Failure(f"expected HTTP 400 or 422, got {status}: {exc}") from None
    raise _Failure(f"expected HTTP 400 or 422, got {reply.status_code}")


# -- WebSocket scenarios ---------------------------------------------------------------------


def _websocket_connect() -> tuple[Callable[..., Any] | None, str]:
    """HOOK for the WebSocket transport: ``(connect, "")`` or ``(None, reason to skip)``.

    The ``websocket-*`` scenarios run through ``open_responses._websocket.connect``
    (``connect(client, *, timeout=...) -> ResponsesConnection`` whose ``create(**body)``
    returns an iterable turn of typed events and raises ``APIStatusError`` on an
    ``error`` frame).  Without that module they are skipped; only
    :class:`_WSConnection` knows the transport's interface.
    """
    if importlib.util.find_spec("open_responses._websocket") is None:
        return None, WEBSOCKET_NOT_WIRED
    try:
        module = importlib.import_module("open_responses._websocket")
    except ImportError as exc:
        return None, f"open_responses._websocket cannot be imported: {exc}"
    connect = getattr(module, "connect", None)
    if not callable(connect):
        return None, WEBSOCKET_NOT_WIRED
    return connect, ""


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
    """One WebSocket connection; ``turn`` sends ``response.create`` and collects the reply.

    A turn ends, as upstream's do, on a terminal response event or an ``error``
    frame (whose ``error.code`` is kept), and fails after 30 seconds.
    """

    def __init__(self, ctx: _Context) -> None:
        assert ctx.websocket is not None
        self._conn = ctx.websocket(
            ctx.client, timeout=WEBSOCKET_TURN_TIMEOUT, total_timeout=WEBSOCKET_TURN_TIMEOUT
        )

    def __enter__(self) -> _WSConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._conn.close()

    def turn(self, body: Mapping[str, Any]) -> _WSTurn:
        result = _WSTurn([], None, None, [])
        try:
            for event in self._conn.create(**body):
                result.problems.extend(_event_problems(event, len(result.events)))
                result.events.append(event)
                if getattr(event, "type", None) in TERMINAL_EVENT_TYPES:
                    result.response = event.response.to_dict()
        except APIStatusError as exc:
            if not isinstance(exc.code, str):
                raise
            result.error_code = exc.code
        return result


def _ws_completed(turn: _WSTurn, what: str) -> dict[str, Any]:
    _check(turn.problems, what)
    if turn.error_code is not None:
        raise _Failure(f"{what} failed with error code {turn.error_code!r}")
    if turn.response is None or turn.status != "completed":
        raise _Failure(f"{what} did not complete (status {turn.status!r})")
    return turn.response


def _ws_expect_not_found(turn: _WSTurn, what: str) -> None:
    if turn.error_code != "previous_response_not_found":
        raise _Failure(
            f"{what}: expected error code 'previous_response_not_found', "
            f"got {turn.error_code!r} (status {turn.status!r})"
        )


def _ws_body(ctx: _Context, text: str, **extra: Any) -> dict[str, Any]:
    return {"model": ctx.model, "input": [_message("user", text)], **extra}


def _websocket_response(ctx: _Context) -> str:
    with _WSConnection(ctx) as ws:
        turn = ws.turn(_ws_body(ctx, "Say hello over a WebSocket."))
    _ws_completed(turn, "the response")
    return f"{len(turn.events)} events; completed"


def _websocket_sequential_responses(ctx: _Context) -> str:
    with _WSConnection(ctx) as ws:
        _ws_completed(ws.turn(_ws_body(ctx, "Say one.", store=False)), "turn 1")
        _ws_completed(ws.turn(_ws_body(ctx, "Say two.", store=False)), "turn 2")
    return "two store:false turns completed on one socket"


def _websocket_continuation(ctx: _Context) -> str:
    with _WSConnection(ctx) as ws:
        first = _ws_completed(ws.turn(_ws_body(ctx, "My name is Ada.", store=False)), "turn 1")
        body = _ws_body(ctx, "What is my name?", store=False, previous_response_id=first["id"])
        _ws_completed(ws.turn(body), "the continuation")
    return "continued with previous_response_id and only the new input"


def _websocket_reconnect_store_false_recovery(ctx: _Context) -> str:
    with _WSConnection(ctx) as ws:
        first = _ws_completed(ws.turn(_ws_body(ctx, "Remember 7.", store=False)), "turn 1")
    with _WSConnection(ctx) as ws:
        body = _ws_body(ctx, "What did I ask?", store=False, previous_response_id=first["id"])
        _ws_expect_not_found(ws.turn(body), "continuing after a reconnect")
        _ws_completed(ws.turn(_ws_body(ctx, "Remember 7.", store=False)), "the new chain")
    return "previous_response_not_found after reconnect; a new chain completed"


def _websocket_previous_response_not_found(ctx: _Context) -> str:
    with _WSConnection(ctx) as ws:
        body = _ws_body(
            ctx, "Hello?", store=False, previous_response_id="resp_compliance_does_not_exist"
        )
        _ws_expect_not_found(ws.turn(body), "an unknown previous_response_id")
    return "previous_response_not_found"


def _websocket_failed_continuation_evicts_cache(ctx: _Context) -> str:
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
            raise _Failure("a continuation with an unmatched function_call_output completed")
        body = _ws_body(ctx, "Again?", store=False, previous_response_id=first["id"])
        _ws_expect_not_found(ws.turn(body), "reusing the id after a failed continuation")
    return "failed continuation evicted the id"


def _websocket_compact_new_chain(ctx: _Context) -> str:
    compacted = ctx.client.responses.compact(
        model=ctx.model, input=[_message("user", "Remember the number 42.")]
    )
    items = compacted.to_dict()["output"]
    with _WSConnection(ctx) as ws:
        body = {
            "model": ctx.model,
            "tools": [],
            "input": [*items, _message("user", "Which number did I mention?")],
        }
        _ws_completed(ws.turn(body), "the new chain")
    return f"a new chain from {len(items)} compacted item(s) completed"


# -- registry and runner ---------------------------------------------------------------------

_HTTP_SCENARIOS: dict[str, Callable[[_Context], str]] = {
    "basic-response": _basic_response,
    "assistant-phase": _assistant_phase,
    "response-output-phase-schema": _response_output_phase_schema,
    "streaming-response": _streaming_response,
    "system-prompt": _system_prompt,
    "tool-calling": _tool_calling,
    "image-input": _image_input,
    "multi-turn": _multi_turn,
    "compact-response": _compact_response,
    "compact-missing-model": _compact_missing_model,
}
_WEBSOCKET_SCENARIOS: dict[str, Callable[[_Context], str]] = {
    "websocket-response": _websocket_response,
    "websocket-sequential-responses": _websocket_sequential_responses,
    "websocket-continuation": _websocket_continuation,
    "websocket-reconnect-store-false-recovery": _websocket_reconnect_store_false_recovery,
    "websocket-previous-response-not-found": _websocket_previous_response_not_found,
    "websocket-failed-continuation-evicts-cache": _websocket_failed_continuation_evicts_cache,
    "websocket-compact-new-chain": _websocket_compact_new_chain,
}
_SCENARIOS = {**_HTTP_SCENARIOS, **_WEBSOCKET_SCENARIOS}
SCENARIO_IDS: tuple[str, ...] = tuple(_SCENARIOS)
"""All scenario ids, in upstream's order within each transport (HTTP first)."""


def _run_one(scenario_id: str, ctx: _Context) -> ScenarioResult:
    start = time.perf_counter()
    passed, skipped = False, False
    try:
        if scenario_id in _WEBSOCKET_SCENARIOS and ctx.websocket is None:
            raise _Skip(ctx.websocket_reason)
        detail = _SCENARIOS[scenario_id](ctx)
        passed = True
    except _Skip as exc:
        detail, skipped = str(exc), True
    except _Failure as exc:
        detail = str(exc)
    except APIStatusError as exc:
        detail = f"HTTP {exc.status_code}: {exc.message}"
    except OpenResponsesError as exc:
        detail = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a broken server must give a failed scenario, not a crash
        detail = f"unexpected {type(exc).__name__}: {exc}"
    return ScenarioResult(scenario_id, passed, detail, time.perf_counter() - start, skipped)


def _selected(filter: str | Iterable[str] | None) -> list[str]:
    if filter is None:
        return list(SCENARIO_IDS)
    wanted = filter.split(",") if isinstance(filter, str) else list(filter)
    wanted = [w.strip() for w in wanted if w.strip()]
    unknown = [w for w in wanted if w not in _SCENARIOS]
    if unknown:
        raise ValueError(
            f"unknown scenario id(s): {', '.join(unknown)}; known: {', '.join(SCENARIO_IDS)}"
        )
    return [s for s in SCENARIO_IDS if s in wanted]


def run_compliance(
    base_url: str,
    *,
    api_key: str | None = None,
    model: str = "gpt-4o-mini",
    auth_header: str = "Authorization",
    bearer: bool = True,
    filter: str | Iterable[str] | None = None,
    timeout: float = 60.0,
    workers: int = 8,
) -> list[ScenarioResult]:
    """Run the compliance scenarios against ``base_url``; results come in scenario order.

    ``api_key`` defaults to ``$OPENRESPONSES_API_KEY``; it is sent in
    ``auth_header``, prefixed with ``Bearer `` unless ``bearer`` is false.
    ``filter`` restricts the run to some scenario ids (a collection or a
    comma-separated string; unknown ids raise ``ValueError``).  Scenarios run in
    parallel on ``workers`` threads, as upstream runs them concurrently; requests
    are not retried.
    """
    ids = _selected(filter)
    prefix = "Bearer " if bearer else ""
    connect, reason = _websocket_connect()
    with Client(
        base_url=base_url,
        api_key=api_key,
        auth_header=auth_header,
        auth_prefix=prefix,
        timeout=timeout,
        max_retries=0,
    ) as client:
        key = client.settings.api_key
        headers = {auth_header: f"{prefix}{key}"} if key else {}
        ctx = _Context(client, model, headers, connect, reason)
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return list(pool.map(lambda scenario: _run_one(scenario, ctx), ids))


# -- command line ----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m open_responses.testing.compliance",
        description="Run the Open Responses compliance scenarios against a server.",
    )
    parser.add_argument("--base-url", "-u", required=True, help="server base URL (e.g. .../v1)")
    parser.add_argument("--api-key", "-k", help="API key (default: $OPENRESPONSES_API_KEY)")
    parser.add_argument("--model", "-m", default="gpt-4o-mini", help="model (gpt-4o-mini)")
    parser.add_argument("--auth-header", default="Authorization", help="credential header name")
    parser.add_argument(
        "--no-bearer", action="store_true", help="send the key without the 'Bearer ' prefix"
    )
    parser.add_argument("--filter", "-f", help="comma-separated scenario ids to run")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request (60)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    return parser


def _table(results: Sequence[ScenarioResult]) -> str:
    width = max([len(r.id) for r in results] + [8])
    lines = [f"{'SCENARIO':<{width}}  RESULT  {'TIME':>7}  DETAIL"]
    for r in results:
        label = {"passed": "PASS", "failed": "FAIL", "skipped": "SKIP"}[r.outcome]
        lines.append(f"{r.id:<{width}}  {label:<6}  {r.duration:>6.2f}s  {r.detail}")
    counts = {o: sum(r.outcome == o for r in results) for o in ("passed", "failed", "skipped")}
    lines.append(
        f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: print a table (or JSON); exit 1 if a scenario failed, 2 on bad usage."""
    args = _parser().parse_args(argv)
    try:
        results = run_compliance(
            args.base_url,
            api_key=args.api_key,
            model=args.model,
            auth_header=args.auth_header,
            bearer=not args.no_bearer,
            filter=args.filter,
            timeout=args.timeout,
        )
    except ValueError as exc:
        print(f"compliance: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        rows = [dict(asdict(r), outcome=r.outcome) for r in results]
        print(json.dumps(rows, indent=2))
    else:
        print(_table(results))
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
