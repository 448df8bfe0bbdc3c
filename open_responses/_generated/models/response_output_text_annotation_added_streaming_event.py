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
    from ..models.unknown_annotation import UnknownAnnotation
    from ..models.url_citation_body import UrlCitationBody


T = TypeVar("T", bound="ResponseOutputTextAnnotationAddedStreamingEvent")


@_attrs_define
class ResponseOutputTextAnnotationAddedStreamingEvent:
    item_id: str
    output_index: int
    annotation: None | UnknownAnnotation | UrlCitationBody
    type_: Literal["response.output_text.annotation.added"] = (
        "response.output_text.annotation.added"
    )
    sequence_number: int | Unset = UNSET
    content_index: int | Unset = UNSET
    annotation_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        annotation: dict[str, Any] | None
        if isinstance(self.annotation, UrlCitationBody):
            annotation = self.annotation.to_dict()
        elif isinstance(self.annotation, UnknownAnnotation):
            annotation = self.annotation.to_dict()
        else:
            annotation = self.annotation

        sequence_number = self.sequence_number

        content_index = self.content_index

        annotation_index = self.annotation_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "annotation": annotation,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if annotation_index is not UNSET:
            field_dict["annotation_index"] = annotation_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.output_text.annotation.added"] = d.pop("type")
        if type_ != "response.output_text.annotation.added":
            raise ValueError(
                f"type must match const 'response.output_text.annotation.added', got '{type_}'"
            )

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        def _parse_annotation(data: object) -> None | UnknownAnnotation | UrlCitationBody:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_0 = UrlCitationBody.from_dict(data)

                return componentsschemas_annotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_annotation_type_1 = UnknownAnnotation.from_dict(data)

                return componentsschemas_annotation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UnknownAnnotation | UrlCitationBody, data)

        annotation = _parse_annotation(d.pop("annotation"))

        sequence_number = d.pop("sequence_number", UNSET)

        content_index = d.pop("content_index", UNSET)

        annotation_index = d.pop("annotation_index", UNSET)

        response_output_text_annotation_added_streaming_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            annotation=annotation,
            sequence_number=sequence_number,
            content_index=content_index,
            annotation_index=annotation_index,
        )

        response_output_text_annotation_added_streaming_event.additional_properties = d
        return response_output_text_annotation_added_streaming_event

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
from ..models.unknown_annotation import UnknownAnnotation  # noqa: E402
from ..models.url_citation_body import UrlCitationBody  # noqa: E402
