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
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent
    from ..models.unknown_content import UnknownContent


T = TypeVar("T", bound="ResponseContentPartAddedStreamingEvent")


@_attrs_define
class ResponseContentPartAddedStreamingEvent:
    item_id: str
    output_index: int
    content_index: int
    part: (
        InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
        | UnknownContent
    )
    type_: Literal["response.content_part.added"] = "response.content_part.added"
    sequence_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        part: dict[str, Any]
        if isinstance(self.part, InputTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, OutputTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, TextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, SummaryTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, ReasoningTextContent):
            part = self.part.to_dict()
        elif isinstance(self.part, RefusalContent):
            part = self.part.to_dict()
        elif isinstance(self.part, InputImageContent):
            part = self.part.to_dict()
        elif isinstance(self.part, InputFileContent):
            part = self.part.to_dict()
        else:
            part = self.part.to_dict()

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "part": part,
            }
        )
        if sequence_number is not UNSET:
            field_dict["sequence_number"] = sequence_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["response.content_part.added"] = d.pop("type")
        if type_ != "response.content_part.added":
            raise ValueError(f"type must match const 'response.content_part.added', got '{type_}'")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        def _parse_part(
            data: object,
        ) -> (
            InputFileContent
            | InputImageContent
            | InputTextContent
            | OutputTextContent
            | ReasoningTextContent
            | RefusalContent
            | SummaryTextContent
            | TextContent
            | UnknownContent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_0 = InputTextContent.from_dict(data)

                return part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_1 = OutputTextContent.from_dict(data)

                return part_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_2 = TextContent.from_dict(data)

                return part_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_3 = SummaryTextContent.from_dict(data)

                return part_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_4 = ReasoningTextContent.from_dict(data)

                return part_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_5 = RefusalContent.from_dict(data)

                return part_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_6 = InputImageContent.from_dict(data)

                return part_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_type_7 = InputFileContent.from_dict(data)

                return part_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            part_type_8 = UnknownContent.from_dict(data)

            return part_type_8

        part = _parse_part(d.pop("part"))

        sequence_number = d.pop("sequence_number", UNSET)

        response_content_part_added_streaming_event = cls(
            type_=type_,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            part=part,
            sequence_number=sequence_number,
        )

        response_content_part_added_streaming_event.additional_properties = d
        return response_content_part_added_streaming_event

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
from ..models.input_file_content import InputFileContent  # noqa: E402
from ..models.input_image_content import InputImageContent  # noqa: E402
from ..models.input_text_content import InputTextContent  # noqa: E402
from ..models.output_text_content import OutputTextContent  # noqa: E402
from ..models.reasoning_text_content import ReasoningTextContent  # noqa: E402
from ..models.refusal_content import RefusalContent  # noqa: E402
from ..models.summary_text_content import SummaryTextContent  # noqa: E402
from ..models.text_content import TextContent  # noqa: E402
from ..models.unknown_content import UnknownContent  # noqa: E402
