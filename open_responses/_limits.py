"""Size limits and deadlines that keep a hostile or broken server from holding the client.

Pure: the defaults, their validation, and :class:`Deadline`, the clock of one
call (first connect to last byte, retries and back-off included).  The I/O
shells in ``_client``, ``_streaming`` and ``_websocket`` apply them.
"""

from __future__ import annotations

import math
import time
from typing import Final

from ._errors import InvalidArgumentError

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_TOOL_ARGUMENT_BYTES",
    "DEFAULT_MAX_TOOL_CALLS_PER_TURN",
    "DEFAULT_REQUEST_TOTAL_TIMEOUT",
    "DRAIN_SECONDS",
    "ERROR_BODY_BYTES",
    "WEBSOCKET_CLOSE_TIMEOUT",
    "Deadline",
    "check_positive_int",
    "check_total_timeout",
]

# A real reply (a long output, inline images) stays far below these; a server
# streaming a never-ending line or a gzip bomb is stopped long before memory runs out.
DEFAULT_MAX_EVENT_BYTES: Final = 64 * 2**20
DEFAULT_MAX_BODY_BYTES: Final = 256 * 2**20
# Error replies are read for their message only; the rest is cut off.
ERROR_BODY_BYTES: Final = 2**20
# A non-streaming call is one reply; ten minutes covers slow reasoning models,
# and a server dripping bytes cannot stretch it.
DEFAULT_REQUEST_TOTAL_TIMEOUT: Final = 600.0
# Tool loop caps: a turn asking for more calls, or bigger arguments, is hostile or broken.
DEFAULT_MAX_TOOL_CALLS_PER_TURN: Final = 128
DEFAULT_MAX_TOOL_ARGUMENT_BYTES: Final = 2**20
# After a terminal event the rest of the body is read for this long at most,
# so the connection can go back to the pool; then it is closed.
DRAIN_SECONDS: Final = 1.0
# The WebSocket closing handshake waits this long for the server's answer.
WEBSOCKET_CLOSE_TIMEOUT: Final = 1.0


def check_positive_int(name: str, value: object) -> int:
    """``value`` if it is an int >= 1, else :class:`InvalidArgumentError` naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"{name} must be an integer >= 1, got {value!r}")
    return value


def check_total_timeout(value: object) -> float | None:
    """A usable total timeout (seconds > 0, or None for no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentError(f"total_timeout must be a number of seconds, got {value!r}")
    seconds = float(value)
    if not (math.isfinite(seconds) and seconds > 0):
        raise InvalidArgumentError(f"total_timeout must be finite and > 0, got {value!r}")
    return seconds


class Deadline:
    """The end of one call in ``time.monotonic()`` seconds (``at`` is None: no limit)."""

    __slots__ = ("at",)

    def __init__(self, seconds: float | None) -> None:
        self.at = None if seconds is None else time.monotonic() + seconds

    def remaining(self) -> float | None:
        """Seconds left (never negative), or None without a limit."""
        if self.at is None:
            return None
        return max(self.at - time.monotonic(), 0.0)

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return self.at is not None and time.monotonic() >= self.at

    def cap(self, seconds: float | None) -> float | None:
        """``seconds`` shortened to the time left (None means unbounded on either side)."""
        left = self.remaining()
        if left is None:
            return seconds
        return left if seconds is None else min(seconds, left)

    def allows(self, seconds: float) -> bool:
        """Whether waiting ``seconds`` still leaves time for another attempt."""
        left = self.remaining()
        return left is None or seconds < left
