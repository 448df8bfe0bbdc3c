from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import McpToolFilter


T = TypeVar("T", bound="McpRequireApprovalFilter")


@_attrs_define
class McpRequireApprovalFilter:
    always: McpToolFilter | Unset = UNSET
    never: McpToolFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _always = d.pop("always", UNSET)
        always: McpToolFilter | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = McpToolFilter.from_dict(_always)

        _never = d.pop("never", UNSET)
        never: McpToolFilter | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = McpToolFilter.from_dict(_never)

        mcp_require_approval_filter = cls(
            always=always,
            never=never,
        )

        mcp_require_approval_filter.additional_properties = d
        return mcp_require_approval_filter

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
from ..models.mcp_tool_filter import McpToolFilter  # noqa: E402
