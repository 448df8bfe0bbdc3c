"""``client.responses``: the operations on ``/responses``, sync and async.

Each operation is described once by a pure ``*_spec`` function; the sync and
async classes only hand that description to their client and return the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload
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
from ._errors import InvalidArgumentError
from ._response import Response
from ._streaming import AsyncResponseStream, ResponseStream
from ._types import CompactParams, CreateParams

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._generated.models import (
        CompactResource,
        DeletedResponseResource,
        InputItemListResource,
        InputTokensResource,
    )
    from ._tools import AsyncRunStream, RunStream
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = ["AsyncRawResponses", "AsyncResponses", "RawResponses", "Responses"]

Timeout = float | httpx.Timeout | NotGiven | None


def _response(reply: httpx.Response) -> Response:
    response: Response = parse_model(Response, reply)
    response.http_response = reply
    return response


def _model(name: str) -> Any:
    def parse(reply: httpx.Response) -> Any:
        from ._generated import models

        return parse_model(getattr(models, name), reply)

    return parse


def _no_parse(reply: httpx.Response) -> httpx.Response:
    return reply


def _path_id(response_id: str) -> str:
    if not isinstance(response_id, str) or not response_id:
        raise InvalidArgumentError(f"response_id must be a non-empty string, got {response_id!r}")
    return quote(response_id, safe="")


def _options(
    timeout: Timeout,
    max_retries: int | NotGiven,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
) -> dict[str, Any]:
    return {
        "timeout": timeout,
        "max_retries": max_retries,
        "extra_headers": extra_headers,
        "extra_query": extra_query,
    }


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
    return RequestSpec(
        "POST",
        "responses",
        _no_parse if stream or payload.get("stream") is True else parse,
        body=payload,
        stream=stream or payload.get("stream") is True,
        **options,
    )


def resume_spec(
    response_id: str, starting_after: int | None, options: dict[str, Any]
) -> RequestSpec[Any]:
    """GET /responses/{id}?stream=true&starting_after=n (provider extension)."""
    return RequestSpec(
        "GET",
        f"responses/{_path_id(response_id)}",
        _no_parse,
        query={"stream": True, "starting_after": starting_after},
        stream=True,
        **options,
    )


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


def compact_spec(
    body: Any,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    options: dict[str, Any],
) -> RequestSpec[Any]:
    """POST /responses/compact."""
    return RequestSpec(
        "POST",
        "responses/compact",
        _model("CompactResource"),
        body=merge_body(body, params, extra_body),
        **options,
    )


def retrieve_spec(
    response_id: str, include: Sequence[str] | None, options: dict[str, Any]
) -> RequestSpec[Response]:
    """GET /responses/{id} (provider extension)."""
    query = {"include[]": list(include)} if include else None
    return RequestSpec(
        "GET", f"responses/{_path_id(response_id)}", _response, query=query, **options
    )


def delete_spec(response_id: str, options: dict[str, Any]) -> RequestSpec[Any]:
    """DELETE /responses/{id} (provider extension)."""
    return RequestSpec(
        "DELETE", f"responses/{_path_id(response_id)}", _model("DeletedResponseResource"), **options
    )


def cancel_spec(response_id: str, options: dict[str, Any]) -> RequestSpec[Response]:
    """POST /responses/{id}/cancel (provider extension)."""
    return RequestSpec("POST", f"responses/{_path_id(response_id)}/cancel", _response, **options)


def input_items_spec(
    response_id: str,
    after: str | None,
    limit: int | None,
    order: str | None,
    options: dict[str, Any],
) -> RequestSpec[Any]:
    """GET /responses/{id}/input_items (provider extension)."""
    return RequestSpec(
        "GET",
        f"responses/{_path_id(response_id)}/input_items",
        _model("InputItemListResource"),
        query={"after": after, "limit": limit, "order": order},
        **options,
    )


def input_tokens_spec(
    body: Any,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    options: dict[str, Any],
) -> RequestSpec[Any]:
    """POST /responses/input_tokens (provider extension)."""
    return RequestSpec(
        "POST",
        "responses/input_tokens",
        _model("InputTokensResource"),
        body=merge_body(body, params, extra_body),
        **options,
    )


class Responses:
    """Operations on ``/responses`` (``client.responses``)."""

    def __init__(self, client: Client, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self) -> RawResponses:
        """The same operations, returning ``APIResponse`` (status, headers, request id, parsed)."""
        return RawResponses(Responses(self._client, raw=True))

    @overload
    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> Response: ...

    @overload
    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[True],
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> ResponseStream: ...

    def create(
        self,
        body: Any = None,
        /,
        *,
        stream: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> Any:
        """Create a response.

        Pass the body as keyword arguments mirroring ``CreateResponseBody``, or as a
        generated ``CreateResponseBody`` / plain dict positionally (keywords win).
        With ``stream=True`` the request is sent now and a :class:`ResponseStream`
        is returned.
        """
        spec = create_spec(
            body,
            params,
            extra_body,
            stream,
            _options(timeout, max_retries, extra_headers, extra_query),
            text_format=text_format,
        )
        if spec.stream:
            return self._open_stream(spec, text_format=text_format).open()
        return self._client._request(spec, raw=self._raw)

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
        **params: Unpack[CreateParams],
    ) -> ResponseStream:
        """A streamed response, opened on ``with``/first iteration.

        With ``response_id`` (and ``starting_after``), resume the event stream of a
        stored or background response instead of creating one.
        """
        options = _options(timeout, max_retries, extra_headers, extra_query)
        if response_id is not None:
            spec = resume_spec(response_id, starting_after, options)
        else:
            spec = create_spec(body, params, extra_body, True, options, text_format=text_format)
        return self._open_stream(
            spec, strict=strict, total_timeout=total_timeout, text_format=text_format
        )

    def _open_stream(
        self,
        spec: RequestSpec[Any],
        *,
        strict: bool | None = None,
        total_timeout: float | None = None,
        text_format: Any = None,
    ) -> ResponseStream:
        settings = self._client.settings
        total = settings.total_timeout if total_timeout is None else total_timeout
        spec = cap_read_timeout(spec, settings, total)
        return ResponseStream(
            lambda: self._client._send(spec),
            strict=settings.strict if strict is None else strict,
            total_timeout=total,
            text_format=text_format,
        )

    def run(
        self,
        *,
        model: str,
        input: Any,
        tools: Sequence[Any],
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: Any = None,
        **params: Any,
    ) -> Response:
        """The agentic loop: call the model, run the function calls it asks for, repeat.

        See :func:`open_responses.run` (tools from plain functions, MCP approvals).
        """
        from ._tools import run

        return run(
            self._client,
            model=model,
            input=input,
            tools=tools,
            max_turns=max_turns,
            tool_choice=tool_choice,
            on_approval=on_approval,
            **params,
        )

    def run_stream(
        self,
        *,
        model: str,
        input: Any,
        tools: Sequence[Any],
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: Any = None,
        **params: Any,
    ) -> RunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
        from ._tools import run_stream

        return run_stream(
            self._client,
            model=model,
            input=input,
            tools=tools,
            max_turns=max_turns,
            tool_choice=tool_choice,
            on_approval=on_approval,
            **params,
        )

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

    def compact(
        self,
        body: Any = None,
        /,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CompactParams],
    ) -> CompactResource:
        """Compact a conversation (POST /responses/compact); start a new chain from its output."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: CompactResource = self._client._request(
            compact_spec(body, params, extra_body, options), raw=self._raw
        )
        return result

    def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Fetch a stored response (provider extension: GET /responses/{id})."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    def delete(
        self,
        response_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedResponseResource:
        """Delete a stored response (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: DeletedResponseResource = self._client._request(
            delete_spec(response_id, options), raw=self._raw
        )
        return result

    def cancel(
        self,
        response_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Cancel a background response (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = self._client._request(cancel_spec(response_id, options), raw=self._raw)
        return result

    def input_items(
        self,
        response_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InputItemListResource:
        """List a stored response's input items (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: InputItemListResource = self._client._request(
            input_items_spec(response_id, after, limit, order, options), raw=self._raw
        )
        return result

    def input_tokens(
        self,
        body: Any = None,
        /,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateParams],
    ) -> InputTokensResource:
        """Count the input tokens a request would use (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: InputTokensResource = self._client._request(
            input_tokens_spec(body, params, extra_body, options), raw=self._raw
        )
        return result


class AsyncResponses:
    """The asyncio twin of :class:`Responses` (``AsyncClient.responses``)."""

    def __init__(self, client: AsyncClient, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same operations, returning ``APIResponse`` (status, headers, request id, parsed)."""
        return AsyncRawResponses(AsyncResponses(self._client, raw=True))

    @overload
    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[False] = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> Response: ...

    @overload
    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: Literal[True],
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> AsyncResponseStream: ...

    async def create(
        self,
        body: Any = None,
        /,
        *,
        stream: bool = False,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        text_format: Any = None,
        **params: Unpack[CreateParams],
    ) -> Any:
        """Create a response (see :meth:`Responses.create`)."""
        spec = create_spec(
            body,
            params,
            extra_body,
            stream,
            _options(timeout, max_retries, extra_headers, extra_query),
            text_format=text_format,
        )
        if spec.stream:
            return await self._open_stream(spec, text_format=text_format).open()
        return await self._client._request(spec, raw=self._raw)

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
        **params: Unpack[CreateParams],
    ) -> AsyncResponseStream:
        """A streamed response, opened on ``async with``/first iteration (see the sync twin)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        if response_id is not None:
            spec = resume_spec(response_id, starting_after, options)
        else:
            spec = create_spec(body, params, extra_body, True, options, text_format=text_format)
        return self._open_stream(
            spec, strict=strict, total_timeout=total_timeout, text_format=text_format
        )

    def _open_stream(
        self,
        spec: RequestSpec[Any],
        *,
        strict: bool | None = None,
        total_timeout: float | None = None,
        text_format: Any = None,
    ) -> AsyncResponseStream:
        settings = self._client.settings
        total = settings.total_timeout if total_timeout is None else total_timeout
        spec = cap_read_timeout(spec, settings, total)
        return AsyncResponseStream(
            lambda: self._client._send(spec),
            strict=settings.strict if strict is None else strict,
            total_timeout=total,
            text_format=text_format,
        )

    async def run(
        self,
        *,
        model: str,
        input: Any,
        tools: Sequence[Any],
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: Any = None,
        **params: Any,
    ) -> Response:
        """The agentic loop: call the model, run the function calls it asks for, repeat.

        See :func:`open_responses.run` (tools from plain functions, MCP approvals).
        """
        from ._tools import arun

        return await arun(
            self._client,
            model=model,
            input=input,
            tools=tools,
            max_turns=max_turns,
            tool_choice=tool_choice,
            on_approval=on_approval,
            **params,
        )

    def run_stream(
        self,
        *,
        model: str,
        input: Any,
        tools: Sequence[Any],
        max_turns: int = 10,
        tool_choice: Any = None,
        on_approval: Any = None,
        **params: Any,
    ) -> AsyncRunStream:
        """The agentic loop, streamed: yields events and ``ToolResult``s as they happen."""
        from ._tools import arun_stream

        return arun_stream(
            self._client,
            model=model,
            input=input,
            tools=tools,
            max_turns=max_turns,
            tool_choice=tool_choice,
            on_approval=on_approval,
            **params,
        )

    def connect(self, **options: Any) -> AsyncResponsesConnection:
        """The asyncio twin of :meth:`Responses.connect`: ``async with client.responses.connect() as ws``."""
        from ._websocket import aconnect

        return aconnect(self._client, **options)

    async def compact(
        self,
        body: Any = None,
        /,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CompactParams],
    ) -> CompactResource:
        """Compact a conversation (see :meth:`Responses.compact`)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: CompactResource = await self._client._request(
            compact_spec(body, params, extra_body, options), raw=self._raw
        )
        return result

    async def retrieve(
        self,
        response_id: str,
        *,
        include: Sequence[str] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Fetch a stored response (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = await self._client._request(
            retrieve_spec(response_id, include, options), raw=self._raw
        )
        return result

    async def delete(
        self,
        response_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeletedResponseResource:
        """Delete a stored response (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: DeletedResponseResource = await self._client._request(
            delete_spec(response_id, options), raw=self._raw
        )
        return result

    async def cancel(
        self,
        response_id: str,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Response:
        """Cancel a background response (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: Response = await self._client._request(
            cancel_spec(response_id, options), raw=self._raw
        )
        return result

    async def input_items(
        self,
        response_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InputItemListResource:
        """List a stored response's input items (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: InputItemListResource = await self._client._request(
            input_items_spec(response_id, after, limit, order, options), raw=self._raw
        )
        return result

    async def input_tokens(
        self,
        body: Any = None,
        /,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **params: Unpack[CreateParams],
    ) -> InputTokensResource:
        """Count the input tokens a request would use (provider extension)."""
        options = _options(timeout, max_retries, extra_headers, extra_query)
        result: InputTokensResource = await self._client._request(
            input_tokens_spec(body, params, extra_body, options), raw=self._raw
        )
        return result


class RawResponses:
    """``client.responses.with_raw_response``: the request/reply operations return an ``APIResponse``.

    ``APIResponse`` carries ``status_code``, ``headers``, ``request_id`` and ``parse()``.
    Streams (``stream``, ``create(stream=True)``), ``run`` and ``connect`` return what
    they always do: a stream exposes its reply as ``http_response``.
    """

    def __init__(self, responses: Responses) -> None:
        self._responses = responses

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        method: Callable[..., APIResponse[Any]] = getattr(self._responses, name)
        return method


class AsyncRawResponses:
    """The asyncio twin of :class:`RawResponses`."""

    def __init__(self, responses: AsyncResponses) -> None:
        self._responses = responses

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        method: Callable[..., Awaitable[APIResponse[Any]]] = getattr(self._responses, name)
        return method
