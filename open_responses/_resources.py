"""``client.responses``: the spec's operations, sync and async.

The generated layer describes every operation (``OPERATIONS``) and gives each one
that cannot stream a typed method; this module supplies the one thing those
methods need, ``_call``, which turns an operation and its arguments into a
request.  By hand there is only what a generator cannot know: ``create`` and
``stream`` (streaming, ``text_format``), ``retrieve`` (a streaming operation read
as JSON), ``run`` and ``connect``.  The sync and async classes share every
decision through the pure ``*_spec`` functions, and ``stream`` itself (it sends
nothing until opened) through ``_StreamOpening``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, overload

import httpx

from ._base import NOT_GIVEN, APIResponse, NotGiven, RequestSpec
from ._errors import APIStatusError, ResumeNotSupportedError
from ._generated.api import (
    AsyncResponsesOperations,
    CreateResponseBodyParams,
    OperationCall,
    ResponsesOperations,
)
from ._request_specs import (
    ParsedT,
    Timeout,
    answered,
    call_options,
    cap_read_timeout,
    create_spec,
    is_event_stream,
    operation_spec,
    resume_specs,
    retrieve_spec,
)
from ._response import ParsedResponse, Response
from ._streaming import AsyncResponseStream, ResponseStream
from ._tool_loop import AsyncRunStream, RunStream, arun, arun_stream, run, run_stream

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = ["AsyncRawResponses", "AsyncResponses", "RawResponses", "Responses"]


_StreamT = TypeVar("_StreamT", ResponseStream, AsyncResponseStream)


class _StreamOpening(Generic[_StreamT]):
    """``stream()`` for both twins: they differ only in the stream class and how they send."""

    _stream_class: type[_StreamT]
    _client: Client | AsyncClient

    def _resume(self, spec: RequestSpec[Any], fallback: RequestSpec[Any]) -> Any:
        raise NotImplementedError  # each twin's: send spec, else fallback; an event stream or raise

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
    ) -> _StreamT:
        """A streamed response, opened on ``with`` / ``async with`` or the first iteration.

        With ``response_id`` (and ``starting_after``), resume the event stream of a
        stored or background response instead of creating one.
        """
        options = call_options(timeout, max_retries, extra_headers, extra_query)
        fallback = None
        if response_id is not None:
            spec, fallback = resume_specs(response_id, starting_after, options)
        else:
            spec = create_spec(body, params, extra_body, True, options, text_format=text_format)
        return self._open_stream(
            spec,
            strict=strict,
            total_timeout=total_timeout,
            text_format=text_format,
            fallback=fallback,
        )

    def _open_stream(
        self,
        spec: RequestSpec[Any],
        *,
        strict: bool | None = None,
        total_timeout: float | None = None,
        text_format: Any = None,
        fallback: RequestSpec[Any] | None = None,
    ) -> _StreamT:
        settings = self._client.settings
        total = settings.total_timeout if total_timeout is None else total_timeout
        spec = cap_read_timeout(spec, settings, total)
        opener: Any = partial(self._client._send, spec)
        if fallback is not None:
            opener = partial(self._resume, spec, cap_read_timeout(fallback, settings, total))
        return self._stream_class(
            opener,
            strict=settings.strict if strict is None else strict,
            total_timeout=total,
            text_format=text_format,
        )


class Responses(_StreamOpening[ResponseStream], ResponsesOperations[Response]):
    """Operations on ``/responses`` (``client.responses``).

    Besides the methods below, every non-streaming operation of the spec is a
    method here, generated: ``compact``, ``delete``, ``cancel``,
    ``list_input_items``, ``count_input_tokens`` and any the spec adds.
    """

    _stream_class = ResponseStream
    _client: Client

    def __init__(self, client: Client, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    def _call(self, call: OperationCall) -> Any:
        spec = operation_spec(call)
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
        options = call_options(timeout, max_retries, extra_headers, extra_query)
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
        options = call_options(timeout, max_retries, extra_headers, extra_query)
        result: Response = self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    def _resume(self, spec: RequestSpec[Any], fallback: RequestSpec[Any]) -> httpx.Response:
        """Open a resumed stream: the spec's route, else ``/events``; never a made-up event."""
        reply = self._client._send(spec)
        if is_event_stream(reply):
            return reply
        reply.close()
        attempts = [answered(spec, reply)]
        try:
            second = self._client._send(fallback)
        except APIStatusError as exc:
            attempts.append(answered(fallback, exc.response if exc.response is not None else exc))
            raise ResumeNotSupportedError(attempts, request=reply.request) from exc
        if is_event_stream(second):
            return second
        second.close()
        attempts.append(answered(fallback, second))
        raise ResumeNotSupportedError(attempts, request=reply.request)

    def run(self, **options: Any) -> Response:
        """The agentic loop: call the model, run the function calls it asks for, repeat.

        Takes ``model``, ``input``, ``tools`` and the loop's options (see :func:`open_responses.run`).
        """
        return run(self._client, **options)

    def run_stream(self, **options: Any) -> RunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
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


class AsyncResponses(_StreamOpening[AsyncResponseStream], AsyncResponsesOperations[Response]):
    """The asyncio twin of :class:`Responses` (``AsyncClient.responses``)."""

    _stream_class = AsyncResponseStream
    _client: AsyncClient

    def __init__(self, client: AsyncClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    async def _call(self, call: OperationCall) -> Any:
        spec = operation_spec(call)
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
        options = call_options(timeout, max_retries, extra_headers, extra_query)
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
        options = call_options(timeout, max_retries, extra_headers, extra_query)
        result: Response = await self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    async def _resume(self, spec: RequestSpec[Any], fallback: RequestSpec[Any]) -> httpx.Response:
        """Open a resumed stream (see :meth:`Responses._resume`)."""
        reply = await self._client._send(spec)
        if is_event_stream(reply):
            return reply
        await reply.aclose()
        attempts = [answered(spec, reply)]
        try:
            second = await self._client._send(fallback)
        except APIStatusError as exc:
            attempts.append(answered(fallback, exc.response if exc.response is not None else exc))
            raise ResumeNotSupportedError(attempts, request=reply.request) from exc
        if is_event_stream(second):
            return second
        await second.aclose()
        attempts.append(answered(fallback, second))
        raise ResumeNotSupportedError(attempts, request=reply.request)

    async def run(self, **options: Any) -> Response:
        """The agentic loop (see :meth:`Responses.run`)."""
        return await arun(self._client, **options)

    def run_stream(self, **options: Any) -> AsyncRunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
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
