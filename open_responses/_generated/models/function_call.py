from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.function_call_status import FunctionCallStatus

__all__ = ["FunctionCall"]


class FunctionCall(_t.Model):
    """The model asks the client to call a function; reply with a function_call_output item
    carrying the same call_id."""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "function_call"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["function_call"]
        id: str
        call_id: str
        name: str
        arguments: str
        status: FunctionCallStatus | Unset | None
    else:
        type = Field("type", _t.scalar("any", "function_call"), required=True, reliable=True)
        id = Field("id", _t.scalar("string"), required=True, reliable=True)
        call_id = Field("call_id", _t.scalar("string"), required=True, reliable=True)
        name = Field("name", _t.scalar("string"), required=True, reliable=True)
        arguments = Field("arguments", _t.scalar("string"), required=True, reliable=True)
        status = Field(
            "status",
            _t.enum_of(
                ".models.function_call_status",
                "FunctionCallStatus",
                (
                    "in_progress",
                    "completed",
                    "incomplete",
                ),
            ),
            required=True,
        )
        _FIELDS = {
            "type": type,
            "id": id,
            "call_id": call_id,
            "name": name,
            "arguments": arguments,
            "status": status,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["function_call"] | Unset = UNSET,
        id: str,
        call_id: str,
        name: str,
        arguments: str,
        status: FunctionCallStatus | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            id=id,
            call_id=call_id,
            name=name,
            arguments=arguments,
            status=status,
            **additional_properties,
        )
