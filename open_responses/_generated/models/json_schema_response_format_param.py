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
    from ..models.json_schema_response_format_param_schema import (
        JsonSchemaResponseFormatParamSchema,
    )


T = TypeVar("T", bound="JsonSchemaResponseFormatParam")


@_attrs_define
class JsonSchemaResponseFormatParam:
    type_: Literal["json_schema"] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: JsonSchemaResponseFormatParamSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["json_schema"] | Unset = d.pop("type", UNSET)
        if type_ != "json_schema" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: JsonSchemaResponseFormatParamSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = JsonSchemaResponseFormatParamSchema.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        json_schema_response_format_param = cls(
            type_=type_,
            description=description,
            name=name,
            schema=schema,
            strict=strict,
        )

        json_schema_response_format_param.additional_properties = d
        return json_schema_response_format_param

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
from ..models.json_schema_response_format_param_schema import (
    JsonSchemaResponseFormatParamSchema,  # noqa: E402
)
