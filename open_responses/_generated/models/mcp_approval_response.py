from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["McpApprovalResponse"]


class McpApprovalResponse(_t.Model):
    """Provider extension: the client's answer to an mcp_approval_request."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_approval_response"

    type: Field[Literal["mcp_approval_response"]] = Field(
        "type", _t.scalar("any", "mcp_approval_response"), required=True, reliable=True
    )
    approval_request_id: Field[str] = Field(
        "approval_request_id", _t.scalar("string"), required=True, reliable=True
    )
    approve: Field[bool] = Field("approve", _t.scalar("boolean"), required=True, reliable=True)
    id: Field[None | str | Unset] = Field("id", _t.union(_t.scalar("string"), nullable=True))
    reason: Field[None | str | Unset] = Field(
        "reason", _t.union(_t.scalar("string"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "approval_request_id": approval_request_id,
        "approve": approve,
        "id": id,
        "reason": reason,
    }

    def __init__(
        self,
        *,
        type: Literal["mcp_approval_response"] | Unset = UNSET,
        approval_request_id: str,
        approve: bool,
        id: None | str | Unset = UNSET,
        reason: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            approval_request_id=approval_request_id,
            approve=approve,
            id=id,
            reason=reason,
            **additional_properties,
        )
