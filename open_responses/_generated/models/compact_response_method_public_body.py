from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.assistant_message_item_param import AssistantMessageItemParam
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.developer_message_item_param import DeveloperMessageItemParam
    from ..models.function_call_item_param import FunctionCallItemParam
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_approval_response import McpApprovalResponse
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.reasoning_item_param import ReasoningItemParam
    from ..models.system_message_item_param import SystemMessageItemParam
    from ..models.unknown_item import UnknownItem
    from ..models.user_message_item_param import UserMessageItemParam

__all__ = ["CompactResponseMethodPublicBody"]


class CompactResponseMethodPublicBody(_t.Model):
    """Request body for POST /responses/compact."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        model: str
        input: (
            list[
                AssistantMessageItemParam
                | CompactionSummaryItemParam
                | DeveloperMessageItemParam
                | FunctionCallItemParam
                | FunctionCallOutputItemParam
                | ItemReferenceParam
                | McpApprovalRequest
                | McpApprovalResponse
                | McpCall
                | McpListTools
                | ReasoningItemParam
                | SystemMessageItemParam
                | UnknownItem
                | UserMessageItemParam
            ]
            | None
            | str
            | Unset
        )
        previous_response_id: None | str | Unset
        instructions: None | str | Unset
        prompt_cache_key: None | str | Unset
    else:
        model = Field("model", _t.scalar("string"), required=True, reliable=True)
        input = Field(
            "input",
            _t.union(
                _t.scalar("string"),
                _t.array(
                    _t.union(
                        _t.model(".models.item_reference_param", "ItemReferenceParam"),
                        _t.model(".models.reasoning_item_param", "ReasoningItemParam", "reasoning"),
                        _t.model(
                            ".models.compaction_summary_item_param",
                            "CompactionSummaryItemParam",
                            "compaction",
                        ),
                        _t.model(
                            ".models.user_message_item_param",
                            "UserMessageItemParam",
                            "message",
                            {"role": "user"},
                        ),
                        _t.model(
                            ".models.system_message_item_param",
                            "SystemMessageItemParam",
                            "message",
                            {"role": "system"},
                        ),
                        _t.model(
                            ".models.developer_message_item_param",
                            "DeveloperMessageItemParam",
                            "message",
                            {"role": "developer"},
                        ),
                        _t.model(
                            ".models.assistant_message_item_param",
                            "AssistantMessageItemParam",
                            "message",
                            {"role": "assistant"},
                        ),
                        _t.model(
                            ".models.function_call_item_param",
                            "FunctionCallItemParam",
                            "function_call",
                        ),
                        _t.model(
                            ".models.function_call_output_item_param",
                            "FunctionCallOutputItemParam",
                            "function_call_output",
                        ),
                        _t.model(
                            ".models.mcp_approval_response",
                            "McpApprovalResponse",
                            "mcp_approval_response",
                        ),
                        _t.model(".models.mcp_list_tools", "McpListTools", "mcp_list_tools"),
                        _t.model(".models.mcp_call", "McpCall", "mcp_call"),
                        _t.model(
                            ".models.mcp_approval_request",
                            "McpApprovalRequest",
                            "mcp_approval_request",
                        ),
                        _t.model(".models.unknown_item", "UnknownItem"),
                        nullable=False,
                    )
                ),
                nullable=True,
            ),
        )
        previous_response_id = Field(
            "previous_response_id", _t.union(_t.scalar("string"), nullable=True)
        )
        instructions = Field("instructions", _t.union(_t.scalar("string"), nullable=True))
        prompt_cache_key = Field(
            "prompt_cache_key",
            _t.bounded(_t.union(_t.scalar("string"), nullable=True), {"maxLength": 64}),
        )
        _FIELDS = {
            "model": model,
            "input": input,
            "previous_response_id": previous_response_id,
            "instructions": instructions,
            "prompt_cache_key": prompt_cache_key,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        model: str,
        input: list[
            AssistantMessageItemParam
            | CompactionSummaryItemParam
            | DeveloperMessageItemParam
            | FunctionCallItemParam
            | FunctionCallOutputItemParam
            | ItemReferenceParam
            | McpApprovalRequest
            | McpApprovalResponse
            | McpCall
            | McpListTools
            | ReasoningItemParam
            | SystemMessageItemParam
            | UnknownItem
            | UserMessageItemParam
        ]
        | None
        | str
        | Unset = UNSET,
        previous_response_id: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            model=model,
            input=input,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
            **additional_properties,
        )
