from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verbosity_enum import VerbosityEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_response_format_param import JsonSchemaResponseFormatParam
    from ..models.text_response_format import TextResponseFormat
    from ..models.unknown_text_format import UnknownTextFormat


T = TypeVar("T", bound="TextParam")


@_attrs_define
class TextParam:
    format_: (
        JsonSchemaResponseFormatParam | None | TextResponseFormat | UnknownTextFormat | Unset
    ) = UNSET
    verbosity: VerbosityEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, TextResponseFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, JsonSchemaResponseFormatParam):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, UnknownTextFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> JsonSchemaResponseFormatParam | None | TextResponseFormat | UnknownTextFormat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_format_param_type_0 = TextResponseFormat.from_dict(data)

                return componentsschemas_text_format_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_format_param_type_1 = (
                    JsonSchemaResponseFormatParam.from_dict(data)
                )

                return componentsschemas_text_format_param_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_format_param_type_2 = UnknownTextFormat.from_dict(data)

                return componentsschemas_text_format_param_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                JsonSchemaResponseFormatParam
                | None
                | TextResponseFormat
                | UnknownTextFormat
                | Unset,
                data,
            )

        format_ = _parse_format_(d.pop("format", UNSET))

        _verbosity = d.pop("verbosity", UNSET)
        verbosity: VerbosityEnum | Unset
        if isinstance(_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = VerbosityEnum(_verbosity)

        text_param = cls(
            format_=format_,
            verbosity=verbosity,
        )

        text_param.additional_properties = d
        return text_param

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
from ..models.json_schema_response_format_param import JsonSchemaResponseFormatParam  # noqa: E402
from ..models.text_response_format import TextResponseFormat  # noqa: E402
from ..models.unknown_text_format import UnknownTextFormat  # noqa: E402
