"""Tests for base-URL normalization and URL joining."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from open_responses._errors import InvalidArgumentError
from open_responses._urls import join_url, normalize_base_url, to_websocket_url

NORMALIZATION_TABLE = [
    # No scheme: http for loopback and host:port, https for other bare hosts.
    ("localhost:1234", "http://localhost:1234/v1"),
    ("localhost", "http://localhost/v1"),
    ("127.0.0.1:8080", "http://127.0.0.1:8080/v1"),
    ("127.0.0.1", "http://127.0.0.1/v1"),
    ("[::1]:8080", "http://[::1]:8080/v1"),
    ("0.0.0.0:8000", "http://0.0.0.0:8000/v1"),
    ("192.168.1.20", "http://192.168.1.20/v1"),
    ("myhost:8080", "http://myhost:8080/v1"),
    ("api.example.com", "https://api.example.com/v1"),
    ("api.example.com:443", "https://api.example.com:443/v1"),
    ("api.example.com/v1", "https://api.example.com/v1"),
    ("//api.example.com/v1", "https://api.example.com/v1"),
    # Endpoint suffixes and trailing slashes.
    ("http://h:1234", "http://h:1234/v1"),
    ("http://h:1234/", "http://h:1234/v1"),
    ("http://h:1234/v1", "http://h:1234/v1"),
    ("http://h:1234/v1/", "http://h:1234/v1"),
    ("http://h:1234/v1/responses", "http://h:1234/v1"),
    ("http://h:1234/v1/responses/", "http://h:1234/v1"),
    ("http://h:1234/v1//", "http://h:1234/v1"),
    ("http://h:1234/responses", "http://h:1234/v1"),
    # A prefix without a version gets /v1.
    ("https://openrouter.ai/api", "https://openrouter.ai/api/v1"),
    ("https://openrouter.ai/api/", "https://openrouter.ai/api/v1"),
    ("https://openrouter.ai/api/v1", "https://openrouter.ai/api/v1"),
    ("https://openrouter.ai/api/v1/responses", "https://openrouter.ai/api/v1"),
    # Version segments among the last two segments are kept.
    ("https://h/v2", "https://h/v2"),
    ("https://h/v1beta", "https://h/v1beta"),
    ("https://h/v1alpha/", "https://h/v1alpha"),
    ("https://h/v1beta/openai", "https://h/v1beta/openai"),
    ("https://h/v1beta/openai/responses", "https://h/v1beta/openai"),
    ("https://h/openai/v1", "https://h/openai/v1"),
    ("https://h/api/v1", "https://h/api/v1"),
    ("https://h/a/b/v3", "https://h/a/b/v3"),
    ("https://h/v1/a/b", "https://h/v1/a/b/v1"),
    ("https://h/version", "https://h/version/v1"),
    # Query strings are kept; fragments dropped; whitespace and scheme case fixed.
    (
        "https://x.openai.azure.com/openai/v1?api-version=preview",
        "https://x.openai.azure.com/openai/v1?api-version=preview",
    ),
    (
        "https://x.openai.azure.com/openai/v1/responses/?api-version=preview",
        "https://x.openai.azure.com/openai/v1?api-version=preview",
    ),
    ("https://x.example.com?k=v", "https://x.example.com/v1?k=v"),
    ("  http://h:1234/v1  \n", "http://h:1234/v1"),
    ("HTTPS://h/v1", "https://h/v1"),
    ("http://h/v1#section", "http://h/v1"),
    # WebSocket schemes map to their HTTP counterparts.
    ("ws://localhost:8000", "http://localhost:8000/v1"),
    ("wss://h/v1", "https://h/v1"),
]


@pytest.mark.parametrize(("given_url", "expected"), NORMALIZATION_TABLE)
def test_normalize_base_url(given_url: str, expected: str) -> None:
    assert normalize_base_url(given_url) == expected


@pytest.mark.parametrize(("given_url", "expected"), NORMALIZATION_TABLE)
def test_normalize_is_idempotent(given_url: str, expected: str) -> None:
    assert normalize_base_url(expected) == expected


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("ftp://h/v1", "unsupported scheme 'ftp'"),
        ("http://", "no host"),
        ("http://h:notaport/v1", "not a valid URL"),
    ],
)
def test_normalize_rejects_bad_bases_with_a_clear_message(bad: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        normalize_base_url(bad)


def test_error_message_masks_credentials_in_the_url() -> None:
    with pytest.raises(ValueError) as info:
        normalize_base_url("ftp://user:hunter2@h/v1")
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    ("base", "path", "expected"),
    [
        ("http://h:1/v1", "responses", "http://h:1/v1/responses"),
        ("http://h:1/v1/", "/responses", "http://h:1/v1/responses"),
        ("http://h:1/v1", "responses/resp_1/cancel", "http://h:1/v1/responses/resp_1/cancel"),
        (
            "https://x.azure.com/openai/v1?api-version=preview",
            "responses",
            "https://x.azure.com/openai/v1/responses?api-version=preview",
        ),
        (
            "https://x.azure.com/openai/v1?api-version=preview",
            "responses/r1?include=a.b",
            "https://x.azure.com/openai/v1/responses/r1?api-version=preview&include=a.b",
        ),
        # The path's value wins for a key in both; the base's encoding is kept.
        ("https://h/v1?a=1&b=x%2Fy", "responses?a=2", "https://h/v1/responses?b=x%2Fy&a=2"),
        ("https://h/v1?", "responses", "https://h/v1/responses"),
        ("https://h/v1#frag", "responses", "https://h/v1/responses"),
        ("https://h/v1", "", "https://h/v1"),
        # Verbatim (not normalized) bases work too.
        ("http://proxy.local/custom/path", "responses", "http://proxy.local/custom/path/responses"),
        ("http://h:1", "responses", "http://h:1/responses"),
    ],
)
def test_join_url(base: str, path: str, expected: str) -> None:
    assert join_url(base, path) == expected


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("http://localhost:1234/v1", "ws://localhost:1234/v1/responses"),
        ("https://api.example.com/v1", "wss://api.example.com/v1/responses"),
        ("HTTPS://api.example.com/v1/", "wss://api.example.com/v1/responses"),
        (
            "https://x.azure.com/openai/v1?api-version=preview",
            "wss://x.azure.com/openai/v1/responses?api-version=preview",
        ),
        ("wss://h/v1", "wss://h/v1/responses"),
    ],
)
def test_to_websocket_url(base: str, expected: str) -> None:
    assert to_websocket_url(base) == expected


@pytest.mark.parametrize("base", ["localhost:1234/v1", "ftp://h/v1"])
def test_to_websocket_url_needs_an_http_scheme(base: str) -> None:
    with pytest.raises(ValueError, match="http or https"):
        to_websocket_url(base)


_segment = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=8)


@given(
    scheme=st.sampled_from(["", "http://", "https://"]),
    host=st.sampled_from(["localhost:8080", "api.example.com", "10.0.0.7", "[::1]:9"]),
    segments=st.lists(_segment | st.sampled_from(["v1", "v2beta", "responses"]), max_size=4),
    slash=st.booleans(),
    query=st.sampled_from(["", "?api-version=1", "?a=b&c=d"]),
)
def test_normalized_bases_are_stable_and_end_in_a_version(
    scheme: str, host: str, segments: list[str], slash: bool, query: str
) -> None:
    url = scheme + host + "".join("/" + s for s in segments) + ("/" if slash else "") + query
    normalized = normalize_base_url(url)
    assert normalize_base_url(normalized) == normalized
    assert normalized.startswith(("http://", "https://"))
    path = normalized.partition("?")[0].split("/", 3)[3]
    assert any(seg[0] == "v" and seg[1:2].isdigit() for seg in path.split("/")[-2:])
    assert normalized.endswith(query) if query else "?" not in normalized
    assert join_url(normalized, "responses").partition("?")[0].endswith("/responses")


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("ht!tp://bad url", "whitespace"),
        ("http://bad host/v1", "whitespace"),
        ("ht!tp://bad", "malformed scheme 'ht!tp'"),
        ("://h/v1", "malformed scheme"),
        ("http://bad_host!/v1", "invalid host name"),
        ("http://a..b/v1", "invalid host name"),
        ("http://-x.example.com", "invalid host name"),
        ("bad!host:8080", "invalid host name"),
    ],
)
def test_malformed_urls_are_rejected_with_the_reason(bad: str, fragment: str) -> None:
    with pytest.raises(InvalidArgumentError, match=fragment):
        normalize_base_url(bad)


def test_the_client_rejects_a_malformed_url_before_any_request() -> None:
    from open_responses import Client

    with pytest.raises(InvalidArgumentError, match="whitespace"):
        Client(base_url="ht!tp://bad url")
