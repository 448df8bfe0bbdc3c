from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
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
    from ..models.usage import Usage


T = TypeVar("T", bound="CompactResource")


@_attrs_define
class CompactResource:
    """The compacted conversation window; send its output back as input to start a new chain."""

    id: str
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
    object_: Literal["response.compaction"] = "response.compaction"
    created_at: int | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

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

        created_at = self.created_at

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "output": output,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_: Literal["response.compaction"] = d.pop("object")
        if object_ != "response.compaction":
            raise ValueError(f"object must match const 'response.compaction', got '{object_}'")

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

        created_at = d.pop("created_at", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        compact_resource = cls(
            id=id,
            object_=object_,
            output=output,
            created_at=created_at,
            usage=usage,
        )

        compact_resource.additional_properties = d
        return compact_resource

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
from ..models.usage import Usage  # noqa: E402
