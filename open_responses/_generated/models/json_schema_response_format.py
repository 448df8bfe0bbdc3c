from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["JsonSchemaResponseFormat"]


class JsonSchemaResponseFormat(_t.Model):
    """JsonSchemaResponseFormat"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "json_schema"

    type: Field[Literal["json_schema"]] = Field(
        "type", _t.scalar("any", "json_schema"), required=True, reliable=True
    )
    name: Field[str | Unset | None] = Field("name", _t.scalar("string"), required=True)
    description: Field[None | str | Unset] = Field(
        "description", _t.union(_t.scalar("string"), nullable=True), required=True
    )
    schema: Field[None | Unset] = Field("schema", _t.scalar("any"), required=True)
    strict: Field[bool | Unset | None] = Field("strict", _t.scalar("boolean"), required=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "name": name,
        "description": description,
        "schema": schema,
        "strict": strict,
    }

    def __init__(
        self,
        *,
        type: Literal["json_schema"] | Unset = UNSET,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        schema: None | Unset = UNSET,
        strict: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            name=name,
            description=description,
            schema=schema,
            strict=strict,
            **additional_properties,
        )
