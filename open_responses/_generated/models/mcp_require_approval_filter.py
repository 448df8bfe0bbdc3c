from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import McpToolFilter

__all__ = ["McpRequireApprovalFilter"]


class McpRequireApprovalFilter(_t.Model):
    """McpRequireApprovalFilter"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        always: McpToolFilter | Unset | None
        never: McpToolFilter | Unset | None
    else:
        always = Field("always", _t.model(".models.mcp_tool_filter", "McpToolFilter"))
        never = Field("never", _t.model(".models.mcp_tool_filter", "McpToolFilter"))
        _FIELDS = {
            "always": always,
            "never": never,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        always: McpToolFilter | Unset = UNSET,
        never: McpToolFilter | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            always=always,
            never=never,
            **additional_properties,
        )
