"""Logic shared by ``Client`` and ``AsyncClient``: settings, request building, retry decisions.

Everything here is pure (no sockets, no sleeping), so the sync and async shells in
``_client.py`` stay thin and behave the same.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeVar

import httpx

from ._error_replies import validation_error_from_response
from ._error_text import ORIGIN_EXTENSION, request_id_of
from ._errors import (
    InvalidArgumentError,
    OpenResponsesError,
)
from ._generated.types import unusable
from ._limits import (
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    DEFAULT_MAX_TOOL_CALLS_PER_TURN,
    DEFAULT_REQUEST_TOTAL_TIMEOUT,
    Deadline,
    check_positive_int,
    check_total_timeout,
)
from ._retry import RetryConfig
from ._secrets import register_credential
from ._urls import join_url, normalize_base_url
from ._version import __version__

__all__ = ["NOT_GIVEN", "APIResponse", "NotGiven"]

DEFAULT_BASE_URL: Final = "https://api.openai.com"
DEFAULT_MAX_RETRIES: Final = 2
# Connect fast or fail; ``read`` is the idle time between bytes (a long generation
# streams slowly but steadily), ``write``/``pool`` as httpx's own defaults.
DEFAULT_TIMEOUT: Final = httpx.Timeout(connect=5.0, read=600.0, write=600.0, pool=600.0)
BASE_URL_ENV: Final = "OPENRESPONSES_BASE_URL"
API_KEY_ENV: Final = "OPENRESPONSES_API_KEY"
USER_AGENT: Final = f"open-responses-python/{__version__}"
# ORIGIN_EXTENSION (from _error_bodies) names the origin and credential header a request was built for.
# Request extension carrying (max_event_bytes, max_body_bytes, idle seconds) to the stream shells.
LIMITS_EXTENSION: Final = "open_responses.limits"


class NotGiven:
    """Marks an argument the caller did not pass (``None`` is a real value: JSON null)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

T = TypeVar("T")


def _secret_repr(value: str | None) -> str:
    return "None" if value is None else "'<redacted>'"


@dataclass(frozen=True, slots=True)
class ClientSettings:
    """Resolved, immutable client configuration (safe to share between threads)."""

    base_url: str
    api_key: str | None = field(repr=False)
    auth_header: str
    auth_prefix: str
    headers: Mapping[str, str]
    default_query: Mapping[str, str]
    timeout: httpx.Timeout
    retry: RetryConfig
    total_timeout: float | None
    strict: bool
    max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_tool_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN
    max_tool_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES

    def __repr__(self) -> str:
        return (
            f"ClientSettings(base_url={self.base_url!r}, api_key={_secret_repr(self.api_key)}, "
            f"auth_header={self.auth_header!r}, max_retries={self.retry.max_retries})"
        )

    @classmethod
    def from_arguments(cls, arguments: Mapping[str, Any]) -> ClientSettings:
        """Resolve a client constructor's ``locals()``: only the settings' own names are read.

        Both clients pass their arguments through here, so each option is handled once.
        """
        return cls.resolve(**{name: arguments[name] for name in _ARGUMENT_NAMES})

    @classmethod
    def resolve(
        cls,
        *,
        base_url: str | None,
        api_key: str | None,
        normalize_url: bool,
        auth_header: str,
        auth_prefix: str | None,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, str] | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        total_timeout: float | None,
        strict: bool,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_tool_calls_per_turn: int = DEFAULT_MAX_TOOL_CALLS_PER_TURN,
        max_tool_argument_bytes: int = DEFAULT_MAX_TOOL_ARGUMENT_BYTES,
    ) -> ClientSettings:
        """Apply arguments, then environment variables, then defaults."""
        raw_url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        url = normalize_base_url(raw_url) if normalize_url else raw_url.strip().rstrip("/")
        try:
            httpx.URL(url)
        except httpx.InvalidURL as exc:  # verbatim URLs are not checked by normalize_base_url
            raise InvalidArgumentError(f"base URL {url!r} is not a valid URL: {exc}") from None
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV) or None
        if auth_prefix is None:
            auth_prefix = "Bearer " if auth_header.lower() == "authorization" else ""
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if key:
            headers[auth_header] = f"{auth_prefix}{key}"
        headers.update(default_headers or {})
        secret_names = {auth_header.lower(), "authorization", "api-key", "x-api-key"}
        for name, value in headers.items():
            if name.lower() in secret_names:
                register_credential(value)
        return cls(
            base_url=url,
            api_key=key,
            auth_header=auth_header,
            auth_prefix=auth_prefix,
            headers=headers,
            default_query=dict(default_query or {}),
            timeout=_as_timeout(timeout),
            retry=RetryConfig(max_retries=max_retries),
            total_timeout=check_total_timeout(total_timeout),
            strict=strict,
            max_event_bytes=check_positive_int("max_event_bytes", max_event_bytes),
            max_body_bytes=check_positive_int("max_body_bytes", max_body_bytes),
            max_tool_calls_per_turn=check_positive_int(
                "max_tool_calls_per_turn", max_tool_calls_per_turn
            ),
            max_tool_argument_bytes=check_positive_int(
                "max_tool_argument_bytes", max_tool_argument_bytes
            ),
        )


# The keyword names ``resolve`` takes, which are the clients' settings arguments.
_ARGUMENT_NAMES: Final = tuple(inspect.signature(ClientSettings.resolve).parameters)


def call_timeout(settings: ClientSettings, spec: RequestSpec[Any]) -> httpx.Timeout:
    """The timeout of one call: the client's unless given; ``timeout=None`` means no limit."""
    if isinstance(spec.timeout, NotGiven):
        return settings.timeout
    if spec.timeout is None:
        return httpx.Timeout(None)
    return _as_timeout(spec.timeout)


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout, connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


@dataclass(slots=True)
class RequestSpec(Generic[T]):
    """One API call, described before it is sent.

    ``parse`` turns a successful reply into the result; it is skipped for streams,
    which the streaming layer reads event by event.
    """

    method: str
    path: str
    parse: Callable[[httpx.Response], T]
    body: Any = None
    query: Mapping[str, Any] | None = None
    stream: bool = False
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    idempotency_key: str | None = None
    # A stream's own total timeout (``stream(total_timeout=...)``); None: no limit.
    total_timeout: float | NotGiven | None = NOT_GIVEN


class APIResponse(Generic[T]):
    """An HTTP reply whose body is parsed only when asked (``parse()``).

    ``with_raw_response`` returns these, so the status, headers and body of a
    reply are always reachable, even when the body would not parse.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        """Wrap ``http_response``; ``parse`` turns it into the result on demand."""
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        """HTTP status of the reply."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """HTTP headers of the reply."""
        return self.http_response.headers

    @property
    def text(self) -> str:
        """The body as text, exactly as received."""
        return self.http_response.text

    @property
    def request_id(self) -> str | None:
        """The server's request id (``x-request-id`` or a provider's equivalent)."""
        return request_id_of(self.http_response.headers)

    def parse(self) -> T:
        """The parsed result (parsed once, on the first call; may raise ``ResponseValidationError``)."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}]>"


def json_default(value: Any) -> Any:
    """``json.dumps`` hook: generated models and attrs-like objects serialize themselves."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def encode_body(body: Any) -> bytes:
    """Serialize a request body exactly as given (unknown fields and types pass through)."""
    try:
        return json.dumps(
            body, ensure_ascii=False, separators=(",", ":"), default=json_default
        ).encode()
    except (TypeError, ValueError) as exc:
        raise OpenResponsesError(f"request body is not JSON serializable: {exc}") from exc


def merge_body(
    body: Any, params: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Combine a positional body (model or mapping), keyword params and ``extra_body``."""
    if body is None:
        merged: dict[str, Any] = {}
    elif isinstance(body, Mapping):
        merged = dict(body)
    elif callable(getattr(body, "to_dict", None)):
        merged = body.to_dict()
    else:
        raise OpenResponsesError(
            f"body must be a mapping or a generated model, not {type(body).__name__}"
        )
    for key, value in params.items():
        if value is not NOT_GIVEN:
            merged[key] = value
    if extra_body:
        merged.update(extra_body)
    return merged


@functools.lru_cache(maxsize=512)
def _endpoint(
    base_url: str, path: str
) -> tuple[httpx.URL, httpx.QueryParams, tuple[str, str, int | None]]:
    """The parsed URL of one endpoint: without its query, the query, and the origin.

    httpx *replaces* a URL's query string with ``params`` (ours or the http client's),
    so the base URL's own query (``?api-version=x``) travels as params instead.
    Cached because parsing URLs is a visible share of a request's client CPU.
    """
    url = httpx.URL(join_url(base_url, path))
    return url.copy_with(query=None), url.params, (url.scheme, url.host, url.port)


def build_request(
    settings: ClientSettings, spec: RequestSpec[Any], http: httpx.Client | httpx.AsyncClient
) -> httpx.Request:
    """Build the ``httpx.Request`` for ``spec`` (headers, query, JSON body, timeout)."""
    headers = dict(settings.headers)
    if spec.stream:
        headers["Accept"] = "text/event-stream"
    content: bytes | None = None
    if spec.body is not None:
        content = encode_body(spec.body)
        headers["Content-Type"] = "application/json"
    if spec.idempotency_key is not None:
        headers["Idempotency-Key"] = spec.idempotency_key
    if spec.extra_headers:
        headers.update(spec.extra_headers)
    params: dict[str, Any] = dict(settings.default_query)
    if spec.query:
        params.update(
            {
                k: _query_value(v)
                for k, v in spec.query.items()
                if v is not NOT_GIVEN and v is not None
            }
        )
    if spec.extra_query:
        params.update(spec.extra_query)
    timeout = call_timeout(settings, spec)
    url, base_query, origin = _endpoint(settings.base_url, spec.path)
    query = base_query.merge(params) if params else base_query
    # Carried over to redirect requests by httpx; read by ``strip_credential_on_cross_origin``.
    extensions = {
        ORIGIN_EXTENSION: (origin, settings.auth_header),
        LIMITS_EXTENSION: (settings.max_event_bytes, settings.max_body_bytes, timeout.read),
    }
    return http.build_request(
        spec.method,
        url,
        headers=headers,
        params=query or None,
        content=content,
        timeout=timeout,
        extensions=extensions,
    )


def strip_credential_on_cross_origin(request: httpx.Request) -> None:
    """Request hook: drop our credential header once a redirect leaves the origin we called.

    Acts only on requests built by ``build_request`` (and the redirects httpx derives from
    them), so it is safe to add to a caller's own ``httpx.Client``. httpx itself only drops
    ``Authorization``; this also covers ``api-key``/``x-api-key``/custom headers.
    """
    marker = request.extensions.get(ORIGIN_EXTENSION)
    if marker is None:
        return
    origin, auth_header = marker
    url = request.url
    if (url.scheme, url.host, url.port) != origin:
        request.headers.pop(auth_header, None)


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def call_deadline(settings: ClientSettings, spec: RequestSpec[Any]) -> Deadline:
    """The clock of one call, started now: first connect to last byte, retries included.

    A stream's own ``total_timeout`` wins, then the client's; a non-streaming call
    without either gets :data:`DEFAULT_REQUEST_TOTAL_TIMEOUT` unless it passed
    ``timeout=None`` (no limit on that call).
    """
    if not isinstance(spec.total_timeout, NotGiven):
        return Deadline(spec.total_timeout)
    if settings.total_timeout is not None or spec.stream or spec.timeout is None:
        return Deadline(settings.total_timeout)
    return Deadline(DEFAULT_REQUEST_TOTAL_TIMEOUT)


def json_object(response: httpx.Response) -> dict[str, Any]:
    """Decode a 2xx JSON reply that must be an object, or raise ``ResponseValidationError``."""
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
        raise validation_error_from_response(response, "The reply body is not valid JSON") from None
    if not isinstance(data, dict):
        raise validation_error_from_response(response, "The reply body is not a JSON object")
    return data


def parse_model(cls: Any, response: httpx.Response) -> Any:
    """Decode a JSON reply into a generated model.

    The models read anything; only a reply that lacks what a client relies on
    (a response's ``id``, ``status`` and ``output``, say) raises ``ResponseValidationError``.
    """
    model = cls.from_dict(json_object(response))
    missing = unusable(model)
    if missing:
        reasons = ", ".join(f"{key}: {why}" for key, why in missing)
        raise validation_error_from_response(
            response, f"The reply is not a usable {cls.__name__} ({reasons})"
        )
    return model
