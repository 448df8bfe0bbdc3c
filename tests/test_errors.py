"""Tests for the exception hierarchy and the error factories, against real HTTP replies."""

from __future__ import annotations

import json
import pickle
import traceback
from collections.abc import Callable, Mapping

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

from open_responses._error_replies import (
    status_error_from_payload,
    status_error_from_response,
    validation_error_from_response,
)
from open_responses._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    OpenResponsesError,
    PermissionDeniedError,
    PreviousResponseNotFoundError,
    ProtocolError,
    RateLimitError,
    ResponseValidationError,
    StreamError,
    StructuredOutputError,
    UnprocessableEntityError,
)

SECRET = "sk-secret-0123456789"
Fetch = Callable[..., httpx.Response]

PREVIOUS_NOT_FOUND_BODY = {
    "error": {
        "type": "invalid_request",
        "code": "previous_response_not_found",
        "message": "Previous response with id 'x' not found.",
        "param": "previous_response_id",
    }
}


@pytest.fixture
def fetch(httpserver: HTTPServer) -> Fetch:
    """POST to a loopback server that replies with the given status, body and headers."""

    def _fetch(
        status: int,
        body: str | bytes | object = b"",
        *,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        if isinstance(body, (str, bytes)):
            data = body
            content_type = content_type or "text/plain"
        else:
            data = json.dumps(body)
            content_type = content_type or "application/json"
        httpserver.clear()
        httpserver.expect_request("/v1/responses", method="POST").respond_with_data(
            data, status=status, content_type=content_type, headers=dict(headers or {})
        )
        return httpx.post(
            httpserver.url_for("/v1/responses"),
            headers={"Authorization": f"Bearer {SECRET}"},
            json={"model": "m", "input": "hi"},
        )

    return _fetch


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (529, InternalServerError),
        (418, APIStatusError),
        (405, APIStatusError),
    ],
)
def test_status_picks_the_class(fetch: Fetch, status: int, cls: type[APIStatusError]) -> None:
    body = {"error": {"message": "boom", "type": "t", "code": "c", "param": None}}
    response = fetch(status, body)
    error = status_error_from_response(response)
    assert type(error) is cls
    assert isinstance(error, APIStatusError)
    assert isinstance(error, APIError)
    assert isinstance(error, OpenResponsesError)
    assert error.status_code == status
    assert error.message == "boom"
    assert error.code == "c"
    assert error.response is response
    assert error.request is response.request
    assert error.body == body
    assert str(error).startswith(f"{status} " if status != 529 else "HTTP 529: ")
    assert str(error).endswith(": boom (code=c)")


def test_nested_spec_body(fetch: Fetch) -> None:
    response = fetch(404, PREVIOUS_NOT_FOUND_BODY, headers={"x-request-id": "req_1"})
    error = status_error_from_response(response)
    assert error.message == "Previous response with id 'x' not found."
    assert error.code == "previous_response_not_found"
    assert error.type == "invalid_request"
    assert error.param == "previous_response_id"
    assert error.request_id == "req_1"
    assert error.headers["x-request-id"] == "req_1"
    assert str(error) == (
        "404 Not Found: Previous response with id 'x' not found. "
        "(code=previous_response_not_found, param=previous_response_id, request_id=req_1)"
    )


def test_flat_body(fetch: Fetch) -> None:
    body = {"message": "Model not loaded", "code": "model_not_found", "type": "invalid_request"}
    error = status_error_from_response(fetch(400, body))
    assert type(error) is BadRequestError
    assert error.message == "Model not loaded"
    assert error.code == "model_not_found"
    assert error.type == "invalid_request"
    assert error.param is None
    assert str(error) == "400 Bad Request: Model not loaded (code=model_not_found)"


def test_error_as_plain_string(fetch: Fetch) -> None:
    error = status_error_from_response(fetch(401, {"error": "Invalid API key"}))
    assert type(error) is AuthenticationError
    assert error.message == "Invalid API key"
    assert error.code is None


def test_fastapi_detail_string(fetch: Fetch) -> None:
    error = status_error_from_response(fetch(404, {"detail": "Not Found"}))
    assert type(error) is NotFoundError
    assert str(error) == "404 Not Found: Not Found"


def test_fastapi_validation_detail_list(fetch: Fetch) -> None:
    body = {
        "detail": [
            {"loc": ["body", "model"], "msg": "Field required", "type": "missing"},
            {"loc": ["body", "temperature"], "msg": "Input should be <= 2", "type": "le"},
        ]
    }
    error = status_error_from_response(fetch(422, body))
    assert type(error) is UnprocessableEntityError
    assert error.message == "body.model: Field required; body.temperature: Input should be <= 2"
    assert error.body == body


def test_plain_text_body(fetch: Fetch) -> None:
    error = status_error_from_response(fetch(502, "upstream connect error\nor disconnect"))
    assert type(error) is InternalServerError
    assert error.body == "upstream connect error\nor disconnect"
    assert str(error) == "502 Bad Gateway: upstream connect error or disconnect"


def test_html_body_uses_the_title(fetch: Fetch) -> None:
    page = (
        "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
        "</h1></center><hr><center>nginx</center></body></html>" + "<!-- padding -->" * 500
    )
    error = status_error_from_response(fetch(502, page, content_type="text/html"))
    assert type(error) is InternalServerError
    assert str(error) == "502 Bad Gateway: 502 Bad Gateway"
    assert error.body == page  # the full text stays available


def test_long_html_without_title_is_shortened(fetch: Fetch) -> None:
    page = "<html><body>" + "<p>Something went wrong. </p>" * 400 + "</body></html>"
    error = status_error_from_response(fetch(500, page, content_type="text/html"))
    assert "<p>" not in str(error)
    assert str(error).startswith("500 Internal Server Error: Something went wrong.")
    assert str(error).endswith("...")
    assert len(str(error)) < 400
    assert "\n" not in str(error)


@pytest.mark.parametrize("status", [500, 503, 404])
def test_empty_body(fetch: Fetch, status: int) -> None:
    error = status_error_from_response(fetch(status, b""))
    assert error.body is None
    assert error.message == "(empty response body)"
    assert str(error) == f"{status} {httpx.codes.get_reason_phrase(status)}: (empty response body)"


@pytest.mark.parametrize(("code", "expected"), [(1234, "1234"), (500.0, "500"), ("42", "42")])
def test_numeric_code_is_stored_as_text(fetch: Fetch, code: object, expected: str) -> None:
    error = status_error_from_response(fetch(500, {"error": {"message": "x", "code": code}}))
    assert error.code == expected
    assert f"code={expected}" in str(error)


@pytest.mark.parametrize(
    "body",
    [
        [1, 2, 3],
        "just a string",
        None,
        42,
        {},
        {"error": None},
        {"error": 5},
        {"error": {"message": None, "code": {"nested": True}, "param": ["a"]}},
        {"error": {"message": {"text": "inner"}}},
        {"detail": {"weird": [1, 2]}},
        {"message": ["a", "b"]},
    ],
)
def test_odd_json_bodies_never_raise(fetch: Fetch, body: object) -> None:
    error = status_error_from_response(
        fetch(400, json.dumps(body), content_type="application/json")
    )
    assert type(error) is BadRequestError
    assert error.body == body
    assert error.message
    assert "\n" not in str(error)
    assert error.code is None or isinstance(error.code, str)
    assert error.param is None or isinstance(error.param, str)


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        ('{"error": {"message": "trunc', "application/json"),
        ("[" * 100_000, "application/json"),  # deep nesting: RecursionError inside json
        (b"\xff\xfe\x00bad bytes \x80", "application/octet-stream"),
        ("{not json}", "text/plain"),
    ],
)
def test_broken_bodies_never_raise(fetch: Fetch, raw: str | bytes, content_type: str) -> None:
    error = status_error_from_response(fetch(500, raw, content_type=content_type))
    assert type(error) is InternalServerError
    assert isinstance(error.body, str)
    assert error.message
    assert len(str(error)) < 400


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    status=st.integers(min_value=400, max_value=599),
    raw=st.one_of(
        st.binary(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
            lambda children: (
                st.lists(children, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["error", "message", "code", "type", "param", "detail", "x"]),
                    children,
                    max_size=4,
                )
            ),
            max_leaves=12,
        ).map(lambda value: json.dumps(value).encode()),
    ),
)
def test_any_body_gives_a_status_error(fetch: Fetch, status: int, raw: bytes) -> None:
    error = status_error_from_response(fetch(status, raw))
    assert isinstance(error, APIStatusError)
    assert error.status_code == status
    assert isinstance(str(error), str)
    assert isinstance(repr(error), str)


@pytest.mark.parametrize(
    ("status", "also"),
    [(400, BadRequestError), (404, NotFoundError)],
)
def test_previous_response_not_found_is_catchable_both_ways(
    fetch: Fetch, status: int, also: type[APIStatusError]
) -> None:
    response = fetch(status, PREVIOUS_NOT_FOUND_BODY)
    error = status_error_from_response(response)

    with pytest.raises(PreviousResponseNotFoundError):
        raise error
    with pytest.raises(also):
        raise error
    with pytest.raises(APIStatusError):
        raise error
    other = NotFoundError if also is BadRequestError else BadRequestError
    assert not isinstance(error, other)
    assert error.status_code == status
    assert error.param == "previous_response_id"


def test_previous_response_not_found_with_another_status(fetch: Fetch) -> None:
    error = status_error_from_response(fetch(409, PREVIOUS_NOT_FOUND_BODY))
    assert type(error) is PreviousResponseNotFoundError
    assert not isinstance(error, ConflictError)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-request-id": "req_a"}, "req_a"),
        ({"openai-request-id": "req_b"}, "req_b"),
        ({"request-id": "req_c"}, "req_c"),
        ({"X-Request-Id": "req_a", "request-id": "req_c"}, "req_a"),
        ({}, None),
    ],
)
def test_request_id_extraction(fetch: Fetch, headers: dict[str, str], expected: str | None) -> None:
    error = status_error_from_response(fetch(500, {"error": {"message": "x"}}, headers=headers))
    assert error.request_id == expected
    assert (f"request_id={expected}" in str(error)) is (expected is not None)


def test_no_secret_in_str_repr_or_traceback(fetch: Fetch) -> None:
    response = fetch(401, {"error": {"message": "Incorrect API key", "code": "invalid_api_key"}})
    assert response.request.headers["authorization"] == f"Bearer {SECRET}"
    error = status_error_from_response(response)
    rendered = "".join(traceback.format_exception(error))
    for text in (str(error), repr(error), rendered, error.message):
        assert SECRET not in text
        assert "Bearer" not in text


def test_a_key_echoed_by_the_server_is_scrubbed(fetch: Fetch) -> None:
    body = {"error": {"message": f"Incorrect API key provided: {SECRET}.", "code": "invalid"}}
    error = status_error_from_response(fetch(401, body))
    assert SECRET not in str(error)
    assert SECRET not in repr(error)
    assert error.message == "Incorrect API key provided: <redacted>."


def test_recorded_fastresponses_error_body(fetch: Fetch) -> None:
    # The shape of a real fastresponses reply (see ../shared/reference/recordings).
    error = status_error_from_response(fetch(400, PREVIOUS_NOT_FOUND_BODY))
    assert isinstance(error, PreviousResponseNotFoundError)
    assert isinstance(error, BadRequestError)


def test_status_error_pickles(fetch: Fetch) -> None:
    error = status_error_from_response(
        fetch(404, PREVIOUS_NOT_FOUND_BODY, headers={"x-request-id": "r"})
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.code == error.code
    assert copy.request_id == "r"
    assert isinstance(copy, NotFoundError)


def test_pickled_error_carries_no_credential(fetch: Fetch) -> None:
    # fetch() sends "Authorization: Bearer SECRET"; the request rides on the error.
    error = status_error_from_response(fetch(400, {"error": {"message": "bad"}}))
    assert error.request is not None
    assert SECRET.encode() not in pickle.dumps(error)
    connection = APIConnectionError("down", request=error.request)
    assert SECRET.encode() not in pickle.dumps(connection)
    assert pickle.loads(pickle.dumps(connection)).request is None


# --- WebSocket frames and SSE error events -------------------------------------------------


def test_websocket_error_frame() -> None:
    frame = {
        "type": "error",
        "status": 400,
        "error": {
            "code": "previous_response_not_found",
            "message": "Previous response with id 'resp_1' not found.",
            "param": "previous_response_id",
        },
    }
    error = status_error_from_payload(None, frame, {"x-request-id": "req_ws"})
    assert isinstance(error, PreviousResponseNotFoundError)
    assert isinstance(error, BadRequestError)
    assert error.status_code == 400
    assert error.request_id == "req_ws"
    assert error.body == frame
    assert error.response is None
    assert str(error) == (
        "400 Bad Request: Previous response with id 'resp_1' not found. "
        "(code=previous_response_not_found, param=previous_response_id, request_id=req_ws)"
    )


def test_websocket_connection_limit_frame() -> None:
    frame = {
        "type": "error",
        "status": 400,
        "error": {"code": "websocket_connection_limit_reached", "message": "60 minutes reached"},
    }
    error = status_error_from_payload(None, frame)
    assert type(error) is BadRequestError
    assert error.code == "websocket_connection_limit_reached"


def test_explicit_status_wins_over_the_frame() -> None:
    frame = {"type": "error", "status": 400, "error": {"code": "x", "message": "m"}}
    assert type(status_error_from_payload(429, frame)) is RateLimitError


def test_sse_error_event_without_status_infers_class_from_type() -> None:
    event = {
        "type": "error",
        "sequence_number": 2,
        "error": {
            "type": "server_error",
            "code": None,
            "message": "The provider encountered an error",
            "param": None,
            "headers": {"x-request-id": "req_sse"},
        },
    }
    error = status_error_from_payload(None, event)
    assert type(error) is InternalServerError
    assert error.status_code is None
    assert error.type == "server_error"
    assert error.request_id == "req_sse"
    assert str(error) == "Error: The provider encountered an error (request_id=req_sse)"


def test_sse_rate_limit_event_is_a_rate_limit_error() -> None:
    event = {
        "type": "error",
        "error": {"type": "too_many_requests", "code": "rate_limit_exceeded", "message": "slow"},
    }
    assert type(status_error_from_payload(None, event)) is RateLimitError


def test_flat_openai_error_event() -> None:
    event = {
        "type": "error",
        "code": "insufficient_quota",
        "message": "You exceeded your current quota.",
        "param": None,
        "sequence_number": 2,
    }
    error = status_error_from_payload(None, event)
    assert type(error) is APIStatusError
    assert error.type is None  # "error" names the event, not the error
    assert error.code == "insufficient_quota"
    assert error.message == "You exceeded your current quota."


def test_litellm_error_chunk_with_numeric_text_code() -> None:
    chunk = {"error": {"message": "Error processing stream start", "type": "x", "code": "500"}}
    error = status_error_from_payload(None, chunk)
    assert error.code == "500"
    assert error.message == "Error processing stream start"


@given(
    st.dictionaries(
        st.sampled_from(["type", "status", "error", "message", "code", "sequence_number"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
            max_leaves=8,
        ),
    )
)
def test_any_payload_gives_a_status_error(payload: dict[str, object]) -> None:
    error = status_error_from_payload(None, payload)
    assert isinstance(error, APIStatusError)
    assert str(error)
    assert error.message


# --- Other error classes ---------------------------------------------------------------------


def test_validation_error_from_an_html_200(fetch: Fetch) -> None:
    page = (
        "<html><head><title>Sign in to Wi-Fi</title></head><body>" + "x" * 5000 + "</body></html>"
    )
    response = fetch(200, page, content_type="text/html; charset=utf-8")
    error = validation_error_from_response(response, "Expected a JSON response object")
    assert isinstance(error, APIError)
    assert error.status_code == 200
    assert error.content_type == "text/html; charset=utf-8"
    assert error.body == page
    assert error.request is response.request
    assert str(error) == (
        "Expected a JSON response object (HTTP 200, text/html; charset=utf-8): Sign in to Wi-Fi"
    )
    assert SECRET not in repr(error)


def test_validation_error_truncated_json(fetch: Fetch) -> None:
    response = fetch(200, '{"id": "resp_1", "output": [', content_type="application/json")
    error = validation_error_from_response(response)
    assert error.body == '{"id": "resp_1", "output": ['
    assert str(error).endswith('(HTTP 200, application/json): {"id": "resp_1", "output": [')


def test_validation_error_pickles() -> None:
    error = ResponseValidationError("bad", status_code=200, body="<html>", content_type="text/html")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.status_code, copy.body) == (str(error), 200, "<html>")


def test_connection_errors() -> None:
    request = httpx.Request("POST", "http://h/v1/responses", headers={"api-key": SECRET})
    timeout = APITimeoutError(request=request, snapshot={"id": "resp_1"})
    assert isinstance(timeout, APIConnectionError)
    assert isinstance(timeout, APIError)
    assert str(timeout) == "Request timed out."
    assert timeout.snapshot == {"id": "resp_1"}
    assert timeout.request is request
    assert SECRET not in repr(timeout)
    assert str(APIConnectionError()) == "Connection error."
    assert APIConnectionError().snapshot is None


def test_stream_errors() -> None:
    incomplete = IncompleteStreamError(snapshot={"status": "in_progress"}, last_sequence_number=7)
    assert isinstance(incomplete, StreamError)
    assert isinstance(incomplete, APIError)
    assert incomplete.snapshot == {"status": "in_progress"}
    assert incomplete.last_sequence_number == 7
    assert "terminal event" in str(incomplete)

    event = {"type": "response.output_text.delta", "sequence_number": 3}
    violation = ProtocolError("sequence_number went backwards (5 -> 3)", event=event)
    assert isinstance(violation, StreamError)
    assert violation.violation == "sequence_number went backwards (5 -> 3)"
    assert violation.event == event
    assert str(violation) == "Streaming protocol violation: sequence_number went backwards (5 -> 3)"
    copy = pickle.loads(pickle.dumps(violation))
    assert (copy.violation, copy.event, str(copy)) == (violation.violation, event, str(violation))


def test_structured_output_error() -> None:
    error = StructuredOutputError("reply is not valid JSON", raw_text="{oops")
    assert isinstance(error, OpenResponsesError)
    assert not isinstance(error, APIError)
    assert error.raw_text == "{oops"
    assert str(error) == "reply is not valid JSON"
