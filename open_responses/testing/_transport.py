"""An httpx transport that runs :class:`ResponsesApp` in-process (sync and async)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._app import ResponsesApp
from ._exchange import Chunk, Disconnect, JSONReply, Pause, Request

__all__ = ["ResponsesTransport"]

_DISCONNECTED = (
    "peer closed connection without sending complete message body (incomplete chunked read)"
)


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[Chunk]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            if isinstance(chunk, Pause):
                time.sleep(chunk.seconds)
            elif isinstance(chunk, Disconnect):
                # The same error httpx raises when a real server drops a chunked body.
                raise httpx.RemoteProtocolError(_DISCONNECTED)
            else:
                yield chunk


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, chunks: Iterator[Chunk]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # The app's iterators never block (waits are Pause directives), so plain next() is safe here.
        for chunk in self._chunks:
            if isinstance(chunk, Pause):
                await asyncio.sleep(chunk.seconds)
            elif isinstance(chunk, Disconnect):
                raise httpx.RemoteProtocolError(_DISCONNECTED)
            else:
                yield chunk


def _json_response(reply: JSONReply, request: httpx.Request) -> httpx.Response:
    """A whole-body reply, or the dropped connection it asks for (after its delay)."""
    if reply.disconnect:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body, request=request)


class ResponsesTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Serve requests from a :class:`ResponsesApp` without sockets.

    Works with both ``httpx.Client(transport=...)`` and ``httpx.AsyncClient(transport=...)``.
    Streamed replies are real byte streams: pauses sleep, cuts raise
    :class:`httpx.RemoteProtocolError` mid-body, just like a dropped connection.
    """

    def __init__(self, app: ResponsesApp | None = None) -> None:
        """Wrap ``app`` (a fresh :class:`ResponsesApp` when omitted)."""
        self.app = app if app is not None else ResponsesApp()

    def _to_app(self, request: httpx.Request, body: bytes) -> Request:
        return Request(
            method=request.method,
            path=request.url.path,
            query=dict(request.url.params.multi_items()),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Handle a request synchronously."""
        reply = self.app.handle(self._to_app(request, request.read()))
        if isinstance(reply, JSONReply):
            if reply.delay > 0:
                time.sleep(reply.delay)
            return _json_response(reply, request)
        return httpx.Response(
            reply.status, headers=reply.headers, stream=_SyncStream(reply.chunks), request=request
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Handle a request from an async client."""
        reply = self.app.handle(self._to_app(request, await request.aread()))
        if isinstance(reply, JSONReply):
            if reply.delay > 0:
                await asyncio.sleep(reply.delay)
            return _json_response(reply, request)
        return httpx.Response(
            reply.status, headers=reply.headers, stream=_AsyncStream(reply.chunks), request=request
        )

    def close(self) -> None:
        """Nothing to release."""

    async def aclose(self) -> None:
        """Nothing to release."""
