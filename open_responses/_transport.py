"""One HTTP attempt under a hard deadline, and bounded body reads (sync and async twins).

The clients' retry loops (``_client``) call these; the streaming shells use
:func:`read_body`/:func:`aread_body` for a JSON reply to a stream request.
A deadline here is absolute (``time.monotonic()``): httpx's own timeouts only
measure the gap between two bytes, which a dripping server keeps short.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ._errors import ResponseTooLargeError
from ._watchdog import ThreadCutter, arm, cut

__all__ = [
    "DeadlineExceeded",
    "aread_body",
    "asend",
    "attempt_timeout",
    "read_body",
    "send",
]


class DeadlineExceeded(httpx.TimeoutException):
    """A hard deadline passed mid-attempt (an httpx timeout, so callers map it the same way)."""


def attempt_timeout(base: dict[str, Any], until: float | None) -> dict[str, Any]:
    """httpx's per-phase timeouts for one attempt, each shortened to the time left."""
    if until is None:
        return base
    left = max(until - time.monotonic(), 0.001)
    return {k: left if v is None else min(v, left) for k, v in base.items()}


def _set_timeout(request: httpx.Request, base: dict[str, Any], until: float | None) -> None:
    request.extensions["timeout"] = attempt_timeout(base, until)


def send(
    http: httpx.Client, request: httpx.Request, base: dict[str, Any], until: float | None
) -> httpx.Response:
    """Send and wait for the headers, cut off at ``until`` even if they drip."""
    _set_timeout(request, base, until)
    if until is None:
        return http.send(request, stream=True)
    cutter = ThreadCutter()
    alarm = arm(until, cutter.cut)
    try:
        response = http.send(request, stream=True)
    except httpx.HTTPError as exc:
        if cutter.fired:
            raise DeadlineExceeded("deadline passed before the reply headers") from exc
        raise
    finally:
        alarm.cancel()
    return response


async def asend(
    http: httpx.AsyncClient, request: httpx.Request, base: dict[str, Any], until: float | None
) -> httpx.Response:
    """The async :func:`send`: ``asyncio.timeout`` bounds the whole wait for headers."""
    _set_timeout(request, base, until)
    if until is None:
        return await http.send(request, stream=True)
    import asyncio

    try:
        async with asyncio.timeout(max(until - time.monotonic(), 0.0)):
            return await http.send(request, stream=True)
    except TimeoutError as exc:
        raise DeadlineExceeded("deadline passed before the reply headers") from exc


class _BoundedBody:
    """The chunks of a body read so far, held to ``limit`` bytes (the logic both readers share)."""

    __slots__ = ("chunks", "limit", "name", "response", "size", "truncate")

    def __init__(self, response: httpx.Response, limit: int, name: str, truncate: bool) -> None:
        self.response = response
        self.limit = limit
        self.name = name
        self.truncate = truncate
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; True when reading must stop because the body was cut at the limit."""
        self.size += len(chunk)
        if self.size <= self.limit:
            self.chunks.append(chunk)
            return False
        if not self.truncate:
            raise ResponseTooLargeError(self.name, self.limit, request=self.response.request)
        self.chunks.append(chunk[: len(chunk) - (self.size - self.limit)])
        return True

    @property
    def over(self) -> bool:
        """Whether the body went past the limit (the rest is unread: the connection must go)."""
        return self.size > self.limit

    def finish(self) -> bytes:
        """The body, also stored where ``Response.read()`` would have put it."""
        body = b"".join(self.chunks)
        # Later ``.content``/``.text``/``.json()`` then use it instead of
        # reading the (now consumed) stream again.
        self.response._content = body
        return body


def read_body(
    response: httpx.Response,
    limit: int,
    until: float | None,
    *,
    name: str = "max_body_bytes",
    truncate: bool = False,
) -> bytes:
    """Read the decoded body, at most ``limit`` bytes, before ``until``.

    Over the limit: :class:`ResponseTooLargeError` (or, with ``truncate``, the
    first ``limit`` bytes). Past ``until``: :class:`DeadlineExceeded`. A
    compressed body is counted after decompression, chunk by chunk.
    """
    alarm = None
    stream = response.extensions.get("network_stream")
    if until is not None and stream is not None:
        alarm = arm(until, lambda: cut(stream))
    body = _BoundedBody(response, limit, name, truncate)
    try:
        for chunk in response.iter_bytes():
            if body.add(chunk):
                break
            if until is not None and time.monotonic() > until:
                raise DeadlineExceeded("deadline passed while reading the reply body")
    except httpx.HTTPError as exc:
        if until is not None and time.monotonic() >= until:
            raise DeadlineExceeded("deadline passed while reading the reply body") from exc
        raise
    finally:
        if alarm is not None:
            alarm.cancel()
        if body.over or (until is not None and time.monotonic() > until):
            response.close()
    return body.finish()


async def aread_body(
    response: httpx.Response,
    limit: int,
    until: float | None,
    *,
    name: str = "max_body_bytes",
    truncate: bool = False,
) -> bytes:
    """The async :func:`read_body`."""
    import asyncio

    body = _BoundedBody(response, limit, name, truncate)
    left = None if until is None else max(until - time.monotonic(), 0.0)
    try:
        async with asyncio.timeout(left):
            async for chunk in response.aiter_bytes():
                if body.add(chunk):
                    break
    except TimeoutError as exc:
        await response.aclose()
        raise DeadlineExceeded("deadline passed while reading the reply body") from exc
    finally:
        if body.over:
            await response.aclose()
    return body.finish()
