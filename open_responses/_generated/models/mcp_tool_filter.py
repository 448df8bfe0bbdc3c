from __future__ import annotations

from typing import Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["McpToolFilter"]


class McpToolFilter(_t.Model):
    """McpToolFilter"""

    __slots__ = ()

    tool_names: Field[list[str] | Unset | None] = Field("tool_names", _t.array(_t.scalar("string")))
    read_only: Field[bool | Unset | None] = Field("read_only", _t.scalar("boolean"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "tool_names": tool_names,
        "read_only": read_only,
    }

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
