"""Error replies become exceptions: the one place that picks an error's class.

An error body, an SSE ``error`` event or a WebSocket ``error`` frame is read for
the fields servers put in it (in any of the shapes they use), a one-line
message, the request id, and any credential the server echoed (scrubbed). The
factories never raise on odd bodies, and no message or repr includes request headers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import httpx

from ._error_text import body_preview, compact_json, secrets_of
from ._errors import (
    PREVIOUS_RESPONSE_NOT_FOUND,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreviousResponseNotFoundError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    _PreviousResponseNotFoundBadRequest,
    _PreviousResponseNotFoundNotFound,
)
from ._secrets import scrub, scrub_value

__all__: list[str] = []


def as_text(value: object) -> str | None:
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


def describe_detail(detail: object) -> str | None:
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
    return compact_json(detail)


class ErrorFields:
    """The error fields pulled out of a body or event payload."""

    __slots__ = ("code", "message", "param", "status", "type")

    def __init__(self) -> None:
        self.message: str | None = None
        self.code: str | None = None
        self.type: str | None = None
        self.param: str | None = None
        self.status: int | None = None


def extract_fields(data: object, *, is_event: bool = False) -> ErrorFields:
    """Find message, code, type and param in any of the error shapes servers send.

    Handles ``{"error": {...}}`` (spec), ``{"error": "text"}``, flat
    ``{"message", "code", "type"}``, FastAPI's ``{"detail": ...}``, WebSocket
    frames ``{"type": "error", "status": 400, "error": {...}}`` and flat SSE
    error events, whose ``type`` is the event type and not the error type.
    """
    fields = ErrorFields()
    if not isinstance(data, Mapping):
        fields.message = describe_detail(data)
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
                fields.message = describe_detail(source[key])
                if fields.message:
                    break
    fields.code = as_text(source.get("code"))
    kind = as_text(source.get("type"))
    # In a flat event {"type": "error", "message": ...}, "type" names the event.
    if not (is_event and source is data):
        fields.type = kind
    fields.param = as_text(source.get("param"))
    return fields


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
