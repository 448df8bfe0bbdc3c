"""Tests for the retry policy helpers."""

from __future__ import annotations

import dataclasses
import random
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from pytest_httpserver import HTTPServer

from open_responses._retry import (
    MAX_RETRY_AFTER_SECONDS,
    RetryConfig,
    backoff_delay,
    is_retryable_status,
    new_idempotency_key,
    retry_after_seconds,
)

NOW = datetime(2026, 4, 24, 12, 0, 0, tzinfo=UTC)
NO_JITTER = RetryConfig(jitter=0.0)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (422, False),
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
    ],
)
def test_retryable_statuses(status: int, expected: bool) -> None:
    assert is_retryable_status(status, httpx.Headers()) is expected
    assert is_retryable_status(status, {}) is expected


@pytest.mark.parametrize(
    ("status", "value", "expected"),
    [
        (400, "true", True),
        (400, "TRUE", True),
        (404, " true ", True),
        (503, "false", False),
        (429, "False", False),
        (503, "maybe", True),  # an unknown value is ignored
        (400, "yes", False),
    ],
)
def test_x_should_retry_wins(status: int, value: str, expected: bool) -> None:
    assert is_retryable_status(status, httpx.Headers({"x-should-retry": value})) is expected
    assert is_retryable_status(status, {"X-Should-Retry": value}) is expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250.5"}, 0.2505),
        ({"retry-after-ms": "0"}, 0.0),
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"Retry-After": " 3 "}, 3.0),
        ({"retry-after": "60"}, 60.0),
        # retry-after-ms is preferred; an unusable one falls back to retry-after.
        ({"retry-after-ms": "100", "retry-after": "5"}, 0.1),
        ({"retry-after-ms": "junk", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "-5", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "600000", "retry-after": "5"}, 5.0),
        # Ignored: negative, unparsable, absurd, not finite.
        ({"retry-after": "-1"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({"retry-after": "3600"}, None),
        ({"retry-after": "61"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after-ms": "nan"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx.Headers(headers), now=NOW) == expected
    assert retry_after_seconds(headers, now=NOW) == expected


def test_retry_after_none_headers() -> None:
    assert retry_after_seconds(None) is None


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(30, 30.0), (0, 0.0), (60, 60.0), (61, None), (-10, None), (3600, None)],
)
def test_retry_after_http_date(offset: int, expected: float | None) -> None:
    date = format_datetime(NOW + timedelta(seconds=offset), usegmt=True)
    assert retry_after_seconds({"retry-after": date}, now=NOW) == expected


def test_retry_after_date_with_unknown_zone_is_read_as_utc() -> None:
    # "-0000" makes parsedate_to_datetime return a naive datetime.
    assert retry_after_seconds({"retry-after": "Fri, 24 Apr 2026 12:00:20 -0000"}, now=NOW) == 20.0


def test_retry_after_date_against_the_real_clock() -> None:
    date = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    waited = retry_after_seconds({"retry-after": date})
    assert waited is not None
    assert 28.0 <= waited <= 30.0  # the header has whole-second resolution


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_delay(attempt, NO_JITTER) for attempt in range(8)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0]


def test_backoff_survives_huge_and_negative_attempts() -> None:
    assert backoff_delay(10_000, NO_JITTER) == 8.0
    assert backoff_delay(-3, NO_JITTER) == 0.5


def test_backoff_uses_custom_config() -> None:
    config = RetryConfig(initial_delay=0.1, max_delay=0.3, jitter=0.0)
    assert [backoff_delay(a, config) for a in range(4)] == pytest.approx([0.1, 0.2, 0.3, 0.3])


def test_jitter_stays_within_bounds() -> None:
    config = RetryConfig()  # jitter 0.25
    rng = random.Random(1234)
    for attempt in range(6):
        base = min(config.initial_delay * 2**attempt, config.max_delay)
        draws = [backoff_delay(attempt, config, rng=rng) for _ in range(500)]
        assert all(base * (1 - config.jitter) <= d <= base for d in draws)
        # The jitter really spreads the delays over most of the allowed band.
        assert max(draws) - min(draws) > base * config.jitter * 0.9


def test_jitter_is_reproducible_with_a_seeded_rng() -> None:
    first = [backoff_delay(a, RetryConfig(), rng=random.Random(7)) for a in range(5)]
    second = [backoff_delay(a, RetryConfig(), rng=random.Random(7)) for a in range(5)]
    assert first == second


def test_backoff_honours_retry_after_exactly() -> None:
    rng = random.Random(0)
    assert backoff_delay(0, RetryConfig(), httpx.Headers({"retry-after": "20"}), rng) == 20.0
    assert backoff_delay(5, RetryConfig(), {"retry-after-ms": "1234"}, rng) == 1.234


def test_backoff_ignores_absurd_retry_after() -> None:
    headers = {"retry-after": str(int(MAX_RETRY_AFTER_SECONDS) * 100)}
    assert backoff_delay(1, NO_JITTER, headers) == 1.0


def test_policy_on_a_real_429_reply(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/responses").respond_with_json(
        {"error": {"message": "slow down"}},
        status=429,
        headers={"Retry-After": "7", "X-Should-Retry": "true"},
    )
    response = httpx.post(httpserver.url_for("/v1/responses"), json={})
    assert is_retryable_status(response.status_code, response.headers)
    assert backoff_delay(0, RetryConfig(), response.headers) == 7.0


def test_no_retry_on_a_real_400_reply(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/responses").respond_with_json(
        {"error": {"message": "bad"}}, status=400
    )
    response = httpx.post(httpserver.url_for("/v1/responses"), json={})
    assert not is_retryable_status(response.status_code, response.headers)


def test_retry_config_defaults_and_frozen() -> None:
    config = RetryConfig()
    assert (config.max_retries, config.initial_delay, config.max_delay, config.jitter) == (
        2,
        0.5,
        8.0,
        0.25,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.max_retries = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_delay": -0.1},
        {"initial_delay": float("nan")},
        {"max_delay": 0.1},  # below initial_delay
        {"max_delay": float("inf")},
        {"jitter": 1.5},
        {"jitter": -0.1},
    ],
)
def test_retry_config_rejects_nonsense(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryConfig(**kwargs)  # type: ignore[arg-type]


def test_idempotency_keys_are_unique_uuids() -> None:
    keys = {new_idempotency_key() for _ in range(1000)}
    assert len(keys) == 1000
    for key in list(keys)[:10]:
        assert uuid.UUID(key).version == 4
