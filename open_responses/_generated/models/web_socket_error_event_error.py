from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["WebSocketErrorEventError"]


class WebSocketErrorEventError(_t.Model):
    """WebSocketErrorEventError"""

    __slots__ = ()

    code: Field[str] = Field("code", _t.scalar("string"), required=True, reliable=True)
    message: Field[str] = Field("message", _t.scalar("string"), required=True, reliable=True)
    type: Field[str | Unset] = Field("type", _t.scalar("string"))
    param: Field[None | str | Unset] = Field("param", _t.union(_t.scalar("string"), nullable=True))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "code": code,
        "message": message,
        "type": type,
        "param": param,
    }

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
