from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["McpCall"]


class McpCall(_t.Model):
    """Provider extension: a call the server made to an MCP tool, with its output or error."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_call"

    type: Field[Literal["mcp_call"]] = Field(
        "type", _t.scalar("any", "mcp_call"), required=True, reliable=True
    )
    id: Field[str] = Field("id", _t.scalar("string"), required=True, reliable=True)
    server_label: Field[str] = Field(
        "server_label", _t.scalar("string"), required=True, reliable=True
    )
    name: Field[str] = Field("name", _t.scalar("string"), required=True, reliable=True)
    arguments: Field[str] = Field("arguments", _t.scalar("string"), required=True, reliable=True)
    output: Field[None | str | Unset] = Field(
        "output", _t.union(_t.scalar("string"), nullable=True)
    )
    error: Field[None | str | Unset] = Field("error", _t.union(_t.scalar("string"), nullable=True))
    status: Field[str | Unset | None] = Field("status", _t.scalar("string"))
    approval_request_id: Field[None | str | Unset] = Field(
        "approval_request_id", _t.union(_t.scalar("string"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "id": id,
        "server_label": server_label,
        "name": name,
        "arguments": arguments,
        "output": output,
        "error": error,
        "status": status,
        "approval_request_id": approval_request_id,
    }

    def __init__(
        self,
        *,
        type: Literal["mcp_call"] | Unset = UNSET,
        id: str,
        server_label: str,
        name: str,
        arguments: str,
        output: None | str | Unset = UNSET,
        error: None | str | Unset = UNSET,
        status: str | Unset = UNSET,
        approval_request_id: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
            **additional_properties,
        )
