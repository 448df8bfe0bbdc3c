from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from .. import types as _t
from ..types import UNSET, Field, Unset  # noqa: F401

if TYPE_CHECKING:
    from ..models.json_schema_response_format_param import JsonSchemaResponseFormatParam
    from ..models.text_response_format import TextResponseFormat
    from ..models.unknown_text_format import UnknownTextFormat
    from ..models.verbosity_enum import VerbosityEnum

__all__ = ["TextParam"]


class TextParam(_t.Model):
    """TextParam"""

    __slots__ = ()

    # Type checkers see plain attributes (so ``event.type == ...`` narrows a union);
    # at run time each is a Field that reads the JSON object.
    if TYPE_CHECKING:
        format: (
            JsonSchemaResponseFormatParam | None | TextResponseFormat | UnknownTextFormat | Unset
        )
        verbosity: VerbosityEnum | Unset
    else:
        format = Field(
            "format",
            _t.union(
                _t.model(".models.text_response_format", "TextResponseFormat", "text"),
                _t.model(
                    ".models.json_schema_response_format_param",
                    "JsonSchemaResponseFormatParam",
                    "json_schema",
                ),
                _t.model(".models.unknown_text_format", "UnknownTextFormat"),
                nullable=True,
            ),
        )
        verbosity = Field(
            "verbosity",
            _t.enum_of(
                ".models.verbosity_enum",
                "VerbosityEnum",
                (
                    "low",
                    "medium",
                    "high",
                ),
            ),
        )
        _FIELDS = {
            "format": format,
            "verbosity": verbosity,
        }

    _EXTRA: ClassVar[_t.Codec | None] = _t.scalar("any")

    def __init__(
        self,
        *,
        format: JsonSchemaResponseFormatParam
        | None
        | TextResponseFormat
        | UnknownTextFormat
        | Unset = UNSET,
        verbosity: VerbosityEnum | Unset = UNSET,
        **additional_properties: Any,
    ) -> None:
        """Build the JSON object from typed values; extra keywords are sent as given."""
        super().__init__(
            format=format,
            verbosity=verbosity,
            **additional_properties,
        )
