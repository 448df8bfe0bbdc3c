from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["JsonSchemaResponseFormat"]


class JsonSchemaResponseFormat(_t.Model):
    """JsonSchemaResponseFormat"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "json_schema"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["json_schema"]
        name: str | Unset | None
        description: None | str | Unset
        schema: None | Unset
        strict: bool | Unset | None
    else:
        type = Field("type", _t.scalar("any", "json_schema"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"), required=True)
        description = Field(
            "description", _t.union(_t.scalar("string"), nullable=True), required=True
        )
        schema = Field("schema", _t.scalar("any"), required=True)
        strict = Field("strict", _t.scalar("boolean"), required=True)
        _FIELDS = {
            "type": type,
            "name": name,
            "description": description,
            "schema": schema,
            "strict": strict,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
