from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.allowed_tools_param import AllowedToolsParam
    from ..models.assistant_message_item_param import AssistantMessageItemParam
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.developer_message_item_param import DeveloperMessageItemParam
    from ..models.function_call_item_param import FunctionCallItemParam
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.include_enum import IncludeEnum
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_approval_response import McpApprovalResponse
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.mcp_tool import McpTool
    from ..models.metadata_param import MetadataParam
    from ..models.reasoning_item_param import ReasoningItemParam
    from ..models.reasoning_param import ReasoningParam
    from ..models.service_tier_enum import ServiceTierEnum
    from ..models.specific_function_param import SpecificFunctionParam
    from ..models.stream_options_param import StreamOptionsParam
    from ..models.system_message_item_param import SystemMessageItemParam
    from ..models.text_param import TextParam
    from ..models.tool_choice_value_enum import ToolChoiceValueEnum
    from ..models.truncation_enum import TruncationEnum
    from ..models.unknown_item import UnknownItem
    from ..models.unknown_tool import UnknownTool
    from ..models.unknown_tool_choice import UnknownToolChoice
    from ..models.user_message_item_param import UserMessageItemParam

__all__ = ["CreateResponseBody"]


class CreateResponseBody(_t.Model):
    """Request body for POST /responses. Every field is optional; servers fill defaults."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        model: None | str | Unset
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
        """A string (taken as one user message) or a list of input items."""
        previous_response_id: None | str | Unset
        """Continue from a stored response: the server prepends its input and output."""
        include: list[IncludeEnum] | Unset
        tools: list[FunctionToolParam | McpTool | UnknownTool] | None | Unset
        tool_choice: (
            AllowedToolsParam
            | None
            | SpecificFunctionParam
            | ToolChoiceValueEnum
            | UnknownToolChoice
            | Unset
        )
        metadata: MetadataParam | None | Unset
        text: None | TextParam | Unset
        temperature: float | None | Unset
        top_p: float | None | Unset
        presence_penalty: float | None | Unset
        frequency_penalty: float | None | Unset
        parallel_tool_calls: bool | None | Unset
        stream: bool | Unset
        stream_options: None | StreamOptionsParam | Unset
        background: bool | Unset
        max_output_tokens: int | None | Unset
        max_tool_calls: int | None | Unset
        reasoning: None | ReasoningParam | Unset
        safety_identifier: None | str | Unset
        prompt_cache_key: None | str | Unset
        truncation: TruncationEnum | Unset
        instructions: None | str | Unset
        """System-level guidance for this request only; not carried over by
        previous_response_id."""
        store: bool | Unset
        service_tier: ServiceTierEnum | Unset
        top_logprobs: int | None | Unset
    else:
        model = Field("model", _t.union(_t.scalar("string"), nullable=True))
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
        include = Field(
            "include",
            _t.array(
                _t.enum_of(
                    ".models.include_enum",
                    "IncludeEnum",
                    (
                        "reasoning.encrypted_content",
                        "message.output_text.logprobs",
                    ),
                )
            ),
        )
        tools = Field(
            "tools",
            _t.union(
                _t.array(
                    _t.union(
                        _t.model(".models.function_tool_param", "FunctionToolParam", "function"),
                        _t.model(".models.mcp_tool", "McpTool", "mcp"),
                        _t.model(".models.unknown_tool", "UnknownTool"),
                        nullable=False,
                    )
                ),
                nullable=True,
            ),
        )
        tool_choice = Field(
            "tool_choice",
            _t.union(
                _t.model(".models.specific_function_param", "SpecificFunctionParam", "function"),
                _t.model(".models.unknown_tool_choice", "UnknownToolChoice"),
                _t.enum_of(
                    ".models.tool_choice_value_enum",
                    "ToolChoiceValueEnum",
                    (
                        "none",
                        "auto",
                        "required",
                    ),
                ),
                _t.model(".models.allowed_tools_param", "AllowedToolsParam", "allowed_tools"),
                nullable=True,
            ),
        )
        metadata = Field(
            "metadata", _t.union(_t.model(".models.metadata_param", "MetadataParam"), nullable=True)
        )
        text = Field("text", _t.union(_t.model(".models.text_param", "TextParam"), nullable=True))
        temperature = Field("temperature", _t.union(_t.scalar("number"), nullable=True))
        top_p = Field("top_p", _t.union(_t.scalar("number"), nullable=True))
        presence_penalty = Field("presence_penalty", _t.union(_t.scalar("number"), nullable=True))
        frequency_penalty = Field("frequency_penalty", _t.union(_t.scalar("number"), nullable=True))
        parallel_tool_calls = Field(
            "parallel_tool_calls", _t.union(_t.scalar("boolean"), nullable=True)
        )
        stream = Field("stream", _t.scalar("boolean"))
        stream_options = Field(
            "stream_options",
            _t.union(_t.model(".models.stream_options_param", "StreamOptionsParam"), nullable=True),
        )
        background = Field("background", _t.scalar("boolean"))
        max_output_tokens = Field(
            "max_output_tokens",
            _t.bounded(_t.union(_t.scalar("integer"), nullable=True), {"minimum": 16.0}),
        )
        max_tool_calls = Field(
            "max_tool_calls",
            _t.bounded(_t.union(_t.scalar("integer"), nullable=True), {"minimum": 1.0}),
        )
        reasoning = Field(
            "reasoning",
            _t.union(_t.model(".models.reasoning_param", "ReasoningParam"), nullable=True),
        )
        safety_identifier = Field(
            "safety_identifier",
            _t.bounded(_t.union(_t.scalar("string"), nullable=True), {"maxLength": 64}),
        )
        prompt_cache_key = Field(
            "prompt_cache_key",
            _t.bounded(_t.union(_t.scalar("string"), nullable=True), {"maxLength": 64}),
        )
        truncation = Field(
            "truncation",
            _t.enum_of(
                ".models.truncation_enum",
                "TruncationEnum",
                (
                    "auto",
                    "disabled",
                ),
            ),
        )
        instructions = Field("instructions", _t.union(_t.scalar("string"), nullable=True))
        store = Field("store", _t.scalar("boolean"))
        service_tier = Field(
            "service_tier",
            _t.enum_of(
                ".models.service_tier_enum",
                "ServiceTierEnum",
                (
                    "auto",
                    "default",
                    "flex",
                    "priority",
                ),
            ),
        )
        top_logprobs = Field(
            "top_logprobs",
            _t.bounded(
                _t.union(_t.scalar("integer"), nullable=True), {"minimum": 0.0, "maximum": 20.0}
            ),
        )
        _FIELDS = {
            "model": model,
            "input": input,
            "previous_response_id": previous_response_id,
            "include": include,
            "tools": tools,
            "tool_choice": tool_choice,
            "metadata": metadata,
            "text": text,
            "temperature": temperature,
            "top_p": top_p,
            "presence_penalty": presence_penalty,
            "frequency_penalty": frequency_penalty,
            "parallel_tool_calls": parallel_tool_calls,
            "stream": stream,
            "stream_options": stream_options,
            "background": background,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "reasoning": reasoning,
            "safety_identifier": safety_identifier,
            "prompt_cache_key": prompt_cache_key,
            "truncation": truncation,
            "instructions": instructions,
            "store": store,
            "service_tier": service_tier,
            "top_logprobs": top_logprobs,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        model: None | str | Unset = UNSET,
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
        include: list[IncludeEnum] | Unset = UNSET,
        tools: list[FunctionToolParam | McpTool | UnknownTool] | None | Unset = UNSET,
        tool_choice: AllowedToolsParam
        | None
        | SpecificFunctionParam
        | ToolChoiceValueEnum
        | UnknownToolChoice
        | Unset = UNSET,
        metadata: MetadataParam | None | Unset = UNSET,
        text: None | TextParam | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stream_options: None | StreamOptionsParam | Unset = UNSET,
        background: bool | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        reasoning: None | ReasoningParam | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        truncation: TruncationEnum | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        store: bool | Unset = UNSET,
        service_tier: ServiceTierEnum | Unset = UNSET,
        top_logprobs: int | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            model=model,
            input=input,
            previous_response_id=previous_response_id,
            include=include,
            tools=tools,
            tool_choice=tool_choice,
            metadata=metadata,
            text=text,
            temperature=temperature,
            top_p=top_p,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            parallel_tool_calls=parallel_tool_calls,
            stream=stream,
            stream_options=stream_options,
            background=background,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            truncation=truncation,
            instructions=instructions,
            store=store,
            service_tier=service_tier,
            top_logprobs=top_logprobs,
            **additional_properties,
        )
