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
    from ..models.unknown_annotation import UnknownAnnotation
    from ..models.url_citation_body import UrlCitationBody


T = TypeVar("T", bound="OutputTextContent")


@_attrs_define
class OutputTextContent:
    text: str
    type_: Literal["output_text"] = "output_text"
    annotations: list[UnknownAnnotation | UrlCitationBody] | None | Unset = UNSET
    logprobs: list[LogProb] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item: dict[str, Any]
                if isinstance(annotations_type_0_item_data, UrlCitationBody):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                else:
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()

                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["output_text"] = d.pop("type")
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        text = d.pop("text")

        def _parse_annotations(
            data: object,
        ) -> list[UnknownAnnotation | UrlCitationBody] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:

                    def _parse_annotations_type_0_item(
                        data: object,
                    ) -> UnknownAnnotation | UrlCitationBody:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_annotation_type_0 = UrlCitationBody.from_dict(data)

                            return componentsschemas_annotation_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_annotation_type_1 = UnknownAnnotation.from_dict(data)

                        return componentsschemas_annotation_type_1

                    annotations_type_0_item = _parse_annotations_type_0_item(
                        annotations_type_0_item_data
                    )

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UnknownAnnotation | UrlCitationBody] | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

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

        output_text_content = cls(
            type_=type_,
            text=text,
            annotations=annotations,
            logprobs=logprobs,
        )

        output_text_content.additional_properties = d
        return output_text_content

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
from ..models.unknown_annotation import UnknownAnnotation  # noqa: E402
from ..models.url_citation_body import UrlCitationBody  # noqa: E402
