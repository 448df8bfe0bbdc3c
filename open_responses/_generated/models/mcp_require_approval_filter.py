from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import McpToolFilter

__all__ = ["McpRequireApprovalFilter"]


class McpRequireApprovalFilter(_t.Model):
    """McpRequireApprovalFilter"""

    __slots__ = ()

    always: Field[McpToolFilter | Unset | None] = Field(
        "always", _t.model(".models.mcp_tool_filter", "McpToolFilter")
    )
    never: Field[McpToolFilter | Unset | None] = Field(
        "never", _t.model(".models.mcp_tool_filter", "McpToolFilter")
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "always": always,
        "never": never,
    }

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
