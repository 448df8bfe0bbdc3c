from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["InputVideoContent"]


class InputVideoContent(_t.Model):
    """InputVideoContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_video"

    type: Field[Literal["input_video"]] = Field(
        "type", _t.scalar("any", "input_video"), required=True, reliable=True
    )
    video_url: Field[str] = Field("video_url", _t.scalar("string"), required=True, reliable=True)

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "video_url": video_url,
    }

    def __init__(
        self,
        *,
        type: Literal["input_video"] | Unset = UNSET,
        video_url: str,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            video_url=video_url,
            **additional_properties,
        )
