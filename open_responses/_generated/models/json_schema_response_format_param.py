from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.json_schema_response_format_param_schema import (
        JsonSchemaResponseFormatParamSchema,
    )

__all__ = ["JsonSchemaResponseFormatParam"]


class JsonSchemaResponseFormatParam(_t.Model):
    """JsonSchemaResponseFormatParam"""

    __slots__ = ()

    type: Field[Literal["json_schema"] | Unset] = Field("type", _t.scalar("any", "json_schema"))
    description: Field[str | Unset] = Field("description", _t.scalar("string"))
    name: Field[str | Unset] = Field("name", _t.scalar("string"))
    schema: Field[JsonSchemaResponseFormatParamSchema | Unset] = Field(
        "schema",
        _t.model(
            ".models.json_schema_response_format_param_schema",
            "JsonSchemaResponseFormatParamSchema",
        ),
    )
    strict: Field[bool | None | Unset] = Field(
        "strict", _t.union(_t.scalar("boolean"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "description": description,
        "name": name,
        "schema": schema,
        "strict": strict,
    }

    def __init__(
        self,
        *,
        type: Literal["json_schema"] | Unset = UNSET,
        description: str | Unset = UNSET,
        name: str | Unset = UNSET,
        schema: JsonSchemaResponseFormatParamSchema | Unset = UNSET,
        strict: bool | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            description=description,
            name=name,
            schema=schema,
            strict=strict,
            **additional_properties,
        )
