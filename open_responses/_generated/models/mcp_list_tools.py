from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.mcp_listed_tool import McpListedTool

__all__ = ["McpListTools"]


class McpListTools(_t.Model):
    """Provider extension: the tools an MCP server offers."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_list_tools"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["mcp_list_tools"]
        id: str
        server_label: str
        tools: list[McpListedTool]
        error: None | str | Unset
    else:
        type = Field("type", _t.scalar("any", "mcp_list_tools"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        server_label = Field("server_label", _t.scalar("string"), required=True, reliable=True)
        tools = Field(
            "tools",
            _t.array(_t.model(".models.mcp_listed_tool", "McpListedTool")),
            required=True,
            reliable=True,
        )
        error = Field("error", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "type": type,
            "id": id,
            "server_label": server_label,
            "tools": tools,
            "error": error,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
