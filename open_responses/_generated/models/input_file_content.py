from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["InputFileContent"]


class InputFileContent(_t.Model):
    """InputFileContent"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_file"

    type: Field[Literal["input_file"]] = Field(
        "type", _t.scalar("any", "input_file"), required=True, reliable=True
    )
    filename: Field[str | Unset | None] = Field("filename", _t.scalar("string"))
    file_url: Field[str | Unset | None] = Field("file_url", _t.scalar("string"))

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "filename": filename,
        "file_url": file_url,
    }

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
