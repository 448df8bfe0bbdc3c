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

T = TypeVar("T", bound="ResponseMcpCallArgumentsDeltaStreamingEvent")


@_attrs_define
class ResponseMcpCallArgumentsDeltaStreamingEvent:
    type_: Literal["response.mcp_call_arguments.delta"]
    item_id: str
    output_index: int
    delta: str
    sequence_number: int | Unset = UNSET
    obfuscation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        delta = self.delta

        sequence_number = self.sequence_number

        obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "delta": delta,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.mcp_call_arguments.delta"] = d.pop("type")
        if type_ != "response.mcp_call_arguments.delta":
            raise ValueError(
                f"type must match const 'response.mcp_call_arguments.delta', got '{type_}'"
            )

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        delta = d.pop("delta")

        sequence_number = d.pop("sequence_number", UNSET)

        obfuscation = d.pop("obfuscation", UNSET)

        response_mcp_call_arguments_delta_streaming_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            sequence_number=sequence_number,
            obfuscation=obfuscation,
        )

        response_mcp_call_arguments_delta_streaming_event.additional_properties = d
        return response_mcp_call_arguments_delta_streaming_event

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
