"""Server close codes become typed errors with advice that can help.

A real WebSocket server on loopback closes each connection with a chosen code,
either right after the handshake or after reading the first ``response.create``.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

pytest.importorskip("websockets")

from websockets.asyncio.server import ServerConnection, serve

from open_responses import (
    APIConnectionError,
    AsyncClient,
    AuthenticationError,
    Client,
    PermissionDeniedError,
    WebSocketAuthError,
    WebSocketClosedError,
    WebSocketMessageTooBigError,
    WebSocketServerError,
    WebSocketTryAgainLaterError,
)


class ClosingServer:
    """Closes every connection with ``code``/``reason``, before or after the first frame."""

    def __init__(self, code: int, reason: str, *, after_first_frame: bool) -> None:
        self.code, self.reason, self.after_first_frame = code, reason, after_first_frame
        self.port = 0
        self.connections = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Future[None] | None = None
        self._thread = threading.Thread(target=asyncio.run, args=(self._main(),), daemon=True)

    async def _handle(self, ws: ServerConnection) -> None:
        self.connections += 1
        if self.after_first_frame:
            await ws.recv()
        await ws.close(self.code, self.reason)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = self._loop.create_future()
        async with serve(self._handle, "127.0.0.1", 0) as server:
            self.port = int(next(iter(server.sockets)).getsockname()[1])
            self._ready.set()
            await self._stop

    def __enter__(self) -> ClosingServer:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None
        stop = self._stop
        self._loop.call_soon_threadsafe(lambda: stop.done() or stop.set_result(None))
        self._thread.join(10)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _turn_error_sync(server: ClosingServer) -> BaseException:
    client = Client(base_url=server.base_url, api_key="sk-wrong", max_retries=0)
    with client, client.responses.connect() as ws:
        with pytest.raises(Exception) as first:
            ws.create(model="m", input="Hi").get_final_response()
        # The next turn on the dead socket explains the same close, not a generic one.
        with pytest.raises(Exception) as second:
            ws.create(model="m", input="Again").get_final_response()
    assert type(second.value) is type(first.value)
    return first.value


def _turn_error_async(server: ClosingServer) -> BaseException:
    async def go() -> BaseException:
        client = AsyncClient(base_url=server.base_url, api_key="sk-wrong")
        async with client, client.responses.connect() as ws:
            with pytest.raises(Exception) as caught:
                turn = await ws.create(model="m", input="Hi")
                await turn.get_final_response()
            return caught.value

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def turn_error(request: pytest.FixtureRequest) -> object:
    return _turn_error_sync if request.param == "sync" else _turn_error_async


@pytest.fixture(params=[False, True], ids=["after-handshake", "after-first-frame"])
def after_first_frame(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def test_1008_is_an_authentication_error_with_the_reason(
    turn_error: object, after_first_frame: bool
) -> None:
    with ClosingServer(1008, "invalid api key", after_first_frame=after_first_frame) as server:
        error = turn_error(server)  # type: ignore[operator]
    assert isinstance(error, WebSocketAuthError)
    assert isinstance(error, AuthenticationError) and isinstance(error, PermissionDeniedError)
    assert error.close_code == 1008 and error.close_reason == "invalid api key"
    assert "invalid api key" in str(error) and "api_key" in str(error)
    assert "call reconnect()" not in str(error)  # reconnecting with the same key cannot help
    assert "sk-wrong" not in str(error)


@pytest.mark.parametrize(
    ("code", "cls", "may_help"),
    [
        (1009, WebSocketMessageTooBigError, False),
        (1011, WebSocketServerError, True),
        (1012, WebSocketTryAgainLaterError, True),
        (1013, WebSocketTryAgainLaterError, True),
        (1003, WebSocketClosedError, False),
        (1001, WebSocketClosedError, True),
    ],
)
def test_close_codes_have_their_own_meaning(
    turn_error: object, after_first_frame: bool, code: int, cls: type, may_help: bool
) -> None:
    with ClosingServer(code, "because", after_first_frame=after_first_frame) as server:
        error = turn_error(server)  # type: ignore[operator]
    assert type(error) is cls
    assert isinstance(error, APIConnectionError)
    assert error.close_code == code and error.close_reason == "because"
    assert error.reconnect_may_help is may_help
    assert ("reconnect()" in str(error)) is may_help, str(error)
    assert str(code) in str(error)


def test_after_close_by_the_caller_the_error_is_the_plain_closed_one() -> None:
    with ClosingServer(1011, "boom", after_first_frame=True) as server:
        client = Client(base_url=server.base_url, max_retries=0)
        with client, client.responses.connect() as ws:
            with pytest.raises(WebSocketServerError):
                ws.create(model="m", input="Hi").get_final_response()
            ws.close()
            with pytest.raises(APIConnectionError) as after:
                ws.create(model="m", input="Again")
    assert not isinstance(after.value, WebSocketClosedError)
