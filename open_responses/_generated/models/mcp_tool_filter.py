from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["McpToolFilter"]


class McpToolFilter(_t.Model):
    """McpToolFilter"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        tool_names: list[str] | Unset | None
        read_only: bool | Unset | None
    else:
        tool_names = Field("tool_names", _t.array(_t.scalar("string")))
        read_only = Field("read_only", _t.scalar("boolean"))
        _FIELDS = {
            "tool_names": tool_names,
            "read_only": read_only,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        tool_names: list[str] | Unset = UNSET,
        read_only: bool | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            tool_names=tool_names,
            read_only=read_only,
            **additional_properties,
        )
