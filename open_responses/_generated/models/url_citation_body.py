from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["UrlCitationBody"]


class UrlCitationBody(_t.Model):
    """UrlCitationBody"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "url_citation"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["url_citation"]
        url: str
        start_index: int | Unset | None
        end_index: int | Unset | None
        title: str | Unset | None
    else:
        type = Field("type", _t.scalar("any", "url_citation"), required=True, reliable=True)
        url = Field("url", _t.scalar("string"), required=True, reliable=True)
        start_index = Field("start_index", _t.scalar("integer"), required=True)
        end_index = Field("end_index", _t.scalar("integer"), required=True)
        title = Field("title", _t.scalar("string"), required=True)
        _FIELDS = {
            "type": type,
            "url": url,
            "start_index": start_index,
            "end_index": end_index,
            "title": title,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
