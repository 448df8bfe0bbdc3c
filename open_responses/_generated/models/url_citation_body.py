from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["UrlCitationBody"]


class UrlCitationBody(_t.Model):
    """UrlCitationBody"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "url_citation"

    type: Field[Literal["url_citation"]] = Field(
        "type", _t.scalar("any", "url_citation"), required=True, reliable=True
    )
    url: Field[str] = Field("url", _t.scalar("string"), required=True, reliable=True)
    start_index: Field[int | Unset | None] = Field(
        "start_index", _t.scalar("integer"), required=True
    )
    end_index: Field[int | Unset | None] = Field("end_index", _t.scalar("integer"), required=True)
    title: Field[str | Unset | None] = Field("title", _t.scalar("string"), required=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "url": url,
        "start_index": start_index,
        "end_index": end_index,
        "title": title,
    }

    def __init__(
        self,
        *,
        type: Literal["url_citation"] | Unset = UNSET,
        url: str,
        start_index: int | Unset = UNSET,
        end_index: int | Unset = UNSET,
        title: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            url=url,
            start_index=start_index,
            end_index=end_index,
            title=title,
            **additional_properties,
        )
