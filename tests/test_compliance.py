"""The compliance runner (``open_responses.testing.compliance``) against real local servers.

A runner is only useful if it can fail, so besides the embedded server passing
every scenario, broken servers (the embedded one scripted to misbehave, and
hand-written replies from pytest-httpserver) must make the relevant scenario fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from open_responses.testing import (
    Reply,
    ResponsesServer,
    http_error,
    output_items,
    response_resource,
)
from open_responses.testing.compliance import (
    SCENARIO_IDS,
    ScenarioResult,
    run_compliance,
    validate_payload,
)

HTTP_IDS = [s for s in SCENARIO_IDS if not s.startswith("websocket-")]
WS_IDS = [s for s in SCENARIO_IDS if s.startswith("websocket-")]


@pytest.fixture
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as running:
        yield running


def _by_id(results: list[ScenarioResult]) -> dict[str, ScenarioResult]:
    return {r.id: r for r in results}


def _failures(results: list[ScenarioResult]) -> str:
    return "\n".join(f"{r.id}: {r.detail}" for r in results if not r.passed)


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "open_responses.testing.compliance", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _resource(**overrides: Any) -> dict[str, Any]:
    """A complete, valid ResponseResource body (for hand-written server replies)."""
    hello = {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": "Hi", "annotations": []}],
    }
    fields = {"output": [hello], "created_at": 1, "completed_at": 2, "model": "m", **overrides}
    return response_resource(**fields)


# -- the embedded server is compliant ---------------------------------------------------


def test_scenario_ids_are_the_upstream_seventeen() -> None:
    assert len(SCENARIO_IDS) == 17
    assert len(HTTP_IDS) == 10
    assert len(WS_IDS) == 7


def test_every_http_scenario_passes_against_the_embedded_server(server: ResponsesServer) -> None:
    results = run_compliance(server.base_url, api_key="test-key", filter=HTTP_IDS)
    assert [r.id for r in results] == HTTP_IDS
    assert all(r.passed and not r.skipped for r in results), _failures(results)
    assert all(r.duration >= 0 for r in results)
    # Real requests reached the server: every scenario but the local one made at least one.
    posts = [r for r in server.app.requests if r.method == "POST"]
    assert len(posts) >= len(HTTP_IDS) - 1
    assert all(r.headers.get("authorization") == "Bearer test-key" for r in posts)


def test_every_websocket_scenario_passes_against_the_embedded_server(
    server: ResponsesServer,
) -> None:
    pytest.importorskip("websockets")
    results = run_compliance(server.base_url, api_key="test-key", filter=WS_IDS)
    assert [r.id for r in results] == WS_IDS
    assert all(r.passed and not r.skipped for r in results), _failures(results)
    turns = [r for r in server.app.requests if r.method == "WEBSOCKET"]
    assert len(turns) >= len(WS_IDS)


def test_scenario_checks_are_specific(server: ResponsesServer) -> None:
    results = _by_id(run_compliance(server.base_url, filter=HTTP_IDS))
    assert "function_call get_weather" in results["tool-calling"].detail
    assert "rejected with HTTP 400" in results["compact-missing-model"].detail
    assert "all typed" in results["streaming-response"].detail
    image = next(
        r.json for r in server.app.requests if r.json and "image" in json.dumps(r.json["input"])
    )
    part = image["input"][0]["content"][1]
    assert part["type"] == "input_image"
    assert part["image_url"].startswith("data:image/png;base64,iVBORw0KGgo")


def test_custom_auth_header_without_bearer(server: ResponsesServer) -> None:
    results = run_compliance(
        server.base_url,
        api_key="k-123",
        auth_header="x-api-key",
        bearer=False,
        filter="basic-response",
    )
    assert results[0].passed, results[0].detail
    headers = server.app.requests[-1].headers
    assert headers["x-api-key"] == "k-123"
    assert "authorization" not in headers


def test_cli_entry_exits_zero_and_prints_json(server: ResponsesServer) -> None:
    done = _run_cli("--base-url", server.base_url, "--filter", ",".join(HTTP_IDS), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    rows = json.loads(done.stdout)
    assert [row["id"] for row in rows] == HTTP_IDS
    assert all(row["outcome"] == "passed" for row in rows)


def test_cli_table(server: ResponsesServer) -> None:
    done = _run_cli("-u", server.base_url, "-f", "basic-response,compact-missing-model")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["SCENARIO", "RESULT", "TIME"]
    assert lines[1].split()[:2] == ["basic-response", "PASS"]
    assert lines[2].split()[:2] == ["compact-missing-model", "PASS"]
    assert lines[-1] == "2 passed, 0 failed, 0 skipped"


def test_unknown_filter_id_is_a_usage_error(server: ResponsesServer) -> None:
    with pytest.raises(ValueError, match="unknown scenario id"):
        run_compliance(server.base_url, filter="basic-response,no-such-test")
    done = _run_cli("--base-url", server.base_url, "--filter", "no-such-test")
    assert done.returncode == 2
    assert "unknown scenario id(s): no-such-test" in done.stderr


# -- broken servers make scenarios fail ----------------------------------------------------


def test_html_page_with_status_200_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(html=True))
    (result,) = run_compliance(server.base_url, filter="basic-response")
    assert result.failed
    assert "not valid JSON" in result.detail


def test_cli_exits_nonzero_when_a_scenario_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(html=True))
    done = _run_cli("--base-url", server.base_url, "--filter", "basic-response")
    assert done.returncode == 1
    assert "FAIL" in done.stdout
    assert "0 passed, 1 failed" in done.stdout


def test_html_reply_to_a_stream_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(html=True))
    (result,) = run_compliance(server.base_url, filter="streaming-response")
    assert result.failed, result.detail


def test_malformed_stream_event_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(malformed_at=3))
    (result,) = run_compliance(server.base_url, filter="streaming-response")
    assert result.failed
    assert "event 3" in result.detail
    assert "does not validate" in result.detail


def test_stream_without_terminal_event_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(cut_after=4))
    (result,) = run_compliance(server.base_url, filter="streaming-response")
    assert result.failed, result.detail


def test_failed_response_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(fail_after=3))
    (result,) = run_compliance(server.base_url, filter="streaming-response")
    assert result.failed
    assert "'failed'" in result.detail


def test_known_item_type_that_does_not_fit_its_schema_fails(server: ResponsesServer) -> None:
    # A reasoning item without its required summary falls back to UnknownItem.
    server.app.model.enqueue(output_items([{"type": "reasoning", "id": "rs_1"}]))
    (result,) = run_compliance(server.base_url, filter="basic-response")
    assert result.failed
    assert "$.output[0].summary: missing required field" in result.detail


def test_extension_item_types_are_tolerated(server: ResponsesServer) -> None:
    server.app.model.enqueue(
        output_items(
            [
                {"type": "acme:search_result", "id": "x_1", "hits": 3},
                {"type": "message", "content": "Hello"},
            ]
        )
    )
    (result,) = run_compliance(server.base_url, filter="basic-response")
    assert result.passed, result.detail


def test_tool_calling_fails_without_a_function_call(server: ResponsesServer) -> None:
    server.app.model.enqueue("I will not call any tool.")
    (result,) = run_compliance(server.base_url, filter="tool-calling")
    assert result.failed
    assert "no function_call item" in result.detail


def test_http_error_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(http_error(500, "boom"))
    (result,) = run_compliance(server.base_url, filter="basic-response")
    assert result.failed
    assert result.detail.startswith("HTTP 500")


def test_incomplete_response_fails(server: ResponsesServer) -> None:
    server.app.model.enqueue(Reply(incomplete=True))
    (result,) = run_compliance(server.base_url, filter="basic-response")
    assert result.failed
    assert "'incomplete'" in result.detail


def test_missing_required_properties_fail(httpserver: Any) -> None:
    # The generated model accepts this (it is lenient), the compliance check must not.
    lean = {
        k: v
        for k, v in _resource().items()
        if k in ("id", "object", "created_at", "status", "model")
    }
    lean["output"] = _resource()["output"]
    httpserver.expect_request("/v1/responses", method="POST").respond_with_json(lean)
    (result,) = run_compliance(httpserver.url_for("/v1"), filter="basic-response")
    assert result.failed
    assert "$.completed_at: missing required field" in result.detail
    assert "completed_at" in result.detail


def test_a_complete_hand_written_response_passes(httpserver: Any) -> None:
    httpserver.expect_request("/v1/responses", method="POST").respond_with_json(_resource())
    (result,) = run_compliance(httpserver.url_for("/v1"), filter="basic-response")
    assert result.passed, result.detail


def test_compact_without_model_must_be_rejected(httpserver: Any) -> None:
    httpserver.expect_request("/v1/responses/compact", method="POST").respond_with_json(
        {"id": "c", "object": "response.compaction", "output": [], "created_at": 1, "usage": {}}
    )
    (result,) = run_compliance(httpserver.url_for("/v1"), filter="compact-missing-model")
    assert result.failed
    assert "expected HTTP 400 or 422, got 200" in result.detail


def test_compact_response_needs_a_compaction_item(httpserver: Any) -> None:
    usage = {
        "input_tokens": 1,
        "output_tokens": 0,
        "total_tokens": 1,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    }
    httpserver.expect_request("/v1/responses/compact", method="POST").respond_with_json(
        {"id": "c", "object": "response.compaction", "output": [], "created_at": 1, "usage": usage}
    )
    (result,) = run_compliance(httpserver.url_for("/v1"), filter="compact-response")
    assert result.failed
    assert "no compaction item" in result.detail


def test_unreachable_server_fails_every_scenario_without_raising() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    results = run_compliance(f"http://127.0.0.1:{port}/v1", filter=HTTP_IDS, timeout=5)
    by_id = _by_id(results)
    assert by_id["response-output-phase-schema"].passed  # local, no request
    assert all(r.failed for r in results if r.id != "response-output-phase-schema")
    assert "Connection" in by_id["basic-response"].detail


# -- validation helper ---------------------------------------------------------------------


def test_validate_payload_reports_fallbacks_and_missing_keys() -> None:
    _, problems = validate_payload("ResponseResource", _resource())
    assert problems == []
    broken = _resource(output=[{"type": "message", "id": "m", "status": "completed"}])
    _, problems = validate_payload("ResponseResource", broken)
    assert "$.output[0].role: missing required field" in problems
    assert "$.output[0].content: missing required field" in problems
    wrong = _resource(status=5, output=[{"type": "message", "id": "m", "role": None}])
    _, problems = validate_payload("ResponseResource", wrong)
    assert "$.status: expected string, got integer" in problems
    assert "$.output[0].role: null is not allowed here" in problems
    _, problems = validate_payload("ResponseResource", "not an object")
    assert problems == ["the body is not a JSON object but str"]


# -- WebSocket scenarios -------------------------------------------------------------------


def test_websocket_scenarios_fail_without_the_websockets_package(
    server: ResponsesServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry in sys.modules makes the package unimportable, as if it were not installed.
    monkeypatch.setitem(sys.modules, "websockets", None)
    results = run_compliance(server.base_url, filter=WS_IDS)
    assert [r.outcome for r in results] == ["failed"] * len(WS_IDS)
    assert all(r.detail.startswith("WebSocketUnavailableError: ") for r in results), results


def test_websocket_scenarios_against_a_loopback_websocket_server() -> None:
    pytest.importorskip("websockets")
    with ResponsesServer() as server:  # the embedded server's WebSocket mode
        results = run_compliance(server.base_url, filter=WS_IDS)
    assert all(r.passed for r in results), _failures(results)


def test_websocket_scenarios_fail_against_a_server_without_websocket(
    httpserver: HTTPServer,
) -> None:
    pytest.importorskip("websockets")
    # A plain HTTP server refuses the upgrade: the scenario must fail, not pass or skip.
    (result,) = run_compliance(httpserver.url_for("/"), filter="websocket-response")
    assert result.failed
