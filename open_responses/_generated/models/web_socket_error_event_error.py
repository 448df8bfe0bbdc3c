from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["WebSocketErrorEventError"]


class WebSocketErrorEventError(_t.Model):
    """WebSocketErrorEventError"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        code: str
        message: str
        type: str | Unset
        param: None | str | Unset
    else:
        code = Field("code", _t.scalar("string"), required=True, reliable=True)
        message = Field("message", _t.scalar("string"), required=True, reliable=True)
        type = Field("type", _t.scalar("string"))
        param = Field("param", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "code": code,
            "message": message,
            "type": type,
            "param": param,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        code: str,
        message: str,
        type: str | Unset = UNSET,
        param: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            code=code,
            message=message,
            type=type,
            param=param,
            **additional_properties,
        )
