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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_tool_choice import FunctionToolChoice


T = TypeVar("T", bound="AllowedToolChoice")


@_attrs_define
class AllowedToolChoice:
    type_: Literal["allowed_tools"] = "allowed_tools"
    tools: list[FunctionToolChoice] | None | Unset = UNSET
    mode: ToolChoiceValueEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["allowed_tools"] = d.pop("type")
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        def _parse_tools(data: object) -> list[FunctionToolChoice] | None | Unset:
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
                    tools_type_0_item = FunctionToolChoice.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FunctionToolChoice] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: ToolChoiceValueEnum | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ToolChoiceValueEnum(_mode)

        allowed_tool_choice = cls(
            type_=type_,
            tools=tools,
            mode=mode,
        )

        allowed_tool_choice.additional_properties = d
        return allowed_tool_choice

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
from ..models.function_tool_choice import FunctionToolChoice  # noqa: E402
