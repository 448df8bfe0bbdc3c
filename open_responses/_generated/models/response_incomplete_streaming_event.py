from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.response_resource import ResponseResource

__all__ = ["ResponseIncompleteStreamingEvent"]


class ResponseIncompleteStreamingEvent(_t.Model):
    """ResponseIncompleteStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.incomplete"

    type: Field[Literal["response.incomplete"]] = Field(
        "type", _t.scalar("any", "response.incomplete"), required=True, reliable=True
    )
    response: Field[ResponseResource] = Field(
        "response",
        _t.model(".models.response_resource", "ResponseResource"),
        required=True,
        reliable=True,
    )
    """A model response: its status, output items, the settings it ran with, and token usage."""
    sequence_number: Field[int | Unset | None] = Field(
        "sequence_number", _t.scalar("integer"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "response": response,
        "sequence_number": sequence_number,
    }

    def __init__(
        self,
        *,
        type: Literal["response.incomplete"] | Unset = UNSET,
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
