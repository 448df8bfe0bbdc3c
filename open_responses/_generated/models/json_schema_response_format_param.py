from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.json_schema_response_format_param_schema import (
        JsonSchemaResponseFormatParamSchema,
    )

__all__ = ["JsonSchemaResponseFormatParam"]


class JsonSchemaResponseFormatParam(_t.Model):
    """JsonSchemaResponseFormatParam"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["json_schema"] | Unset
        description: str | Unset
        name: str | Unset
        schema: JsonSchemaResponseFormatParamSchema | Unset
        strict: bool | None | Unset
    else:
        type = Field("type", _t.scalar("any", "json_schema"))
        description = Field("description", _t.scalar("string"))
        name = Field("name", _t.scalar("string"))
        schema = Field(
            "schema",
            _t.model(
                ".models.json_schema_response_format_param_schema",
                "JsonSchemaResponseFormatParamSchema",
            ),
        )
        strict = Field("strict", _t.union(_t.scalar("boolean"), nullable=True))
        _FIELDS = {
            "type": type,
            "description": description,
            "name": name,
            "schema": schema,
            "strict": strict,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
