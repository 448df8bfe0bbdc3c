from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.web_socket_error_event_error import WebSocketErrorEventError

__all__ = ["WebSocketErrorEvent"]


class WebSocketErrorEvent(_t.Model):
    """An error sent over the WebSocket transport, with the HTTP-equivalent status."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "error"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["error"]
        status: int
        error: WebSocketErrorEventError
    else:
        type = Field("type", _t.scalar("any", "error"), required=True, reliable=True)
        status = Field("status", _t.scalar("integer"), required=True, reliable=True)
        error = Field(
            "error",
            _t.model(".models.web_socket_error_event_error", "WebSocketErrorEventError"),
            required=True,
            reliable=True,
        )
        _FIELDS = {
            "type": type,
            "status": status,
            "error": error,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["error"] | Unset = UNSET,
        status: int,
        error: WebSocketErrorEventError,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            status=status,
            error=error,
            **additional_properties,
        )
