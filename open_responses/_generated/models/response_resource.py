from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.allowed_tool_choice import AllowedToolChoice
    from ..models.compaction_body import CompactionBody
    from ..models.error import Error
    from ..models.function_call import FunctionCall
    from ..models.function_call_output import FunctionCallOutput
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_choice import FunctionToolChoice
    from ..models.incomplete_details import IncompleteDetails
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.mcp_tool import McpTool
    from ..models.message import Message
    from ..models.reasoning import Reasoning
    from ..models.reasoning_body import ReasoningBody
    from ..models.text_field import TextField
    from ..models.tool_choice_value_enum import ToolChoiceValueEnum
    from ..models.truncation_enum import TruncationEnum
    from ..models.unknown_item import UnknownItem
    from ..models.unknown_tool import UnknownTool
    from ..models.unknown_tool_choice import UnknownToolChoice
    from ..models.usage import Usage

__all__ = ["ResponseResource"]


class ResponseResource(_t.Model):
    """A model response: its status, output items, the settings it ran with, and token usage."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        id: str
        object: Literal["response"]
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
        """Items the model produced, in order: messages, reasoning, function calls, and
        provider items."""
        created_at: int | Unset | None
        completed_at: int | None | Unset
        status: str | Unset | None
        """Lifecycle state: queued, in_progress, completed, failed or incomplete (servers may
        add others)."""
        incomplete_details: IncompleteDetails | None | Unset
        model: str | Unset | None
        previous_response_id: None | str | Unset
        instructions: None | str | Unset
        error: Error | None | Unset
        tools: list[FunctionTool | McpTool | UnknownTool] | Unset | None
        tool_choice: (
            AllowedToolChoice
            | FunctionToolChoice
            | ToolChoiceValueEnum
            | UnknownToolChoice
            | Unset
            | None
        )
        truncation: TruncationEnum | Unset | None
        parallel_tool_calls: bool | Unset | None
        text: TextField | Unset | None
        top_p: float | Unset | None
        presence_penalty: float | Unset | None
        frequency_penalty: float | Unset | None
        top_logprobs: int | Unset | None
        temperature: float | Unset | None
        reasoning: None | Reasoning | Unset
        usage: None | Unset | Usage
        max_output_tokens: int | None | Unset
        max_tool_calls: int | None | Unset
        store: bool | Unset | None
        background: bool | Unset | None
        service_tier: str | Unset | None
        metadata: Any | Unset | None
        safety_identifier: None | str | Unset
        prompt_cache_key: None | str | Unset
    else:
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        object = Field("object", _t.scalar("any", "response"), required=True, reliable=True)
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
        completed_at = Field(
            "completed_at", _t.union(_t.scalar("integer"), nullable=True), required=True
        )
        status = Field("status", _t.scalar("string"), required=True)
        incomplete_details = Field(
            "incomplete_details",
            _t.union(_t.model(".models.incomplete_details", "IncompleteDetails"), nullable=True),
            required=True,
        )
        model = Field("model", _t.scalar("string"), required=True)
        previous_response_id = Field(
            "previous_response_id", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        instructions = Field(
            "instructions", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        error = Field(
            "error", _t.union(_t.model(".models.error", "Error"), nullable=True), required=True
        )
        tools = Field(
            "tools",
            _t.array(
                _t.union(
                    _t.model(".models.function_tool", "FunctionTool", "function"),
                    _t.model(".models.mcp_tool", "McpTool", "mcp"),
                    _t.model(".models.unknown_tool", "UnknownTool"),
                    nullable=False,
                )
            ),
            required=True,
        )
        tool_choice = Field(
            "tool_choice",
            _t.union(
                _t.model(".models.function_tool_choice", "FunctionToolChoice", "function"),
                _t.enum_of(
                    ".models.tool_choice_value_enum",
                    "ToolChoiceValueEnum",
                    (
                        "none",
                        "auto",
                        "required",
                    ),
                ),
                _t.model(".models.allowed_tool_choice", "AllowedToolChoice", "allowed_tools"),
                _t.model(".models.unknown_tool_choice", "UnknownToolChoice"),
                nullable=False,
            ),
            required=True,
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
            required=True,
        )
        parallel_tool_calls = Field("parallel_tool_calls", _t.scalar("boolean"), required=True)
        text = Field("text", _t.model(".models.text_field", "TextField"), required=True)
        top_p = Field("top_p", _t.scalar("number"), required=True)
        presence_penalty = Field("presence_penalty", _t.scalar("number"), required=True)
        frequency_penalty = Field("frequency_penalty", _t.scalar("number"), required=True)
        top_logprobs = Field("top_logprobs", _t.scalar("integer"), required=True)
        temperature = Field("temperature", _t.scalar("number"), required=True)
        reasoning = Field(
            "reasoning",
            _t.union(_t.model(".models.reasoning", "Reasoning"), nullable=True),
            required=True,
        )
        usage = Field(
            "usage", _t.union(_t.model(".models.usage", "Usage"), nullable=True), required=True
        )
        max_output_tokens = Field(
            "max_output_tokens", _t.union(_t.scalar("integer"), nullable=True), required=True
        )
        max_tool_calls = Field(
            "max_tool_calls", _t.union(_t.scalar("integer"), nullable=True), required=True
        )
        store = Field("store", _t.scalar("boolean"), required=True)
        background = Field("background", _t.scalar("boolean"), required=True)
        service_tier = Field("service_tier", _t.scalar("string"), required=True)
        metadata = Field("metadata", _t.scalar("any"), required=True)
        safety_identifier = Field(
            "safety_identifier", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        prompt_cache_key = Field(
            "prompt_cache_key", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        _FIELDS = {
            "id": id,
            "object": object,
            "output": output,
            "created_at": created_at,
            "completed_at": completed_at,
            "status": status,
            "incomplete_details": incomplete_details,
            "model": model,
            "previous_response_id": previous_response_id,
            "instructions": instructions,
            "error": error,
            "tools": tools,
            "tool_choice": tool_choice,
            "truncation": truncation,
            "parallel_tool_calls": parallel_tool_calls,
            "text": text,
            "top_p": top_p,
            "presence_penalty": presence_penalty,
            "frequency_penalty": frequency_penalty,
            "top_logprobs": top_logprobs,
            "temperature": temperature,
            "reasoning": reasoning,
            "usage": usage,
            "max_output_tokens": max_output_tokens,
            "max_tool_calls": max_tool_calls,
            "store": store,
            "background": background,
            "service_tier": service_tier,
            "metadata": metadata,
            "safety_identifier": safety_identifier,
            "prompt_cache_key": prompt_cache_key,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        id: str,
        object: Literal["response"],
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
        completed_at: int | None | Unset = UNSET,
        status: str | Unset = UNSET,
        incomplete_details: IncompleteDetails | None | Unset = UNSET,
        model: str | Unset = UNSET,
        previous_response_id: None | str | Unset = UNSET,
        instructions: None | str | Unset = UNSET,
        error: Error | None | Unset = UNSET,
        tools: list[FunctionTool | McpTool | UnknownTool] | Unset = UNSET,
        tool_choice: AllowedToolChoice
        | FunctionToolChoice
        | ToolChoiceValueEnum
        | UnknownToolChoice
        | Unset = UNSET,
        truncation: TruncationEnum | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        text: TextField | Unset = UNSET,
        top_p: float | Unset = UNSET,
        presence_penalty: float | Unset = UNSET,
        frequency_penalty: float | Unset = UNSET,
        top_logprobs: int | Unset = UNSET,
        temperature: float | Unset = UNSET,
        reasoning: None | Reasoning | Unset = UNSET,
        usage: None | Usage | Unset = UNSET,
        max_output_tokens: int | None | Unset = UNSET,
        max_tool_calls: int | None | Unset = UNSET,
        store: bool | Unset = UNSET,
        background: bool | Unset = UNSET,
        service_tier: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        safety_identifier: None | str | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            id=id,
            object=object,
            output=output,
            created_at=created_at,
            completed_at=completed_at,
            status=status,
            incomplete_details=incomplete_details,
            model=model,
            previous_response_id=previous_response_id,
            instructions=instructions,
            error=error,
            tools=tools,
            tool_choice=tool_choice,
            truncation=truncation,
            parallel_tool_calls=parallel_tool_calls,
            text=text,
            top_p=top_p,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            top_logprobs=top_logprobs,
            temperature=temperature,
            reasoning=reasoning,
            usage=usage,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            store=store,
            background=background,
            service_tier=service_tier,
            metadata=metadata,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            **additional_properties,
        )
