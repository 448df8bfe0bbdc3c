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

T = TypeVar("T", bound="ResponseReasoningSummaryDoneStreamingEvent")


@_attrs_define
class ResponseReasoningSummaryDoneStreamingEvent:
    item_id: str
    output_index: int
    summary_index: int
    text: str
    type_: Literal["response.reasoning_summary_text.done"] = "response.reasoning_summary_text.done"
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        text = self.text

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "summary_index": summary_index,
                "text": text,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.reasoning_summary_text.done"] = d.pop("type")
        if type_ != "response.reasoning_summary_text.done":
            raise ValueError(
                f"type must match const 'response.reasoning_summary_text.done', got '{type_}'"
            )

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        summary_index = d.pop("summary_index")

        text = d.pop("text")

        sequence_number = d.pop("sequence_number", UNSET)

        response_reasoning_summary_done_streaming_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            text=text,
            sequence_number=sequence_number,
        )

        response_reasoning_summary_done_streaming_event.additional_properties = d
        return response_reasoning_summary_done_streaming_event

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
