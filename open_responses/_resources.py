"""``client.responses``: the spec's operations, sync and async.

The generated layer describes every operation (``OPERATIONS``) and gives each one
that cannot stream a typed method; this module supplies the one thing those
methods need, ``_call``, which turns an operation and its arguments into a
request.  By hand there is only what a generator cannot know: ``create`` and
``stream`` (streaming, ``text_format``), ``retrieve`` (a streaming operation read
as JSON), ``run`` and ``connect``.  The sync and async classes share every
decision through the pure ``*_spec`` functions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload
from urllib.parse import quote

import httpx

from ._base import (
    NOT_GIVEN,
    APIResponse,
    ClientSettings,
    NotGiven,
    RequestSpec,
    call_timeout,
    merge_body,
    parse_model,
)
from ._errors import APIStatusError, InvalidArgumentError, ResumeNotSupportedError
from ._generated.api import (
    OPERATIONS,
    AsyncResponsesOperations,
    CreateResponseBodyParams,
    Operation,
    ResponsesOperations,
)
from ._generated.types import UNSET
from ._response import ParsedResponse, Response
from ._streaming import AsyncResponseStream, ResponseStream

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._tools import AsyncRunStream, RunStream
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = ["AsyncRawResponses", "AsyncResponses", "RawResponses", "Responses"]

Timeout = float | httpx.Timeout | NotGiven | None
ParsedT = TypeVar("ParsedT")


def _response(reply: httpx.Response) -> Response:
    response: Response = parse_model(Response, reply)
    response.http_response = reply
    return response


def _reply_parser(name: str | None) -> Callable[[httpx.Response], Any]:
    """How a successful reply of an operation becomes its result."""
    if name is None:
        return _no_parse
    if name == "ResponseResource":
        return _response

    def parse(reply: httpx.Response) -> Any:
        from ._generated import models

        return parse_model(getattr(models, name), reply)

    return parse


def _no_parse(reply: httpx.Response) -> httpx.Response:
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


def _options(
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


def operation_spec(
    operation: Operation,
    path: tuple[str, ...],
    query: Mapping[str, Any],
    body: Any,
    params: Mapping[str, Any],
    options: Mapping[str, Any],
) -> RequestSpec[Any]:
    """The request for one call of a generated operation method."""
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
        **_options(
            options.get("timeout", UNSET),
            options.get("max_retries", UNSET),
            options.get("extra_headers"),
            options.get("extra_query"),
        ),
    )


def _structured_response(text_format: Any) -> Any:
    def parse(reply: httpx.Response) -> Response:
        from ._structured import parse_output

        response = _response(reply)
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
    parse: Any = _response
    if text_format is not None:
        from ._structured import text_format_param

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
        _no_parse if streams else parse,
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
        _response,
        query=_query({"include": include}),
        **options,
    )


def resume_spec(
    response_id: str, starting_after: int | None, options: dict[str, Any]
) -> RequestSpec[Any]:
    """GET /responses/{id}?stream=true&starting_after=n: the event stream of a stored response."""
    operation = OPERATIONS["retrieve"]
    return RequestSpec(
        operation.method,
        operation.path.format(response_id=_path_id(response_id)),
        _no_parse,
        query={"stream": True, "starting_after": starting_after},
        stream=True,
        **options,
    )


def events_route_spec(
    response_id: str, starting_after: int | None, options: dict[str, Any]
) -> RequestSpec[Any]:
    """GET /responses/{id}/events?starting_after=n: where some servers serve resumption."""
    operation = OPERATIONS["retrieve"]
    path = operation.path.format(response_id=_path_id(response_id)) + "/events"
    return RequestSpec(
        "GET",
        path,
        _no_parse,
        query=_query({"starting_after": starting_after}),
        stream=True,
        **options,
    )


def _is_event_stream(reply: httpx.Response) -> bool:
    return "text/event-stream" in reply.headers.get("content-type", "")


def _answered(spec: RequestSpec[Any], reply: httpx.Response | Exception) -> str:
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


class Responses(ResponsesOperations[Response]):
    """Operations on ``/responses`` (``client.responses``).

    Besides the methods below, every non-streaming operation of the spec is a
    method here, generated: ``compact``, ``delete``, ``cancel``,
    ``list_input_items``, ``count_input_tokens`` and any the spec adds.
    """

    def __init__(self, client: Client, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _call(
        self,
        operation: Operation,
        path: tuple[str, ...],
        query: Mapping[str, Any],
        body: Any,
        params: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> Any:
        spec = operation_spec(operation, path, query, body, params, options)
        return self._client._request(spec, raw=self._raw)

    @property
    def with_raw_response(self) -> RawResponses:
        """The same operations, returning an ``APIResponse`` that parses only on ``parse()``."""
        return RawResponses(Responses(self._client, raw=True))

    @overload
    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        text_format: None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> Response: ...

    @overload
    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        text_format: type[ParsedT],
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> ParsedResponse[ParsedT]: ...

    @overload
    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[True],
        text_format: Any = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> ResponseStream: ...

    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: bool = False,
        text_format: Any = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> Any:
        """Create a response.

        Pass the body as keyword arguments (the spec's ``CreateResponseBody`` fields),
        or as a ``CreateResponseBody`` / plain dict positionally (keywords win).
        With ``stream=True`` the request is sent now and a :class:`ResponseStream`
        is returned; with ``text_format`` the reply's ``output_parsed`` is filled.
        """
        options = _options(timeout, max_retries, extra_headers, extra_query)
        spec = create_spec(body, params, extra_body, stream, options, text_format=text_format)
        if spec.stream:
            return self._open_stream(spec, text_format=text_format).open()
        return self._client._request(spec, raw=self._raw)

    def parse(
        self, body: Any = None, /, *, text_format: type[ParsedT], **kwargs: Any
    ) -> ParsedResponse[ParsedT]:
        """``create(..., text_format=...)`` under the openai SDK's name: read ``output_parsed``."""
        result: ParsedResponse[ParsedT] = self.create(body, text_format=text_format, **kwargs)
        return result

    def retrieve(
        self,
        response_id: str,
        /,
        *,
        include: Sequence[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Fetch a stored response (``GET /responses/{id}``); ``stream`` resumes its events."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    def stream(
        self,
        body: Any = None,
        /,
        *,
        response_id: str | None = None,
        starting_after: int | None = None,
        strict: bool | None = None,
        total_timeout: float | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> ResponseStream:
        """A streamed response, opened on ``with``/first iteration.

        With ``response_id`` (and ``starting_after``), resume the event stream of a
        stored or background response instead of creating one.
        """
        options = _options(timeout, max_retries, extra_headers, extra_query)
        fallback = None
        if response_id is not None:
            spec = resume_spec(response_id, starting_after, options)
            fallback = events_route_spec(response_id, starting_after, options)
        else:
            spec = create_spec(body, params, extra_body, True, options, text_format=text_format)
        return self._open_stream(
            spec,
            strict=strict,
            total_timeout=total_timeout,
            text_format=text_format,
            fallback=fallback,
        )

    def _resume(self, spec: RequestSpec[Any], fallback: RequestSpec[Any]) -> httpx.Response:
        """Open a resumed stream: the spec's route, else ``/events``; never a made-up event."""
        reply = self._client._send(spec)
        if _is_event_stream(reply):
            return reply
        reply.close()
        attempts = [_answered(spec, reply)]
        try:
            second = self._client._send(fallback)
        except APIStatusError as exc:
            attempts.append(_answered(fallback, exc.response if exc.response is not None else exc))
            raise ResumeNotSupportedError(attempts, request=reply.request) from exc
        if _is_event_stream(second):
            return second
        second.close()
        attempts.append(_answered(fallback, second))
        raise ResumeNotSupportedError(attempts, request=reply.request)

    def _open_stream(
        self,
        spec: RequestSpec[Any],
        *,
        strict: bool | None = None,
        total_timeout: float | None = None,
        text_format: Any = None,
        fallback: RequestSpec[Any] | None = None,
    ) -> ResponseStream:
        settings = self._client.settings
        total = settings.total_timeout if total_timeout is None else total_timeout
        spec = cap_read_timeout(spec, settings, total)
        if fallback is not None:
            events = cap_read_timeout(fallback, settings, total)
            return ResponseStream(
                lambda: self._resume(spec, events),
                strict=settings.strict if strict is None else strict,
                total_timeout=total,
                text_format=text_format,
            )
        return ResponseStream(
            lambda: self._client._send(spec),
            strict=settings.strict if strict is None else strict,
            total_timeout=total,
            text_format=text_format,
        )

    def run(self, **options: Any) -> Response:
        """The agentic loop: call the model, run the function calls it asks for, repeat.

        Takes ``model``, ``input``, ``tools`` and the loop's options (see :func:`open_responses.run`).
        """
        from ._tools import run

        return run(self._client, **options)

    def run_stream(self, **options: Any) -> RunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
        from ._tools import run_stream

        return run_stream(self._client, **options)

    def connect(self, **options: Any) -> ResponsesConnection:
        """Open a WebSocket-mode connection to ``/responses`` (needs the ``websocket`` extra).

        Use it as ``with client.responses.connect() as ws: ws.create(...)``; turns run
        one at a time and yield the same typed events as SSE.  Options:
        ``extra_headers``, ``extra_query``, ``open_timeout``, ``timeout``,
        ``total_timeout``, ``strict``, ``max_size``, ``compression``,
        ``reconnect_on_limit``.
        """
        from ._websocket import connect

        return connect(self._client, **options)

    # The names this library used before the generated ones (kept working).
    input_items = ResponsesOperations.list_input_items
    input_tokens = ResponsesOperations.count_input_tokens


class AsyncResponses(AsyncResponsesOperations[Response]):
    """The asyncio twin of :class:`Responses` (``AsyncClient.responses``)."""

    def __init__(self, client: AsyncClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(
        self,
        operation: Operation,
        path: tuple[str, ...],
        query: Mapping[str, Any],
        body: Any,
        params: Mapping[str, Any],
        options: Mapping[str, Any],
    ) -> Any:
        spec = operation_spec(operation, path, query, body, params, options)
        return await self._client._request(spec, raw=self._raw)

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same operations, returning an ``APIResponse`` that parses only on ``parse()``."""
        return AsyncRawResponses(AsyncResponses(self._client, raw=True))

    @overload
    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        text_format: None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> Response: ...

    @overload
    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        text_format: type[ParsedT],
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> ParsedResponse[ParsedT]: ...

    @overload
    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[True],
        text_format: Any = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> AsyncResponseStream: ...

    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: bool = False,
        text_format: Any = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> Any:
        """Create a response (see :meth:`Responses.create`)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        spec = create_spec(body, params, extra_body, stream, options, text_format=text_format)
        if spec.stream:
            return await self._open_stream(spec, text_format=text_format).open()
        return await self._client._request(spec, raw=self._raw)

    async def parse(
        self, body: Any = None, /, *, text_format: type[ParsedT], **kwargs: Any
    ) -> ParsedResponse[ParsedT]:
        """``create(..., text_format=...)`` under the openai SDK's name: read ``output_parsed``."""
        result: ParsedResponse[ParsedT] = await self.create(body, text_format=text_format, **kwargs)
        return result

    async def retrieve(
        self,
        response_id: str,
        /,
        *,
        include: Sequence[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Fetch a stored response (see :meth:`Responses.retrieve`)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = await self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    def stream(
        self,
        body: Any = None,
        /,
        *,
        response_id: str | None = None,
        starting_after: int | None = None,
        strict: bool | None = None,
        total_timeout: float | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateResponseBodyParams],
    ) -> AsyncResponseStream:
        """A streamed response, opened on ``async with``/first iteration (see the sync twin)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        fallback = None
        if response_id is not None:
            spec = resume_spec(response_id, starting_after, options)
            fallback = events_route_spec(response_id, starting_after, options)
        else:
            spec = create_spec(body, params, extra_body, True, options, text_format=text_format)
        return self._open_stream(
            spec,
            strict=strict,
            total_timeout=total_timeout,
            text_format=text_format,
            fallback=fallback,
        )

    async def _resume(self, spec: RequestSpec[Any], fallback: RequestSpec[Any]) -> httpx.Response:
        """Open a resumed stream (see :meth:`Responses._resume`)."""
        reply = await self._client._send(spec)
        if _is_event_stream(reply):
            return reply
        await reply.aclose()
        attempts = [_answered(spec, reply)]
        try:
            second = await self._client._send(fallback)
        except APIStatusError as exc:
            attempts.append(_answered(fallback, exc.response if exc.response is not None else exc))
            raise ResumeNotSupportedError(attempts, request=reply.request) from exc
        if _is_event_stream(second):
            return second
        await second.aclose()
        attempts.append(_answered(fallback, second))
        raise ResumeNotSupportedError(attempts, request=reply.request)

    def _open_stream(
        self,
        spec: RequestSpec[Any],
        *,
        strict: bool | None = None,
        total_timeout: float | None = None,
        text_format: Any = None,
        fallback: RequestSpec[Any] | None = None,
    ) -> AsyncResponseStream:
        settings = self._client.settings
        total = settings.total_timeout if total_timeout is None else total_timeout
        spec = cap_read_timeout(spec, settings, total)
        if fallback is not None:
            events = cap_read_timeout(fallback, settings, total)
            return AsyncResponseStream(
                lambda: self._resume(spec, events),
                strict=settings.strict if strict is None else strict,
                total_timeout=total,
                text_format=text_format,
            )
        return AsyncResponseStream(
            lambda: self._client._send(spec),
            strict=settings.strict if strict is None else strict,
            total_timeout=total,
            text_format=text_format,
        )

    async def run(self, **options: Any) -> Response:
        """The agentic loop (see :meth:`Responses.run`)."""
        from ._tools import arun

        return await arun(self._client, **options)

    def run_stream(self, **options: Any) -> AsyncRunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
        from ._tools import arun_stream

        return arun_stream(self._client, **options)

    def connect(self, **options: Any) -> AsyncResponsesConnection:
        """The asyncio twin of :meth:`Responses.connect`: ``async with client.responses.connect() as ws``."""
        from ._websocket import aconnect

        return aconnect(self._client, **options)

    # The names this library used before the generated ones (kept working).
    input_items = AsyncResponsesOperations.list_input_items
    input_tokens = AsyncResponsesOperations.count_input_tokens


class RawResponses:
    """``client.responses.with_raw_response``: the operations return an ``APIResponse``.

    ``APIResponse`` carries ``status_code``, ``headers``, ``text``, ``request_id``
    and ``parse()``; the body is parsed only when ``parse()`` is called.  Streams
    (``stream``, ``create(stream=True)``), ``run`` and ``connect`` return what they
    always do: a stream exposes its reply as ``http_response``.
    """

    def __init__(self, responses: Responses) -> None:
        self._responses = responses

    def create(self, body: Any = None, /, **kwargs: Any) -> APIResponse[Response]:
        """``create`` without parsing: the reply as an ``APIResponse[Response]``."""
        raw: Any = self._responses.create(body, **kwargs)  # raw=True: an APIResponse
        result: APIResponse[Response] = raw
        return result

    def retrieve(self, response_id: str, /, **kwargs: Any) -> APIResponse[Response]:
        """``retrieve`` without parsing."""
        raw: Any = self._responses.retrieve(response_id, **kwargs)
        result: APIResponse[Response] = raw
        return result

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        method: Callable[..., APIResponse[Any]] = getattr(self._responses, name)
        return method


class AsyncRawResponses:
    """The asyncio twin of :class:`RawResponses`."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses

    async def create(self, body: Any = None, /, **kwargs: Any) -> APIResponse[Response]:
        """``create`` without parsing: the reply as an ``APIResponse[Response]``."""
        raw: Any = await self._responses.create(body, **kwargs)  # raw=True: an APIResponse
        result: APIResponse[Response] = raw
        return result

    async def retrieve(self, response_id: str, /, **kwargs: Any) -> APIResponse[Response]:
        """``retrieve`` without parsing."""
        raw: Any = await self._responses.retrieve(response_id, **kwargs)
        result: APIResponse[Response] = raw
        return result

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method: Callable[..., Awaitable[APIResponse[Any]]] = getattr(self._responses, name)
        return method
