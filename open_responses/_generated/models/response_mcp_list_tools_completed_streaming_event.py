from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["ResponseMcpListToolsCompletedStreamingEvent"]


class ResponseMcpListToolsCompletedStreamingEvent(_t.Model):
    """ResponseMcpListToolsCompletedStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.mcp_list_tools.completed"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.mcp_list_tools.completed"]
        sequence_number: int | Unset | None
        item_id: str | Unset | None
        output_index: int | Unset | None
    else:
        type = Field(
            "type",
            _t.scalar("any", "response.mcp_list_tools.completed"),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"))
        item_id = Field("item_id", _t.scalar("string"), required=True)
        output_index = Field("output_index", _t.scalar("integer"), required=True)
        _FIELDS = {
            "type": type,
            "sequence_number": sequence_number,
            "item_id": item_id,
            "output_index": output_index,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.mcp_list_tools.completed"] | Unset = UNSET,
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
