"""What a WebSocket close code means for the caller: typed errors and honest advice.

A server ends a WebSocket with a close frame whose code says why (RFC 6455
section 7.4). Only some endings are cured by ``reconnect()``; the others need
a different key, a smaller request or a pause, and the error says which.
Pure mapping, no I/O: the connections call :func:`close_error` with the
``websockets`` exception they caught.
"""

from __future__ import annotations

from typing import Final

from ._errors import (
    APIError,
    WebSocketAuthError,
    WebSocketClosedError,
    WebSocketMessageTooBigError,
    WebSocketServerError,
    WebSocketTryAgainLaterError,
)

__all__: list[str] = []

POLICY_VIOLATION: Final = 1008
MESSAGE_TOO_BIG: Final = 1009
INTERNAL_ERROR: Final = 1011
SERVICE_RESTART: Final = 1012
TRY_AGAIN_LATER: Final = 1013
_NAMES: Final = {
    1000: "normal closure",
    1001: "going away",
    1002: "protocol error",
    1003: "unsupported data",
    1007: "invalid payload",
    POLICY_VIOLATION: "policy violation",
    MESSAGE_TOO_BIG: "message too big",
    INTERNAL_ERROR: "server error",
    SERVICE_RESTART: "service restart",
    TRY_AGAIN_LATER: "try again later",
}


_RECONNECT = "Call reconnect() (then create(..., recover=True) to rebuild a store=False chain)."
_REFUSED = "The server could not accept what was sent; reconnecting will not change that."
_Meaning = tuple[type[WebSocketClosedError], bool, str]
# close code -> (error class, whether reconnecting can help, advice)
_MEANINGS: Final[dict[int, _Meaning]] = {
    MESSAGE_TOO_BIG: (
        WebSocketMessageTooBigError,
        False,
        "A frame exceeded the server's size limit; send less (continue with "
        "previous_response_id instead of the whole history, or compact()). "
        "Reconnecting alone will not help.",
    ),
    INTERNAL_ERROR: (
        WebSocketServerError,
        True,
        "The server failed; call reconnect() and retry the turn.",
    ),
    SERVICE_RESTART: (
        WebSocketTryAgainLaterError,
        True,
        "The server is restarting; wait a little, then reconnect() and retry.",
    ),
    TRY_AGAIN_LATER: (
        WebSocketTryAgainLaterError,
        True,
        "The server is overloaded; wait a little, then reconnect() and retry.",
    ),
    1002: (WebSocketClosedError, False, _REFUSED),
    1003: (WebSocketClosedError, False, _REFUSED),
    1007: (WebSocketClosedError, False, _REFUSED),
}
_OTHER: Final[_Meaning] = (WebSocketClosedError, True, _RECONNECT)


def _said(code: int, reason: str) -> str:
    name = _NAMES.get(code, "close code")
    return f"The server closed the WebSocket with {code} ({name})" + (
        f": {reason}" if reason else ""
    )


def close_error(exc: BaseException | None, *, snapshot: object | None = None) -> APIError | None:
    """The typed error for a ``ConnectionClosed`` that carries the server's close frame.

    ``None`` when there is no close frame (a dropped socket) or the caller closed
    first: the connection's generic message applies then.
    """
    frame = getattr(exc, "rcvd", None)
    code = getattr(frame, "code", None)
    if not isinstance(code, int) or getattr(exc, "rcvd_then_sent", True) is False:
        return None
    reason = str(getattr(frame, "reason", "") or "")
    said = _said(code, reason)
    if code == POLICY_VIOLATION:
        auth = WebSocketAuthError(
            f"{said}. The server refused this connection's credentials or permissions: "
            "check api_key (and auth_header); reconnecting with the same key will not help.",
            code="policy_violation",
            snapshot=snapshot,
        )
        auth.close_code, auth.close_reason = code, reason
        return auth
    cls, retry, advice = _MEANINGS.get(code, _OTHER)
    return cls(
        f"{said}. {advice}",
        close_code=code,
        close_reason=reason,
        reconnect_may_help=retry,
        snapshot=snapshot,
    )
