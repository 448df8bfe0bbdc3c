from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["TextContent"]


class TextContent(_t.Model):
    """TextContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "text"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["text"]
        text: str
    else:
        type = Field("type", _t.scalar("any", "text"), required=True, reliable=True)
        text = Field("text", _t.scalar("string"), required=True, reliable=True)
        _FIELDS = {
            "type": type,
            "text": text,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["text"] | Unset = UNSET,
        text: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            **additional_properties,
        )
