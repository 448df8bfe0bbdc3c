from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.response_resource import ResponseResource

__all__ = ["ResponseQueuedStreamingEvent"]


class ResponseQueuedStreamingEvent(_t.Model):
    """ResponseQueuedStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.queued"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.queued"]
        response: ResponseResource
        """A model response: its status, output items, the settings it ran with, and token
        usage."""
        sequence_number: int | Unset | None
    else:
        type = Field("type", _t.scalar("any", "response.queued"), required=True, reliable=True)
        response = Field(
            "response",
            _t.model(".models.response_resource", "ResponseResource"),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        _FIELDS = {
            "type": type,
            "response": response,
            "sequence_number": sequence_number,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.queued"] | Unset = UNSET,
        response: ResponseResource,
        sequence_number: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            response=response,
            sequence_number=sequence_number,
            **additional_properties,
        )
