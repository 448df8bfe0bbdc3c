from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CompactResponseMethodPublicBody")


@_attrs_define
class CompactResponseMethodPublicBody:
    """Request body for POST /responses/compact."""

    model: str
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
    instructions: None | str | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

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

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        compact_response_method_public_body = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
        )

        compact_response_method_public_body.additional_properties = d
        return compact_response_method_public_body

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
from ..models.assistant_message_item_param import AssistantMessageItemParam  # noqa: E402
from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: E402
from ..models.developer_message_item_param import DeveloperMessageItemParam  # noqa: E402
from ..models.function_call_item_param import FunctionCallItemParam  # noqa: E402
from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: E402
from ..models.item_reference_param import ItemReferenceParam  # noqa: E402
from ..models.mcp_approval_request import McpApprovalRequest  # noqa: E402
from ..models.mcp_approval_response import McpApprovalResponse  # noqa: E402
from ..models.mcp_call import McpCall  # noqa: E402
from ..models.mcp_list_tools import McpListTools  # noqa: E402
from ..models.reasoning_item_param import ReasoningItemParam  # noqa: E402
from ..models.system_message_item_param import SystemMessageItemParam  # noqa: E402
from ..models.unknown_item import UnknownItem  # noqa: E402
from ..models.user_message_item_param import UserMessageItemParam  # noqa: E402
