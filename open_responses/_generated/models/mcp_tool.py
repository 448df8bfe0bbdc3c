from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.mcp_require_approval_filter import McpRequireApprovalFilter
    from ..models.mcp_tool_filter import McpToolFilter
    from ..models.mcp_tool_headers_type_0 import McpToolHeadersType0
    from ..models.mcp_tool_require_approval_type_0_type_0 import (
        McpToolRequireApprovalType0Type0,
    )

__all__ = ["McpTool"]


class McpTool(_t.Model):
    """Provider extension: a remote MCP server whose tools the model may call."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["mcp"]
        server_label: str
        server_url: str | Unset | None
        connector_id: str | Unset | None
        server_description: None | str | Unset
        authorization: None | str | Unset
        headers: McpToolHeadersType0 | None | Unset
        allowed_tools: list[str] | McpToolFilter | None | Unset
        require_approval: McpRequireApprovalFilter | McpToolRequireApprovalType0Type0 | None | Unset
    else:
        type = Field("type", _t.scalar("any", "mcp"), required=True, reliable=True)
        server_label = Field("server_label", _t.scalar("string"), required=True, reliable=True)
        server_url = Field("server_url", _t.scalar("string"))
        connector_id = Field("connector_id", _t.scalar("string"))
        server_description = Field(
            "server_description", _t.union(_t.scalar("string"), nullable=True)
        )
        authorization = Field("authorization", _t.union(_t.scalar("string"), nullable=True))
        headers = Field(
            "headers",
            _t.union(
                _t.model(".models.mcp_tool_headers_type_0", "McpToolHeadersType0"), nullable=True
            ),
        )
        allowed_tools = Field(
            "allowed_tools",
            _t.union(
                _t.array(_t.scalar("string")),
                _t.model(".models.mcp_tool_filter", "McpToolFilter"),
                nullable=True,
            ),
        )
        require_approval = Field(
            "require_approval",
            _t.union(
                _t.enum_of(
                    ".models.mcp_tool_require_approval_type_0_type_0",
                    "McpToolRequireApprovalType0Type0",
                    (
                        "always",
                        "never",
                    ),
                ),
                _t.model(".models.mcp_require_approval_filter", "McpRequireApprovalFilter"),
                nullable=True,
            ),
        )
        _FIELDS = {
            "type": type,
            "server_label": server_label,
            "server_url": server_url,
            "connector_id": connector_id,
            "server_description": server_description,
            "authorization": authorization,
            "headers": headers,
            "allowed_tools": allowed_tools,
            "require_approval": require_approval,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["mcp"] | Unset = UNSET,
        server_label: str,
        server_url: str | Unset = UNSET,
        connector_id: str | Unset = UNSET,
        server_description: None | str | Unset = UNSET,
        authorization: None | str | Unset = UNSET,
        headers: McpToolHeadersType0 | None | Unset = UNSET,
        allowed_tools: list[str] | McpToolFilter | None | Unset = UNSET,
        require_approval: McpRequireApprovalFilter
        | McpToolRequireApprovalType0Type0
        | None
        | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            server_description=server_description,
            authorization=authorization,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
            **additional_properties,
        )
