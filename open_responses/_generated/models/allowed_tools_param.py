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

from ..models.tool_choice_value_enum import ToolChoiceValueEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.specific_function_param import SpecificFunctionParam
    from ..models.unknown_tool_choice import UnknownToolChoice


T = TypeVar("T", bound="AllowedToolsParam")


@_attrs_define
class AllowedToolsParam:
    tools: list[SpecificFunctionParam | UnknownToolChoice]
    type_: Literal["allowed_tools"] = "allowed_tools"
    mode: ToolChoiceValueEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, SpecificFunctionParam):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tools": tools,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["allowed_tools"] = d.pop("type")
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> SpecificFunctionParam | UnknownToolChoice:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_specific_tool_choice_param_type_0 = (
                        SpecificFunctionParam.from_dict(data)
                    )

                    return componentsschemas_specific_tool_choice_param_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_specific_tool_choice_param_type_1 = UnknownToolChoice.from_dict(
                    data
                )

                return componentsschemas_specific_tool_choice_param_type_1

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        _mode = d.pop("mode", UNSET)
        mode: ToolChoiceValueEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ToolChoiceValueEnum(_mode)

        allowed_tools_param = cls(
            type_=type_,
            tools=tools,
            mode=mode,
        )

        allowed_tools_param.additional_properties = d
        return allowed_tools_param

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
from ..models.specific_function_param import SpecificFunctionParam  # noqa: E402
from ..models.unknown_tool_choice import UnknownToolChoice  # noqa: E402
