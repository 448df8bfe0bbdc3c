from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_listed_tool_annotations_type_0 import McpListedToolAnnotationsType0
    from ..models.mcp_listed_tool_input_schema import McpListedToolInputSchema


T = TypeVar("T", bound="McpListedTool")


@_attrs_define
class McpListedTool:
    name: str
    description: None | str | Unset = UNSET
    input_schema: McpListedToolInputSchema | Unset = UNSET
    annotations: McpListedToolAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, McpListedToolAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: McpListedToolInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = McpListedToolInputSchema.from_dict(_input_schema)

        def _parse_annotations(data: object) -> McpListedToolAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = McpListedToolAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpListedToolAnnotationsType0 | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        mcp_listed_tool = cls(
            name=name,
            description=description,
            input_schema=input_schema,
            annotations=annotations,
        )

        mcp_listed_tool.additional_properties = d
        return mcp_listed_tool

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
from ..models.mcp_listed_tool_annotations_type_0 import McpListedToolAnnotationsType0  # noqa: E402
from ..models.mcp_listed_tool_input_schema import McpListedToolInputSchema  # noqa: E402
