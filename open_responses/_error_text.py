"""Text for error messages: one-line summaries, previews of odd bodies, request ids.

Also which credential values a request carried, so that an echo of them in a
reply can be scrubbed. Pure and never raising; used by the exception classes
(``_errors``) and by the factories that build them (``_error_replies``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

import httpx

from ._secrets import secret_parts

__all__: list[str] = []

# Longest excerpt of a non-JSON body (HTML page, proxy text) put into a message.
_PREVIEW_CHARS = 300
# Only this much of a body is scanned for an HTML <title>, to stay cheap.
_SCAN_CHARS = 8192
_REQUEST_ID_HEADERS = ("x-request-id", "openai-request-id", "request-id")
_SECRET_REQUEST_HEADERS = ("authorization", "api-key", "x-api-key")
# Request extension (set by ``_base.build_request``) naming the credential header used.
ORIGIN_EXTENSION = "open_responses.origin"
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


def summarize(
    status: int | None, message: str, code: str | None, param: str | None, request_id: str | None
) -> str:
    """Build the one-line ``str()`` of an :class:`APIStatusError`."""
    if status is None:
        head = "Error"
    else:
        reason = httpx.codes.get_reason_phrase(status)
        head = f"{status} {reason}" if reason else f"HTTP {status}"
    extras = [
        f"{name}={value}"
        for name, value in (("code", code), ("param", param), ("request_id", request_id))
        if value
    ]
    line = f"{head}: {one_line(message)}"
    return f"{line} ({', '.join(extras)})" if extras else line


def one_line(text: str) -> str:
    """Collapse runs of whitespace (newlines included) so a message fits on one line."""
    return _SPACE_RE.sub(" ", text).strip()


def body_preview(text: str) -> str:
    """A short, one-line excerpt of a non-JSON body; an HTML page gives its <title>."""
    head = text[:_SCAN_CHARS]
    title = _TITLE_RE.search(head)
    if title is not None and title.group(1).strip():
        head = title.group(1)
    elif "<" in head:
        head = _TAG_RE.sub(" ", head)
    flat = one_line(head)
    if len(flat) > _PREVIEW_CHARS or (len(text) > _SCAN_CHARS and title is None):
        return flat[:_PREVIEW_CHARS].rstrip() + "..."
    return flat


def request_id_of(headers: Mapping[str, str]) -> str | None:
    """The server's request id among reply headers (``x-request-id`` or a provider's equivalent)."""
    for name in _REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None


def compact_json(value: object) -> str:
    """Compact JSON text of ``value``, shortened for a message; never raises."""
    try:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS] + "..."


def secrets_of(request: httpx.Request | None) -> list[str]:
    """The credential values a request carried, to scrub should a server echo them back.

    Registered client credentials are scrubbed anyway (see ``_secrets``); this adds
    those of requests built elsewhere (a caller's own headers).
    """
    if request is None:
        return []
    names = list(_SECRET_REQUEST_HEADERS)
    marker = request.extensions.get(ORIGIN_EXTENSION)
    if isinstance(marker, tuple) and len(marker) == 2 and isinstance(marker[1], str):
        names.append(marker[1].lower())
    found = []
    for name in names:
        found.extend(secret_parts(request.headers.get(name)))
    return found
