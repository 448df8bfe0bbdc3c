from enum import StrEnum
from typing import Any


class ImageDetail(StrEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # Servers may add values the spec does not list (a new status, say).
        # Keep them as pseudo-members instead of failing, so they round-trip.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
