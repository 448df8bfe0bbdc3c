"""WebSocket mode's options: resolved once per connection, from the client and the caller.

:func:`resolve` turns the client's settings and ``connect()``'s keywords into an
:class:`Options` (URL, handshake headers, timeouts, frame limits) that every
socket of the connection is opened with; :meth:`Options.handshake_error` maps a
failed handshake to the HTTP errors a request would raise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urlencode

import httpx

from ._base import NotGiven
from ._error_replies import status_error_from_response
from ._errors import APIConnectionError, APIStatusError, APITimeoutError
from ._limits import WEBSOCKET_CLOSE_TIMEOUT
from ._logging import logger, redact_headers
from ._urls import join_url, to_websocket_url
from ._ws_protocol import ConnectionCore

if TYPE_CHECKING:
    from ._base import ClientSettings

__all__: list[str] = []

# websockets' default (1 MiB) is too small for a final ``response.completed``
# frame carrying a long output or image data; SSE has no such cap at all.
DEFAULT_MAX_SIZE: Final = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Options:
    """Everything needed to open (and reopen) a socket, resolved once."""

    url: str
    headers: dict[str, str]
    auth_header: str
    user_agent: str | None
    open_timeout: float | None
    read_timeout: float | None
    total_timeout: float | None
    max_size: int | None
    compression: str | None

    def connect_arguments(self, connection_class: Any) -> dict[str, Any]:
        """The keywords of ``websockets``' ``connect`` after the URL (sync and asyncio take the same)."""
        logger.debug(
            "WebSocket connect %s headers=%s",
            self.url,
            redact_headers(self.headers, also=(self.auth_header,)),
        )
        return {
            "additional_headers": self.headers,
            "user_agent_header": self.user_agent,
            "open_timeout": self.open_timeout,
            "close_timeout": WEBSOCKET_CLOSE_TIMEOUT,
            "max_size": self.max_size,
            "compression": self.compression,
            "create_connection": connection_class,
        }

    def handshake_error(self, exc: BaseException) -> APIConnectionError | APIStatusError:
        """Map a failed handshake (refused, bad status, timeout) to our errors."""
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
        request = httpx.Request("GET", self.url.replace("ws", "http", 1), headers=self.headers)
        if isinstance(status, int):
            raw: Any = getattr(response, "headers", None)
            items = list(raw.raw_items()) if hasattr(raw, "raw_items") else []
            body = bytes(getattr(response, "body", None) or b"")  # may be a bytearray
            reply = httpx.Response(status, headers=items, content=body, request=request)
            reply.read()  # the factory only reads bodies marked as read
            return status_error_from_response(reply)
        if isinstance(exc, TimeoutError):
            return APITimeoutError("The WebSocket handshake timed out", request=request)
        return APIConnectionError(
            f"WebSocket connection to {self.url} failed: {type(exc).__name__}: {exc}",
            request=request,
        )


def _seconds(value: float | NotGiven | None, default: float | None) -> float | None:
    return default if isinstance(value, NotGiven) else value


def resolve(
    settings: ClientSettings,
    *,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    open_timeout: float | NotGiven | None,
    timeout: float | NotGiven | None,
    total_timeout: float | NotGiven | None,
    max_size: int | None,
    compression: str | None,
) -> Options:
    """The options of a connection: the client's settings overridden by ``connect()``'s keywords."""
    url = to_websocket_url(settings.base_url)
    query = {**settings.default_query, **(extra_query or {})}
    if query:
        url = join_url(url, "?" + urlencode(query))
    headers = dict(settings.headers)
    headers.update(extra_headers or {})
    # The handshake is a GET upgrade: no JSON Accept; User-Agent goes its own way
    # so websockets does not add a second one.
    for name in list(headers):
        if name.lower() == "accept":
            del headers[name]
    user_agent = next((headers.pop(n) for n in list(headers) if n.lower() == "user-agent"), None)
    return Options(
        url=url,
        headers=headers,
        auth_header=settings.auth_header,
        user_agent=user_agent,
        open_timeout=_seconds(open_timeout, settings.timeout.connect),
        read_timeout=_seconds(timeout, settings.timeout.read),
        total_timeout=_seconds(total_timeout, settings.total_timeout),
        max_size=max_size,
        compression=compression,
    )


def connection_core(
    settings: ClientSettings, strict: bool | None, reconnect_on_limit: bool
) -> ConnectionCore:
    """The protocol state of a new connection (``strict=None``: the client's setting)."""
    return ConnectionCore(
        strict=settings.strict if strict is None else strict,
        reconnect_on_limit=reconnect_on_limit,
    )
