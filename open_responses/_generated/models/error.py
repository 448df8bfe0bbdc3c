from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["Error"]


class Error(_t.Model):
    """Error"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        message: str
        code: str | Unset | None
    else:
        message = Field("message", _t.scalar("string"), required=True, reliable=True)
        code = Field("code", _t.scalar("string"), required=True)
        _FIELDS = {
            "message": message,
            "code": code,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
