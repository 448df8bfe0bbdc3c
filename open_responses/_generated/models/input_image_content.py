from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.image_detail import ImageDetail

__all__ = ["InputImageContent"]


class InputImageContent(_t.Model):
    """InputImageContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_image"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["input_image"]
        image_url: None | str | Unset
        detail: ImageDetail | Unset | None
    else:
        type = Field("type", _t.scalar("any", "input_image"), required=True, reliable=True)
        image_url = Field("image_url", _t.union(_t.scalar("string"), nullable=True), required=True)
        detail = Field(
            "detail",
            _t.enum_of(
                ".models.image_detail",
                "ImageDetail",
                (
                    "low",
                    "high",
                    "auto",
                ),
            ),
            required=True,
        )
        _FIELDS = {
            "type": type,
            "image_url": image_url,
            "detail": detail,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["input_image"] | Unset = UNSET,
        image_url: None | str | Unset = UNSET,
        detail: ImageDetail | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            image_url=image_url,
            detail=detail,
            **additional_properties,
        )
