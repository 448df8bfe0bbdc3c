from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

__all__ = ["InputFileContent"]


class InputFileContent(_t.Model):
    """InputFileContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_file"

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        type: Literal["input_file"]
        filename: str | Unset | None
        file_url: str | Unset | None
    else:
        type = Field("type", _t.scalar("any", "input_file"), required=True, reliable=True)
        filename = Field("filename", _t.scalar("string"))
        file_url = Field("file_url", _t.scalar("string"))
        _FIELDS = {
            "type": type,
            "filename": filename,
            "file_url": file_url,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        type: Literal["input_file"] | Unset = UNSET,
        filename: str | Unset = UNSET,
        file_url: str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            filename=filename,
            file_url=file_url,
            **additional_properties,
        )
