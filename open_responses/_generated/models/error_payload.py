from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.error_payload_headers import ErrorPayloadHeaders

__all__ = ["ErrorPayload"]


class ErrorPayload(_t.Model):
    """ErrorPayload"""

    __slots__ = ()

    message: Field[str] = Field("message", _t.scalar("string"), required=True, reliable=True)
    type: Field[str | Unset | None] = Field("type", _t.scalar("string"), required=True)
    code: Field[None | str | Unset] = Field(
        "code", _t.union(_t.scalar("string"), nullable=True), required=True
    )
    param: Field[None | str | Unset] = Field(
        "param", _t.union(_t.scalar("string"), nullable=True), required=True
    )
    headers: Field[ErrorPayloadHeaders | Unset | None] = Field(
        "headers", _t.model(".models.error_payload_headers", "ErrorPayloadHeaders")
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "message": message,
        "type": type,
        "code": code,
        "param": param,
        "headers": headers,
    }

    def __init__(
        self,
        *,
        message: str,
        type: str | Unset = UNSET,
        code: None | str | Unset = UNSET,
        param: None | str | Unset = UNSET,
        headers: ErrorPayloadHeaders | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            message=message,
            type=type,
            code=code,
            param=param,
            headers=headers,
            **additional_properties,
        )
