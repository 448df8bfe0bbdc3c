from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["McpApprovalResponse"]


class McpApprovalResponse(_t.Model):
    """Provider extension: the client's answer to an mcp_approval_request."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "mcp_approval_response"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["mcp_approval_response"]
        approval_request_id: str
        approve: bool
        id: None | str | Unset
        reason: None | str | Unset
    else:
        type = Field(
            "type", _t.scalar("any", "mcp_approval_response"), required=True, reliable=True
        )
        approval_request_id = Field(
            "approval_request_id", _t.scalar("string"), required=True, reliable=True
        )
        approve = Field("approve", _t.scalar("boolean"), required=True, reliable=True)
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        reason = Field("reason", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "type": type,
            "approval_request_id": approval_request_id,
            "approve": approve,
            "id": id,
            "reason": reason,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
