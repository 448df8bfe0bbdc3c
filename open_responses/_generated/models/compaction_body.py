from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompactionBody")


@_attrs_define
class CompactionBody:
    """An opaque compacted summary of earlier turns."""

    encrypted_content: str
    type_: Literal["compaction"] = "compaction"
    id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        encrypted_content = self.encrypted_content

        id = self.id

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "encrypted_content": encrypted_content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["compaction"] = d.pop("type")
        if type_ != "compaction":
            raise ValueError(f"type must match const 'compaction', got '{type_}'")

        encrypted_content = d.pop("encrypted_content")

        id = d.pop("id", UNSET)

        created_by = d.pop("created_by", UNSET)

        compaction_body = cls(
            type_=type_,
            encrypted_content=encrypted_content,
            id=id,
            created_by=created_by,
        )

        compaction_body.additional_properties = d
        return compaction_body

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
