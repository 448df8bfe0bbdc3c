"""Every exception ``open_responses`` raises, in one tree.

Nothing else escapes a public call: no bare ``KeyError``, ``JSONDecodeError`` or
httpx exception. Which class an error reply gets is decided in ``_error_replies``.

OpenResponsesError
├── APIError                          .message, .request, .body, .snapshot
│   ├── APIStatusError                .status_code, .code, .type, .param, .request_id, .headers
│   │   ├── BadRequestError (400)
│   │   ├── AuthenticationError (401)
│   │   │   └── WebSocketAuthError    close code 1008 (also a PermissionDeniedError)
│   │   ├── PermissionDeniedError (403)
│   │   ├── NotFoundError (404)
│   │   ├── ConflictError (409)
│   │   ├── UnprocessableEntityError (422)
│   │   ├── RateLimitError (429)
│   │   ├── InternalServerError (>= 500)
│   │   └── PreviousResponseNotFoundError   (also BadRequestError / NotFoundError at 400 / 404)
│   ├── APIConnectionError
│   │   ├── APITimeoutError
│   │   └── WebSocketClosedError
│   │       ├── WebSocketMessageTooBigError   1009
│   │       ├── WebSocketServerError          1011
│   │       └── WebSocketTryAgainLaterError   1012, 1013
│   ├── ResponseValidationError       a 2xx reply that is not the expected JSON
│   ├── ResponseTooLargeError         over max_body_bytes
│   │   └── EventTooLargeError        one event over max_event_bytes
│   └── StreamError
│       ├── IncompleteStreamError     ended before its terminal event
│       ├── ProtocolError             not an event stream (strict mode), or broken framing
│       └── ResumeNotSupportedError   no route resumes a stored response's events
├── InvalidArgumentError              an unusable argument (also a ValueError)
├── ArgumentError                     a tool call's arguments do not fit the function (also a ValueError)
├── MaxTurnsExceeded                  the tool loop ran out of turns
├── ConversationFormatError           ``Conversation.from_json`` got something else
├── StructuredOutputError             a reply that does not match ``text_format``
├── TurnInProgressError               a WebSocket connection already runs a turn
└── WebSocketUnavailableError         WebSocket mode needs the ``websocket`` extra
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import httpx

from ._error_text import (
    body_preview,
    request_id_of,
    secrets_of,
    summarize,
)
from ._secrets import scrub, scrub_snapshot

if TYPE_CHECKING:
    from ._response import Response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConversationFormatError",
    "EventTooLargeError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidArgumentError",
    "MaxTurnsExceeded",
    "NotFoundError",
    "OpenResponsesError",
    "PermissionDeniedError",
    "PreviousResponseNotFoundError",
    "ProtocolError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "ResumeNotSupportedError",
    "StreamError",
    "StructuredOutputError",
    "TurnInProgressError",
    "UnprocessableEntityError",
    "WebSocketAuthError",
    "WebSocketClosedError",
    "WebSocketMessageTooBigError",
    "WebSocketServerError",
    "WebSocketTryAgainLaterError",
    "WebSocketUnavailableError",
]

PREVIOUS_RESPONSE_NOT_FOUND = "previous_response_not_found"


def _restore(
    cls: type[OpenResponsesError], args: tuple[object, ...], state: dict[str, object]
) -> OpenResponsesError:
    """Rebuild a pickled error without calling ``__init__`` (whose signature varies)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class OpenResponsesError(Exception):
    """Base class of every exception raised by ``open_responses``."""

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take keyword-only arguments, which the default
        # Exception pickling (cls(*args)) cannot replay; errors must survive
        # multiprocessing and task queues. The httpx request and response are
        # left behind: they carry the credential header into brokers and stores.
        state = {
            key: value
            for key, value in self.__dict__.items()
            if not isinstance(value, (httpx.Request, httpx.Response))
        }
        if "request" in self.__dict__:
            state["request"] = None
        if "response" in self.__dict__:
            state["response"] = None
        return (_restore, (type(self), self.args, state))


class APIError(OpenResponsesError):
    """An error in talking to the API: a failed request, an error reply or a broken stream.

    ``snapshot`` is the partial response accumulated so far when a stream breaks
    (set by the streaming layer, credentials scrubbed); it is ``None`` otherwise.
    """

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        body: object | None = None,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.snapshot = snapshot

    @property
    def snapshot(self) -> object | None:
        """The partial response when a stream broke, with any echoed credential scrubbed."""
        return self.__dict__.get("_snapshot")

    @snapshot.setter
    def snapshot(self, value: object | None) -> None:
        self._snapshot = scrub_snapshot(value, secrets_of(self.__dict__.get("request")))

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        # Deliberately only the message: the request (and its headers) stay out.
        return f"{type(self).__name__}({str(self)!r})"


class APIStatusError(APIError):
    """The server answered with an error: a non-2xx HTTP status, or an error event or frame.

    ``message`` is the server's own human-readable text; ``str(error)`` is a
    one-line summary such as ``404 Not Found: ... (code=..., request_id=...)``.
    ``status_code`` is ``None`` only for stream error events that carry no status.
    ``body`` is the parsed JSON if the body was JSON, else its text (``None`` if empty).
    """

    status_code: int | None
    code: str | None
    type: str | None
    param: str | None
    request_id: str | None
    headers: httpx.Headers
    response: httpx.Response | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        type: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        headers: httpx.Headers | Mapping[str, str] | None = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
        body: object | None = None,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(message, request=request, body=body, snapshot=snapshot)
        self.status_code = status_code
        self.code = code
        self.type = type
        self.param = param
        self.headers = headers if isinstance(headers, httpx.Headers) else httpx.Headers(headers)
        self.request_id = request_id if request_id is not None else request_id_of(self.headers)
        self.response = response
        self._summary = summarize(status_code, message, code, param, self.request_id)

    def __str__(self) -> str:
        return self._summary


class BadRequestError(APIStatusError):
    """HTTP 400: the request is malformed or semantically invalid."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the key is valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """HTTP 404: the model, response or route does not exist."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the current state of a resource."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the body was understood but failed validation."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests, or quota exhausted."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server or the model failed."""


class PreviousResponseNotFoundError(APIStatusError):
    """The ``previous_response_id`` is unknown to the server (code ``previous_response_not_found``).

    Chosen by the error code whatever the status. With status 400 or 404 the
    raised object is also a :class:`BadRequestError` or :class:`NotFoundError`.
    Recover by resending the full context without ``previous_response_id``.
    """


# Two static subclasses rather than classes built on the fly: they pickle
# (multiprocessing, task queues), show up in tracebacks and type-check. Servers
# send this code with 400 or 404 only; any other status gets the plain class,
# which is still an APIStatusError.
class _PreviousResponseNotFoundBadRequest(PreviousResponseNotFoundError, BadRequestError):
    """``previous_response_not_found`` sent with status 400."""


class _PreviousResponseNotFoundNotFound(PreviousResponseNotFoundError, NotFoundError):
    """``previous_response_not_found`` sent with status 404."""


class APIConnectionError(APIError):
    """The request did not get a reply: DNS, refused connection, TLS failure, dropped stream."""

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(message, request=request, snapshot=snapshot)


class APITimeoutError(APIConnectionError):
    """The request, or a stream read, timed out."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        request: httpx.Request | None = None,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(message, request=request, snapshot=snapshot)


class ResponseTooLargeError(APIError):
    """A reply, or one streamed event, is larger than the client's limit allows.

    ``limit`` names the option (``max_body_bytes`` or ``max_event_bytes``) and
    ``limit_bytes`` its value; raise the option on the client if the reply is
    legitimate. Sizes count decoded (decompressed) bytes.
    """

    limit: str
    limit_bytes: int

    def __init__(
        self,
        limit: str,
        limit_bytes: int,
        *,
        what: str = "The reply",
        request: httpx.Request | None = None,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(
            f"{what} is larger than {limit}={limit_bytes} bytes; the client stopped reading it",
            request=request,
            snapshot=snapshot,
        )
        self.limit = limit
        self.limit_bytes = limit_bytes


class EventTooLargeError(ResponseTooLargeError):
    """One streamed event grew past ``max_event_bytes`` before it ended.

    The connection is not read further: a server that never ends an event would
    otherwise fill the memory.  ``snapshot`` is the response streamed so far.
    """

    max_event_bytes: int

    def __init__(
        self,
        max_event_bytes: int,
        *,
        snapshot: object | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(
            "max_event_bytes",
            max_event_bytes,
            what="One streamed event",
            request=request,
            snapshot=snapshot,
        )
        self.max_event_bytes = max_event_bytes


class ResponseValidationError(APIError):
    """A 2xx reply whose body is not JSON or not the expected object.

    Typical causes: an HTML page from a proxy or captive portal, a truncated
    body, or a server that speaks another API. ``body`` is the full raw text;
    only the message shows a shortened excerpt.
    """

    status_code: int
    content_type: str | None

    def __init__(
        self,
        problem: str,
        *,
        status_code: int,
        body: str,
        content_type: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        shown = content_type or "no content-type"
        body = scrub(body, secrets_of(request))
        preview = body_preview(body) if body.strip() else "(empty body)"
        message = f"{problem} (HTTP {status_code}, {shown}): {preview}"
        super().__init__(message, request=request, body=body)
        self.status_code = status_code
        self.content_type = content_type


class StreamError(APIError):
    """Base class of errors detected while reading a streamed response."""


class ResumeNotSupportedError(StreamError):
    """The server offers no event stream to resume a response from.

    Both ``GET /responses/{id}?stream=true`` and ``GET /responses/{id}/events``
    were tried; ``attempts`` says what each answered.  Nothing was made up in
    their place: retrieve the response instead, or start a new one.
    """

    attempts: list[str]

    def __init__(self, attempts: list[str], *, request: httpx.Request | None = None) -> None:
        super().__init__(
            "The server does not stream a stored response's events: " + "; ".join(attempts),
            request=request,
        )
        self.attempts = attempts


class IncompleteStreamError(StreamError):
    """The stream ended without a terminal event (``response.completed``, ``failed``, ...).

    ``snapshot`` is the partial response built so far and
    ``last_sequence_number`` the last event's sequence number, when known.
    """

    last_sequence_number: int | None

    def __init__(
        self,
        message: str = "The stream ended before a terminal event.",
        *,
        snapshot: object | None = None,
        last_sequence_number: int | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=request, snapshot=snapshot)
        self.last_sequence_number = last_sequence_number


class ProtocolError(StreamError):
    """The server broke the streaming protocol (raised in strict mode).

    ``violation`` says which rule was broken; ``event`` is the offending event.
    """

    violation: str
    event: object | None

    def __init__(
        self,
        violation: str,
        *,
        event: object | None = None,
        snapshot: object | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(
            f"Streaming protocol violation: {violation}", request=request, snapshot=snapshot
        )
        self.violation = violation
        self.event = event


class InvalidArgumentError(OpenResponsesError, ValueError):
    """An argument the library cannot use (a bad base URL, an empty response id, ...).

    Also a ``ValueError``, so code written against the usual Python convention still catches it.
    """


class ConversationFormatError(OpenResponsesError):
    """Text given to ``Conversation.from_json`` is not a conversation saved by ``to_json``."""


class StructuredOutputError(OpenResponsesError):
    """The model's reply does not match the requested schema; ``raw_text`` is the reply."""

    raw_text: str

    def __init__(self, message: str, *, raw_text: str) -> None:
        super().__init__(message)
        self.raw_text = raw_text


class ArgumentError(OpenResponsesError, ValueError):
    """A tool call's JSON arguments do not fit the function's types; ``path`` says where.

    Also a ``ValueError``. The tool loop hands the message back to the model.
    """

    path: str
    problem: str

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


class MaxTurnsExceeded(OpenResponsesError):
    """The tool loop made ``max_turns`` model calls and the model still wants tools.

    ``response`` is the last response (its tool calls were not executed: the
    limit also bounds tool side effects); ``max_turns`` is the limit that was hit.
    Calling ``Conversation.run()`` again resumes by answering those calls.
    """

    response: Response
    max_turns: int

    def __init__(self, message: str, *, response: Response, max_turns: int) -> None:
        super().__init__(message)
        self.response = response
        self.max_turns = max_turns


class TurnInProgressError(OpenResponsesError):
    """``create`` was called while the previous turn on the same connection was not consumed.

    A connection carries at most one in-flight response (the spec forbids
    multiplexing). Consume the previous turn first (iterate it to the end, call
    ``get_final_response()`` or ``close()`` it), or open a second connection for
    parallel runs.
    """


class WebSocketUnavailableError(OpenResponsesError):
    """WebSocket mode needs the optional ``websockets`` package, which is not installed."""


# -- WebSocket close codes (the mapping from codes lives in _ws_close) --------------


class WebSocketClosedError(APIConnectionError):
    """The server closed the WebSocket with a close frame; ``close_code`` says why.

    ``reconnect_may_help`` tells whether ``reconnect()`` and a retry can succeed
    (server restarts and overloads) or not (a request the server refuses).
    """

    close_code: int
    close_reason: str
    reconnect_may_help: bool

    def __init__(
        self,
        message: str,
        *,
        close_code: int,
        close_reason: str = "",
        reconnect_may_help: bool = True,
        snapshot: object | None = None,
    ) -> None:
        super().__init__(message, snapshot=snapshot)
        self.close_code = close_code
        self.close_reason = close_reason
        self.reconnect_may_help = reconnect_may_help


class WebSocketMessageTooBigError(WebSocketClosedError):
    """Close code 1009: a frame was larger than the server accepts; send less, not again."""


class WebSocketServerError(WebSocketClosedError):
    """Close code 1011: the server failed; ``reconnect()`` and retry the turn."""


class WebSocketTryAgainLaterError(WebSocketClosedError):
    """Close code 1012 or 1013: the server restarts or is overloaded; wait, then reconnect."""


class WebSocketAuthError(AuthenticationError, PermissionDeniedError):
    """Close code 1008 (policy violation) after the handshake: the key was refused.

    Also an :class:`AuthenticationError` and a :class:`PermissionDeniedError`, so
    the handlers written for HTTP 401/403 catch it. ``status_code`` is ``None``;
    ``close_code`` and ``close_reason`` carry what the server said.
    """

    close_code: int
    close_reason: str
