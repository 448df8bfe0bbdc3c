"""Retry policy: which replies to retry, how long to wait, and idempotency keys.

Pure functions; the clients own the loop and the sleeping.
"""

from __future__ import annotations

import math
import os
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from ._errors import InvalidArgumentError

__all__ = [
    "MAX_RETRY_AFTER_SECONDS",
    "RetryConfig",
    "backoff_delay",
    "is_retryable_status",
    "new_idempotency_key",
    "retry_after_seconds",
]

# A server asking for a longer wait than this is more likely misconfigured
# than serious; the client falls back to its own backoff instead of hanging.
MAX_RETRY_AFTER_SECONDS = 60.0
_RETRYABLE_STATUSES = frozenset({408, 409, 429})
# 2.0**62 is far past any max_delay; capping the exponent avoids OverflowError.
_MAX_EXPONENT = 62

HeadersLike = httpx.Headers | Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RetryConfig:
    """How often and how patiently to retry.

    ``max_retries`` counts retries after the first attempt. Delays are in
    seconds; ``jitter`` is the largest fraction subtracted at random from each
    backoff delay, so that many clients do not retry in lock-step.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise InvalidArgumentError(f"max_retries must be >= 0, got {self.max_retries}")
        if not (math.isfinite(self.initial_delay) and self.initial_delay >= 0):
            raise InvalidArgumentError(
                f"initial_delay must be a finite number >= 0, got {self.initial_delay}"
            )
        if not (math.isfinite(self.max_delay) and self.max_delay >= self.initial_delay):
            raise InvalidArgumentError(
                f"max_delay must be finite and >= initial_delay ({self.initial_delay}), "
                f"got {self.max_delay}"
            )
        if not 0.0 <= self.jitter <= 1.0:
            raise InvalidArgumentError(f"jitter must be between 0 and 1, got {self.jitter}")


def _header(headers: HeadersLike | None, name: str) -> str | None:
    """Case-insensitive header look-up on either an ``httpx.Headers`` or a plain mapping."""
    if not headers:
        return None
    if isinstance(headers, httpx.Headers):
        found: str | None = headers.get(name)  # httpx types .get() as Any
        return found
    value = headers.get(name)
    if value is not None:
        return value
    for key, candidate in headers.items():
        if key.lower() == name:
            return candidate
    return None


def is_retryable_status(status_code: int, headers: HeadersLike | None = None) -> bool:
    """Tell whether an error reply is worth retrying.

    An ``x-should-retry: true`` or ``false`` header decides; otherwise 408
    (request timeout), 409 (conflict, e.g. a lock), 429 (rate limit) and every
    5xx are retried.
    """
    hint = _header(headers, "x-should-retry")
    if hint is not None:
        hint = hint.strip().lower()
        if hint == "true":
            return True
        if hint == "false":
            return False
    return status_code in _RETRYABLE_STATUSES or status_code >= 500


def _sane(seconds: float) -> float | None:
    """Keep a wait only if it is a real, non-negative number within the cap."""
    if math.isfinite(seconds) and 0.0 <= seconds <= MAX_RETRY_AFTER_SECONDS:
        return seconds
    return None


def retry_after_seconds(
    headers: HeadersLike | None, *, now: datetime | None = None
) -> float | None:
    """The wait the server asked for, in seconds, or ``None`` to use the client's backoff.

    ``retry-after-ms`` (milliseconds, may be fractional) is read first, then
    ``retry-after`` as seconds (fractions allowed) or as an HTTP date measured
    from ``now`` (default: the current time). Unparsable, negative (a date in
    the past included) and absurd (over :data:`MAX_RETRY_AFTER_SECONDS`) values
    are ignored.
    """
    millis = _header(headers, "retry-after-ms")
    if millis is not None:
        try:
            waited = _sane(float(millis) / 1000.0)
        except ValueError:
            waited = None
        if waited is not None:
            return waited

    value = _header(headers, "retry-after")
    if value is None or not value.strip():
        return None
    try:
        return _sane(float(value))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime  # only for HTTP-date values

        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates parse naive; HTTP dates are UTC
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    if current.tzinfo is None:
        current = current.replace(tzinfo=UTC)
    return _sane((when - current).total_seconds())


def backoff_delay(
    attempt: int,
    config: RetryConfig,
    headers: HeadersLike | None = None,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry).

    A usable ``retry-after-ms``/``retry-after`` header is honoured exactly (no
    jitter: the server named the time). Otherwise the delay is
    ``initial_delay * 2**attempt`` capped at ``max_delay``, minus a random
    fraction of up to ``jitter`` of it. ``rng`` makes the jitter reproducible.
    """
    asked = retry_after_seconds(headers)
    if asked is not None:
        return asked
    exponent = min(max(attempt, 0), _MAX_EXPONENT)
    delay = min(config.initial_delay * 2.0**exponent, config.max_delay)
    draw = rng.random() if rng is not None else random.random()
    return delay * (1.0 - config.jitter * draw)


def new_idempotency_key() -> str:
    """A fresh random key (UUID4 text) to send as ``Idempotency-Key`` on all attempts of one request."""
    # What str(uuid.uuid4()) gives (random bits, version 4, RFC 4122 variant) in a
    # third of its time, which shows on every non-streaming call.
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40
    raw[8] = raw[8] & 0x3F | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
