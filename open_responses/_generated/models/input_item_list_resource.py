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

__all__ = ["InputItemListResource"]


class InputItemListResource(_t.Model):
    """Provider extension: a page of a stored response's input items."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        data: list[
            CompactionBody
            | FunctionCall
            | FunctionCallOutput
            | McpApprovalRequest
            | McpCall
            | McpListTools
            | Message
            | ReasoningBody
            | UnknownItem
        ]
        object: Literal["list"] | Unset | None
        first_id: None | str | Unset
        last_id: None | str | Unset
        has_more: bool | Unset | None
    else:
        data = Field(
            "data",
            _t.array(
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
                    nullable=False,
                )
            ),
            required=True,
            reliable=True,
        )
        object = Field("object", _t.scalar("any", "list"), required=True)
        first_id = Field("first_id", _t.union(_t.scalar("string"), nullable=True))
        last_id = Field("last_id", _t.union(_t.scalar("string"), nullable=True))
        has_more = Field("has_more", _t.scalar("boolean"))
        _FIELDS = {
            "data": data,
            "object": object,
            "first_id": first_id,
            "last_id": last_id,
            "has_more": has_more,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        data: list[
            CompactionBody
            | FunctionCall
            | FunctionCallOutput
            | McpApprovalRequest
            | McpCall
            | McpListTools
            | Message
            | ReasoningBody
            | UnknownItem
        ],
        object: Literal["list"] | Unset = UNSET,
        first_id: None | str | Unset = UNSET,
        last_id: None | str | Unset = UNSET,
        has_more: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            data=data,
            object=object,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
            **additional_properties,
        )
