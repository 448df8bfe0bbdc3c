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
    from ..models.usage import Usage

__all__ = ["CompactResource"]


class CompactResource(_t.Model):
    """The compacted conversation window; send its output back as input to start a new chain."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        id: str
        object: Literal["response.compaction"]
        output: list[
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
        created_at: int | Unset | None
        usage: Usage | Unset | None
    else:
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        object = Field(
            "object", _t.scalar("any", "response.compaction"), required=True, reliable=True
        )
        output = Field(
            "output",
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
        created_at = Field("created_at", _t.scalar("integer"), required=True)
        usage = Field("usage", _t.model(".models.usage", "Usage"), required=True)
        _FIELDS = {
            "id": id,
            "object": object,
            "output": output,
            "created_at": created_at,
            "usage": usage,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        id: str,
        object: Literal["response.compaction"],
        output: list[
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
        created_at: int | Unset = UNSET,
        usage: Usage | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            id=id,
            object=object,
            output=output,
            created_at=created_at,
            usage=usage,
            **additional_properties,
        )
