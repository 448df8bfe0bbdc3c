from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["McpApprovalRequest"]


class McpApprovalRequest(_t.Model):
    """Provider extension: the server asks the client to approve an MCP tool call."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_approval_request"

    type: Field[Literal["mcp_approval_request"]] = Field(
        "type", _t.scalar("any", "mcp_approval_request"), required=True, reliable=True
    )
    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    server_label: Field[str] = Field(
        "server_label", _t.scalar("string"), required=True, reliable=True
    )
    name: Field[str] = Field("name", _t.scalar("string"), required=True, reliable=True)
    arguments: Field[str] = Field("arguments", _t.scalar("string"), required=True, reliable=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "id": id,
        "server_label": server_label,
        "name": name,
        "arguments": arguments,
    }

    def __init__(
        self,
        *,
        type: Literal["mcp_approval_request"] | Unset = UNSET,
        id: str,
        server_label: str,
        name: str,
        arguments: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            **additional_properties,
        )
