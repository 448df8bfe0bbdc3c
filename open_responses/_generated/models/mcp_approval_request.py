from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["McpApprovalRequest"]


class McpApprovalRequest(_t.Model):
    """Provider extension: the server asks the client to approve an MCP tool call."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_approval_request"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["mcp_approval_request"]
        id: str
        server_label: str
        name: str
        arguments: str
    else:
        type = Field("type", _t.scalar("any", "mcp_approval_request"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        server_label = Field("server_label", _t.scalar("string"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"), required=True, reliable=True)
        arguments = Field("arguments", _t.scalar("string"), required=True, reliable=True)
        _FIELDS = {
            "type": type,
            "id": id,
            "server_label": server_label,
            "name": name,
            "arguments": arguments,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
