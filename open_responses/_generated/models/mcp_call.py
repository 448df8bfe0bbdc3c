from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["McpCall"]


class McpCall(_t.Model):
    """Provider extension: a call the server made to an MCP tool, with its output or error."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_call"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["mcp_call"]
        id: str
        server_label: str
        name: str
        arguments: str
        output: None | str | Unset
        error: None | str | Unset
        status: str | Unset | None
        approval_request_id: None | str | Unset
    else:
        type = Field("type", _t.scalar("any", "mcp_call"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        server_label = Field("server_label", _t.scalar("string"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"), required=True, reliable=True)
        arguments = Field("arguments", _t.scalar("string"), required=True, reliable=True)
        output = Field("output", _t.union(_t.scalar("string"), nullable=True))
        error = Field("error", _t.union(_t.scalar("string"), nullable=True))
        status = Field("status", _t.scalar("string"))
        approval_request_id = Field(
            "approval_request_id", _t.union(_t.scalar("string"), nullable=True)
        )
        _FIELDS = {
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

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
