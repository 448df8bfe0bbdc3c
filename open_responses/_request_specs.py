"""The pure half of ``client.responses``: each call's arguments become a ``RequestSpec``.

Both ``Responses`` and ``AsyncResponses`` build their requests here, so the sync and
async operations cannot drift apart; nothing in this module does I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import quote

import httpx

from ._base import (
    NOT_GIVEN,
    ClientSettings,
    NotGiven,
    RequestSpec,
    call_timeout,
    merge_body,
    parse_model,
)
from ._errors import InvalidArgumentError
from ._generated import models
from ._generated.api import OPERATIONS, OperationCall
from ._generated.types import UNSET
from ._response import Response
from ._structured import parse_output, text_format_param

__all__: list[str] = []

Timeout = float | httpx.Timeout | NotGiven | None
ParsedT = TypeVar("ParsedT")


def response_of(reply: httpx.Response) -> Response:
    response: Response = parse_model(Response, reply)
    response.http_response = reply
    return response


def _reply_parser(name: str | None) -> Callable[[httpx.Response], Any]:
    """How a successful reply of an operation becomes its result."""
    if name is None:
        return no_parse
    if name == "ResponseResource":
        return response_of

    def parse(reply: httpx.Response) -> Any:
        return parse_model(getattr(models, name), reply)

    return parse


def no_parse(reply: httpx.Response) -> httpx.Response:
    return reply


def _path_id(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(f"path parameters must be non-empty strings, got {value!r}")
    return quote(value, safe="")


def _query(values: Mapping[str, Any]) -> dict[str, Any] | None:
    # Lists go as repeated ``name[]`` keys, as the OpenAI service reads them.
    query = {
        (f"{key}[]" if isinstance(value, (list, tuple)) else key): (
            list(value) if isinstance(value, (list, tuple)) else value
        )
        for key, value in values.items()
        if value is not None
    }
    return query or None


def call_options(
    timeout: Any,
    max_retries: Any,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> dict[str, Any]:
    # The generated methods say "not given" with UNSET; the client with NOT_GIVEN.
    return {
        "timeout": NOT_GIVEN if timeout is UNSET else timeout,
        "max_retries": NOT_GIVEN if max_retries is UNSET else max_retries,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
    }


def operation_spec(call: OperationCall) -> RequestSpec[Any]:
    """The request for one call of a generated operation method."""
    operation, path, query, body, params, options = call
    url = operation.path.format(
        **{name: _path_id(value) for name, value in zip(operation.path_params, path, strict=True)}
    )
    payload = None
    if operation.body is not None:
        payload = merge_body(body, params, options.get("extra_body"))
    return RequestSpec(
        operation.method,
        url,
        _reply_parser(operation.reply),
        body=payload,
        query=_query(query),
        **call_options(
            options.get("timeout", UNSET),
            options.get("max_retries", UNSET),
            options.get("extra_headers"),
            options.get("extra_query"),
        ),
    )


def _structured_response(text_format: Any) -> Any:
    def parse(reply: httpx.Response) -> Response:
        response = response_of(reply)
        response.output_parsed = parse_output(response, text_format)
        return response

    return parse


def create_spec(
    body: Any,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    stream: bool,
    options: dict[str, Any],
    *,
    text_format: Any = None,
) -> RequestSpec[Any]:
    """POST /responses (``stream`` adds ``"stream": true`` and expects SSE).

    ``text_format`` (a dataclass, attrs class, TypedDict or pydantic model) asks
    for JSON matching its schema and parses the reply into ``output_parsed``.
    """
    operation = OPERATIONS["create"]
    payload = merge_body(body, params, extra_body)
    if stream:
        payload["stream"] = True
    parse: Any = response_of
    if text_format is not None:
        text = payload.get("text")
        payload["text"] = {
            **(text if isinstance(text, Mapping) else {}),
            **text_format_param(text_format),
        }
        parse = _structured_response(text_format)
    streams = stream or payload.get("stream") is True
    return RequestSpec(
        operation.method,
        operation.path,
        no_parse if streams else parse,
        body=payload,
        stream=streams,
        **options,
    )


def retrieve_spec(
    response_id: str, include: Sequence[str] | None, options: dict[str, Any]
) -> RequestSpec[Response]:
    """GET /responses/{id}, read as JSON."""
    operation = OPERATIONS["retrieve"]
    return RequestSpec(
        operation.method,
        operation.path.format(response_id=_path_id(response_id)),
        response_of,
        query=_query({"include": include}),
        **options,
    )


def resume_specs(
    response_id: str, starting_after: int | None, options: dict[str, Any]
) -> tuple[RequestSpec[Any], RequestSpec[Any]]:
    """The requests that resume a stored response's events, the spec's route first.

    ``GET /responses/{id}?stream=true&starting_after=n`` is the spec's; some servers
    serve the same stream at ``GET /responses/{id}/events?starting_after=n`` instead.
    """
    operation = OPERATIONS["retrieve"]
    path = operation.path.format(response_id=_path_id(response_id))
    spec: RequestSpec[Any] = RequestSpec(
        operation.method,
        path,
        no_parse,
        query={"stream": True, "starting_after": starting_after},
        stream=True,
        **options,
    )
    fallback: RequestSpec[Any] = RequestSpec(
        "GET",
        path + "/events",
        no_parse,
        query=_query({"starting_after": starting_after}),
        stream=True,
        **options,
    )
    return spec, fallback


def is_event_stream(reply: httpx.Response) -> bool:
    return "text/event-stream" in reply.headers.get("content-type", "")


def answered(spec: RequestSpec[Any], reply: httpx.Response | Exception) -> str:
    what = (
        f"HTTP {reply.status_code} {reply.headers.get('content-type') or 'without a content type'}"
        if isinstance(reply, httpx.Response)
        else type(reply).__name__
    )
    return f"GET {spec.path} answered {what}"


def cap_read_timeout(
    spec: RequestSpec[Any], settings: ClientSettings, total_timeout: float | None
) -> RequestSpec[Any]:
    """Bound each read of a stream, and the whole call (retries included), by its total timeout.

    The total timeout is checked whenever bytes arrive; a server that stalls
    sends none, so without this cap one read could outlast the total timeout by
    up to the whole idle timeout.
    """
    if total_timeout is None:
        return dataclasses.replace(spec, total_timeout=None)
    base = call_timeout(settings, spec)
    read = total_timeout if base.read is None else min(base.read, total_timeout)
    timeout = httpx.Timeout(connect=base.connect, read=read, write=base.write, pool=base.pool)
    return dataclasses.replace(spec, timeout=timeout, total_timeout=total_timeout)
