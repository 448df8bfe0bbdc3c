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

from ..models.include_enum import IncludeEnum
from ..models.service_tier_enum import ServiceTierEnum
from ..models.tool_choice_value_enum import ToolChoiceValueEnum
from ..models.truncation_enum import TruncationEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_tools_param import AllowedToolsParam
    from ..models.assistant_message_item_param import AssistantMessageItemParam
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.developer_message_item_param import DeveloperMessageItemParam
    from ..models.function_call_item_param import FunctionCallItemParam
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_approval_response import McpApprovalResponse
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.mcp_tool import McpTool
    from ..models.metadata_param import MetadataParam
    from ..models.reasoning_item_param import ReasoningItemParam
    from ..models.reasoning_param import ReasoningParam
    from ..models.specific_function_param import SpecificFunctionParam
    from ..models.system_message_item_param import SystemMessageItemParam
    from ..models.text_param import TextParam
    from ..models.unknown_item import UnknownItem
    from ..models.unknown_tool import UnknownTool
    from ..models.unknown_tool_choice import UnknownToolChoice
    from ..models.user_message_item_param import UserMessageItemParam


T = TypeVar("T", bound="WebSocketResponseCreateEvent")


@_attrs_define
class WebSocketResponseCreateEvent:
    """Client message that starts one turn over the WebSocket transport: a create body plus type, without stream,
    stream_options or background.

    """

    type_: Literal["response.create"] = "response.create"
    model: None | str | Unset = UNSET
    input_: (
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
    ) = UNSET
    previous_response_id: None | str | Unset = UNSET
    include: list[IncludeEnum] | Unset = UNSET
    tools: list[FunctionToolParam | McpTool | UnknownTool] | None | Unset = UNSET
    tool_choice: (
        AllowedToolsParam
        | None
        | SpecificFunctionParam
        | ToolChoiceValueEnum
        | UnknownToolChoice
        | Unset
    ) = UNSET
    metadata: MetadataParam | None | Unset = UNSET
    text: None | TextParam | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    reasoning: None | ReasoningParam | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    truncation: TruncationEnum | Unset = UNSET
    instructions: None | str | Unset = UNSET
    store: bool | Unset = UNSET
    service_tier: ServiceTierEnum | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_type_1_item_data in self.input_:
                input_type_0_type_1_item: dict[str, Any]
                if isinstance(input_type_0_type_1_item_data, ItemReferenceParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, ReasoningItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, CompactionSummaryItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, UserMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, SystemMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, DeveloperMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, AssistantMessageItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionCallItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, FunctionCallOutputItemParam):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, McpApprovalResponse):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, McpListTools):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, McpCall):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                elif isinstance(input_type_0_type_1_item_data, McpApprovalRequest):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()

                input_.append(input_type_0_type_1_item)

        else:
            input_ = self.input_

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = []
            for include_item_data in self.include:
                include_item = include_item_data.value
                include.append(include_item)

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, McpTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, SpecificFunctionParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, UnknownToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceValueEnum):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, AllowedToolsParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataParam):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, TextParam):
            text = self.text.to_dict()
        else:
            text = self.text

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

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

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningParam):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

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

        truncation: str | Unset = UNSET
        if not isinstance(self.truncation, Unset):
            truncation = self.truncation.value

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        store = self.store

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier.value

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if include is not UNSET:
            field_dict["include"] = include
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if text is not UNSET:
            field_dict["text"] = text
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if store is not UNSET:
            field_dict["store"] = store
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.create"] = d.pop("type")
        if type_ != "response.create":
            raise ValueError(f"type must match const 'response.create', got '{type_}'")

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_input_(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_0_type_1 = []
                _input_type_0_type_1 = data
                for input_type_0_type_1_item_data in _input_type_0_type_1:

                    def _parse_input_type_0_type_1_item(
                        data: object,
                    ) -> (
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
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_0 = ItemReferenceParam.from_dict(data)

                            return componentsschemas_item_param_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_1 = ReasoningItemParam.from_dict(data)

                            return componentsschemas_item_param_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_2 = (
                                CompactionSummaryItemParam.from_dict(data)
                            )

                            return componentsschemas_item_param_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_3 = UserMessageItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_param_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_4 = SystemMessageItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_param_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_5 = (
                                DeveloperMessageItemParam.from_dict(data)
                            )

                            return componentsschemas_item_param_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_6 = (
                                AssistantMessageItemParam.from_dict(data)
                            )

                            return componentsschemas_item_param_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_7 = FunctionCallItemParam.from_dict(
                                data
                            )

                            return componentsschemas_item_param_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_8 = (
                                FunctionCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_item_param_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_9 = McpApprovalResponse.from_dict(
                                data
                            )

                            return componentsschemas_item_param_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_10 = McpListTools.from_dict(data)

                            return componentsschemas_item_param_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_11 = McpCall.from_dict(data)

                            return componentsschemas_item_param_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_item_param_type_12 = McpApprovalRequest.from_dict(
                                data
                            )

                            return componentsschemas_item_param_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_item_param_type_13 = UnknownItem.from_dict(data)

                        return componentsschemas_item_param_type_13

                    input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                        input_type_0_type_1_item_data
                    )

                    input_type_0_type_1.append(input_type_0_type_1_item)

                return input_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
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
                | Unset,
                data,
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        _include = d.pop("include", UNSET)
        include: list[IncludeEnum] | Unset = UNSET
        if _include is not UNSET:
            include = []
            for include_item_data in _include:
                include_item = IncludeEnum(include_item_data)

                include.append(include_item)

        def _parse_tools(
            data: object,
        ) -> list[FunctionToolParam | McpTool | UnknownTool] | None | Unset:
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
                    ) -> FunctionToolParam | McpTool | UnknownTool:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_tool_param_type_0 = (
                                FunctionToolParam.from_dict(data)
                            )

                            return componentsschemas_responses_tool_param_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_tool_param_type_1 = McpTool.from_dict(data)

                            return componentsschemas_responses_tool_param_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_tool_param_type_2 = UnknownTool.from_dict(data)

                        return componentsschemas_responses_tool_param_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FunctionToolParam | McpTool | UnknownTool] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            AllowedToolsParam
            | None
            | SpecificFunctionParam
            | ToolChoiceValueEnum
            | UnknownToolChoice
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_specific_tool_choice_param_type_0 = (
                    SpecificFunctionParam.from_dict(data)
                )

                return componentsschemas_specific_tool_choice_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_specific_tool_choice_param_type_1 = UnknownToolChoice.from_dict(
                    data
                )

                return componentsschemas_specific_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_1 = ToolChoiceValueEnum(data)

                return componentsschemas_tool_choice_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_param_type_2 = AllowedToolsParam.from_dict(data)

                return componentsschemas_tool_choice_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AllowedToolsParam
                | None
                | SpecificFunctionParam
                | ToolChoiceValueEnum
                | UnknownToolChoice
                | Unset,
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_metadata(data: object) -> MetadataParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataParam.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataParam | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_text(data: object) -> None | TextParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = TextParam.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TextParam | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

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

        def _parse_reasoning(data: object) -> None | ReasoningParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ReasoningParam.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningParam | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

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

        _truncation = d.pop("truncation", UNSET)
        truncation: TruncationEnum | Unset
        if isinstance(_truncation, Unset):
            truncation = UNSET
        else:
            truncation = TruncationEnum(_truncation)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        store = d.pop("store", UNSET)

        _service_tier = d.pop("service_tier", UNSET)
        service_tier: ServiceTierEnum | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = ServiceTierEnum(_service_tier)

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        web_socket_response_create_event = cls(
            type_=type_,
            model=model,
            input_=input_,
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
        )

        web_socket_response_create_event.additional_properties = d
        return web_socket_response_create_event

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
from ..models.allowed_tools_param import AllowedToolsParam  # noqa: E402
from ..models.assistant_message_item_param import AssistantMessageItemParam  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.developer_message_item_param import DeveloperMessageItemParam  # noqa: E402
from ..models.function_call_item_param import FunctionCallItemParam  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.function_tool_param import FunctionToolParam  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.mcp_approval_request import McpApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import McpApprovalResponse  # noqa: E402
from ..models.mcp_call import McpCall  # noqa: E402
from ..models.mcp_list_tools import McpListTools  # noqa: E402
from ..models.mcp_tool import McpTool  # noqa: E402
from ..models.metadata_param import MetadataParam  # noqa: E402
from ..models.reasoning_item_param import ReasoningItemParam  # noqa: E402
from ..models.reasoning_param import ReasoningParam  # noqa: E402
from ..models.specific_function_param import SpecificFunctionParam  # noqa: E402
from ..models.system_message_item_param import SystemMessageItemParam  # noqa: E402
from ..models.text_param import TextParam  # noqa: E402
from ..models.unknown_item import UnknownItem  # noqa: E402
from ..models.unknown_tool import UnknownTool  # noqa: E402
from ..models.unknown_tool_choice import UnknownToolChoice  # noqa: E402
from ..models.user_message_item_param import UserMessageItemParam  # noqa: E402
