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
    from ..models.log_prob import LogProb


T = TypeVar("T", bound="ResponseOutputTextDeltaStreamingEvent")


@_attrs_define
class ResponseOutputTextDeltaStreamingEvent:
    item_id: str
    output_index: int
    delta: str
    type_: Literal["response.output_text.delta"] = "response.output_text.delta"
    sequence_number: int | Unset = UNSET
    content_index: int | Unset = UNSET
    logprobs: list[LogProb] | None | Unset = UNSET
    obfuscation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        delta = self.delta

        sequence_number = self.sequence_number

        content_index = self.content_index

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

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
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.output_text.delta"] = d.pop("type")
        if type_ != "response.output_text.delta":
            raise ValueError(f"type must match const 'response.output_text.delta', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        delta = d.pop("delta")

        sequence_number = d.pop("sequence_number", UNSET)

        content_index = d.pop("content_index", UNSET)

        def _parse_logprobs(data: object) -> list[LogProb] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = LogProb.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LogProb] | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        obfuscation = d.pop("obfuscation", UNSET)

        response_output_text_delta_streaming_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            sequence_number=sequence_number,
            content_index=content_index,
            logprobs=logprobs,
            obfuscation=obfuscation,
        )

        response_output_text_delta_streaming_event.additional_properties = d
        return response_output_text_delta_streaming_event

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
from ..models.log_prob import LogProb  # noqa: E402
