"""The exception hierarchy and the factories that turn error replies into exceptions.

The factories at the bottom (:func:`status_error_from_response`,
:func:`status_error_from_payload` and :func:`validation_error_from_response`)
are the only place that decides which class an error gets. They never raise on
odd bodies, and no message or repr ever includes request headers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx

from ._error_bodies import (
    body_preview,
    compact_json,
    extract_fields,
    request_id_of,
    secrets_of,
    summarize,
)
from ._secrets import scrub, scrub_value

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConversationFormatError",
    "EventTooLargeError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidArgumentError",
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
    "UnprocessableEntityError",
    "status_error_from_payload",
    "status_error_from_response",
    "validation_error_from_response",
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
    (set by the streaming layer); it is ``None`` otherwise.
    """

    message: str
    request: httpx.Request | None
    body: object | None
    snapshot: object | None

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


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

# Stream error events often carry no status; the spec's error types (and the
# common "_error"-suffixed spellings) still say which class fits.
_TYPE_STATUS: dict[str, int] = {
    "invalid_request": 400,
    "invalid_request_error": 400,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found": 404,
    "not_found_error": 404,
    "too_many_requests": 429,
    "rate_limit_error": 429,
    "server_error": 500,
    "model_error": 500,
}


def _class_for(status: int | None, code: str | None) -> type[APIStatusError]:
    """Pick the exception class for a status (or inferred status) and error code."""
    if code == PREVIOUS_RESPONSE_NOT_FOUND:
        if status == 400:
            return _PreviousResponseNotFoundBadRequest
        if status == 404:
            return _PreviousResponseNotFoundNotFound
        return PreviousResponseNotFoundError
    if status is None:
        return APIStatusError
    if status >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status, APIStatusError)


def _scrub_opt(text: str | None, secrets: list[str]) -> str | None:
    return None if text is None else scrub(text, secrets)


def _build(
    status_code: int | None,
    data: object,
    fallback: str,
    *,
    is_event: bool,
    headers: httpx.Headers,
    response: httpx.Response | None,
    request: httpx.Request | None,
    body: object | None,
) -> APIStatusError:
    """Shared tail of the status-error factories."""
    fields = extract_fields(data, is_event=is_event)
    if status_code is None:
        status_code = fields.status
    inferred = status_code
    if inferred is None and fields.type is not None:
        inferred = _TYPE_STATUS.get(fields.type)
    secrets = secrets_of(request)
    message = scrub(fields.message or fallback, secrets)
    cls = _class_for(inferred, fields.code)
    clean_headers = httpx.Headers([(k, scrub(v, secrets)) for k, v in headers.multi_items()])
    return cls(
        message,
        status_code=status_code,
        code=_scrub_opt(fields.code, secrets),
        type=_scrub_opt(fields.type, secrets),
        param=_scrub_opt(fields.param, secrets),
        headers=clean_headers,
        response=response,
        request=request,
        body=scrub_value(body, secrets),
    )


def status_error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the exception for an HTTP error reply whose body has already been read.

    The class follows the status (:class:`NotFoundError` for 404, ...), except
    that code ``previous_response_not_found`` always gives a
    :class:`PreviousResponseNotFoundError`. Never raises on odd bodies.
    """
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a Response built by hand has no request
        request = None
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
        fallback = "(response body was not read)"
    else:
        fallback = "(empty response body)"

    data: object | None = None
    is_json = False
    stripped = text.strip()
    looks_json = stripped[:1] in ("{", "[") or "json" in response.headers.get("content-type", "")
    if stripped and looks_json:
        try:
            data = json.loads(stripped)
            is_json = True
        except (ValueError, RecursionError):
            pass
    if is_json:
        body: object | None = data
        fallback = compact_json(data)
    elif stripped:
        body = text
        data = None
        fallback = body_preview(text)
    else:
        body = None
    return _build(
        response.status_code,
        data,
        fallback,
        is_event=False,
        headers=response.headers,
        response=response,
        request=request,
        body=body,
    )


def status_error_from_payload(
    status_code: int | None,
    payload: Mapping[str, object],
    headers: httpx.Headers | Mapping[str, str] | None = None,
    *,
    request: httpx.Request | None = None,
) -> APIStatusError:
    """Build the exception for a WebSocket ``error`` frame or an SSE ``error`` event.

    ``status_code`` wins; when it is ``None`` the frame's ``status`` is used, and
    failing that the class is inferred from the error ``type`` (``status_code``
    then stays ``None``). Headers listed in the payload's ``error.headers`` are
    added to ``headers`` (request ids, for instance).
    """
    merged = httpx.Headers(headers)
    inner = payload.get("error") if isinstance(payload, Mapping) else None
    extra = inner.get("headers") if isinstance(inner, Mapping) else None
    if isinstance(extra, Mapping):
        for name, value in extra.items():
            if isinstance(name, str) and isinstance(value, str) and name not in merged:
                merged[name] = value
    return _build(
        status_code,
        payload,
        "(error event without a message)",
        is_event=True,
        headers=merged,
        response=None,
        request=request,
        body=payload,
    )


def validation_error_from_response(
    response: httpx.Response, problem: str = "The response body is not the expected JSON object"
) -> ResponseValidationError:
    """Build the exception for a 2xx reply whose (already read) body cannot be used."""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    try:
        text = response.text
    except httpx.ResponseNotRead:
        text = ""
    return ResponseValidationError(
        problem,
        status_code=response.status_code,
        body=text,
        content_type=response.headers.get("content-type"),
        request=request,
    )
