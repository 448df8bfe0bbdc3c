"""The attempts of one call: retry budget, deadline, back-off and the error that ends it.

Pure (no sockets, no sleeping): ``Client._send`` and ``AsyncClient._send`` are the same
loop around :class:`Attempts`, one sleeping with ``time.sleep`` and one with
``asyncio.sleep``, so retries and deadlines cannot differ between them.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ._base import ClientSettings, NotGiven, RequestSpec, build_request, call_deadline
from ._error_replies import status_error_from_response
from ._errors import APIConnectionError, APITimeoutError
from ._limits import Deadline
from ._logging import logger, redact_headers
from ._retry import backoff_delay, is_retryable_status, new_idempotency_key

__all__: list[str] = []

_DEBUG = 10


def transport_error(
    exc: httpx.HTTPError, request: httpx.Request | None, deadline: Deadline | None = None
) -> APIConnectionError:
    """Map an httpx failure to the library's typed connection errors."""
    if deadline is not None and deadline.expired():
        return APITimeoutError("The call exceeded its total timeout", request=request)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


class Attempts:
    """One call's request and the decisions between its attempts.

    ``retry_after_error``/``retry_after_status`` return how long to sleep before the
    next attempt, or raise the typed error that ends the call: when the budget is
    spent, the status is not retryable, or the wait would outlast the deadline.
    """

    __slots__ = ("attempt", "deadline", "idle", "request", "retries", "settings", "timeouts")

    def __init__(
        self,
        settings: ClientSettings,
        spec: RequestSpec[Any],
        http: httpx.Client | httpx.AsyncClient,
    ) -> None:
        # POSTs get one key, kept across the attempts, so a retry is not a new request.
        if spec.method == "POST" and spec.idempotency_key is None:
            spec.idempotency_key = new_idempotency_key()
        self.settings = settings
        self.request = build_request(settings, spec, http)
        self.retries = (
            settings.retry.max_retries
            if isinstance(spec.max_retries, NotGiven)
            else spec.max_retries
        )
        self.deadline = call_deadline(settings, spec)
        self.timeouts: dict[str, Any] = dict(self.request.extensions.get("timeout") or {})
        self.idle: float | None = self.timeouts.get("read")
        self.attempt = 0

    def until(self) -> float | None:
        """When the current wait for progress (headers, a whole reply) must end, or None."""
        at = self.deadline.at
        if self.idle is None:
            return at
        by_idle = time.monotonic() + self.idle
        return by_idle if at is None else min(by_idle, at)

    def log(self) -> None:
        """Log the attempt about to be made (headers redacted)."""
        if logger.isEnabledFor(_DEBUG):  # checked first so the hot path skips formatting
            request = self.request
            logger.debug(
                "%s %s (attempt %d) headers=%s",
                request.method,
                request.url,
                self.attempt + 1,
                redact_headers(request.headers, also=(self.settings.auth_header,)),
            )

    def failed(self, exc: httpx.HTTPError) -> APIConnectionError:
        """The typed error for a transport failure that ends the call."""
        return transport_error(exc, self.request, self.deadline)

    def retry_after_error(self, exc: httpx.HTTPError) -> float:
        """Seconds to sleep before retrying a connection failure; raise when giving up."""
        delay = self._delay(backoff_delay(self.attempt, self.settings.retry), True)
        if delay is None:
            raise self.failed(exc) from exc
        logger.info("retrying %s after %s in %.2fs", self.request.url, type(exc).__name__, delay)
        return self._next(delay)

    def retry_after_status(self, response: httpx.Response) -> float:
        """Seconds to sleep before retrying an error status (body read); raise when giving up."""
        retryable = is_retryable_status(response.status_code, response.headers)
        delay = self._delay(
            backoff_delay(self.attempt, self.settings.retry, response.headers), retryable
        )
        if delay is None:
            raise status_error_from_response(response)
        logger.info(
            "retrying %s after HTTP %d in %.2fs", self.request.url, response.status_code, delay
        )
        return self._next(delay)

    def _delay(self, delay: float, retryable: bool) -> float | None:
        # A retry that would start after the deadline could not finish before it.
        if not retryable or self.attempt >= self.retries or not self.deadline.allows(delay):
            return None
        return delay

    def _next(self, delay: float) -> float:
        self.attempt += 1
        capped = self.deadline.cap(delay)
        return delay if capped is None else capped
