from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.reasoning_effort_enum import ReasoningEffortEnum
    from ..models.reasoning_summary_enum import ReasoningSummaryEnum

__all__ = ["ReasoningParam"]


class ReasoningParam(_t.Model):
    """ReasoningParam"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        effort: None | ReasoningEffortEnum | Unset
        summary: None | ReasoningSummaryEnum | Unset
    else:
        effort = Field(
            "effort",
            _t.union(
                _t.enum_of(
                    ".models.reasoning_effort_enum",
                    "ReasoningEffortEnum",
                    (
                        "none",
                        "low",
                        "medium",
                        "high",
                        "xhigh",
                    ),
                ),
                nullable=True,
            ),
        )
        summary = Field(
            "summary",
            _t.union(
                _t.enum_of(
                    ".models.reasoning_summary_enum",
                    "ReasoningSummaryEnum",
                    (
                        "concise",
                        "detailed",
                        "auto",
                    ),
                ),
                nullable=True,
            ),
        )
        _FIELDS = {
            "effort": effort,
            "summary": summary,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        effort: None | ReasoningEffortEnum | Unset = UNSET,
        summary: None | ReasoningSummaryEnum | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            effort=effort,
            summary=summary,
            **additional_properties,
        )
