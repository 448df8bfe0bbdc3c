"""Base-URL normalization and URL joining shared by the sync and async clients.

Everything here is pure string work: no I/O and no network look-ups.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote, urlsplit, urlunsplit

from ._errors import InvalidArgumentError

__all__ = ["join_url", "normalize_base_url", "to_websocket_url"]

# A scheme is present only when "://" follows it; "localhost:1234" has none
# (urlsplit would read "localhost" as the scheme).
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
# Whatever stands before a "://" that _SCHEME_RE rejected ("ht!tp://...").
_BAD_SCHEME_RE = re.compile(r"^([^/?#]*)://")
# One DNS label (letters in any script, digits, "_" for container names, inner "-").
_LABEL_RE = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$")
# "v1", "v2", "v1beta", "v1alpha", "v1beta1": an API version path segment.
_VERSION_SEGMENT_RE = re.compile(r"^v\d+(?:[a-z]+\d*)?$", re.IGNORECASE)
# Endpoint suffixes people paste by mistake; removed before the version check.
_ENDPOINT_SEGMENTS = frozenset({"responses"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
_HTTP_SCHEMES = {"http": "http", "https": "https", "ws": "http", "wss": "https"}
_WS_SCHEMES = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}


def _describe(url: str) -> str:
    """Return ``url`` fit for an error message, with any user:password masked."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*://)?([^/?#@]*)@", url)
    if match is None:
        return repr(url)
    return repr(f"{match.group(1) or ''}<credentials>@{url[match.end() :]}")


def _is_local_host(host: str) -> bool:
    """Tell whether ``host`` is loopback or a private-network address (no TLS expected)."""
    host = host.lower().strip("[]")
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified or address.is_private


def _check_host(host: str, url: str) -> None:
    """Reject a host that is neither an IP address nor a well-formed host name."""
    try:
        ipaddress.ip_address(host)  # urlsplit's hostname has no IPv6 brackets
        return
    except ValueError:
        pass
    labels = host.rstrip(".").split(".")
    if not all(_LABEL_RE.match(label) for label in labels):
        raise InvalidArgumentError(
            f"base URL {_describe(url)} has an invalid host name {host!r}; "
            "use a name like 'api.example.com' or an IP address"
        )


def _guess_scheme(netloc: str) -> str:
    """Choose ``http`` or ``https`` for a base URL typed without a scheme."""
    hostport = netloc.rpartition("@")[2]
    if hostport.startswith("["):  # IPv6 literal: "[::1]" or "[::1]:8080"
        host, _, rest = hostport[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port = hostport.partition(":")
    if port == "443":
        return "https"
    # Local servers and "host:port" development servers rarely speak TLS.
    if port or _is_local_host(host):
        return "http"
    return "https"


def normalize_base_url(url: str) -> str:
    """Turn what a user typed as the API base into the base that ends at the API version.

    The client appends ``/responses`` (and longer paths) to the result, so the
    result is the URL under which ``responses`` lives. The rule, applied in order:

    1. Surrounding whitespace is stripped; an empty string, inner whitespace, a
       malformed scheme or an invalid host name raise ``InvalidArgumentError``
       (a ``ValueError``) before any network use.
    2. Without a scheme (``localhost:1234``, ``api.example.com``) one is added:
       ``http`` for loopback names and addresses (``localhost``, ``127.x``,
       ``[::1]``, ``0.0.0.0``), private-network IP addresses and any
       ``host:port`` (except port 443); ``https`` for every other bare host.
       ``ws``/``wss`` become ``http``/``https``; any other scheme raises ``ValueError``.
    3. Empty path segments (trailing or doubled slashes) are dropped, and a
       final ``responses`` segments (a pasted endpoint URL) are removed.
    4. If one of the last two path segments is a version segment (``v`` +
       digits + an optional letter suffix: ``v1``, ``v2``, ``v1beta``), the path
       is kept as is (``/v1``, ``/v1beta/openai``, ``/openai/v1``, ``/api/v1``);
       otherwise ``/v1`` is appended (``/`` becomes ``/v1``, ``/api`` becomes ``/api/v1``).
    5. The query string is kept; a fragment is dropped. The scheme is lower-cased.

    Examples: ``localhost:1234`` gives ``http://localhost:1234/v1``;
    ``http://h:1234/v1/responses/`` gives ``http://h:1234/v1``;
    ``https://openrouter.ai/api`` gives ``https://openrouter.ai/api/v1``.
    """
    text = _with_http_scheme(url)
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 -- validates the port, raising ValueError if bad
    except ValueError as exc:
        raise InvalidArgumentError(f"base URL {_describe(url)} is not a valid URL: {exc}") from None
    if not parts.hostname:
        raise InvalidArgumentError(f"base URL {_describe(url)} has no host name")
    _check_host(parts.hostname, url)

    segments = [segment for segment in parts.path.split("/") if segment]
    while segments and segments[-1].lower() in _ENDPOINT_SEGMENTS:
        segments.pop()
    if not any(_VERSION_SEGMENT_RE.match(unquote(s)) for s in segments[-2:]):
        segments.append("v1")
    path = "/" + "/".join(segments)
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _with_http_scheme(url: str) -> str:
    """Steps 1 and 2 of :func:`normalize_base_url`: the stripped URL with an http(s) scheme."""
    if not isinstance(url, str):
        raise TypeError(f"base URL must be a string, not {type(url).__name__}")
    text = url.strip()
    if not text:
        raise InvalidArgumentError(
            "base URL is empty; pass something like 'http://localhost:1234/v1'"
        )
    if re.search(r"\s", text):
        raise InvalidArgumentError(
            f"base URL {_describe(url)} contains whitespace; percent-encode it or remove it"
        )
    match = _SCHEME_RE.match(text)
    bad_scheme = _BAD_SCHEME_RE.match(text) if match is None else None
    if bad_scheme is not None:
        raise InvalidArgumentError(
            f"base URL {_describe(url)} has a malformed scheme "
            f"{bad_scheme.group(1)!r}; use http:// or https://"
        )
    if match is None:
        rest = text.lstrip("/")  # tolerate a scheme-relative "//host"
        netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
        return f"{_guess_scheme(netloc)}://{rest}"
    scheme = match.group(1).lower()
    if scheme not in _HTTP_SCHEMES:
        raise InvalidArgumentError(
            f"base URL {_describe(url)} has unsupported scheme {scheme!r}; use http or https"
        )
    return f"{_HTTP_SCHEMES[scheme]}://{text[match.end() :]}"


def _merge_queries(base_query: str, extra_query: str) -> str:
    """Append ``extra_query`` to ``base_query``; a key in both takes the extra value.

    Works on the raw ``a=b&c=d`` text so the original percent-encoding is kept.
    """
    if not base_query:
        return extra_query
    if not extra_query:
        return base_query
    extra_pairs = [pair for pair in extra_query.split("&") if pair]
    extra_keys = {unquote(pair.partition("=")[0]) for pair in extra_pairs}
    kept = [
        pair
        for pair in base_query.split("&")
        if pair and unquote(pair.partition("=")[0]) not in extra_keys
    ]
    return "&".join(kept + extra_pairs)


def join_url(base: str, path: str) -> str:
    """Append ``path`` (e.g. ``"responses/resp_1/cancel"``) to ``base``, keeping its query string.

    ``base`` may be normalized or used verbatim. ``path`` must already be
    percent-encoded; it may carry its own query string, which is merged into
    the base's (the path's value wins for a key present in both). A fragment
    on the base is dropped.
    """
    base, _, _ = base.partition("#")
    base_path, _, base_query = base.partition("?")
    path, _, _ = path.partition("#")
    rel_path, _, rel_query = path.partition("?")
    rel_path = rel_path.strip("/")
    url = f"{base_path.rstrip('/')}/{rel_path}" if rel_path else base_path
    query = _merge_queries(base_query, rel_query)
    return f"{url}?{query}" if query else url


def to_websocket_url(base: str) -> str:
    """Return the WebSocket URL of the ``responses`` endpoint under ``base``.

    ``http`` becomes ``ws`` and ``https`` becomes ``wss`` (``ws``/``wss`` are kept);
    ``/responses`` is appended before any query string. Any other scheme raises
    ``ValueError``.
    """
    scheme, sep, rest = base.partition("://")
    ws_scheme = _WS_SCHEMES.get(scheme.lower()) if sep else None
    if ws_scheme is None:
        raise InvalidArgumentError(
            f"cannot build a WebSocket URL from {_describe(base)}: it needs an http or https scheme"
        )
    return join_url(f"{ws_scheme}://{rest}", "responses")
