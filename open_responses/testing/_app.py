"""The sans-I/O core of the test server.

:class:`ResponsesApp` maps a :class:`Request` to a :class:`JSONReply` or a
:class:`StreamReply`. It never touches sockets or sleeps: streamed replies are
iterators of byte chunks interleaved with :class:`Pause` and :class:`Disconnect`
directives, which the HTTP server and the httpx transport carry out. Time is read
from an injectable clock so background responses progress without threads.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import parse_qsl

from ._checks import parse_json, request_problem
from ._item_events import item_events
from ._model import JSON, HTTPError, Reply, ScriptedModel, Turn, content_text
from ._store import ResponseStore, StoreLimits

__all__ = [
    "Chunk",
    "Disconnect",
    "JSONReply",
    "Pause",
    "RecordedRequest",
    "Request",
    "ResponsesApp",
    "StreamReply",
]


@dataclass(frozen=True)
class Request:
    """An HTTP request as the app sees it. Header names should be lower-case."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass(frozen=True)
class Pause:
    """Stream directive: wait this many seconds before the next chunk."""

    seconds: float


@dataclass(frozen=True)
class Disconnect:
    """Stream directive: drop the connection now (no terminating chunk)."""


Chunk = bytes | Pause | Disconnect


@dataclass
class JSONReply:
    """A complete reply. ``delay`` is waited before sending; ``disconnect`` drops the connection instead."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0
    disconnect: bool = False


@dataclass
class StreamReply:
    """A streamed reply: the shell sends ``chunks`` in order as they are produced."""

    status: int
    headers: list[tuple[str, str]]
    chunks: Iterator[Chunk]


class RecordedRequest(NamedTuple):
    """One request the app received: ``(method, path, json, headers)``."""

    method: str
    path: str
    json: Any
    headers: dict[str, str]


class _APIError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        type: str,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = (
            status,
            message,
            type,
            code,
            param,
        )


def _dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


_TERMINAL = {"response.completed", "response.failed", "response.incomplete"}
_LIFECYCLE = _TERMINAL | {"response.created", "response.queued", "response.in_progress"}
_DONE = b"data: [DONE]\n\n"
_COMPACTION_PREFIX = "orc1."


@dataclass
class _Record:
    """A stored response: its final state, its events and when each event is ready."""

    resource: JSON
    input_items: list[JSON]
    context: list[JSON]
    events: list[JSON]
    ready: list[float]
    store: bool
    background: bool
    cancelled: JSON | None = None

    def available(self, now: float) -> int:
        # ready times are non-decreasing, so count from the end.
        n = len(self.ready)
        while n and self.ready[n - 1] > now:
            n -= 1
        return n

    def snapshot(self, now: float) -> JSON:
        if self.cancelled is not None:
            return self.cancelled
        n = self.available(now)
        if n >= len(self.events):
            return self.resource
        status = "queued"
        output: list[JSON] = []
        for event in self.events[:n]:
            if event["type"] in _LIFECYCLE:
                status = event["response"]["status"]
            elif event["type"] == "response.output_item.done":
                output.append(event["item"])
        return dict(self.resource, status=status, output=output, usage=None, completed_at=None)


def _obj(value: Any) -> JSON:
    return value if isinstance(value, dict) else {}


def _tokens(text: str) -> int:
    return len(text.split())


def _item_text(item: Mapping[str, Any]) -> str:
    kind = item.get("type")
    if kind == "message":
        return content_text(item.get("content"))
    if kind == "function_call":
        return f"{item.get('name', '')} {item.get('arguments', '')}"
    if kind == "function_call_output":
        out = item.get("output")
        return out if isinstance(out, str) else content_text(out)
    if kind == "reasoning":
        return " ".join(
            [content_text(item.get("summary")), content_text(item.get("content"))]
        ).strip()
    return ""


def error_body(message: str, type: str, code: str | None = None, param: str | None = None) -> bytes:
    """The spec's error body: ``{"error": {"message", "type", "param", "code"}}``."""
    return _dumps(
        {"error": {"message": message, "type": type, "param": param, "code": code}}
    ).encode()


def _default_error_type(status: int) -> str:
    return {
        400: "invalid_request",
        401: "authentication_error",
        403: "permission_denied",
        404: "not_found",
        409: "conflict",
        422: "invalid_request",
        429: "too_many_requests",
    }.get(status, "server_error" if status >= 500 else "invalid_request")


class ResponsesApp:
    """The Open Responses application: routing, storage, streaming. No I/O.

    Call :meth:`handle` with a :class:`Request`. State (stored responses, the
    request log, id counters) lives on the instance; use a fresh app per test.
    All of it is bounded by ``limits`` (:class:`StoreLimits`): ``requests``
    keeps the newest entries, the store drops the oldest responses.
    """

    def __init__(
        self,
        model: ScriptedModel | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        limits: StoreLimits | None = None,
    ) -> None:
        """Create an app; ``clock`` paces background responses, ``wall_clock`` gives ``created_at``."""
        self.model = model if model is not None else ScriptedModel()
        self.limits = limits if limits is not None else StoreLimits()
        self.requests: deque[RecordedRequest] = deque(maxlen=self.limits.request_log)
        self.clock = clock
        self.wall_clock = wall_clock
        self._store: ResponseStore[_Record] = ResponseStore(self.limits)
        self._lock = threading.RLock()
        self._counter = itertools.count(1)

    # -- public helpers --------------------------------------------------------------

    def new_id(self, prefix: str) -> str:
        """A fresh deterministic id such as ``resp_0000000000000001``."""
        return f"{prefix}_{next(self._counter):016x}"

    @property
    def stored_count(self) -> int:
        """How many responses the store holds (bounded by :attr:`limits`)."""
        with self._lock:
            return len(self._store)

    def get_response(self, response_id: str) -> JSON | None:
        """The current state of a stored response (``None`` if unknown)."""
        with self._lock:
            record = self._store.get(response_id)
            return record.snapshot(self.clock()) if record else None

    def reset(self) -> None:
        """Forget stored responses, recorded requests and queued replies."""
        with self._lock:
            self._store.clear()
            self.requests.clear()
            self.model.clear()

    # -- dispatch ----------------------------------------------------------------------

    def handle(self, request: Request) -> JSONReply | StreamReply:
        """Map one request to its reply."""
        path = request.path.split("?", 1)[0].rstrip("/") or "/"
        if path.startswith("/v1/") or path == "/v1":
            path = path[3:] or "/"
        body: Any = None
        body_error: str | None = None
        if request.body:
            try:
                body = self._parse_body(request)
            except ValueError as exc:
                body_error = str(exc)
        with self._lock:
            self.requests.append(
                RecordedRequest(request.method.upper(), request.path, body, dict(request.headers))
            )
        try:
            return self._route(request.method.upper(), path, request, body, body_error)
        except _APIError as exc:
            return self._error(exc.status, exc.message, exc.type, exc.code, exc.param)

    @staticmethod
    def _parse_body(request: Request) -> Any:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/x-www-form-urlencoded"):
            # The spec allows form bodies on createResponse; values may be JSON.
            form: JSON = {}
            for key, value in parse_qsl(request.body.decode("utf-8"), keep_blank_values=True):
                try:
                    form[key] = parse_json(value)
                except ValueError:
                    form[key] = value
            return form
        try:
            return parse_json(request.body)
        except ValueError as exc:
            raise ValueError(f"We could not parse the JSON body of your request: {exc}") from None

    def _route(
        self, method: str, path: str, request: Request, body: Any, body_error: str | None
    ) -> JSONReply | StreamReply:
        parts = path.strip("/").split("/")
        if parts[0] != "responses" or len(parts) > 3:
            raise _APIError(
                404, f"Unknown route: {method} {request.path}", "not_found", "not_found"
            )
        allowed: tuple[str, ...]
        if len(parts) == 1 or (len(parts) == 2 and parts[1] in ("compact", "input_tokens")):
            allowed = ("POST",)
        elif len(parts) == 2:
            allowed = ("GET", "DELETE")
        elif parts[2] == "cancel":
            allowed = ("POST",)
        elif parts[2] == "input_items":
            allowed = ("GET",)
        else:
            raise _APIError(
                404, f"Unknown route: {method} {request.path}", "not_found", "not_found"
            )
        if method not in allowed:
            reply = self._error(
                405,
                f"Method {method} is not allowed on {request.path}.",
                "invalid_request",
                "method_not_allowed",
            )
            reply.headers.append(("Allow", ", ".join(allowed)))
            return reply

        if method == "POST":
            if body_error is not None:
                raise _APIError(400, body_error, "invalid_request", "invalid_json")
            if body is None:
                body = {}  # requestBody.required is false in the spec
            if not isinstance(body, dict):
                raise _APIError(
                    400,
                    "The request body must be a JSON object.",
                    "invalid_request",
                    "invalid_json",
                )

        if len(parts) == 1 or parts[1] == "compact":
            # The hook where an accepted body is judged (see _checks.request_problem).
            if self.model.default_model and body.get("model") in (None, ""):
                body = dict(body, model=self.model.default_model)
            schema = "CreateResponseBody" if len(parts) == 1 else "CompactResponseMethodPublicBody"
            problem = request_problem(body, schema)
            if problem is not None:
                param, message = problem
                code = "missing_required_parameter" if body.get(param) is None else "invalid_value"
                raise _APIError(400, message, "invalid_request", code, param)
        if len(parts) == 1:
            return self._create(body, request)
        if parts[1] == "compact":
            return self._compact(body)
        if parts[1] == "input_tokens":
            return self._input_tokens(body)
        response_id = parts[1]
        if len(parts) == 2 and method == "GET":
            return self._retrieve(response_id, request.query)
        if len(parts) == 2:
            return self._delete(response_id)
        if parts[2] == "cancel":
            return self._cancel(response_id)
        return self._input_items(response_id, request.query)

    # -- replies -----------------------------------------------------------------------

    def _json(
        self, status: int, obj: Any, headers: list[tuple[str, str]] | None = None
    ) -> JSONReply:
        return JSONReply(
            status,
            [
                ("Content-Type", "application/json"),
                ("x-request-id", self.new_id("req")),
                *(headers or []),
            ],
            _dumps(obj).encode(),
        )

    def _error(
        self,
        status: int,
        message: str,
        type: str,
        code: str | None = None,
        param: str | None = None,
    ) -> JSONReply:
        return JSONReply(
            status,
            [("Content-Type", "application/json"), ("x-request-id", self.new_id("req"))],
            error_body(message, type, code, param),
        )

    def _record(self, response_id: str) -> _Record:
        record = self._store.get(response_id)
        if record is None:
            raise _APIError(
                404,
                f"No response found with id '{response_id}'.",
                "not_found",
                "not_found",
                "response_id",
            )
        return record

    # -- conversation assembly ---------------------------------------------------------

    def _normalise_input(self, raw: Any) -> list[JSON]:
        """Turn what clients send into a list of spec-shaped items, assigning ids."""
        if raw is None:
            return []
        if isinstance(raw, str):
            raw = [{"type": "message", "role": "user", "content": raw}]
        if not isinstance(raw, list):
            raise _APIError(
                400,
                "'input' must be a string or an array of items.",
                "invalid_request",
                "invalid_type",
                "input",
            )
        items: list[JSON] = []
        for position, entry in enumerate(raw):
            if isinstance(entry, str):
                entry = {"type": "message", "role": "user", "content": entry}
            if not isinstance(entry, dict):
                raise _APIError(
                    400,
                    f"input[{position}] must be an object.",
                    "invalid_request",
                    "invalid_type",
                    f"input[{position}]",
                )
            item = dict(entry)
            kind = item.get("type")
            if kind is None:
                # Messages may omit "type"; a bare {"id": ...} is an item reference.
                kind = "message" if "role" in item else "item_reference" if "id" in item else None
                if kind is None:
                    raise _APIError(
                        400,
                        f"input[{position}] has no 'type'.",
                        "invalid_request",
                        "missing_required_parameter",
                        f"input[{position}].type",
                    )
                item["type"] = kind
            if kind == "message":
                role = item.get("role", "user")
                item["role"] = role
                content = item.get("content")
                part_type = "output_text" if role == "assistant" else "input_text"
                if isinstance(content, str):
                    part: JSON = {"type": part_type, "text": content}
                    if part_type == "output_text":
                        part["annotations"] = []
                    item["content"] = [part]
                elif isinstance(content, list):
                    item["content"] = [
                        {"type": part_type, "text": c} if isinstance(c, str) else c for c in content
                    ]
                else:
                    item["content"] = []
                item.setdefault("status", "completed")
            elif kind == "function_call_output":
                item.setdefault("status", "completed")
            item.setdefault(
                "id",
                self.new_id(
                    {"message": "msg", "function_call": "fc", "function_call_output": "fco"}.get(
                        str(kind), "item"
                    )
                ),
            )
            items.append(item)
        return items

    def _expand(self, items: list[JSON]) -> list[JSON]:
        """Resolve item references and unpack compaction items into the history they encode."""
        context: list[JSON] = []
        for item in items:
            kind = item.get("type")
            if kind == "item_reference":
                target = self._store.item(str(item.get("id")))
                if target is not None:
                    context.append(target)
            elif kind == "compaction":
                history = self._decode_compaction(item.get("encrypted_content"))
                ids = {h.get("id") for h in history}
                # The compacted output repeats user messages verbatim beside the blob; keep one copy.
                context = [c for c in context if c.get("id") not in ids]
                context.extend(history)
            else:
                context.append(item)
        return context

    @staticmethod
    def _encode_compaction(items: list[JSON]) -> str:
        raw = zlib.compress(_dumps(items).encode())
        return _COMPACTION_PREFIX + base64.urlsafe_b64encode(raw).decode()

    @staticmethod
    def _decode_compaction(blob: Any) -> list[JSON]:
        try:
            if not isinstance(blob, str) or not blob.startswith(_COMPACTION_PREFIX):
                raise ValueError
            items = json.loads(
                zlib.decompress(base64.urlsafe_b64decode(blob[len(_COMPACTION_PREFIX) :]))
            )
            if not isinstance(items, list):
                raise ValueError
            return items
        except (ValueError, zlib.error):
            raise _APIError(
                400,
                "The encrypted content of a compaction item could not be decoded.",
                "invalid_request",
                "invalid_encrypted_content",
                "input",
            ) from None

    def _history(self, body: JSON) -> list[JSON]:
        previous = body.get("previous_response_id")
        if previous is None:
            return []
        record = self._store.get(str(previous))
        if record is None or not record.store:
            raise _APIError(
                400,
                f"Previous response with id '{previous}' not found.",
                "invalid_request",
                "previous_response_not_found",
                "previous_response_id",
            )
        return record.context

    @staticmethod
    def _check_tool_outputs(context: list[JSON]) -> None:
        calls = {i.get("call_id") for i in context if i.get("type") == "function_call"}
        for item in context:
            if item.get("type") == "function_call_output" and item.get("call_id") not in calls:
                raise _APIError(
                    400,
                    f"No tool call found for function call output with call_id {item.get('call_id')}.",
                    "invalid_request",
                    None,
                    "input",
                )

    # -- POST /responses ---------------------------------------------------------------

    def _resource(self, body: JSON, response_id: str, created_at: int, tools: list[JSON]) -> JSON:
        text = _obj(body.get("text"))
        fmt = _obj(text.get("format")) or {"type": "text"}
        if fmt.get("type") == "json_schema":
            fmt = {"description": None, "strict": False, **fmt}
        text_field: JSON = {"format": fmt, "verbosity": text.get("verbosity") or "medium"}
        reasoning = body.get("reasoning")
        choice = body.get("tool_choice")
        if choice is None:
            choice = "auto"
        elif isinstance(choice, dict) and choice.get("type") == "allowed_tools":
            choice = {"mode": "auto", **choice}

        def number(key: str, default: float) -> Any:
            value = body.get(key)
            return default if value is None else value

        return {
            "id": response_id,
            "object": "response",
            "created_at": created_at,
            "completed_at": None,
            "status": "in_progress",
            "incomplete_details": None,
            "model": body.get("model"),
            "previous_response_id": body.get("previous_response_id"),
            "instructions": body.get("instructions"),
            "output": [],
            "error": None,
            "tools": tools,
            "tool_choice": choice,
            "truncation": body.get("truncation") or "disabled",
            "parallel_tool_calls": body.get("parallel_tool_calls") is not False,
            "text": text_field,
            "top_p": number("top_p", 1.0),
            "presence_penalty": number("presence_penalty", 0.0),
            "frequency_penalty": number("frequency_penalty", 0.0),
            "top_logprobs": number("top_logprobs", 0),
            "temperature": number("temperature", 1.0),
            "reasoning": (
                {"effort": reasoning.get("effort"), "summary": reasoning.get("summary")}
                if isinstance(reasoning, dict)
                else None
            ),
            "usage": None,
            "max_output_tokens": body.get("max_output_tokens"),
            "max_tool_calls": body.get("max_tool_calls"),
            "store": body.get("store") is not False,
            "background": body.get("background") is True,
            "service_tier": body.get("service_tier") or "default",
            "metadata": body.get("metadata") if isinstance(body.get("metadata"), dict) else {},
            "safety_identifier": body.get("safety_identifier"),
            "prompt_cache_key": body.get("prompt_cache_key"),
        }

    @staticmethod
    def _echo_tools(raw: Any) -> list[JSON]:
        if raw is None:
            return []
        if not isinstance(raw, list) or not all(isinstance(t, dict) for t in raw):
            raise _APIError(
                400,
                "'tools' must be an array of objects.",
                "invalid_request",
                "invalid_type",
                "tools",
            )
        tools: list[JSON] = []
        for tool in raw:
            if tool.get("type") == "function" and "name" in tool:
                tools.append(
                    {"type": "function", "name": tool["name"], "description": tool.get("description"),
                     "parameters": tool.get("parameters"), "strict": tool.get("strict", True)}
                )  # fmt: skip
            else:
                tools.append(tool)  # hosted and extension tools are echoed untouched
        return tools

    def _create(self, body: JSON, request: Request) -> JSONReply | StreamReply:
        key = request.headers.get("idempotency-key") or None
        if key is None:
            return self._create_new(body, request, None)
        fingerprint = hash(request.body)
        # One lock hold for recall and creation: overlapping retries make one response.
        with self._lock:
            seen = self._store.recall(key, fingerprint, self.clock())
            if seen is not None:
                return self._replay(seen, body.get("stream") is True)
            return self._create_new(body, request, (key, fingerprint))

    def _replay(self, record: _Record, stream: bool) -> JSONReply | StreamReply:
        """A retry's answer: the response its first attempt created, without scripted faults."""
        replayed = ("Idempotent-Replayed", "true")
        if stream:
            return StreamReply(
                200, [*self._sse_headers(), replayed], self._live_stream(record, 0, None)
            )
        with self._lock:
            snapshot = record.snapshot(self.clock())
        return self._json(200, snapshot, [replayed])

    def _sse_headers(self, content_type: str | None = None) -> list[tuple[str, str]]:
        return [
            ("Content-Type", content_type or "text/event-stream; charset=utf-8"),
            ("Cache-Control", "no-cache"),
            ("x-request-id", self.new_id("req")),
        ]

    def _create_new(
        self, body: JSON, request: Request, idempotency: tuple[str, int] | None
    ) -> JSONReply | StreamReply:
        stream = body.get("stream") is True
        background = body.get("background") is True
        store = body.get("store") is not False
        if background and not store:
            raise _APIError(
                400,
                "Background responses require 'store' to be true.",
                "invalid_request",
                "invalid_value",
                "background",
            )
        scripted = self.model.next_reply()
        reply = scripted or Reply()
        if reply.error is not None:
            return self._scripted_error(reply.error, reply.delay)
        if reply.html:
            page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
            return JSONReply(
                200,
                [("Content-Type", reply.content_type or "text/html; charset=utf-8")],
                page,
                reply.delay,
            )

        with self._lock:
            tools = self._echo_tools(body.get("tools"))
            new_input = self._normalise_input(body.get("input"))
            history = self._history(body)
            context = self._expand(history + new_input)
            self._check_tool_outputs(context)
            response_id = self.new_id("resp")
            created_at = int(self.wall_clock())
            turn = Turn(context, body, tools, self.new_id)
            output = self.model.respond(turn, scripted)
            base = self._resource(body, response_id, created_at, tools)
            final, events = self._outcome(base, context, output, reply, body)
            now = self.clock()
            duration = (reply.delay or self.model.background_delay) if background else 0.0
            ready = self._schedule(events, now, duration, background)
            record = _Record(
                final, new_input, context + list(final["output"]), events, ready, store, background
            )
            if store or idempotency is not None:
                size = len(request.body) + len(_dumps(events))  # a fair estimate of its memory
                if store:
                    self._store.add(response_id, record, size, new_input + list(final["output"]))
                if idempotency is not None:
                    self._store.remember(*idempotency, record, size, now)

        if stream and not reply.ignore_stream:
            chunks = self._live_stream(record, 0, reply)
            headers = self._sse_headers(reply.content_type)
            if background or reply.delay <= 0:
                return StreamReply(200, headers, chunks)
            return StreamReply(200, headers, itertools.chain([Pause(reply.delay)], chunks))
        snapshot = record.snapshot(now)
        out = self._json(200, snapshot)
        if reply.content_type:
            out.headers[0] = ("Content-Type", reply.content_type)
        if reply.malformed_at is not None:
            out.body = out.body[: len(out.body) // 2]
        out.delay = 0.0 if background else reply.delay
        out.disconnect = reply.cut_after is not None
        return out

    def _scripted_error(self, error: HTTPError, delay: float) -> JSONReply:
        if error.body is None:
            body = error_body(
                error.message or f"Scripted error with status {error.status}.",
                error.type or _default_error_type(error.status),
                error.code,
                error.param,
            )
        else:
            body = (
                error.body if isinstance(error.body, bytes) else _dumps(dict(error.body)).encode()
            )
        headers = [("Content-Type", "application/json"), ("x-request-id", self.new_id("req"))]
        headers.extend(error.headers.items())
        return JSONReply(error.status, headers, body, delay)

    def _outcome(
        self, base: JSON, context: list[JSON], output: list[JSON], reply: Reply, body: JSON
    ) -> tuple[JSON, list[JSON]]:
        """The final resource and the full event list for a response."""
        background = base["background"]
        status = "completed"
        incomplete_details = None
        limit = body.get("max_output_tokens")
        if reply.incomplete or (
            isinstance(limit, int) and sum(_tokens(_item_text(i)) for i in output) > limit
        ):
            status = "incomplete"
            incomplete_details = {"reason": "max_output_tokens"}
            if output:
                output[-1] = self._truncate(output[-1], limit if isinstance(limit, int) else None)

        opening_status = "queued" if background else "in_progress"
        events: list[JSON] = [
            {"type": "response.created", "response": dict(base, status=opening_status)}
        ]
        if background:
            events.append({"type": "response.queued", "response": dict(base, status="queued")})
        events.append(
            {"type": "response.in_progress", "response": dict(base, status="in_progress")}
        )
        for index, item in enumerate(output):
            events.extend(item_events(item, index))

        instructions = base.get("instructions") or ""
        input_tokens = sum(_tokens(_item_text(i)) for i in context) + _tokens(instructions)
        reasoning_tokens = sum(
            _tokens(_item_text(i)) for i in output if i.get("type") == "reasoning"
        )
        output_tokens = sum(_tokens(_item_text(i)) for i in output)
        usage = {
            "input_tokens": input_tokens,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": output_tokens,
            "output_tokens_details": {"reasoning_tokens": reasoning_tokens},
            "total_tokens": input_tokens + output_tokens,
        }

        if reply.fail_after is not None:
            # Keep the first N events, then an error event and response.failed.
            events = events[: max(reply.fail_after, 0)]
            done_items = [e["item"] for e in events if e["type"] == "response.output_item.done"]
            payload = dict(
                reply.fail_error
                or {
                    "type": "server_error",
                    "code": "server_error",
                    "message": "The model failed.",
                    "param": None,
                }
            )
            payload.setdefault("param", None)
            error_field = {
                "code": str(payload.get("code") or payload.get("type") or "server_error"),
                "message": str(payload.get("message", "")),
            }
            final = dict(base, status="failed", output=done_items, error=error_field, usage=usage)
            events.append({"type": "error", "error": payload})
            events.append({"type": "response.failed", "response": final})
        else:
            completed_at = int(self.wall_clock()) if status == "completed" else None
            final = dict(
                base, status=status, output=output, usage=usage, completed_at=completed_at,
                incomplete_details=incomplete_details,
            )  # fmt: skip
            events.append({"type": f"response.{status}", "response": final})
        # type and sequence_number first, as real servers order them.
        numbered = [
            {"type": e["type"], "sequence_number": n, **{k: v for k, v in e.items() if k != "type"}}
            for n, e in enumerate(events)
        ]
        return final, numbered

    @staticmethod
    def _truncate(item: JSON, limit: int | None) -> JSON:
        item = dict(item, status="incomplete")
        if item.get("type") == "message" and limit is not None:
            content = [dict(p) for p in item.get("content") or []]
            for part in content:
                if part.get("type") == "output_text":
                    part["text"] = " ".join(part.get("text", "").split()[:limit])
            item["content"] = content
        return item

    @staticmethod
    def _schedule(events: list[JSON], now: float, duration: float, background: bool) -> list[float]:
        if not background or len(events) < 3:
            return [now] * len(events)
        # created and queued at once; the rest spread evenly until the response is done.
        head = 2
        start = now + duration * 0.1
        rest = len(events) - head
        step = (now + duration - start) / max(rest - 1, 1)
        return [now] * head + [start + step * i for i in range(rest)]

    # -- streaming ---------------------------------------------------------------------

    def _live_stream(self, record: _Record, start: int, reply: Reply | None) -> Iterator[Chunk]:
        """SSE chunks for a record from event index ``start``, waiting for background progress."""
        reply = reply or Reply()
        sent = 0
        index = start
        while True:
            with self._lock:
                now = self.clock()
                available = (
                    record.available(now) if record.cancelled is None else len(record.events)
                )
                total = len(record.events)
                wait = record.ready[index] - now if index < total and index >= available else 0.0
            if index < available:
                event = record.events[index]
                index += 1
                if reply.cut_after is not None and sent >= reply.cut_after:
                    yield Disconnect()
                    return
                if (
                    reply.stall_after is not None
                    and sent == reply.stall_after
                    and reply.stall_seconds > 0
                ):
                    yield Pause(reply.stall_seconds)
                elif sent and reply.event_delay > 0:
                    yield Pause(reply.event_delay)
                yield self._frame(event, sent, reply)
                sent += 1
                continue
            if index >= total:
                break
            yield Pause(max(wait, 0.001))
        if reply.cut_after is not None:
            yield Disconnect()  # cutting after the last event still loses [DONE]
            return
        if not reply.no_done:
            yield _DONE

    @staticmethod
    def _frame(event: JSON, position: int, reply: Reply) -> bytes:
        if reply.no_sequence_number:
            event = {k: v for k, v in event.items() if k != "sequence_number"}
        data = _dumps(event)
        if reply.malformed_at == position:
            data = data[: len(data) // 2]
        name = "message" if reply.wrong_event_names else event["type"]
        return f"event: {name}\ndata: {data}\n\n".encode()

    # -- other endpoints ---------------------------------------------------------------

    def _retrieve(self, response_id: str, query: Mapping[str, str]) -> JSONReply | StreamReply:
        with self._lock:
            record = self._record(response_id)
            snapshot = record.snapshot(self.clock())
        if query.get("stream", "").lower() != "true":
            return self._json(200, snapshot)
        raw_after = query.get("starting_after")
        try:
            after = int(raw_after) if raw_after not in (None, "") else -1
        except ValueError:
            raise _APIError(
                400,
                "'starting_after' must be an integer.",
                "invalid_request",
                "invalid_type",
                "starting_after",
            ) from None
        chunks = self._live_stream(record, max(after + 1, 0), None)
        return StreamReply(200, self._sse_headers(), chunks)

    def _delete(self, response_id: str) -> JSONReply:
        with self._lock:
            self._record(response_id)
            self._store.delete(response_id)
        return self._json(200, {"id": response_id, "object": "response", "deleted": True})

    def _cancel(self, response_id: str) -> JSONReply:
        with self._lock:
            record = self._record(response_id)
            if not record.background:
                raise _APIError(
                    400,
                    "Only background responses can be cancelled.",
                    "invalid_request",
                    "invalid_request",
                    "response_id",
                )
            now = self.clock()
            if record.cancelled is None and record.available(now) < len(record.events):
                snapshot = record.snapshot(now)
                # Freeze the stored stream where it is: resumed streams end there with [DONE].
                keep = record.available(now)
                record.events = record.events[:keep]
                record.ready = record.ready[:keep]
                record.cancelled = dict(snapshot, status="cancelled")
                record.resource = record.cancelled
            return self._json(200, record.snapshot(now))

    def _input_items(self, response_id: str, query: Mapping[str, str]) -> JSONReply:
        with self._lock:
            items = list(self._record(response_id).input_items)
        if query.get("order", "desc") != "asc":
            items.reverse()  # OpenAI lists input items newest first by default
        after = query.get("after")
        if after:
            ids = [i.get("id") for i in items]
            items = items[ids.index(after) + 1 :] if after in ids else []
        try:
            limit = max(1, min(100, int(query.get("limit", "20"))))
        except ValueError:
            raise _APIError(
                400, "'limit' must be an integer.", "invalid_request", "invalid_type", "limit"
            ) from None
        page = items[:limit]
        return self._json(
            200,
            {
                "object": "list",
                "data": page,
                "first_id": page[0].get("id") if page else None,
                "last_id": page[-1].get("id") if page else None,
                "has_more": len(items) > limit,
            },
        )

    def _input_tokens(self, body: JSON) -> JSONReply:
        with self._lock:
            context = self._expand(self._history(body) + self._normalise_input(body.get("input")))
        count = sum(_tokens(_item_text(i)) for i in context) + _tokens(
            str(body.get("instructions") or "")
        )
        return self._json(200, {"object": "response.input_tokens", "input_tokens": count})

    def _compact(self, body: JSON) -> JSONReply:
        with self._lock:
            context = self._expand(self._history(body) + self._normalise_input(body.get("input")))
            kept = [i for i in context if i.get("type") == "message" and i.get("role") == "user"]
            compaction = {
                "id": self.new_id("cmp"),
                "type": "compaction",
                "encrypted_content": self._encode_compaction(context),
                "created_by": "scripted-model",
            }
            tokens = sum(_tokens(_item_text(i)) for i in context)
            resource = {
                "id": self.new_id("resp"),
                "object": "response.compaction",
                "created_at": int(self.wall_clock()),
                "output": [*kept, compaction],
                "usage": {
                    "input_tokens": tokens,
                    "input_tokens_details": {"cached_tokens": 0},
                    "output_tokens": 0,
                    "output_tokens_details": {"reasoning_tokens": 0},
                    "total_tokens": tokens,
                },
            }
        return self._json(200, resource)
