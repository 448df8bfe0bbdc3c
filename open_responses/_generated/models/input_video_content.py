from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["InputVideoContent"]


class InputVideoContent(_t.Model):
    """InputVideoContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_video"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["input_video"]
        video_url: str
    else:
        type = Field("type", _t.scalar("any", "input_video"), required=True, reliable=True)
        video_url = Field("video_url", _t.scalar("string"), required=True, reliable=True)
        _FIELDS = {
            "type": type,
            "video_url": video_url,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

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
