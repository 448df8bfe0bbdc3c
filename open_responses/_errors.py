"""The exception hierarchy and the factories that turn error replies into exceptions.

The factories at the bottom (:func:`status_error_from_response`,
:func:`status_error_from_payload` and :func:`validation_error_from_response`)
are the only place that decides which class an error gets. They never raise on
odd bodies, and no message or repr ever includes request headers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import httpx

from ._secrets import scrub, scrub_value, secret_parts

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

# Longest excerpt of a non-JSON body (HTML page, proxy text) put into a message.
_PREVIEW_CHARS = 300
# Only this much of a body is scanned for an HTML <title>, to stay cheap.
_SCAN_CHARS = 8192
_REQUEST_ID_HEADERS = ("x-request-id", "openai-request-id", "request-id")
_SECRET_REQUEST_HEADERS = ("authorization", "api-key", "x-api-key")
# Request extension (set by ``_base.build_request``) naming the credential header used.
ORIGIN_EXTENSION = "open_responses.origin"
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


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
        self._summary = _summarize(status_code, message, code, param, self.request_id)

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
        body = scrub(body, _secrets_of(request))
        preview = _preview(body) if body.strip() else "(empty body)"
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


def _summarize(
    status: int | None, message: str, code: str | None, param: str | None, request_id: str | None
) -> str:
    """Build the one-line ``str()`` of an :class:`APIStatusError`."""
    if status is None:
        head = "Error"
    else:
        reason = httpx.codes.get_reason_phrase(status)
        head = f"{status} {reason}" if reason else f"HTTP {status}"
    extras = [
        f"{name}={value}"
        for name, value in (("code", code), ("param", param), ("request_id", request_id))
        if value
    ]
    line = f"{head}: {_one_line(message)}"
    return f"{line} ({', '.join(extras)})" if extras else line


def _one_line(text: str) -> str:
    """Collapse runs of whitespace (newlines included) so a message fits on one line."""
    return _SPACE_RE.sub(" ", text).strip()


def _preview(text: str) -> str:
    """A short, one-line excerpt of a non-JSON body; an HTML page gives its <title>."""
    head = text[:_SCAN_CHARS]
    title = _TITLE_RE.search(head)
    if title is not None and title.group(1).strip():
        head = title.group(1)
    elif "<" in head:
        head = _TAG_RE.sub(" ", head)
    flat = _one_line(head)
    if len(flat) > _PREVIEW_CHARS or (len(text) > _SCAN_CHARS and title is None):
        return flat[:_PREVIEW_CHARS].rstrip() + "..."
    return flat


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's request id among reply headers (``x-request-id`` or a provider's equivalent)."""
    for name in _REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def _as_text(value: object) -> str | None:
    """Coerce a scalar error field (``code``, ``param``, ``type``) to ``str``; drop anything else."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return None


def _describe_detail(detail: object) -> str | None:
    """Render a ``message``/``detail`` value, including FastAPI's validation-error list."""
    if isinstance(detail, str):
        return detail or None
    if isinstance(detail, list) and detail:
        parts = []
        for item in detail:
            if isinstance(item, Mapping) and isinstance(item.get("msg"), str):
                loc = item.get("loc")
                where = ".".join(str(p) for p in loc) if isinstance(loc, list) else None
                parts.append(f"{where}: {item['msg']}" if where else str(item["msg"]))
            elif isinstance(item, str):
                parts.append(item)
        if parts:
            return "; ".join(parts)
    if isinstance(detail, Mapping):
        for key in ("message", "msg", "detail"):
            if isinstance(detail.get(key), str) and detail[key]:
                return str(detail[key])
    if detail is None or detail == "" or detail == [] or detail == {}:
        return None
    return _compact_json(detail)


def _compact_json(value: object) -> str:
    """Compact JSON text of ``value``, shortened for a message; never raises."""
    try:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS] + "..."


class _Fields:
    """The error fields pulled out of a body or event payload."""

    __slots__ = ("code", "message", "param", "status", "type")

    def __init__(self) -> None:
        self.message: str | None = None
        self.code: str | None = None
        self.type: str | None = None
        self.param: str | None = None
        self.status: int | None = None


def _extract(data: object, *, is_event: bool = False) -> _Fields:
    """Find message, code, type and param in any of the error shapes servers send.

    Handles ``{"error": {...}}`` (spec), ``{"error": "text"}``, flat
    ``{"message", "code", "type"}``, FastAPI's ``{"detail": ...}``, WebSocket
    frames ``{"type": "error", "status": 400, "error": {...}}`` and flat SSE
    error events, whose ``type`` is the event type and not the error type.
    """
    fields = _Fields()
    if not isinstance(data, Mapping):
        fields.message = _describe_detail(data)
        return fields
    status = data.get("status")
    if isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599:
        fields.status = status
    inner = data.get("error")
    if isinstance(inner, Mapping):
        source: Mapping[str, object] = inner
    else:
        source = data
        if isinstance(inner, str) and inner:
            fields.message = inner
    if fields.message is None:
        for key in ("message", "detail", "msg", "error_description", "title"):
            if key in source:
                fields.message = _describe_detail(source[key])
                if fields.message:
                    break
    fields.code = _as_text(source.get("code"))
    kind = _as_text(source.get("type"))
    # In a flat event {"type": "error", "message": ...}, "type" names the event.
    if not (is_event and source is data):
        fields.type = kind
    fields.param = _as_text(source.get("param"))
    return fields


def _secrets_of(request: httpx.Request | None) -> list[str]:
    """The credential values a request carried, to scrub should a server echo them back.

    Registered client credentials are scrubbed anyway (see ``_secrets``); this adds
    those of requests built elsewhere (a caller's own headers).
    """
    if request is None:
        return []
    names = list(_SECRET_REQUEST_HEADERS)
    marker = request.extensions.get(ORIGIN_EXTENSION)
    if isinstance(marker, tuple) and len(marker) == 2 and isinstance(marker[1], str):
        names.append(marker[1].lower())
    found = []
    for name in names:
        found.extend(secret_parts(request.headers.get(name)))
    return found


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
    fields = _extract(data, is_event=is_event)
    if status_code is None:
        status_code = fields.status
    inferred = status_code
    if inferred is None and fields.type is not None:
        inferred = _TYPE_STATUS.get(fields.type)
    secrets = _secrets_of(request)
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
        fallback = _compact_json(data)
    elif stripped:
        body = text
        data = None
        fallback = _preview(text)
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
