from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

if TYPE_CHECKING:
    from ..models.url_citation_param import UrlCitationParam

__all__ = ["OutputTextContentParam"]


class OutputTextContentParam(_t.Model):
    """OutputTextContentParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "output_text"

    type: Field[Literal["output_text"]] = Field(
        "type", _t.scalar("any", "output_text"), required=True, reliable=True
    )
    text: Field[str] = Field(
        "text",
        _t.bounded(_t.scalar("string"), {"maxLength": 10485760}),
        required=True,
        reliable=True,
    )
    annotations: Field[list[UrlCitationParam] | Unset] = Field(
        "annotations",
        _t.array(_t.model(".models.url_citation_param", "UrlCitationParam", "url_citation")),
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "text": text,
        "annotations": annotations,
    }

    def __init__(
        self,
        *,
        type: Literal["output_text"] | Unset = UNSET,
        text: str,
        annotations: list[UrlCitationParam] | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            text=text,
            annotations=annotations,
            **additional_properties,
        )
