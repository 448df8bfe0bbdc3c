from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.mcp_listed_tool_annotations_type_0 import (
        McpListedToolAnnotationsType0,
    )
    from ..models.mcp_listed_tool_input_schema import McpListedToolInputSchema

__all__ = ["McpListedTool"]


class McpListedTool(_t.Model):
    """McpListedTool"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        name: str
        description: None | str | Unset
        input_schema: McpListedToolInputSchema | Unset | None
        annotations: McpListedToolAnnotationsType0 | None | Unset
    else:
        name = Field("name", _t.scalar("string"), required=True, reliable=True)
        description = Field("description", _t.union(_t.scalar("string"), nullable=True))
        input_schema = Field(
            "input_schema",
            _t.model(".models.mcp_listed_tool_input_schema", "McpListedToolInputSchema"),
        )
        annotations = Field(
            "annotations",
            _t.union(
                _t.model(
                    ".models.mcp_listed_tool_annotations_type_0", "McpListedToolAnnotationsType0"
                ),
                nullable=True,
            ),
        )
        _FIELDS = {
            "name": name,
            "description": description,
            "input_schema": input_schema,
            "annotations": annotations,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        name: str,
        description: None | str | Unset = UNSET,
        input_schema: McpListedToolInputSchema | Unset = UNSET,
        annotations: McpListedToolAnnotationsType0 | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            name=name,
            description=description,
            input_schema=input_schema,
            annotations=annotations,
            **additional_properties,
        )
