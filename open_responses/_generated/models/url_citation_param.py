from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["UrlCitationParam"]


class UrlCitationParam(_t.Model):
    """UrlCitationParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "url_citation"

    type: Field[Literal["url_citation"]] = Field(
        "type", _t.scalar("any", "url_citation"), required=True, reliable=True
    )
    start_index: Field[int] = Field(
        "start_index",
        _t.bounded(_t.scalar("integer"), {"minimum": 0.0}),
        required=True,
        reliable=True,
    )
    end_index: Field[int] = Field(
        "end_index",
        _t.bounded(_t.scalar("integer"), {"minimum": 0.0}),
        required=True,
        reliable=True,
    )
    url: Field[str] = Field("url", _t.scalar("string"), required=True, reliable=True)
    title: Field[str] = Field("title", _t.scalar("string"), required=True, reliable=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "start_index": start_index,
        "end_index": end_index,
        "url": url,
        "title": title,
    }

    def __init__(
        self,
        *,
        type: Literal["url_citation"] | Unset = UNSET,
        start_index: int,
        end_index: int,
        url: str,
        title: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            start_index=start_index,
            end_index=end_index,
            url=url,
            title=title,
            **additional_properties,
        )
