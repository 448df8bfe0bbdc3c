from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["UnknownAnnotation"]


class UnknownAnnotation(_t.OpenModel):
    """An annotation of a type this library does not know; all fields are kept.
    Any field of the JSON object reads as an attribute under its wire name."""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        # Really the unknown type's name; declared as a literal no spec type has, so
        # that ``x.type == "message"`` narrows a union that ends with this fallback.
        type: Literal["(unknown)"]
    else:
        type = Field("type", _t.scalar("string"))
        _FIELDS = {
            "type": type,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            **additional_properties,
        )
