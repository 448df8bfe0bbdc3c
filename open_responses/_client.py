"""``Client`` and ``AsyncClient``: thin I/O shells over the shared logic in ``_base``."""

from __future__ import annotations

import time
import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import httpx

from ._attempts import Attempts
from ._base import DEFAULT_MAX_RETRIES, APIResponse, ClientSettings, RequestSpec
from ._base import strip_credential_on_cross_origin as _strip_credential
from ._conversation import AsyncConversation, Conversation
from ._limits import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    DEFAULT_MAX_TOOL_CALLS_PER_TURN,
    ERROR_BODY_BYTES,
)
from ._logging import setup_logging_from_env
from ._resources import AsyncResponses, Responses
from ._secrets import install_log_filter
from ._transport import aread_body, asend, read_body, send

if TYPE_CHECKING:
    from ._websocket import AsyncResponsesConnection, ResponsesConnection

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on first use: importing it costs more than httpx itself,
    # and a sync-only application never needs it.
    import asyncio

    await asyncio.sleep(seconds)


async def _strip_credential_async(request: httpx.Request) -> None:
    _strip_credential(request)


def _add_request_hook(http: httpx.Client | httpx.AsyncClient, hook: Any) -> None:
    """Add ``hook`` to an httpx client's request hooks once (it may be shared by our clients)."""
    hooks = http.event_hooks
    if hook not in hooks["request"]:
        http.event_hooks = {**hooks, "request": [*hooks["request"], hook]}


class _ClientOptions:
    """Constructor arguments shared by both clients (documented on ``Client``)."""

    def __init__(self, settings: ClientSettings) -> None:
        setup_logging_from_env()
        install_log_filter()
        self._settings = settings

    @property
    def base_url(self) -> str:
        """The normalized base URL every path is joined to (ends in a version segment)."""
        return self._settings.base_url

    @property
    def settings(self) -> ClientSettings:
        """The resolved configuration."""
        return self._settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"


class Client(_ClientOptions):
    """A synchronous Open Responses client.

    ``base_url`` defaults to ``$OPENRESPONSES_BASE_URL``, then ``https://api.openai.com``;
    it is normalized so that ``/responses`` lands under the API's version segment
    (``localhost:1234`` → ``http://localhost:1234/v1``); pass ``normalize_url=False``
    to use it verbatim.  ``api_key`` defaults to ``$OPENRESPONSES_API_KEY``; with no key
    no credential header is sent.  ``auth_header``/``auth_prefix`` choose how it is sent
    (``Authorization: Bearer …`` by default, ``api-key``/``x-api-key`` without prefix).
    ``timeout`` is an ``httpx.Timeout`` or seconds (read = idle time between bytes;
    ``None``, the default, means the documented defaults; pass ``timeout=None`` to a
    call for no limit on that call);
    ``total_timeout`` bounds a whole stream.  ``http_client`` or ``transport`` replace
    the underlying ``httpx.Client``.  One client is safe to share between threads;
    close it with ``close()`` or a ``with`` block.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        normalize_url: bool = True,
        auth_header: str = "Authorization",
        auth_prefix: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_tool_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN,
        max_tool_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(ClientSettings.from_arguments(locals()))
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, follow_redirects=True)
        _add_request_hook(self._http, _strip_credential)
        self._responses: Responses | None = None

    @property
    def responses(self) -> Responses:
        """The ``/responses`` operations."""
        if self._responses is None:
            self._responses = Responses(self)
        return self._responses

    def conversation(
        self,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Literal["auto", "stateful", "stateless"] = "auto",
        store: bool | None = None,
        connection: ResponsesConnection | None = None,
        **defaults: Any,
    ) -> Conversation:
        """Start a multi-turn conversation (see :class:`open_responses.Conversation`).

        With ``connection`` (from ``responses.connect()``), ``send`` and ``run`` turns go
        over that WebSocket; ``stream`` and ``compact`` use HTTP.
        """
        return Conversation(
            self,
            model=model,
            instructions=instructions,
            tools=tools,
            mode=mode,
            store=store,
            connection=connection,
            **defaults,
        )

    def _send(self, spec: RequestSpec[Any]) -> httpx.Response:
        """Send with retries; return a 2xx reply (body unread when streaming) or raise.

        The whole call, retries and back-off included, ends by its deadline; the
        headers and a non-streaming body must also come within the read timeout,
        however slowly the server drips them.
        """
        attempts = Attempts(self._settings, spec, self._http)
        while True:
            attempts.log()
            try:
                response = send(self._http, attempts.request, attempts.timeouts, attempts.until())
            except httpx.HTTPError as exc:
                time.sleep(attempts.retry_after_error(exc))
                continue
            if response.status_code < 400:
                if not spec.stream:
                    self._read_body(response, attempts)
                return response
            try:
                read_body(response, ERROR_BODY_BYTES, attempts.until(), truncate=True)
            except httpx.HTTPError:
                pass
            finally:
                response.close()
            time.sleep(attempts.retry_after_status(response))

    def _read_body(self, response: httpx.Response, attempts: Attempts) -> None:
        try:
            read_body(response, self._settings.max_body_bytes, attempts.until())
        except httpx.HTTPError as exc:
            response.close()
            raise attempts.failed(exc) from exc

    def _request(self, spec: RequestSpec[T], *, raw: bool = False) -> Any:
        response = self._send(spec)
        return APIResponse(response, spec.parse) if raw else spec.parse(response)

    def close(self) -> None:
        """Close the connections (only those of an ``httpx.Client`` this client created)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_ClientOptions):
    """The asyncio twin of :class:`Client`: same arguments, same behaviour, awaitable calls."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        normalize_url: bool = True,
        auth_header: str = "Authorization",
        auth_prefix: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        total_timeout: float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        strict: bool = False,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_tool_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN,
        max_tool_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(ClientSettings.from_arguments(locals()))
        self._owns_http = http_client is None
        self._transport = transport
        self._http = http_client or self._new_pool()
        if http_client is not None:
            _add_request_hook(self._http, _strip_credential_async)
        # Connection pools belong to an event loop: a client shared across loops
        # (Django's runserver, async_to_sync, two asyncio.run calls) gets one per loop.
        self._pools: weakref.WeakKeyDictionary[Any, httpx.AsyncClient] = weakref.WeakKeyDictionary()
        self._http_bound = False
        self._responses: AsyncResponses | None = None

    @property
    def responses(self) -> AsyncResponses:
        """The ``/responses`` operations."""
        if self._responses is None:
            self._responses = AsyncResponses(self)
        return self._responses

    def conversation(
        self,
        *,
        model: str,
        instructions: str | None = None,
        tools: Sequence[Any] | None = None,
        mode: Literal["auto", "stateful", "stateless"] = "auto",
        store: bool | None = None,
        connection: AsyncResponsesConnection | None = None,
        **defaults: Any,
    ) -> AsyncConversation:
        """Start a multi-turn conversation (see :class:`open_responses.AsyncConversation`)."""
        return AsyncConversation(
            self,
            model=model,
            instructions=instructions,
            tools=tools,
            mode=mode,
            store=store,
            connection=connection,
            **defaults,
        )

    def _new_pool(self) -> httpx.AsyncClient:
        http = httpx.AsyncClient(transport=self._transport, follow_redirects=True)
        _add_request_hook(http, _strip_credential_async)
        return http

    def _pool(self) -> httpx.AsyncClient:
        """The connection pool of the running event loop (the given ``http_client`` as is)."""
        if not self._owns_http:
            return self._http
        import asyncio

        loop = asyncio.get_running_loop()
        pool = self._pools.get(loop)
        if pool is None:
            pool = self._new_pool() if self._http_bound else self._http
            self._http_bound = True
            self._pools[loop] = pool
        return pool

    async def _send(self, spec: RequestSpec[Any]) -> httpx.Response:
        """Send with retries; return a 2xx reply (body unread when streaming) or raise."""
        http = self._pool()
        attempts = Attempts(self._settings, spec, http)
        while True:
            attempts.log()
            try:
                response = await asend(http, attempts.request, attempts.timeouts, attempts.until())
            except httpx.HTTPError as exc:
                await _async_sleep(attempts.retry_after_error(exc))
                continue
            if response.status_code < 400:
                if not spec.stream:
                    await self._read_body(response, attempts)
                return response
            try:
                await aread_body(response, ERROR_BODY_BYTES, attempts.until(), truncate=True)
            except httpx.HTTPError:
                pass
            finally:
                await response.aclose()
            await _async_sleep(attempts.retry_after_status(response))

    async def _read_body(self, response: httpx.Response, attempts: Attempts) -> None:
        try:
            await aread_body(response, self._settings.max_body_bytes, attempts.until())
        except httpx.HTTPError as exc:
            await response.aclose()
            raise attempts.failed(exc) from exc

    async def _request(self, spec: RequestSpec[T], *, raw: bool = False) -> Any:
        response = await self._send(spec)
        return APIResponse(response, spec.parse) if raw else spec.parse(response)

    async def close(self) -> None:
        """Close the connections (only those of an ``httpx.AsyncClient`` this client created)."""
        if not self._owns_http:
            return
        import asyncio

        loop = asyncio.get_running_loop()
        pool = self._pools.pop(loop, None)
        if pool is not None:
            await pool.aclose()
        elif not self._http_bound:
            await self._http.aclose()
        # Pools of loops that have ended went with them: their sockets cannot be
        # closed from another loop.

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
