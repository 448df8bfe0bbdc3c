from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.image_detail import ImageDetail

__all__ = ["InputImageContentParamAutoParam"]


class InputImageContentParamAutoParam(_t.Model):
    """InputImageContentParamAutoParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_image"

    type: Field[Literal["input_image"]] = Field(
        "type", _t.scalar("any", "input_image"), required=True, reliable=True
    )
    image_url: Field[None | str | Unset] = Field(
        "image_url",
        _t.bounded(_t.union(_t.scalar("string"), nullable=True), {"maxLength": 20971520}),
    )
    detail: Field[ImageDetail | None | Unset] = Field(
        "detail",
        _t.union(
            _t.enum_of(
                ".models.image_detail",
                "ImageDetail",
                (
                    "low",
                    "high",
                    "auto",
                ),
            ),
            nullable=True,
        ),
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "image_url": image_url,
        "detail": detail,
    }

    def __init__(
        self,
        *,
        type: Literal["input_image"] | Unset = UNSET,
        image_url: None | str | Unset = UNSET,
        detail: ImageDetail | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            image_url=image_url,
            detail=detail,
            **additional_properties,
        )
