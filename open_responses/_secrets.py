"""Credential redaction: the values to hide, the scrubbing, and a logging filter.

Every client registers the credential it sends (whatever header carries it), so
that error fields, previews and log lines (ours and those of ``httpx``,
``httpcore`` and ``websockets``) show ``<redacted>`` instead, even when a server
echoes the key back.  The registry is process-wide and bounded: redacting a key
of another client in the same process is only more careful.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any, Final

__all__ = [
    "LIBRARY_LOGGERS",
    "REDACTED",
    "RedactingFilter",
    "install_log_filter",
    "known_secrets",
    "register_credential",
    "scrub",
    "scrub_snapshot",
    "scrub_value",
    "secret_parts",
]

REDACTED: Final = "<redacted>"
# Shorter values would redact ordinary words.
_MIN_SECRET_CHARS: Final = 8
# Most recent credentials kept; an application making clients with fresh keys
# in a loop must not grow this for ever.
_MAX_SECRETS: Final = 256
_SCHEMES: Final = ("bearer", "basic", "token")
# Loggers of the libraries we drive, which may print request headers.
LIBRARY_LOGGERS: Final = (
    "open_responses",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "websockets",
    "websockets.client",
)

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()  # replaced whole, so readers need no lock


def secret_parts(header_value: str | None) -> list[str]:
    """The strings to hide for one credential header value: the value and its bare token."""
    if not header_value:
        return []
    parts = [header_value]
    scheme, _, token = header_value.partition(" ")
    if scheme.lower() in _SCHEMES and token.strip():
        parts.append(token.strip())
    return [p for p in parts if len(p) >= _MIN_SECRET_CHARS]


def register_credential(header_value: str | None) -> None:
    """Remember a credential header value (and its token) as secret, process-wide."""
    global _secrets
    parts = secret_parts(header_value)
    if not parts:
        return
    with _lock:
        kept = [s for s in _secrets if s not in parts]
        # Longest first: a full "Bearer sk-..." is replaced before its bare token.
        merged = sorted(set(parts) | set(kept[-_MAX_SECRETS:]), key=len, reverse=True)
        _secrets = tuple(merged)


def known_secrets() -> tuple[str, ...]:
    """Every registered secret, longest first."""
    return _secrets


def scrub(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` with every registered secret (and every one of ``extra``) replaced."""
    for secret in (*extra, *_secrets):
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def scrub_value(value: Any, extra: Iterable[str] = ()) -> Any:
    """A copy of a JSON-like value (dicts, lists, strings) with secrets scrubbed from strings."""
    secrets = (*extra, *_secrets)
    if not secrets:
        return value
    return _scrub_tree(value, secrets, 0)


def _scrub_tree(value: Any, secrets: tuple[str, ...], depth: int) -> Any:
    if isinstance(value, str):
        return scrub(value, secrets) if any(s in value for s in secrets) else value
    if depth > 100:  # hostile nesting: keep it, the message fields are already clean
        return value
    if isinstance(value, dict):
        return {
            _scrub_tree(k, secrets, depth + 1): _scrub_tree(v, secrets, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_tree(v, secrets, depth + 1) for v in value]
    return value


def _holds_secret(value: Any, secrets: tuple[str, ...], depth: int) -> bool:
    if isinstance(value, str):
        return any(s in value for s in secrets)
    if depth > 100:
        return False
    if isinstance(value, dict):
        return any(
            _holds_secret(k, secrets, depth + 1) or _holds_secret(v, secrets, depth + 1)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return any(_holds_secret(v, secrets, depth + 1) for v in value)
    return False


def scrub_snapshot(snapshot: Any, extra: Iterable[str] = ()) -> Any:
    """An error's partial response with secrets scrubbed from every string in it.

    ``snapshot`` is a model (``to_dict``/``from_dict``, as the generated models
    and :class:`Response` are) or a JSON-like value.  Without a secret in it, it
    is returned as it is; otherwise a scrubbed copy of the same class, keeping
    its extra attributes (``http_response``).  The accumulator's own state, and
    so the stream's ``current_response``, is left alone: only what an error
    carries away (into logs, trackers, pickles) is scrubbed.
    """
    secrets = tuple(s for s in (*extra, *_secrets) if s)
    if snapshot is None or not secrets:
        return snapshot
    to_dict = getattr(snapshot, "to_dict", None)
    from_dict = getattr(type(snapshot), "from_dict", None)
    if not (callable(to_dict) and callable(from_dict)):
        return (
            _scrub_tree(snapshot, secrets, 0) if _holds_secret(snapshot, secrets, 0) else snapshot
        )
    data = to_dict()
    if not _holds_secret(data, secrets, 0):
        return snapshot
    clean = from_dict(_scrub_tree(data, secrets, 0))
    extras = getattr(snapshot, "__dict__", None)
    if extras:
        clean.__dict__.update(extras)
    return clean


class RedactingFilter(logging.Filter):
    """Replace registered credentials in a record's final message (never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _secrets
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken record is logging's business, not ours
            return True
        if any(s in message for s in secrets):
            record.msg = scrub(message)
            record.args = None
        return True


_FILTER: Final = RedactingFilter()


def install_log_filter() -> None:
    """Attach the redacting filter to the loggers of this library and of those it drives.

    Filters on a logger see only records logged to that very logger, so each
    logger the libraries use is listed; adding the filter twice is a no-op.
    """
    for name in LIBRARY_LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
