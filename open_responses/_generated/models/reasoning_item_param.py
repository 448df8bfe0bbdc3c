from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.reasoning_summary_content_param import ReasoningSummaryContentParam

__all__ = ["ReasoningItemParam"]


class ReasoningItemParam(_t.Model):
    """ReasoningItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "reasoning"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["reasoning"]
        summary: list[ReasoningSummaryContentParam]
        id: None | str | Unset
        content: None | Unset
        encrypted_content: None | str | Unset
    else:
        type = Field("type", _t.scalar("any", "reasoning"), required=True, reliable=True)
        summary = Field(
            "summary",
            _t.array(
                _t.model(
                    ".models.reasoning_summary_content_param",
                    "ReasoningSummaryContentParam",
                    "summary_text",
                )
            ),
            required=True,
            reliable=True,
        )
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        content = Field("content", _t.scalar("any"))
        encrypted_content = Field("encrypted_content", _t.union(_t.scalar("string"), nullable=True))
        _FIELDS = {
            "type": type,
            "summary": summary,
            "id": id,
            "content": content,
            "encrypted_content": encrypted_content,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["reasoning"] | Unset = UNSET,
        summary: list[ReasoningSummaryContentParam],
        id: None | str | Unset = UNSET,
        content: None | Unset = UNSET,
        encrypted_content: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            summary=summary,
            id=id,
            content=content,
            encrypted_content=encrypted_content,
            **additional_properties,
        )
