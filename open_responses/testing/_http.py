"""Request framing and limits for the embedded HTTP server.

The server faces whatever a test throws at it, including hostile clients, so
reading a request is bounded three ways:

- size: the head (:attr:`ServerLimits.max_header_bytes`) and the body
  (:attr:`ServerLimits.max_body_bytes`, checked from ``Content-Length`` before
  reading and while reading chunks);
- time: an idle keep-alive connection is closed after
  :attr:`ServerLimits.idle_timeout`; once a request's first byte arrives, its
  head and body must be in within :attr:`ServerLimits.read_timeout`, however
  slowly the bytes drip (:class:`DeadlineReader`);
- shape: framing that cannot be trusted raises :class:`FramingError`, which the
  server answers with a 4xx in the spec's error shape before closing.
"""

from __future__ import annotations

import io
import re
import socket
import time
from dataclasses import dataclass
from email.message import Message
from typing import IO

__all__ = ["ServerLimits"]

_HEX = re.compile(rb"[0-9A-Fa-f]+")
_DIGITS = re.compile(r"[0-9]+")
# A chunk-size line is a hex number plus optional extensions; real clients send a few bytes.
_MAX_CHUNK_LINE = 4096
_MAX_TRAILER_LINES = 64


@dataclass
class ServerLimits:
    """Size and time limits of :class:`ResponsesServer` (read when a connection opens)."""

    max_body_bytes: int = 32 * 2**20
    """Largest request body; larger ones get 413 (from ``Content-Length``, before reading)."""
    max_header_bytes: int = 64 * 2**10
    """Largest request head (names and values); larger ones get 431."""
    idle_timeout: float = 30.0
    """Seconds a keep-alive connection may wait for its next request before it is closed."""
    read_timeout: float = 15.0
    """Seconds from a request's first byte until its head and body must be complete."""
    write_timeout: float = 60.0
    """Seconds one blocked write may wait on a client that does not read."""


class FramingError(Exception):
    """A request whose framing the server will not read: answered with ``status``, then closed."""

    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


def _bad(message: str) -> FramingError:
    return FramingError(400, message, "invalid_request_framing")


def _too_large(limit: int) -> FramingError:
    return FramingError(
        413, f"The request body exceeds the limit of {limit} bytes.", "request_too_large"
    )


def read_body(rfile: IO[bytes] | io.BufferedIOBase, headers: Message, limit: int) -> bytes:
    """Read a request body as its headers frame it, or raise :class:`FramingError`."""
    encodings = [
        part.strip().lower()
        for value in headers.get_all("Transfer-Encoding") or []
        for part in value.split(",")
        if part.strip()
    ]
    lengths = headers.get_all("Content-Length") or []
    if encodings:
        if encodings != ["chunked"]:
            raise _bad(f"Unsupported Transfer-Encoding: {', '.join(encodings)}.")
        if lengths:
            # Both framings at once is how requests are smuggled past proxies.
            raise _bad("A request cannot have both Content-Length and Transfer-Encoding.")
        return _read_chunked(rfile, limit)
    if not lengths:
        return b""
    values = {v.strip() for value in lengths for v in value.split(",")}
    if len(values) != 1 or not _DIGITS.fullmatch(next(iter(values))):
        raise _bad(f"Invalid Content-Length: {', '.join(lengths)[:40]!r}.")
    length = int(values.pop())
    if length > limit:
        raise _too_large(limit)
    body = rfile.read(length) if length else b""
    if len(body) < length:
        raise _bad(f"The body ended after {len(body)} of {length} bytes.")
    return body


def _read_chunked(rfile: IO[bytes] | io.BufferedIOBase, limit: int) -> bytes:
    data = bytearray()
    while True:
        line = rfile.readline(_MAX_CHUNK_LINE + 1)
        if not line.endswith(b"\n"):
            raise _bad("A chunk-size line is truncated or too long.")
        size_text = line.split(b";", 1)[0].strip()
        if not _HEX.fullmatch(size_text):
            raise _bad(f"Invalid chunk size: {size_text[:40]!r}.")
        # Compare digit counts first so a 1000-digit size is not turned into an int.
        size = int(size_text, 16) if len(size_text) <= 16 else limit + 1
        if len(data) + size > limit:
            raise _too_large(limit)
        if size == 0:
            _skip_trailers(rfile)
            return bytes(data)
        chunk = rfile.read(size)
        if len(chunk) < size:
            raise _bad(f"A chunk ended after {len(chunk)} of {size} bytes.")
        data += chunk
        if rfile.readline(3) not in (b"\r\n", b"\n"):
            raise _bad("A chunk is not followed by CRLF.")


def _skip_trailers(rfile: IO[bytes] | io.BufferedIOBase) -> None:
    for _ in range(_MAX_TRAILER_LINES):
        line = rfile.readline(_MAX_CHUNK_LINE + 1)
        if line in (b"\r\n", b"\n"):
            return
        if not line.endswith(b"\n"):
            raise _bad("The chunked trailer is truncated or too long.")
    raise _bad("The chunked trailer has too many lines.")


def head_size(headers: Message) -> int:
    """Bytes the header fields took on the wire (name, ``: ``, value, CRLF)."""
    return sum(len(name) + len(value) + 4 for name, value in headers.items())


class DeadlineReader(io.RawIOBase):
    """The raw socket reader under a handler's ``rfile``: every ``recv`` is bounded.

    Between requests each ``recv`` may wait ``idle_timeout``; the first bytes of
    a request start its ``read_timeout`` deadline, which later ``recv`` calls
    share, so dripping one byte at a time does not keep a request open.
    :meth:`next_request` re-arms the idle phase. A socket switched to
    non-blocking (WebSocket hand-over) is read as it is.
    """

    def __init__(self, sock: socket.socket, limits: ServerLimits) -> None:
        super().__init__()
        self.sock = sock
        self.limits = limits
        self.deadline: float | None = None

    def readable(self) -> bool:
        """Always: this is a reader."""
        return True

    def next_request(self) -> None:
        """Wait for a new request: idle timeout until its first byte arrives."""
        self.deadline = None

    def readinto(self, buffer: memoryview | bytearray) -> int | None:  # type: ignore[override]
        """Receive into ``buffer``; raises :class:`TimeoutError` past the deadline."""
        if self.sock.gettimeout() == 0.0:
            try:
                return self.sock.recv_into(buffer)
            except BlockingIOError:
                return None
        if self.deadline is None:
            timeout = self.limits.idle_timeout
        else:
            timeout = self.deadline - time.monotonic()
            if timeout <= 0:
                raise TimeoutError("the request was not received in time")
        self.sock.settimeout(timeout)
        received = self.sock.recv_into(buffer)
        if self.deadline is None and received:
            self.deadline = time.monotonic() + self.limits.read_timeout
        return received
