"""The library logger, opt-in configuration from the environment, and header redaction.

The library never configures logging by itself: :func:`setup_logging_from_env`
only acts when ``OPENRESPONSES_LOG`` asks it to.  Whatever the configuration,
credential values are scrubbed from the records of this library and of the
ones it drives (``httpx``, ``httpcore``, ``websockets``) by the filter in
``_secrets``, which every client installs.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["ENV_VAR", "REDACTED", "logger", "redact_headers", "setup_logging_from_env"]

logger = logging.getLogger("open_responses")
"""The logger every ``open_responses`` module logs to."""

ENV_VAR = "OPENRESPONSES_LOG"
REDACTED = "<redacted>"

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_SENSITIVE_NAMES = frozenset(
    {"authorization", "proxy-authorization", "api-key", "x-api-key", "cookie", "set-cookie"}
)
_SENSITIVE_PARTS = ("key", "token", "secret")
# Names that match the parts above but carry no secret and help debugging.
_SAFE_NAMES = frozenset({"idempotency-key"})
_SAFE_PREFIXES = ("x-ratelimit-",)


_SETUP_LOCK = threading.Lock()


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler added by :func:`setup_logging_from_env`; its type marks it as ours."""


def setup_logging_from_env() -> logging.Handler | None:
    """Log to stderr when ``OPENRESPONSES_LOG`` is ``debug`` or ``info`` (any case).

    Sets the ``open_responses`` logger to that level and attaches one stderr
    handler, which it returns. Returns ``None`` and changes nothing when the
    variable is unset or has another value. Calling it again once the handler
    is attached does nothing more (it returns the existing handler).
    """
    with _SETUP_LOCK:  # clients may be built in several threads at once
        for handler in logger.handlers:
            if isinstance(handler, _EnvHandler):
                return handler
        level = _LEVELS.get(os.environ.get(ENV_VAR, "").strip().lower())
        if level is None:
            return None
        handler = _EnvHandler()  # defaults to sys.stderr
        handler.setLevel(level)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
        return handler


def _is_sensitive(name: str) -> bool:
    """Tell whether a header of this name may carry a credential."""
    lowered = name.strip().lower()
    if lowered in _SENSITIVE_NAMES:
        return True
    if lowered in _SAFE_NAMES or lowered.startswith(_SAFE_PREFIXES):
        return False
    return any(part in lowered for part in _SENSITIVE_PARTS)


def redact_headers(
    headers: httpx.Headers | Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    also: Iterable[str] = (),
) -> dict[str, str]:
    """Copy headers for logging, with the value of every credential-like header replaced.

    Redacted: ``authorization``, ``proxy-authorization``, ``api-key``,
    ``x-api-key``, ``cookie``, ``set-cookie`` and any name containing ``key``,
    ``token`` or ``secret`` (except ``idempotency-key`` and the ``x-ratelimit-*``
    counters), plus the names in ``also`` (a client's configured ``auth_header``,
    whatever it is called). Names keep their spelling; repeated headers are
    joined with ``", "``.
    """
    extra = {name.strip().lower() for name in also}
    items: Iterable[tuple[str, str]]
    if isinstance(headers, httpx.Headers):
        items = headers.multi_items()
    elif isinstance(headers, Mapping):
        items = headers.items()
    else:
        items = headers
    result: dict[str, str] = {}
    for name, value in items:
        shown = REDACTED if _is_sensitive(name) or name.strip().lower() in extra else value
        result[name] = f"{result[name]}, {shown}" if name in result else shown
    return result
