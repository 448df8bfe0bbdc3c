from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.error_payload import ErrorPayload

__all__ = ["ErrorStreamingEvent"]


class ErrorStreamingEvent(_t.Model):
    """An error during streaming; a response.failed event follows."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "error"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["error"]
        sequence_number: int | Unset | None
        error: ErrorPayload | Unset | None
    else:
        type = Field("type", _t.scalar("any", "error"), required=True, reliable=True)
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        error = Field("error", _t.model(".models.error_payload", "ErrorPayload"), required=True)
        _FIELDS = {
            "type": type,
            "sequence_number": sequence_number,
            "error": error,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["error"] | Unset = UNSET,
        sequence_number: int | Unset = UNSET,
        error: ErrorPayload | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            sequence_number=sequence_number,
            error=error,
            **additional_properties,
        )
