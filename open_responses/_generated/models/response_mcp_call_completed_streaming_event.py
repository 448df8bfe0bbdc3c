from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["ResponseMcpCallCompletedStreamingEvent"]


class ResponseMcpCallCompletedStreamingEvent(_t.Model):
    """ResponseMcpCallCompletedStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.mcp_call.completed"

    type: Field[Literal["response.mcp_call.completed"]] = Field(
        "type", _t.scalar("any", "response.mcp_call.completed"), required=True, reliable=True
    )
    sequence_number: Field[int | Unset | None] = Field("sequence_number", _t.scalar("integer"))
    item_id: Field[str | Unset | None] = Field("item_id", _t.scalar("string"), required=True)
    output_index: Field[int | Unset | None] = Field(
        "output_index", _t.scalar("integer"), required=True
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "sequence_number": sequence_number,
        "item_id": item_id,
        "output_index": output_index,
    }

    def __init__(
        self,
        *,
        type: Literal["response.mcp_call.completed"] | Unset = UNSET,
        sequence_number: int | Unset = UNSET,
        item_id: str | Unset = UNSET,
        output_index: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            **additional_properties,
        )
