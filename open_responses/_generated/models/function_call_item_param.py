from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.function_call_status import FunctionCallStatus

__all__ = ["FunctionCallItemParam"]


class FunctionCallItemParam(_t.Model):
    """FunctionCallItemParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        call_id: str
        type: Literal["function_call"]
        name: str
        arguments: str
        id: None | str | Unset
        status: FunctionCallStatus | None | Unset
    else:
        call_id = Field(
            "call_id",
            _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
            required=True,
            reliable=True,
        )
        type = Field("type", _t.scalar("any", "function_call"), required=True, reliable=True)
        name = Field(
            "name",
            _t.bounded(_t.scalar("string"), {"minLength": 1, "maxLength": 64}),
            required=True,
            reliable=True,
        )
        arguments = Field("arguments", _t.scalar("string"), required=True, reliable=True)
        id = Field("id", _t.union(_t.scalar("string"), nullable=True))
        status = Field(
            "status",
            _t.union(
                _t.enum_of(
                    ".models.function_call_status",
                    "FunctionCallStatus",
                    (
                        "in_progress",
                        "completed",
                        "incomplete",
                    ),
                ),
                nullable=True,
            ),
        )
        _FIELDS = {
            "call_id": call_id,
            "type": type,
            "name": name,
            "arguments": arguments,
            "id": id,
            "status": status,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        call_id: str,
        type: Literal["function_call"] | Unset = UNSET,
        name: str,
        arguments: str,
        id: None | str | Unset = UNSET,
        status: FunctionCallStatus | None | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            call_id=call_id,
            type=type,
            name=name,
            arguments=arguments,
            id=id,
            status=status,
            **additional_properties,
        )
