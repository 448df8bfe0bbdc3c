"""What the app exchanges with its shells: requests in, replies and stream directives out.

:class:`Request` is what the HTTP server, the httpx transport and the WebSocket
session hand the app; :class:`JSONReply` and :class:`StreamReply` are what it
hands back. A streamed reply is an iterator of byte chunks interleaved with
:class:`Pause` and :class:`Disconnect` directives the shell carries out. The
helpers below build replies in the spec's shapes (``APIError`` becomes the
spec's error body).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = [
    "Disconnect",
    "JSONReply",
    "Pause",
    "RecordedRequest",
    "Request",
    "StreamReply",
    "response_resource",
]

JSON = dict[str, Any]


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


@dataclass(eq=False)
class APIError(Exception):
    """A request the app refuses: answered with ``status`` and the spec's error body."""

    status: int
    message: str
    type: str
    code: str | None = None
    param: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)  # str(error) is the message, as for any exception


def dumps(obj: Any) -> str:
    """Compact JSON, as the app writes every body and event."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def response_resource(output: list[JSON] | None = None, **fields: Any) -> JSON:
    """A complete ``ResponseResource`` body: every required field present, ``fields`` on top.

    Without ``fields`` it is a completed response from model ``"model"`` with no
    usage; tests and scripted servers pass only what they care about, e.g.
    ``response_resource([message], id="resp_2", previous_response_id="resp_1")``.
    """
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1767225600,
        "completed_at": 1767225601,
        "status": "completed",
        "incomplete_details": None,
        "model": "model",
        "previous_response_id": None,
        "instructions": None,
        "output": output or [],
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
        "usage": None,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "store": True,
        "background": False,
        "service_tier": "default",
        "metadata": {},
        "safety_identifier": None,
        "prompt_cache_key": None,
        **fields,
    }


def error_body(message: str, type: str, code: str | None = None, param: str | None = None) -> bytes:
    """The spec's error body: ``{"error": {"message", "type", "param", "code"}}``."""
    return dumps(
        {"error": {"message": message, "type": type, "param": param, "code": code}}
    ).encode()


_ERROR_TYPES = {
    400: "invalid_request",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    409: "conflict",
    422: "invalid_request",
    429: "too_many_requests",
}


def default_error_type(status: int) -> str:
    """The error ``type`` a real server gives a status (scripted errors may leave it out)."""
    return _ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request")


def json_reply(
    status: int, obj: Any, request_id: str, headers: list[tuple[str, str]] | None = None
) -> JSONReply:
    """A JSON reply carrying ``obj`` and an ``x-request-id``."""
    return JSONReply(
        status,
        [("Content-Type", "application/json"), ("x-request-id", request_id), *(headers or [])],
        dumps(obj).encode(),
    )


def error_reply(error: APIError, request_id: str) -> JSONReply:
    """The reply to a refused request."""
    return JSONReply(
        error.status,
        [("Content-Type", "application/json"), ("x-request-id", request_id)],
        error_body(error.message, error.type, error.code, error.param),
    )


def sse_headers(request_id: str, content_type: str | None = None) -> list[tuple[str, str]]:
    """The headers of a streamed (SSE) reply."""
    return [
        ("Content-Type", content_type or "text/event-stream; charset=utf-8"),
        ("Cache-Control", "no-cache"),
        ("x-request-id", request_id),
    ]
