"""A spec change reaches users through the README's two regeneration commands, with no hand edit.

A copy of the upstream spec gets a new request/response field, event, output item
type, content type, enum value and operation; ``import_spec.py`` and ``generate.py``
run in a temporary copy of the project; then the new things are checked: typed for
``mypy --strict``, parsed into their own classes, and the new operation sent over
loopback from both clients.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT_ROOT, reference_path

REF = "#/components/schemas/"


def _object(type_tag: str, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type", *properties],
        "properties": {"type": {"type": "string", "enum": [type_tag]}, **properties},
    }


def _modified(upstream: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(upstream)
    schemas = spec["components"]["schemas"]
    schemas["CreateResponseBody"]["properties"]["drill_hint"] = {"type": "string"}
    schemas["ResponseResource"]["properties"]["drill_hint"] = {"type": "string"}
    schemas["WidgetItem"] = _object("widget", id={"type": "string"}, size={"type": "integer"})
    schemas["ItemField"]["oneOf"].append({"$ref": REF + "WidgetItem"})
    schemas["StickerContent"] = _object("sticker", url={"type": "string"})
    schemas["Message"]["properties"]["content"]["items"]["oneOf"].append(
        {"$ref": REF + "StickerContent"}
    )
    schemas["MessageStatus"]["enum"].append("archived")
    schemas["ResponseFooDeltaStreamingEvent"] = _object(
        "response.foo.delta", sequence_number={"type": "integer"}, delta={"type": "string"}
    )
    stream = spec["paths"]["/responses"]["post"]["responses"]["200"]["content"]
    stream["text/event-stream"]["schema"]["oneOf"].append(
        {"$ref": REF + "ResponseFooDeltaStreamingEvent"}
    )
    spec["paths"]["/responses/{response_id}/summary"] = {
        "post": {
            "operationId": "getResponseSummary",
            "parameters": [
                {"name": "response_id", "in": "path", "required": True,
                 "schema": {"type": "string"}},
            ],
            "requestBody": {"content": {"application/json": {"schema": {
                "$ref": REF + "SummaryRequest"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {
                "schema": {"$ref": REF + "SummaryResource"}}}}},
        }
    }  # fmt: skip
    schemas["SummaryRequest"] = {"type": "object", "properties": {"words": {"type": "integer"}}}
    schemas["SummaryResource"] = {
        "type": "object",
        "required": ["summary"],
        "properties": {"summary": {"type": "string"}},
    }
    return spec


CHECKS = r"""
import asyncio, json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from open_responses import AsyncClient, Client
from open_responses._events import parse_event
from open_responses.types import (
    Message, ResponseFooDeltaStreamingEvent, ResponseResource, StickerContent, WidgetItem,
)

event = parse_event({"type": "response.foo.delta", "sequence_number": 1, "delta": "x"})
assert type(event) is ResponseFooDeltaStreamingEvent and event.delta == "x"
resource = ResponseResource.from_dict({
    "id": "r", "object": "response", "created_at": 1, "model": "m", "status": "completed",
    "drill_hint": "h",
    "output": [
        {"type": "widget", "id": "w", "size": 3},
        {"type": "message", "id": "m", "role": "assistant", "status": "archived",
         "content": [{"type": "sticker", "url": "u"}]},
    ],
})
widget, message = resource.output
assert type(widget) is WidgetItem and widget.size == 3
assert type(message) is Message and message.status == "archived"
assert type(message.content[0]) is StickerContent
assert resource.drill_hint == "h"

seen = []

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        seen.append((self.command, self.path, body))
        data = json.dumps({"summary": "short"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}"
result = Client(base_url=base, api_key="k").responses.get_summary("resp_1", words=5)
assert result.summary == "short"

async def main():
    async with AsyncClient(base_url=base, api_key="k") as client:
        return await client.responses.get_summary("resp_1", words=7)

assert asyncio.run(main()).summary == "short"
server.shutdown()
assert seen == [
    ("POST", "/v1/responses/resp_1/summary", {"words": 5}),
    ("POST", "/v1/responses/resp_1/summary", {"words": 7}),
], seen
print("drill ok")
"""

TYPED = """
from open_responses import Client


def main(client: Client) -> str:
    response = client.responses.create(model="m", input="hi", drill_hint="short")
    summary = client.responses.get_summary("resp_1", words=3)
    return str(summary.summary) + response.output_text
"""


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=600, env={"PATH": "", **env}
    )


@pytest.fixture(scope="module")
def drilled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    upstream = json.loads(
        reference_path("openresponses", "openapi.json").read_text(encoding="utf-8")
    )
    root = tmp_path_factory.mktemp("drill") / "project"
    root.mkdir()
    for name in ("open_responses", "scripts", "openapi"):
        shutil.copytree(
            PROJECT_ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    for name in ("generator-config.yaml", "pyproject.toml"):
        shutil.copy(PROJECT_ROOT / name, root / name)
    source = root / "modified-openapi.json"
    source.write_text(json.dumps(_modified(upstream)), encoding="utf-8")
    for step in (["scripts/import_spec.py", str(source)], ["scripts/generate.py"]):
        done = _run([sys.executable, *step], root)
        assert done.returncode == 0, done.stdout + done.stderr
    return root


def test_new_spec_members_arrive_as_classes_and_the_operation_runs(drilled: Path) -> None:
    done = _run([sys.executable, "-c", CHECKS], drilled, PYTHONPATH=str(drilled))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drill ok" in done.stdout


def test_new_field_and_operation_are_typed(drilled: Path) -> None:
    script = drilled / "user_script.py"
    script.write_text(TYPED, encoding="utf-8")
    done = _run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        drilled,
        MYPYPATH=str(drilled),
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_import_reports_new_union_members_and_never_stops(drilled: Path) -> None:
    document = json.loads((drilled / "openapi" / "openresponses.json").read_text("utf-8"))
    schemas = document["components"]["schemas"]
    assert {"$ref": REF + "UnknownItem"} in schemas["ItemField"]["oneOf"]
    assert schemas["ResponseFooDeltaStreamingEvent"]["x-open-responses-event"] is True
