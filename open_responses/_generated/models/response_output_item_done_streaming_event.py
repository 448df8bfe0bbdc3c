from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.compaction_body import CompactionBody
    from ..models.function_call import FunctionCall
    from ..models.function_call_output import FunctionCallOutput
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.message import Message
    from ..models.reasoning_body import ReasoningBody
    from ..models.unknown_item import UnknownItem

__all__ = ["ResponseOutputItemDoneStreamingEvent"]


class ResponseOutputItemDoneStreamingEvent(_t.Model):
    """ResponseOutputItemDoneStreamingEvent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "response.output_item.done"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["response.output_item.done"]
        output_index: int
        item: (
            CompactionBody
            | FunctionCall
            | FunctionCallOutput
            | McpApprovalRequest
            | McpCall
            | McpListTools
            | Message
            | None
            | ReasoningBody
            | UnknownItem
        )
        sequence_number: int | Unset | None
    else:
        type = Field(
            "type", _t.scalar("any", "response.output_item.done"), required=True, reliable=True
        )
        output_index = Field("output_index", _t.scalar("integer"), required=True, reliable=True)
        item = Field(
            "item",
            _t.union(
                _t.model(".models.message", "Message", "message"),
                _t.model(".models.function_call", "FunctionCall", "function_call"),
                _t.model(
                    ".models.function_call_output", "FunctionCallOutput", "function_call_output"
                ),
                _t.model(".models.reasoning_body", "ReasoningBody", "reasoning"),
                _t.model(".models.compaction_body", "CompactionBody", "compaction"),
                _t.model(".models.mcp_list_tools", "McpListTools", "mcp_list_tools"),
                _t.model(".models.mcp_call", "McpCall", "mcp_call"),
                _t.model(
                    ".models.mcp_approval_request", "McpApprovalRequest", "mcp_approval_request"
                ),
                _t.model(".models.unknown_item", "UnknownItem"),
                nullable=True,
            ),
            required=True,
            reliable=True,
        )
        sequence_number = Field("sequence_number", _t.scalar("integer"), required=True)
        _FIELDS = {
            "type": type,
            "output_index": output_index,
            "item": item,
            "sequence_number": sequence_number,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["response.output_item.done"] | Unset = UNSET,
        output_index: int,
        item: CompactionBody
        | FunctionCall
        | FunctionCallOutput
        | McpApprovalRequest
        | McpCall
        | McpListTools
        | Message
        | None
        | ReasoningBody
        | UnknownItem,
        sequence_number: int | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            output_index=output_index,
            item=item,
            sequence_number=sequence_number,
            **additional_properties,
        )
