"""The sans-I/O core of the test server.

:class:`ResponsesApp` maps a :class:`Request` to a :class:`JSONReply` or a
:class:`StreamReply`. It never touches sockets or sleeps: streamed replies are
iterators of byte chunks interleaved with :class:`Pause` and :class:`Disconnect`
directives, which the HTTP server and the httpx transport carry out. Time is read
from an injectable clock so background responses progress without threads.

The app holds the state and the endpoints; the route table is in ``_routes.py``,
input normalisation in ``_input.py``, the response and its events in ``_render.py``,
the store in ``_store.py``.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl

from ._checks import parse_json
from ._exchange import (
    JSON,
    APIError,
    Chunk,
    JSONReply,
    Pause,
    RecordedRequest,
    Request,
    StreamReply,
    default_error_type,
    dumps,
    error_body,
    error_reply,
    json_reply,
    sse_headers,
)
from ._input import (
    check_tool_outputs,
    echo_tools,
    encode_compaction,
    expand,
    item_tokens,
    normalise_input,
    tokens,
)
from ._model import HTTPError, Reply, ScriptedModel, Turn
from ._render import live_stream, outcome, resource, schedule, usage
from ._routes import MethodNotAllowed, RouteCall, checked_body, post_body, resolve, route_path
from ._store import Record, ResponseStore, StoreLimits

__all__ = ["ResponsesApp"]

Handler = Callable[[RouteCall], JSONReply | StreamReply]
_BAD_GATEWAY_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


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
        self._store: ResponseStore[Record] = ResponseStore(self.limits)
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
        method = request.method.upper()
        body: Any = None
        body_error: str | None = None
        if request.body:
            try:
                body = self._parse_body(request)
            except ValueError as exc:
                body_error = str(exc)
        with self._lock:
            self.requests.append(RecordedRequest(method, request.path, body, dict(request.headers)))
        try:
            return self._dispatch(method, request, body, body_error)
        except MethodNotAllowed as exc:
            reply = error_reply(exc, self.new_id("req"))
            reply.headers.append(("Allow", ", ".join(exc.allowed)))
            return reply
        except APIError as exc:
            return error_reply(exc, self.new_id("req"))

    def _dispatch(
        self, method: str, request: Request, body: Any, body_error: str | None
    ) -> JSONReply | StreamReply:
        """Find the route (``_routes.ROUTES``), check the body, run the handler."""
        route, response_id = resolve(method, route_path(request.path), request.path)
        checked: JSON = {}
        if method == "POST":
            checked = post_body(body, body_error)
            if route.schema is not None:
                checked = checked_body(checked, route.schema, self.model.default_model)
        handler: Handler = getattr(self, route.handler)
        return handler(RouteCall(request, checked, response_id))

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

    # -- shared pieces -----------------------------------------------------------------

    def _json(
        self, status: int, obj: Any, headers: list[tuple[str, str]] | None = None
    ) -> JSONReply:
        return json_reply(status, obj, self.new_id("req"), headers)

    def _record(self, response_id: str) -> Record:
        record = self._store.get(response_id)
        if record is None:
            raise APIError(
                404,
                f"No response found with id '{response_id}'.",
                "not_found",
                "not_found",
                "response_id",
            )
        return record

    def _history(self, body: JSON) -> list[JSON]:
        previous = body.get("previous_response_id")
        if previous is None:
            return []
        record = self._store.get(str(previous))
        if record is None or not record.store:
            raise APIError(
                400,
                f"Previous response with id '{previous}' not found.",
                "invalid_request",
                "previous_response_not_found",
                "previous_response_id",
            )
        return record.context

    def _context(self, body: JSON) -> list[JSON]:
        """The conversation a request continues plus its new input (for counting and compacting)."""
        history = self._history(body)  # first: an unknown id is refused before ids are spent
        return expand(history + normalise_input(body.get("input"), self.new_id), self._store.item)

    # -- POST /responses ---------------------------------------------------------------

    def _create(self, call: RouteCall) -> JSONReply | StreamReply:
        body, request = call.body, call.request
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

    def _replay(self, record: Record, stream: bool) -> JSONReply | StreamReply:
        """A retry's answer: the response its first attempt created, without scripted faults."""
        replayed = ("Idempotent-Replayed", "true")
        if stream:
            headers = [*sse_headers(self.new_id("req")), replayed]
            return StreamReply(200, headers, self._live_stream(record, 0, None))
        with self._lock:
            snapshot = record.snapshot(self.clock())
        return self._json(200, snapshot, [replayed])

    def _create_new(
        self, body: JSON, request: Request, idempotency: tuple[str, int] | None
    ) -> JSONReply | StreamReply:
        background = body.get("background") is True
        if background and body.get("store") is False:
            raise APIError(
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
            content_type = reply.content_type or "text/html; charset=utf-8"
            return JSONReply(200, [("Content-Type", content_type)], _BAD_GATEWAY_PAGE, reply.delay)
        with self._lock:
            record = self._new_record(body, scripted, reply)
            now = self.clock()
            record.ready = schedule(
                record.events, now, self._duration(reply, background), background
            )
            self._keep(record, request, idempotency, now)
        return self._deliver(record, reply, body.get("stream") is True, now)

    def _new_record(self, body: JSON, scripted: Reply | None, reply: Reply) -> Record:
        """Run the model on the request's conversation; the record is not yet scheduled."""
        tools = echo_tools(body.get("tools"))
        new_input = normalise_input(body.get("input"), self.new_id)
        context = expand(self._history(body) + new_input, self._store.item)
        check_tool_outputs(context)
        response_id = self.new_id("resp")
        created_at = int(self.wall_clock())
        output = self.model.respond(Turn(context, body, tools, self.new_id), scripted)
        base = resource(body, response_id, created_at, tools)
        final, events = outcome(base, context, output, reply, body, self.wall_clock)
        store = body.get("store") is not False
        context = context + list(final["output"])
        return Record(final, new_input, context, events, [], store, base["background"])

    def _duration(self, reply: Reply, background: bool) -> float:
        return (reply.delay or self.model.background_delay) if background else 0.0

    def _keep(
        self, record: Record, request: Request, idempotency: tuple[str, int] | None, now: float
    ) -> None:
        """Store the record and remember its idempotency key, as the request asks."""
        if not record.store and idempotency is None:
            return
        size = len(request.body) + len(dumps(record.events))  # a fair estimate of its memory
        if record.store:
            output = list(record.resource["output"])
            self._store.add(record.resource["id"], record, size, record.input_items + output)
        if idempotency is not None:
            self._store.remember(*idempotency, record, size, now)

    def _deliver(
        self, record: Record, reply: Reply, stream: bool, now: float
    ) -> JSONReply | StreamReply:
        """The reply to a create: the live stream or the response, with the scripted faults."""
        if stream and not reply.ignore_stream:
            chunks = self._live_stream(record, 0, reply)
            headers = sse_headers(self.new_id("req"), reply.content_type)
            if record.background or reply.delay <= 0:
                return StreamReply(200, headers, chunks)
            return StreamReply(200, headers, itertools.chain([Pause(reply.delay)], chunks))
        out = self._json(200, record.snapshot(now))
        if reply.content_type:
            out.headers[0] = ("Content-Type", reply.content_type)
        if reply.malformed_at is not None:
            out.body = out.body[: len(out.body) // 2]
        out.delay = 0.0 if record.background else reply.delay
        out.disconnect = reply.cut_after is not None
        return out

    def _scripted_error(self, error: HTTPError, delay: float) -> JSONReply:
        if error.body is None:
            body = error_body(
                error.message or f"Scripted error with status {error.status}.",
                error.type or default_error_type(error.status),
                error.code,
                error.param,
            )
        else:
            body = error.body if isinstance(error.body, bytes) else dumps(dict(error.body)).encode()
        headers = [("Content-Type", "application/json"), ("x-request-id", self.new_id("req"))]
        headers.extend(error.headers.items())
        return JSONReply(error.status, headers, body, delay)

    def _live_stream(self, record: Record, start: int, reply: Reply | None) -> Iterator[Chunk]:
        return live_stream(record, start, reply, self._lock, self.clock)

    # -- other endpoints ---------------------------------------------------------------

    def _retrieve(self, call: RouteCall) -> JSONReply | StreamReply:
        query = call.request.query
        with self._lock:
            record = self._record(call.response_id)
            snapshot = record.snapshot(self.clock())
        if query.get("stream", "").lower() != "true":
            return self._json(200, snapshot)
        raw_after = query.get("starting_after")
        after = _int_param("starting_after", raw_after if raw_after not in (None, "") else "-1")
        chunks = self._live_stream(record, max(after + 1, 0), None)
        return StreamReply(200, sse_headers(self.new_id("req")), chunks)

    def _delete(self, call: RouteCall) -> JSONReply:
        response_id = call.response_id
        with self._lock:
            self._record(response_id)
            self._store.delete(response_id)
        return self._json(200, {"id": response_id, "object": "response", "deleted": True})

    def _cancel(self, call: RouteCall) -> JSONReply:
        with self._lock:
            record = self._record(call.response_id)
            if not record.background:
                raise APIError(
                    400,
                    "Only background responses can be cancelled.",
                    "invalid_request",
                    "invalid_request",
                    "response_id",
                )
            now = self.clock()
            record.cancel(now)
            return self._json(200, record.snapshot(now))

    def _input_items(self, call: RouteCall) -> JSONReply:
        query = call.request.query
        with self._lock:
            items = list(self._record(call.response_id).input_items)
        if query.get("order", "desc") != "asc":
            items.reverse()  # OpenAI lists input items newest first by default
        after = query.get("after")
        if after:
            ids = [i.get("id") for i in items]
            items = items[ids.index(after) + 1 :] if after in ids else []
        limit = max(1, min(100, _int_param("limit", query.get("limit", "20"))))
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

    def _input_tokens(self, call: RouteCall) -> JSONReply:
        body = call.body
        with self._lock:
            context = self._context(body)
        count = item_tokens(context) + tokens(str(body.get("instructions") or ""))
        return self._json(200, {"object": "response.input_tokens", "input_tokens": count})

    def _compact(self, call: RouteCall) -> JSONReply:
        with self._lock:
            context = self._context(call.body)
            kept = [i for i in context if i.get("type") == "message" and i.get("role") == "user"]
            compaction = {
                "id": self.new_id("cmp"),
                "type": "compaction",
                "encrypted_content": encode_compaction(context),
                "created_by": "scripted-model",
            }
            count = item_tokens(context)
            compacted = {
                "id": self.new_id("resp"),
                "object": "response.compaction",
                "created_at": int(self.wall_clock()),
                "output": [*kept, compaction],
                "usage": usage(count, 0),
            }
        return self._json(200, compacted)


def _int_param(name: str, raw: str) -> int:
    """The value of an integer query parameter, or the 400 for one that is not."""
    try:
        return int(raw)
    except ValueError:
        raise APIError(
            400, f"'{name}' must be an integer.", "invalid_request", "invalid_type", name
        ) from None
