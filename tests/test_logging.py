"""Tests for header redaction and opt-in logging from the environment."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import httpx
import pytest

from open_responses._logging import ENV_VAR, logger, redact_headers, setup_logging_from_env

R = "<redacted>"


@pytest.fixture
def clean_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    """Give the test an unconfigured library logger and restore its state afterwards."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    saved = (logger.level, list(logger.handlers), logger.propagate)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
    try:
        yield logger
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        level, handlers, propagate = saved
        logger.setLevel(level)
        for handler in handlers:
            logger.addHandler(handler)
        logger.propagate = propagate


@pytest.mark.parametrize(
    ("name", "redacted"),
    [
        ("Authorization", True),
        ("authorization", True),
        ("Proxy-Authorization", True),
        ("api-key", True),
        ("X-API-Key", True),
        ("Cookie", True),
        ("Set-Cookie", True),
        ("X-Goog-Api-Key", True),
        ("X-Session-Token", True),
        ("X-Client-Secret", True),
        ("OpenAI-Organization", False),
        ("Content-Type", False),
        ("User-Agent", False),
        ("X-Request-Id", False),
        ("Idempotency-Key", False),
        ("x-ratelimit-remaining-tokens", False),
    ],
)
def test_redaction_by_name(name: str, redacted: bool) -> None:
    result = redact_headers({name: "value-123"})
    assert result == {name: R if redacted else "value-123"}


def test_redact_httpx_headers_and_keep_the_original() -> None:
    headers = httpx.Headers(
        {
            "Authorization": "Bearer sk-secret",
            "Content-Type": "application/json",
            "x-api-key": "k",
        }
    )
    result = redact_headers(headers)
    assert result == {"authorization": R, "content-type": "application/json", "x-api-key": R}
    assert headers["authorization"] == "Bearer sk-secret"  # input left untouched
    assert "sk-secret" not in repr(result)


def test_redact_from_the_request_httpx_would_send() -> None:
    client = httpx.Client(headers={"Authorization": "Bearer sk-secret", "User-Agent": "t/1"})
    with client:
        request = client.build_request("POST", "http://h/v1/responses", json={"a": 1})
    result = redact_headers(request.headers)
    assert result["authorization"] == R
    assert result["user-agent"] == "t/1"
    assert result["content-type"] == "application/json"
    assert "sk-secret" not in str(result)


def test_redact_repeated_headers() -> None:
    pairs = [("Cookie", "a=1"), ("Cookie", "b=2"), ("Accept", "x"), ("Accept", "y")]
    assert redact_headers(pairs) == {"Cookie": f"{R}, {R}", "Accept": "x, y"}


def test_no_logging_configured_by_default(clean_logger: logging.Logger) -> None:
    assert setup_logging_from_env() is None
    assert clean_logger.handlers == []
    assert clean_logger.level == logging.NOTSET


@pytest.mark.parametrize("value", ["", "off", "verbose", "warning"])
def test_other_values_do_nothing(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    assert setup_logging_from_env() is None
    assert clean_logger.handlers == []
    assert clean_logger.level == logging.NOTSET


@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", logging.DEBUG), ("DEBUG", logging.DEBUG), (" Info ", logging.INFO)],
)
def test_env_activates_a_stderr_handler(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv(ENV_VAR, value)
    handler = setup_logging_from_env()
    assert handler is not None
    assert clean_logger.handlers == [handler]
    assert clean_logger.level == level
    assert handler.level == level
    assert isinstance(handler, logging.StreamHandler)
    assert handler.stream is sys.stderr

    # A second call neither reads again nor stacks another handler.
    monkeypatch.setenv(ENV_VAR, "info" if level == logging.DEBUG else "debug")
    assert setup_logging_from_env() is handler
    assert clean_logger.handlers == [handler]
    assert clean_logger.level == level


def test_debug_messages_reach_stderr(
    clean_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_VAR, "debug")
    setup_logging_from_env()
    clean_logger.getChild("http").debug("request headers: %s", redact_headers({"api-key": "k1"}))
    err = capsys.readouterr().err
    assert "DEBUG open_responses.http: request headers: {'api-key': '<redacted>'}" in err
    assert "k1'" not in err


def test_info_level_hides_debug(
    clean_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_VAR, "info")
    setup_logging_from_env()
    clean_logger.debug("hidden detail")
    clean_logger.info("retrying request")
    err = capsys.readouterr().err
    assert "retrying request" in err
    assert "hidden detail" not in err


def test_caplog_sees_library_records(
    clean_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="open_responses"):
        clean_logger.debug("hello")
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("open_responses", logging.DEBUG, "hello")
    ]
