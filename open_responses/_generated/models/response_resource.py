from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_value_enum import ToolChoiceValueEnum
from ..models.truncation_enum import TruncationEnum
from ..types import UNSET, Unset

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
    from ..models.unknown_item import UnknownItem
    from ..models.unknown_tool import UnknownTool
    from ..models.unknown_tool_choice import UnknownToolChoice
    from ..models.usage import Usage


T = TypeVar("T", bound="ResponseResource")


@_attrs_define
class ResponseResource:
    """A model response: its status, output items, the settings it ran with, and token usage."""

    id: str
    created_at: int
    status: str
    """ Lifecycle state: queued, in_progress, completed, failed or incomplete (servers may add others). """
    model: str
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
    """ Items the model produced, in order: messages, reasoning, function calls, and provider items. """
    object_: Literal["response"] = "response"
    completed_at: int | None | Unset = UNSET
    incomplete_details: IncompleteDetails | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    error: Error | None | Unset = UNSET
    tools: list[FunctionTool | McpTool | UnknownTool] | None | Unset = UNSET
    tool_choice: (
        AllowedToolChoice | FunctionToolChoice | ToolChoiceValueEnum | UnknownToolChoice | Unset
    ) = UNSET
    truncation: TruncationEnum | Unset = UNSET
    parallel_tool_calls: bool | Unset = UNSET
    text: TextField | Unset = UNSET
    top_p: float | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    temperature: float | Unset = UNSET
    reasoning: None | Reasoning | Unset = UNSET
    usage: None | Unset | Usage = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    store: bool | Unset = UNSET
    background: bool | Unset = UNSET
    service_tier: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at = self.created_at

        status = self.status

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, Message):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, FunctionCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ReasoningBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, CompactionBody):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpListTools):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, McpApprovalRequest):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, IncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, Error):
            error = self.error.to_dict()
        else:
            error = self.error

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, McpTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, FunctionToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceValueEnum):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, AllowedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        truncation: str | Unset = UNSET
        if not isinstance(self.truncation, Unset):
            truncation = self.truncation.value

        parallel_tool_calls = self.parallel_tool_calls

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        top_p = self.top_p

        presence_penalty = self.presence_penalty

        frequency_penalty = self.frequency_penalty

        top_logprobs = self.top_logprobs

        temperature = self.temperature

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        store = self.store

        background = self.background

        service_tier = self.service_tier

        metadata = self.metadata

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "status": status,
                "model": model,
                "output": output,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if error is not UNSET:
            field_dict["error"] = error
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if usage is not UNSET:
            field_dict["usage"] = usage
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if store is not UNSET:
            field_dict["store"] = store
        if background is not UNSET:
            field_dict["background"] = background
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_: Literal["response"] = d.pop("object")
        if object_ != "response":
            raise ValueError(f"object must match const 'response', got '{object_}'")

        created_at = d.pop("created_at")

        status = d.pop("status")

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                CompactionBody
                | FunctionCall
                | FunctionCallOutput
                | McpApprovalRequest
                | McpCall
                | McpListTools
                | Message
                | ReasoningBody
                | UnknownItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_0 = Message.from_dict(data)

                    return componentsschemas_item_field_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_1 = FunctionCall.from_dict(data)

                    return componentsschemas_item_field_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_2 = FunctionCallOutput.from_dict(data)

                    return componentsschemas_item_field_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_3 = ReasoningBody.from_dict(data)

                    return componentsschemas_item_field_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_4 = CompactionBody.from_dict(data)

                    return componentsschemas_item_field_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_5 = McpListTools.from_dict(data)

                    return componentsschemas_item_field_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_6 = McpCall.from_dict(data)

                    return componentsschemas_item_field_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_item_field_type_7 = McpApprovalRequest.from_dict(data)

                    return componentsschemas_item_field_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_item_field_type_8 = UnknownItem.from_dict(data)

                return componentsschemas_item_field_type_8

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_incomplete_details(data: object) -> IncompleteDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = IncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncompleteDetails | None | Unset, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_error(data: object) -> Error | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = Error.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Error | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_tools(data: object) -> list[FunctionTool | McpTool | UnknownTool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> FunctionTool | McpTool | UnknownTool:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                            return componentsschemas_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_1 = McpTool.from_dict(data)

                            return componentsschemas_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_2 = UnknownTool.from_dict(data)

                        return componentsschemas_tool_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FunctionTool | McpTool | UnknownTool] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            AllowedToolChoice | FunctionToolChoice | ToolChoiceValueEnum | UnknownToolChoice | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = FunctionToolChoice.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_1 = ToolChoiceValueEnum(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_2 = AllowedToolChoice.from_dict(data)

                return tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_3 = UnknownToolChoice.from_dict(data)

            return tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _truncation = d.pop("truncation", UNSET)
        truncation: TruncationEnum | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = TruncationEnum(_truncation)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        _text = d.pop("text", UNSET)
        text: TextField | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextField.from_dict(_text)

        top_p = d.pop("top_p", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        temperature = d.pop("temperature", UNSET)

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = Reasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reasoning | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_usage(data: object) -> None | Unset | Usage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Usage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Usage, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        store = d.pop("store", UNSET)

        background = d.pop("background", UNSET)

        service_tier = d.pop("service_tier", UNSET)

        metadata = d.pop("metadata", UNSET)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        response_resource = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            status=status,
            model=model,
            output=output,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
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
        )

        response_resource.additional_properties = d
        return response_resource

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# open_responses: the referenced models are imported once, after the class is
# defined, instead of inside from_dict/to_dict on every call (the schema graph
# has no cycles; the generator's per-call imports cost ~0.5 us each).
from ..models.allowed_tool_choice import AllowedToolChoice  # noqa: E402
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.error import Error  # noqa: E402
from ..models.function_call import FunctionCall  # noqa: E402
from ..models.function_call_output import FunctionCallOutput  # noqa: E402
from ..models.function_tool import FunctionTool  # noqa: E402
from ..models.function_tool_choice import FunctionToolChoice  # noqa: E402
from ..models.incomplete_details import IncompleteDetails  # noqa: E402
from ..models.mcp_approval_request import McpApprovalRequest  # noqa: E402
from ..models.mcp_call import McpCall  # noqa: E402
from ..models.mcp_list_tools import McpListTools  # noqa: E402
from ..models.mcp_tool import McpTool  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.reasoning import Reasoning  # noqa: E402
from ..models.reasoning_body import ReasoningBody  # noqa: E402
from ..models.text_field import TextField  # noqa: E402
from ..models.unknown_item import UnknownItem  # noqa: E402
from ..models.unknown_tool import UnknownTool  # noqa: E402
from ..models.unknown_tool_choice import UnknownToolChoice  # noqa: E402
from ..models.usage import Usage  # noqa: E402
