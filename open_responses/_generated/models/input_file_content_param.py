from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import types as _t
from ..types import UNSET, Field, Unset

__all__ = ["InputFileContentParam"]


class InputFileContentParam(_t.Model):
    """InputFileContentParam"""

    __slots__ = ()
    _TAG: ClassVar[str | None] = "input_file"

    type: Field[Literal["input_file"]] = Field(
        "type", _t.scalar("any", "input_file"), required=True, reliable=True
    )
    filename: Field[None | str | Unset] = Field(
        "filename", _t.union(_t.scalar("string"), nullable=True)
    )
    file_data: Field[None | str | Unset] = Field(
        "file_data",
        _t.bounded(_t.union(_t.scalar("string"), nullable=True), {"maxLength": 33554432}),
    )
    file_url: Field[None | str | Unset] = Field(
        "file_url", _t.union(_t.scalar("string"), nullable=True)
    )

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")
    _FIELDS: ClassVar[dict[str, Field[Any]]] = {
        "type": type,
        "filename": filename,
        "file_data": file_data,
        "file_url": file_url,
    }

    def __init__(
        self,
        *,
        type: Literal["input_file"] | Unset = UNSET,
        filename: None | str | Unset = UNSET,
        file_data: None | str | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            type=type,
            filename=filename,
            file_data=file_data,
            file_url=file_url,
            **additional_properties,
        )
