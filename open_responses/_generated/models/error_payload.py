from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.error_payload_headers import ErrorPayloadHeaders

__all__ = ["ErrorPayload"]


class ErrorPayload(_t.Model):
    """ErrorPayload"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        message: str
        type: str | Unset | None
        code: None | str | Unset
        param: None | str | Unset
        headers: ErrorPayloadHeaders | Unset | None
    else:
        message = Field("message", _t.scalar("string"), required=True, reliable=True)
        type = Field("type", _t.scalar("string"), required=True)
        code = Field("code", _t.union(_t.scalar("string"), nullable=True), required=True)
        param = Field("param", _t.union(_t.scalar("string"), nullable=True), required=True)
        headers = Field("headers", _t.model(".models.error_payload_headers", "ErrorPayloadHeaders"))
        _FIELDS = {
            "message": message,
            "type": type,
            "code": code,
            "param": param,
            "headers": headers,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
