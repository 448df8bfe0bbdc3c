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


T = TypeVar("T", bound="InputItemListResource")


@_attrs_define
class InputItemListResource:
    """Provider extension: a page of a stored response's input items."""

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
    object_: Literal["list"] | Unset = UNSET
    first_id: None | str | Unset = UNSET
    last_id: None | str | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, Message):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FunctionCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ReasoningBody):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CompactionBody):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpListTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpApprovalRequest):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        object_ = self.object_

        first_id: None | str | Unset
        if isinstance(self.first_id, Unset):
            first_id = UNSET
        else:
            first_id = self.first_id

        last_id: None | str | Unset
        if isinstance(self.last_id, Unset):
            last_id = UNSET
        else:
            last_id = self.last_id

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if first_id is not UNSET:
            field_dict["first_id"] = first_id
        if last_id is not UNSET:
            field_dict["last_id"] = last_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
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

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        object_: Literal["list"] | Unset = d.pop("object", UNSET)
        if object_ != "list" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'list', got '{object_}'")

        def _parse_first_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_id = _parse_first_id(d.pop("first_id", UNSET))

        def _parse_last_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_id = _parse_last_id(d.pop("last_id", UNSET))

        has_more = d.pop("has_more", UNSET)

        input_item_list_resource = cls(
            data=data,
            object_=object_,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
        )

        input_item_list_resource.additional_properties = d
        return input_item_list_resource

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
