"""WebSocket handshakes that keep the credential on the origin it was meant for.

``websockets`` follows handshake redirects and drops ``Authorization`` (and
cookies) when one leaves the origin, but not ``api-key``, ``x-api-key`` or a
custom auth header.  The connection classes made here drop the client's
credential header from every handshake sent to another origin (scheme, host,
port), whatever the header is called.  ``websockets`` is imported only here,
lazily, since it is an optional dependency.
"""

from __future__ import annotations

from typing import Any

__all__: list[str] = []

_ALWAYS_DROPPED = ("authorization", "proxy-authorization", "cookie")


def _origin(uri: Any) -> tuple[bool, str, int]:
    return (bool(uri.secure), str(uri.host).lower(), int(uri.port))


def _current(protocol: Any) -> Any:
    # ``ClientProtocol.uri`` (websockets >= 14), ``.wsuri`` before.
    uri = getattr(protocol, "uri", None)
    return uri if uri is not None else protocol.wsuri


def without_credential(
    headers: Any, current: Any, origin: tuple[bool, str, int], auth_header: str
) -> Any:
    """``headers`` for a handshake to ``current`` (a ``WebSocketURI``): minus credentials
    when ``current`` is not ``origin``."""
    if headers is None or _origin(current) == origin:
        return headers
    from websockets.datastructures import Headers

    dropped = {auth_header.lower(), *_ALWAYS_DROPPED}
    return Headers((k, v) for k, v in Headers(headers).raw_items() if k.lower() not in dropped)


def sync_connection_class(url: str, auth_header: str) -> Any:
    """A ``websockets.sync`` ``ClientConnection`` subclass guarding ``auth_header``."""
    from websockets.sync.client import ClientConnection
    from websockets.uri import parse_uri

    origin = _origin(parse_uri(url))

    class GuardedConnection(ClientConnection):
        def handshake(self, additional_headers: Any = None, *args: Any, **kwargs: Any) -> None:
            headers = without_credential(
                additional_headers, _current(self.protocol), origin, auth_header
            )
            super().handshake(headers, *args, **kwargs)

    return GuardedConnection


def async_connection_class(url: str, auth_header: str) -> Any:
    """A ``websockets.asyncio`` ``ClientConnection`` subclass guarding ``auth_header``."""
    from websockets.asyncio.client import ClientConnection
    from websockets.uri import parse_uri

    origin = _origin(parse_uri(url))

    class GuardedConnection(ClientConnection):
        async def handshake(
            self, additional_headers: Any = None, *args: Any, **kwargs: Any
        ) -> None:
            headers = without_credential(
                additional_headers, _current(self.protocol), origin, auth_header
            )
            await super().handshake(headers, *args, **kwargs)

    return GuardedConnection
