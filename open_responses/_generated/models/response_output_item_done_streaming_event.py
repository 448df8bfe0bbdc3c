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

from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ResponseOutputItemDoneStreamingEvent")


@_attrs_define
class ResponseOutputItemDoneStreamingEvent:
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
    type_: Literal["response.output_item.done"] = "response.output_item.done"
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        output_index = self.output_index

        item: dict[str, Any] | None
        if isinstance(self.item, Message):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, FunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ReasoningBody):
            item = self.item.to_dict()
        elif isinstance(self.item, CompactionBody):
            item = self.item.to_dict()
        elif isinstance(self.item, McpListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, McpCall):
            item = self.item.to_dict()
        elif isinstance(self.item, McpApprovalRequest):
            item = self.item.to_dict()
        elif isinstance(self.item, UnknownItem):
            item = self.item.to_dict()
        else:
            item = self.item

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "output_index": output_index,
                "item": item,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.output_item.done"] = d.pop("type")
        if type_ != "response.output_item.done":
            raise ValueError(f"type must match const 'response.output_item.done', got '{type_}'")

        output_index = d.pop("output_index")

        def _parse_item(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_item_field_type_8 = UnknownItem.from_dict(data)

                return componentsschemas_item_field_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CompactionBody
                | FunctionCall
                | FunctionCallOutput
                | McpApprovalRequest
                | McpCall
                | McpListTools
                | Message
                | None
                | ReasoningBody
                | UnknownItem,
                data,
            )

        item = _parse_item(d.pop("item"))

        sequence_number = d.pop("sequence_number", UNSET)

        response_output_item_done_streaming_event = cls(
            type_=type_,
            output_index=output_index,
            item=item,
            sequence_number=sequence_number,
        )

        response_output_item_done_streaming_event.additional_properties = d
        return response_output_item_done_streaming_event

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
from ..models.compaction_body import CompactionBody  # noqa: E402
from ..models.function_call import FunctionCall  # noqa: E402
from ..models.function_call_output import FunctionCallOutput  # noqa: E402
from ..models.mcp_approval_request import McpApprovalRequest  # noqa: E402
from ..models.mcp_call import McpCall  # noqa: E402
from ..models.mcp_list_tools import McpListTools  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.reasoning_body import ReasoningBody  # noqa: E402
from ..models.unknown_item import UnknownItem  # noqa: E402
