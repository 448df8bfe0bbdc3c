"""WebSocket mode against real loopback servers.

The scenarios mirror the compliance suite's ``websocket-*`` tests, plus the
client-side rules: auth on the handshake, stripped transport fields, one turn
at a time, drops, the connection-limit reconnect and the missing-dependency
message. Every scenario runs through the sync client and through the async
twin (driven by a private event loop), so both shells are held to one behaviour.
The server is the embedded ``ResponsesServer``; :class:`TinyServer` below
scripts only what it cannot: a refused handshake, the handshake's query, and
the connection-limit error answering a ``response.create``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import pytest

pytest.importorskip("websockets")

from websockets.http11 import Request as HandshakeRequest
from websockets.http11 import Response as HandshakeResponse
from websockets.sync.server import ServerConnection, serve

from open_responses import (
    APIConnectionError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    OpenResponsesError,
    PreviousResponseNotFoundError,
    Response,
    TurnInProgressError,
)
from open_responses._generated.models import (
    FunctionCall,
    ResponseCompletedStreamingEvent,
    ResponseCreatedStreamingEvent,
    ResponseOutputTextDeltaStreamingEvent,
)
from open_responses._websocket import (
    INSTALL_HINT,
    AsyncResponsesConnection,
    ResponsesConnection,
    WebSocketUnavailableError,
    aconnect,
    connect,
)
from open_responses._ws_protocol import CONNECTION_LIMIT_REACHED
from open_responses._ws_turn import AsyncWebSocketTurn, WebSocketTurn
from open_responses.testing import Reply, ResponsesServer

MODEL = "ws-test-model"
API_KEY = "sk-test-0123456789"


# --------------------------------------------------------------------------- drivers


class SyncTurn:
    """Uniform access to a sync turn."""

    def __init__(self, turn: WebSocketTurn) -> None:
        self.turn = turn
        self.seen: list[Any] = []

    def events(self) -> list[Any]:
        for event in self.turn:
            self.seen.append(event)
        return self.seen

    def final(self) -> Response:
        return self.turn.get_final_response()

    def deltas(self) -> list[str]:
        return list(self.turn.text_deltas())

    def close(self) -> None:
        self.turn.close()


class AsyncTurn:
    """The same interface over an async turn, run on the driver's loop."""

    def __init__(self, runner: asyncio.Runner, turn: AsyncWebSocketTurn) -> None:
        self.runner = runner
        self.turn = turn
        self.seen: list[Any] = []

    def events(self) -> list[Any]:
        async def collect() -> None:
            async for event in self.turn:
                self.seen.append(event)

        self.runner.run(collect())
        return self.seen

    def final(self) -> Response:
        return self.runner.run(self.turn.get_final_response())

    def deltas(self) -> list[str]:
        async def collect() -> list[str]:
            return [d async for d in self.turn.text_deltas()]

        return self.runner.run(collect())

    def close(self) -> None:
        self.runner.run(self.turn.close())


class SyncConn:
    """Uniform access to a sync connection."""

    def __init__(self, conn: ResponsesConnection) -> None:
        self.conn = conn

    def create(self, **params: Any) -> SyncTurn:
        return SyncTurn(self.conn.create(**params))

    def reconnect(self) -> None:
        self.conn.reconnect()

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


class AsyncConn:
    """The same interface over an async connection."""

    def __init__(self, runner: asyncio.Runner, conn: AsyncResponsesConnection) -> None:
        self.runner = runner
        self.conn = conn

    def create(self, **params: Any) -> AsyncTurn:
        return AsyncTurn(self.runner, self.runner.run(self.conn.create(**params)))

    def reconnect(self) -> None:
        self.runner.run(self.conn.reconnect())

    def close(self) -> None:
        self.runner.run(self.conn.close())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


class TinyServer:
    """A minimal WebSocket server for what the embedded server cannot script.

    It records each handshake (path with its query, lower-cased headers) and
    refuses one without ``Bearer <api_key>`` with a 401 JSON error; it answers
    every ``response.create`` with one ``response.completed``, except turn
    ``limit_on_turn`` of a connection, which gets the connection-limit error frame
    and a close (the server's 60-minute limit, hit between two turns).
    """

    def __init__(self, *, api_key: str | None = None, limit_on_turn: int | None = None) -> None:
        self.api_key = api_key
        self.limit_on_turn = limit_on_turn
        self.handshakes: list[dict[str, Any]] = []
        self.received: list[tuple[int, dict[str, Any]]] = []  # (connection number, frame)
        self._server = serve(self._handle, "127.0.0.1", 0, process_request=self._check)
        self.port = int(self._server.socket.getsockname()[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> TinyServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join(10)

    def _check(self, connection: ServerConnection, request: HandshakeRequest) -> Any:
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        self.handshakes.append({"path": request.path, "headers": headers})
        if self.api_key is None or headers.get("authorization") == f"Bearer {self.api_key}":
            return None
        error = {"message": "Incorrect API key provided.", "code": "invalid_api_key"}
        reply: HandshakeResponse = connection.respond(
            HTTPStatus.UNAUTHORIZED, json.dumps({"error": error})
        )
        return reply

    def _handle(self, ws: ServerConnection) -> None:
        number = len(self.handshakes)
        for turn, message in enumerate(ws, start=1):
            frame = json.loads(message)
            self.received.append((number, frame))
            if turn == self.limit_on_turn:
                error = {"code": CONNECTION_LIMIT_REACHED, "message": "Limit reached."}
                ws.send(json.dumps({"type": "error", "status": 400, "error": error}))
                ws.close()
                return
            rid = f"resp_{len(self.received)}"
            text = {"type": "output_text", "text": "ok", "annotations": []}
            item = {"type": "message", "id": f"msg_{rid}", "role": "assistant", "content": [text]}
            response = {"id": rid, "object": "response", "status": "completed"}
            response.update(store=frame.get("store", True), output=[item])
            done = {"type": "response.completed", "sequence_number": 0, "response": response}
            ws.send(json.dumps(done))


class Driver:
    """Opens connections of one flavour (``sync`` or ``async``) to a server."""

    def __init__(self, kind: str, server: Any) -> None:
        self.kind = kind
        self.server = server
        self.runner = asyncio.Runner()
        self.opened: list[SyncConn | AsyncConn] = []

    def connect(self, **options: Any) -> Any:
        client_options = options.pop("client", {})
        client_options.setdefault("api_key", API_KEY)
        base_url = self.server.base_url.removesuffix("/v1") + "/v1"
        conn: SyncConn | AsyncConn
        if self.kind == "sync":
            conn = SyncConn(connect(Client(base_url=base_url, **client_options), **options))
        else:
            client = AsyncClient(base_url=base_url, **client_options)
            conn = AsyncConn(self.runner, self.runner.run(aconnect(client, **options).open()))
        self.opened.append(conn)
        return conn

    def shutdown(self) -> None:
        for conn in self.opened:
            conn.close()
        self.runner.close()


@pytest.fixture
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as srv:
        yield srv


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def driver(kind: str, server: ResponsesServer) -> Iterator[Driver]:
    drv = Driver(kind, server)
    yield drv
    drv.shutdown()


def frames(server: ResponsesServer) -> list[dict[str, Any]]:
    """The ``response.create`` frames the server received, in order."""
    return [r.json for r in server.app.requests if r.method == "WEBSOCKET"]


def sockets(server: ResponsesServer) -> int:
    """How many sockets (handshakes) the server has accepted."""
    return server.connections_accepted


def user(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": text}


# --------------------------------------------------------------------------- scenarios


def test_one_turn_yields_sse_typed_events(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    turn = ws.create(model=MODEL, input="hello there", store=False)
    events = turn.events()
    assert isinstance(events[0], ResponseCreatedStreamingEvent)
    assert isinstance(events[-1], ResponseCompletedStreamingEvent)
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if isinstance(e, ResponseOutputTextDeltaStreamingEvent)]
    assert "".join(deltas) == "You said: hello there"
    final = turn.final()
    assert isinstance(final, Response)
    assert final.status == "completed"
    assert final.output_text == "You said: hello there"
    assert turn.turn.response_id == final.id == ws.last_response_id
    assert frames(server) == [
        {"type": "response.create", "model": MODEL, "input": "hello there", "store": False}
    ]


def test_text_deltas(driver: Driver) -> None:
    ws = driver.connect()
    assert "".join(ws.create(model=MODEL, input="a b c").deltas()) == "You said: a b c"


def test_two_sequential_turns_share_one_socket(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="one", store=False).final()
    second = ws.create(model=MODEL, input="two", store=False).final()
    assert (first.output_text, second.output_text) == ("You said: one", "You said: two")
    assert first.id != second.id
    assert sockets(server) == 1
    assert len(frames(server)) == 2


def test_continuation_sends_only_new_items(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="first", store=False).final()
    assert ws.can_continue
    second = ws.create(
        model=MODEL, input=[user("the history")], previous_response_id=first.id, store=False
    ).final()
    assert frames(server)[1] == {
        "type": "response.create",
        "model": MODEL,
        "input": [user("the history")],
        "previous_response_id": first.id,
        "store": False,
    }
    # The model saw the whole chain although only one item was sent.
    assert second.output_text == "Conversation so far: user: first | assistant: You said: first"
    # The connection recorded the chain: inputs and outputs, in order.
    context = ws.context
    assert context is not None
    assert [i["type"] for i in context] == ["message"] * 4
    assert [i["role"] for i in context] == ["user", "assistant", "user", "assistant"]


def test_unknown_previous_response_id(driver: Driver) -> None:
    ws = driver.connect()
    with pytest.raises(PreviousResponseNotFoundError) as info:
        ws.create(model=MODEL, input="x", previous_response_id="resp_nope", store=False).final()
    error = info.value
    assert isinstance(error, BadRequestError)
    assert (error.status_code, error.code, error.param) == (
        400,
        "previous_response_not_found",
        "previous_response_id",
    )
    # The error ended the turn: the connection takes the next one.
    assert ws.create(model=MODEL, input="still here").final().output_text == "You said: still here"


def test_reconnect_store_false_then_recover(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="remember me", store=False).final()
    ws.reconnect()
    assert not ws.can_continue  # store=False state lived on the old socket
    with pytest.raises(PreviousResponseNotFoundError):
        ws.create(
            model=MODEL, input=[user("next")], previous_response_id=first.id, store=False
        ).final()
    recovered = ws.create(model=MODEL, input=[user("next")], store=False, recover=True).final()
    assert recovered.status == "completed"
    assert recovered.output_text == "You said: next"
    sent = frames(server)[-1]
    assert "previous_response_id" not in sent
    assert [i.get("role") for i in sent["input"]] == ["user", "assistant", "user"]
    assert sent["input"][0] == user("remember me")
    assert sent["input"][1]["id"] == first.output[0].id
    assert (sockets(server), len(frames(server))) == (2, 3)
    # The new chain continues normally on this socket.
    assert ws.can_continue
    again = ws.create(
        model=MODEL, input="more", previous_response_id=recovered.id, store=False
    ).final()
    assert again.output_text == "You said: more"


def test_store_true_survives_reconnect(driver: Driver) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="kept", store=True).final()
    ws.reconnect()
    assert ws.can_continue
    second = ws.create(model=MODEL, input="then", previous_response_id=first.id).final()
    assert second.output_text == "You said: then"


def test_failed_continuation_evicts_the_id(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="start", store=False).final()
    orphan = {"type": "function_call_output", "call_id": "call_missing", "output": "42"}
    with pytest.raises(BadRequestError) as info:
        ws.create(model=MODEL, input=[orphan], previous_response_id=first.id, store=False).final()
    assert not isinstance(info.value, PreviousResponseNotFoundError)
    assert not ws.can_continue
    with pytest.raises(PreviousResponseNotFoundError):
        ws.create(
            model=MODEL, input=[user("retry")], previous_response_id=first.id, store=False
        ).final()
    # The recorded chain still rebuilds the context on the same socket.
    done = ws.create(model=MODEL, input=[user("retry")], store=False, recover=True).final()
    assert done.output_text == "You said: retry"
    assert sockets(server) == 1


def test_tool_call_continuation(driver: Driver) -> None:
    ws = driver.connect()
    tools = [{"type": "function", "name": "lookup", "parameters": {"type": "object"}}]
    first = ws.create(model=MODEL, input="lookup weather", tools=tools, store=False).final()
    [call] = first.output
    assert isinstance(call, FunctionCall)
    output = {"type": "function_call_output", "call_id": call.call_id, "output": "sunny"}
    second = ws.create(
        model=MODEL, input=[output], previous_response_id=first.id, tools=tools, store=False
    ).final()
    assert second.output_text == "The tool returned: sunny"


def test_dropped_socket_mid_turn(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    ws.create(model=MODEL, input="before", store=False).final()
    # created, in_progress, item, part, 2 deltas; then the socket dies without a close frame.
    server.app.model.enqueue(Reply(text="You said: one two", cut_after=6))
    turn = ws.create(model=MODEL, input="one two", store=False)
    with pytest.raises(APIConnectionError) as info:
        turn.events()
    assert len(turn.seen) == 6
    deltas = [e.delta for e in turn.seen if isinstance(e, ResponseOutputTextDeltaStreamingEvent)]
    assert len(deltas) == 2
    snapshot = info.value.snapshot
    assert isinstance(snapshot, Response)
    assert snapshot.status == "in_progress"
    assert snapshot.output_text == "".join(deltas)  # the two deltas that arrived
    assert ws.closed
    with pytest.raises(APIConnectionError, match="reconnect"):
        ws.create(model=MODEL, input="x")
    ws.reconnect()
    done = ws.create(model=MODEL, input=[user("after")], store=False, recover=True).final()
    assert done.output_text == "You said: after"


@pytest.mark.parametrize("store", [False, True])
def test_connection_limit_reconnects_transparently(kind: str, store: bool) -> None:
    with TinyServer(limit_on_turn=2) as tiny:
        driver = Driver(kind, tiny)
        try:
            ws = driver.connect()
            first = ws.create(model=MODEL, input="one", store=store).final()
            turn = ws.create(
                model=MODEL, input=[user("two")], previous_response_id=first.id, store=store
            )
            second = turn.final()
        finally:
            driver.shutdown()
    assert second.status == "completed"
    assert len(tiny.handshakes) == 2
    resent = tiny.received[-1]
    assert resent[0] == 2
    if store:  # stored: the id is still valid, only the new items go
        assert resent[1]["previous_response_id"] == first.id
        assert resent[1]["input"] == [user("two")]
    else:  # unstored: a new chain with the recorded context
        assert "previous_response_id" not in resent[1]
        assert [i.get("role") for i in resent[1]["input"]] == ["user", "assistant", "user"]
    assert turn.turn.request == resent[1]


def test_connection_limit_while_idle(driver: Driver, server: ResponsesServer) -> None:
    server.websocket.time_limit = 0.4  # error frame and close while the socket is idle
    ws = driver.connect()
    first = ws.create(model=MODEL, input="one", store=False).final()
    time.sleep(0.8)
    second = ws.create(
        model=MODEL, input=[user("two")], previous_response_id=first.id, store=False
    ).final()
    assert second.output_text == "You said: two"
    assert sockets(server) == 2
    assert "previous_response_id" not in frames(server)[-1]


def test_connection_limit_can_be_surfaced(kind: str) -> None:
    with TinyServer(limit_on_turn=2) as tiny:
        driver = Driver(kind, tiny)
        try:
            ws = driver.connect(reconnect_on_limit=False)
            ws.create(model=MODEL, input="one").final()
            with pytest.raises(BadRequestError) as info:
                ws.create(model=MODEL, input="two").final()
        finally:
            driver.shutdown()
    assert info.value.code == "websocket_connection_limit_reached"
    assert len(tiny.handshakes) == 1


def test_handshake_carries_auth_and_default_headers(kind: str) -> None:
    with TinyServer(api_key=API_KEY) as tiny:
        driver = Driver(kind, tiny)
        try:
            ws = driver.connect(client={"default_headers": {"X-Trace": "t-1"}})
            assert ws.url == f"ws://127.0.0.1:{tiny.port}/v1/responses"
        finally:
            driver.shutdown()
    shake = tiny.handshakes[0]
    assert shake["path"] == "/v1/responses"
    headers = shake["headers"]
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["x-trace"] == "t-1"
    assert headers["user-agent"].startswith("open-responses-python/")
    assert "accept" not in headers


def test_handshake_carries_default_and_extra_query(kind: str) -> None:
    with TinyServer() as tiny:
        driver = Driver(kind, tiny)
        try:
            ws = driver.connect(
                client={"default_query": {"api-version": "1"}}, extra_query={"x": "y"}
            )
            assert ws.create(model=MODEL, input="q").final().status == "completed"
        finally:
            driver.shutdown()
    assert tiny.handshakes[0]["path"] == "/v1/responses?api-version=1&x=y"


def test_bad_key_fails_the_handshake_with_a_typed_error(kind: str) -> None:
    with TinyServer(api_key=API_KEY) as tiny:
        driver = Driver(kind, tiny)
        try:
            with pytest.raises(AuthenticationError) as info:
                driver.connect(client={"api_key": "sk-wrong-key-000"})
        finally:
            driver.shutdown()
    assert info.value.status_code == 401
    assert info.value.code == "invalid_api_key"


def test_transport_fields_are_never_sent(
    driver: Driver, server: ResponsesServer, caplog: pytest.LogCaptureFixture
) -> None:
    ws = driver.connect()
    with caplog.at_level(logging.WARNING, logger="open_responses"):
        turn = ws.create(
            model=MODEL,
            input="hi",
            stream=True,
            background=True,
            stream_options={"include_obfuscation": False},
        )
    assert turn.final().status == "completed"
    sent = frames(server)[0]
    assert not {"stream", "background", "stream_options"} & set(sent)
    assert sum("not sent in WebSocket mode" in r.getMessage() for r in caplog.records) == 3


def test_one_turn_at_a_time(driver: Driver, server: ResponsesServer) -> None:
    ws = driver.connect()
    first = ws.create(model=MODEL, input="one")
    with pytest.raises(TurnInProgressError):
        ws.create(model=MODEL, input="two")
    first.close()  # drains the rest of the turn
    assert first.turn.done
    assert len(frames(server)) == 1  # the refused turn was never sent
    assert ws.create(model=MODEL, input="two").final().output_text == "You said: two"


def test_async_twin_parity(server: ResponsesServer) -> None:
    """The same two-turn continuation through both shells gives the same transcript."""

    def transcript(kind: str) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        drv = Driver(kind, server)
        start = len(frames(server))
        try:
            ws = drv.connect()
            first = ws.create(model=MODEL, input="parity", store=False)
            kinds = [type(e).__name__ for e in first.events()]
            rid = first.turn.response_id
            second = ws.create(model=MODEL, input="again", previous_response_id=rid, store=False)
            kinds += [type(e).__name__ for e in second.events()]
            texts = [first.final().output_text, second.final().output_text]
        finally:
            drv.shutdown()
        sent = [
            {k: v for k, v in frame.items() if k != "previous_response_id"}
            for frame in frames(server)[start:]
        ]
        return kinds, texts, sent

    assert transcript("sync") == transcript("async")


def test_async_context_managers(server: ResponsesServer) -> None:
    async def main() -> str:
        client = AsyncClient(base_url=server.base_url, api_key=API_KEY)
        async with aconnect(client) as ws:
            async with await ws.create(model=MODEL, input="ctx") as turn:
                text = [d async for d in turn.text_deltas()]
            assert turn.done
        assert ws.closed
        return "".join(text)

    assert asyncio.run(main()) == "You said: ctx"


def test_sync_context_managers(server: ResponsesServer) -> None:
    with connect(Client(base_url=server.base_url, api_key=API_KEY)) as ws:
        with ws.create(model=MODEL, input="ctx") as turn:
            next(iter(turn))  # leave early: the rest is drained on exit
        assert turn.done
        assert ws.create(model=MODEL, input="ok").get_final_response().output_text == "You said: ok"
    assert ws.closed


def test_missing_websockets_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "websockets", None)
    with pytest.raises(WebSocketUnavailableError) as info:
        connect(Client(base_url="http://127.0.0.1:9", api_key=API_KEY))
    assert isinstance(info.value, OpenResponsesError)
    assert INSTALL_HINT == "pip install 'open_responses[websocket]'"
    assert INSTALL_HINT in str(info.value)
    with pytest.raises(WebSocketUnavailableError, match=r"open_responses\[websocket\]"):
        aconnect(AsyncClient(base_url="http://127.0.0.1:9", api_key=API_KEY))
