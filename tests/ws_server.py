"""A deterministic loopback WebSocket Open Responses server for the tests.

It follows the spec's WebSocket rules (section "WebSocket Transport"):

- ``/v1/responses`` only; the handshake may require ``Authorization: Bearer <key>``.
- Each ``response.create`` is answered with the spec-ordered events of one
  response (created, in_progress, item and part lifecycle, text deltas,
  completed), echoing the last user text as ``"You said: <text>"``. A user text
  starting with ``call `` while a function tool is offered gets a function call.
- Connection-local state: responses are continued by id on the same socket;
  ``store: false`` responses are unknown to any other socket (error
  ``previous_response_not_found``); stored ones are rehydrated from the server.
- A continuation that fails (e.g. a ``function_call_output`` without its call)
  gets a 400 error frame and evicts the id from the socket's cache.
- ``stream``, ``stream_options`` and ``background`` are refused with a 400.
- Scripted faults: ``limit_after_turns`` (the connection-limit error on the
  next ``response.create``, or right after the turn with ``limit_when_idle``),
  and ``drop_after_events`` (the next turn's socket is aborted mid-turn).

Everything observed is recorded: ``handshakes`` (request path and lower-cased
headers per connection), ``received`` (``(connection, frame)`` pairs) and
``contexts`` (the full item list the model saw, per answered turn).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

JSON = dict[str, Any]

_FORBIDDEN = ("stream", "stream_options", "background")


class _TurnError(Exception):
    """A turn that fails with a WebSocket error frame."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None) -> None:
        super().__init__(message)
        error: JSON = {"code": code, "message": message, "type": "invalid_request_error"}
        if param is not None:
            error["param"] = param
        self.frame = {"type": "error", "status": status, "error": error}


def error_frame(status: int, code: str, message: str, param: str | None = None) -> JSON:
    """A spec WebSocket error envelope."""
    return _TurnError(status, code, message, param).frame


def _user_text(items: list[JSON]) -> str:
    for item in reversed(items):
        if item.get("type", "message") == "message" and item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            return ""
    return ""


@dataclass
class _Connection:
    number: int
    cache: dict[str, list[JSON]] = field(default_factory=dict)
    turns: int = 0


class WSResponsesServer:
    """The server, run on 127.0.0.1 by an asyncio loop in a daemon thread.

    Use it as a context manager; ``base_url`` is the ``http://…/v1`` base a
    ``Client`` takes (the client maps it to ``ws://…/v1/responses``).
    """

    def __init__(self, *, api_key: str | None = None) -> None:
        self.api_key = api_key
        self.handshakes: list[JSON] = []
        self.received: list[tuple[int, JSON]] = []
        self.contexts: list[list[JSON]] = []
        self.limit_after_turns: int | None = None
        self.limit_when_idle = False
        self.drop_after_events: int | None = None
        self._stored: dict[str, list[JSON]] = {}
        self._ids = itertools.count(1)
        self._conns = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Future[None] | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> WSResponsesServer:
        """Serve in a background thread; returns once the port is bound."""
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the WebSocket test server did not start")
        return self

    def stop(self) -> None:
        """Close every connection and stop the thread."""
        if self._loop is not None and self._stop is not None:
            stop = self._stop

            def finish() -> None:
                if not stop.done():
                    stop.set_result(None)

            self._loop.call_soon_threadsafe(finish)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> WSResponsesServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = self._loop.create_future()
        server: Server
        async with serve(
            self._handle, "127.0.0.1", 0, process_request=self._check_handshake, max_size=None
        ) as server:
            self.port = int(next(iter(server.sockets)).getsockname()[1])
            self._ready.set()
            await self._stop

    # -- handshake ---------------------------------------------------------------------

    def _check_handshake(self, connection: ServerConnection, request: Request) -> Response | None:
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        self.handshakes.append({"path": request.path, "headers": headers})
        if request.path.split("?")[0] != "/v1/responses":
            return connection.respond(HTTPStatus.NOT_FOUND, "Not Found\n")
        if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
            body = json.dumps(
                {
                    "error": {
                        "message": "Incorrect API key provided.",
                        "type": "invalid_request_error",
                        "code": "invalid_api_key",
                        "param": None,
                    }
                }
            )
            return connection.respond(HTTPStatus.UNAUTHORIZED, body)
        return None

    # -- turns ---------------------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        conn = _Connection(next(self._conns))
        try:
            async for message in ws:
                frame = json.loads(message)
                self.received.append((conn.number, frame))
                if self.limit_after_turns is not None and conn.turns >= self.limit_after_turns:
                    await self._send_limit(ws)
                    return
                try:
                    events = self._answer(frame, conn)
                except _TurnError as exc:
                    await ws.send(json.dumps(exc.frame))
                    continue
                drop, self.drop_after_events = self.drop_after_events, None
                for index, event in enumerate(events):
                    if drop is not None and index == drop:
                        ws.transport.abort()  # no close frame: a dropped socket
                        return
                    await ws.send(json.dumps(event))
                conn.turns += 1
                if (
                    self.limit_when_idle
                    and self.limit_after_turns is not None
                    and conn.turns >= self.limit_after_turns
                ):
                    await self._send_limit(ws)
                    return
        except ConnectionClosed:
            pass

    @staticmethod
    async def _send_limit(ws: ServerConnection) -> None:
        frame = error_frame(
            400,
            "websocket_connection_limit_reached",
            "Responses websocket connection limit reached (60 minutes). "
            "Create a new websocket connection to continue.",
        )
        await ws.send(json.dumps(frame))
        await ws.close()

    def _answer(self, frame: JSON, conn: _Connection) -> list[JSON]:
        if frame.get("type") != "response.create":
            raise _TurnError(400, "invalid_request", "Expected a response.create message.", "type")
        for key in _FORBIDDEN:
            if key in frame:
                raise _TurnError(
                    400, "invalid_request", f"{key!r} is not allowed on WebSocket requests.", key
                )
        previous = frame.get("previous_response_id")
        history: list[JSON] = []
        if previous is not None:
            found = conn.cache.get(previous)
            if found is None:
                found = self._stored.get(previous)
            if found is None:
                raise _TurnError(
                    400,
                    "previous_response_not_found",
                    f"Previous response with id '{previous}' not found.",
                    "previous_response_id",
                )
            history = found
        raw = frame.get("input")
        new_items: list[JSON] = (
            [{"type": "message", "role": "user", "content": raw}]
            if isinstance(raw, str)
            else list(raw or [])
        )
        context = history + new_items
        calls = {i.get("call_id") for i in context if i.get("type") == "function_call"}
        for item in new_items:
            if item.get("type") == "function_call_output" and item.get("call_id") not in calls:
                if previous is not None:
                    conn.cache.pop(previous, None)  # a failed continuation evicts its id
                raise _TurnError(
                    400,
                    "invalid_request",
                    f"No tool call found for function call output with call_id "
                    f"{item.get('call_id')}.",
                    "input",
                )
        self.contexts.append(context)
        response_id = f"resp_{next(self._ids):04d}"
        output = self._model(frame, context, response_id)
        events = self._events(frame, response_id, output)
        full = context + output
        conn.cache[response_id] = full
        if frame.get("store") is not False:
            self._stored[response_id] = full
        return events

    @staticmethod
    def _model(frame: JSON, context: list[JSON], response_id: str) -> list[JSON]:
        suffix = response_id.removeprefix("resp_")
        last = context[-1] if context else {}
        if last.get("type") == "function_call_output":
            text = f"The tool returned: {last.get('output')}"
        else:
            said = _user_text(context)
            tools = [t for t in frame.get("tools") or [] if t.get("type") == "function"]
            if said.startswith("call ") and tools:
                arguments = json.dumps({"query": said[5:]})
                return [
                    {
                        "type": "function_call",
                        "id": f"fc_{suffix}",
                        "call_id": f"call_{suffix}",
                        "name": tools[0]["name"],
                        "arguments": arguments,
                        "status": "completed",
                    }
                ]
            text = f"You said: {said}"
        part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
        return [
            {
                "type": "message",
                "id": f"msg_{suffix}",
                "role": "assistant",
                "status": "completed",
                "content": [part],
            }
        ]

    @staticmethod
    def _resource(frame: JSON, response_id: str, status: str, output: list[JSON]) -> JSON:
        done = status == "completed"
        return {
            "id": response_id,
            "object": "response",
            "created_at": 1_700_000_000,
            "completed_at": 1_700_000_001 if done else None,
            "status": status,
            "incomplete_details": None,
            "model": frame.get("model") or "ws-test-model",
            "previous_response_id": frame.get("previous_response_id"),
            "instructions": frame.get("instructions"),
            "output": output,
            "error": None,
            "tools": frame.get("tools") or [],
            "tool_choice": frame.get("tool_choice") or "auto",
            "truncation": "disabled",
            "parallel_tool_calls": True,
            "text": {"format": {"type": "text"}, "verbosity": "medium"},
            "top_p": 1.0,
            "presence_penalty": 0.0,
            "frequency_penalty": 0.0,
            "top_logprobs": 0,
            "temperature": 1.0,
            "reasoning": None,
            "usage": (
                {
                    "input_tokens": 5,
                    "input_tokens_details": {"cached_tokens": 0},
                    "output_tokens": 5,
                    "output_tokens_details": {"reasoning_tokens": 0},
                    "total_tokens": 10,
                }
                if done
                else None
            ),
            "max_output_tokens": None,
            "max_tool_calls": None,
            "store": frame.get("store") is not False,
            "background": False,
            "service_tier": "default",
            "metadata": frame.get("metadata") or {},
            "safety_identifier": None,
            "prompt_cache_key": None,
        }

    def _events(self, frame: JSON, response_id: str, output: list[JSON]) -> list[JSON]:
        events: list[JSON] = [
            {"type": "response.created", "response": self._resource(frame, response_id, "in_progress", [])},
            {"type": "response.in_progress", "response": self._resource(frame, response_id, "in_progress", [])},
        ]  # fmt: skip
        for index, item in enumerate(output):
            at = {"item_id": item["id"], "output_index": index}
            if item["type"] == "function_call":
                added = dict(item, status="in_progress", arguments="")
                events.append({"type": "response.output_item.added", "output_index": index, "item": added})  # fmt: skip
                events.append({"type": "response.function_call_arguments.delta", **at, "delta": item["arguments"]})  # fmt: skip
                events.append({"type": "response.function_call_arguments.done", **at, "arguments": item["arguments"]})  # fmt: skip
            else:
                added = dict(item, status="in_progress", content=[])
                events.append({"type": "response.output_item.added", "output_index": index, "item": added})  # fmt: skip
                part = item["content"][0]
                where = dict(at, content_index=0)
                empty = dict(part, text="")
                events.append({"type": "response.content_part.added", **where, "part": empty})
                words = part["text"].split(" ")
                for n, word in enumerate(words):
                    delta = word if n == 0 else " " + word
                    events.append({"type": "response.output_text.delta", **where, "delta": delta, "logprobs": []})  # fmt: skip
                events.append({"type": "response.output_text.done", **where, "text": part["text"], "logprobs": []})  # fmt: skip
                events.append({"type": "response.content_part.done", **where, "part": part})
            events.append({"type": "response.output_item.done", "output_index": index, "item": item})  # fmt: skip
        events.append({"type": "response.completed", "response": self._resource(frame, response_id, "completed", output)})  # fmt: skip
        return [
            {"type": e["type"], "sequence_number": n, **{k: v for k, v in e.items() if k != "type"}}
            for n, e in enumerate(events)
        ]
