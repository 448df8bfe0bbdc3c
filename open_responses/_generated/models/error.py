from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["Error"]


class Error(_t.Model):
    """Error"""

    __slots__ = ()

    message: Field[str] = Field("message", _t.scalar("string"), required=True, reliable=True)
    code: Field[str | Unset | None] = Field("code", _t.scalar("string"), required=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "message": message,
        "code": code,
    }

    def __init__(
        self,
        *,
        message: str,
        code: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            message=message,
            code=code,
            **additional_properties,
        )
