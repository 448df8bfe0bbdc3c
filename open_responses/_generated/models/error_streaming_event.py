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
    from ..models.error_payload import ErrorPayload


T = TypeVar("T", bound="ErrorStreamingEvent")


@_attrs_define
class ErrorStreamingEvent:
    """An error during streaming; a response.failed event follows."""

    type_: Literal["error"] = "error"
    sequence_number: int | Unset = UNSET
    error: ErrorPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["error"] = d.pop("type")
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        sequence_number = d.pop("sequence_number", UNSET)

        _error = d.pop("error", UNSET)
        error: ErrorPayload | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorPayload.from_dict(_error)

        error_streaming_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            error=error,
        )

        error_streaming_event.additional_properties = d
        return error_streaming_event

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
from ..models.error_payload import ErrorPayload  # noqa: E402
