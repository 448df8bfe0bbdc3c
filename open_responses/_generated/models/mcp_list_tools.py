from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.mcp_listed_tool import McpListedTool

__all__ = ["McpListTools"]


class McpListTools(_t.Model):
    """Provider extension: the tools an MCP server offers."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_list_tools"

    type: Field[Literal["mcp_list_tools"]] = Field(
        "type", _t.scalar("any", "mcp_list_tools"), required=True, reliable=True
    )
    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    server_label: Field[str] = Field(
        "server_label", _t.scalar("string"), required=True, reliable=True
    )
    tools: Field[list[McpListedTool]] = Field(
        "tools",
        _t.array(_t.model(".models.mcp_listed_tool", "McpListedTool")),
        required=True,
        reliable=True,
    )
    error: Field[None | str | Unset] = Field("error", _t.union(_t.scalar("string"), nullable=True))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "id": id,
        "server_label": server_label,
        "tools": tools,
        "error": error,
    }

    def __init__(
        self,
        *,
        type: Literal["mcp_list_tools"] | Unset = UNSET,
        id: str,
        server_label: str,
        tools: list[McpListedTool],
        error: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
            **additional_properties,
        )
