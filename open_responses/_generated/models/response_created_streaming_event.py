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
    from ..models.response_resource import ResponseResource


T = TypeVar("T", bound="ResponseCreatedStreamingEvent")


@_attrs_define
class ResponseCreatedStreamingEvent:
    response: ResponseResource
    """ A model response: its status, output items, the settings it ran with, and token usage. """
    type_: Literal["response.created"] = "response.created"
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        response = self.response.to_dict()

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "response": response,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.created"] = d.pop("type")
        if type_ != "response.created":
            raise ValueError(f"type must match const 'response.created', got '{type_}'")

        response = ResponseResource.from_dict(d.pop("response"))

        sequence_number = d.pop("sequence_number", UNSET)

        response_created_streaming_event = cls(
            type_=type_,
            response=response,
            sequence_number=sequence_number,
        )

        response_created_streaming_event.additional_properties = d
        return response_created_streaming_event

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
from ..models.response_resource import ResponseResource  # noqa: E402
