"""The Flask, Django and FastAPI recipes in ``examples/web/`` as real apps on loopback.

Each app is served on 127.0.0.1 (werkzeug for Flask, uvicorn for the ASGI apps)
and talks to the embedded server through ``OPENRESPONSES_BASE_URL``. The tests
cover a one-shot answer, a streamed answer, 20 parallel requests, a browser that
disconnects mid-stream (the upstream stream must be closed, which the embedded
server records), and, for Django, a conversation kept in the session cookie.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from open_responses.testing import ResponsesServer, text

for _name in ("flask", "django", "fastapi", "uvicorn"):
    pytest.importorskip(_name, reason="the web recipes need the 'examples' extra")

import uvicorn  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

WEB = Path(__file__).resolve().parent.parent / "examples" / "web"
APPS = ["flask", "django", "fastapi"]


def _load(name: str) -> ModuleType:
    """Import ``examples/web/<name>_app.py`` once (Django's URLconf is looked up by name)."""
    module_name = f"{name}_app"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, WEB / f"{module_name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def upstream() -> Iterator[ResponsesServer]:
    with ResponsesServer() as server, pytest.MonkeyPatch.context() as patch:
        # The apps read these at import (module-level clients), as in production.
        patch.setenv("OPENRESPONSES_BASE_URL", server.base_url)
        patch.delenv("OPENRESPONSES_API_KEY", raising=False)
        patch.setenv("OPENRESPONSES_MODEL", "m")
        yield server
        for name in APPS:  # the module-level sync clients of Flask and Django
            module = sys.modules.get(f"{name}_app")
            if module is not None and hasattr(module, "client"):
                module.client.close()


def _serve_wsgi(app: Any) -> tuple[str, Callable[[], None]]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        thread.join(10)

    return f"http://127.0.0.1:{server.server_port}", stop


def _serve_asgi(app: Any, *, lifespan: str) -> tuple[str, Callable[[], None]]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, lifespan=lifespan, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"

    def stop() -> None:
        server.should_exit = True
        thread.join(20)
        sock.close()

    return f"http://127.0.0.1:{sock.getsockname()[1]}", stop


@pytest.fixture(scope="module", params=APPS)
def web(request: pytest.FixtureRequest, upstream: ResponsesServer) -> Iterator[tuple[str, str]]:
    """``(app name, base URL)`` of a running recipe app."""
    name = str(request.param)
    module = _load(name)
    if name == "flask":
        base, stop = _serve_wsgi(module.app)
    elif name == "django":
        base, stop = _serve_asgi(module.application, lifespan="off")
    else:
        base, stop = _serve_asgi(module.app, lifespan="on")
    yield name, base
    stop()


def _ask(http: httpx.Client, name: str, base: str, question: str) -> str:
    if name == "django":  # a plain form post, as a Django form would send
        reply = http.post(f"{base}/ask", data={"q": question})
    else:
        reply = http.post(f"{base}/ask", json={"q": question})
    assert reply.status_code == 200, reply.text
    return str(reply.json()["answer"])


def _stream(http: httpx.Client, base: str, question: str) -> str:
    parts = []
    with http.stream("GET", f"{base}/stream", params={"q": question}) as reply:
        assert reply.status_code == 200
        assert reply.headers["content-type"].startswith("text/event-stream")
        lines = list(reply.iter_lines())
    for line in lines:
        if line.startswith("data: ") and line != "data: {}":
            parts.append(json.loads(line[len("data: ") :]))
    assert "event: done" in lines
    return "".join(parts)


def test_one_shot_answer(web: tuple[str, str]) -> None:
    name, base = web
    with httpx.Client(timeout=30) as http:
        assert _ask(http, name, base, "Say hello") == "Hello!"


def test_streamed_answer(web: tuple[str, str]) -> None:
    _, base = web
    with httpx.Client(timeout=30) as http:
        assert _stream(http, base, "Say hello there") == "Hello there!"


def test_twenty_parallel_requests(web: tuple[str, str]) -> None:
    name, base = web

    def one(number: int) -> str:
        with httpx.Client(timeout=60) as http:
            if number % 2:
                return _stream(http, base, f"Say item {number}")
            return _ask(http, name, base, f"Say item {number}")

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(one, range(20)))
    assert answers == [f"Item {number}!" for number in range(20)]


def test_browser_disconnect_closes_the_upstream_stream(
    web: tuple[str, str], upstream: ResponsesServer
) -> None:
    _, base = web
    upstream.abandoned_streams.clear()
    # 600 deltas 50 ms apart: 30 s if nobody stops it, far beyond the wait below.
    upstream.app.model.enqueue(text("word " * 600, event_delay=0.05))
    with (
        httpx.Client(timeout=30) as http,
        http.stream("GET", f"{base}/stream", params={"q": "Tell me a long story"}) as reply,
    ):
        first = next(line for line in reply.iter_lines() if line.startswith("data: "))
        assert json.loads(first[len("data: ") :]).strip() == "word"
    # Leaving the block closed the browser's connection; the app must hang up upstream.
    deadline = time.monotonic() + 20
    while not upstream.abandoned_streams and time.monotonic() < deadline:
        time.sleep(0.05)
    assert upstream.abandoned_streams, "the app kept reading the upstream stream"
    upstream.app.model.clear()


@pytest.fixture(scope="module")
def django_base(upstream: ResponsesServer) -> Iterator[str]:
    module = _load("django")
    base, stop = _serve_asgi(module.application, lifespan="off")
    yield base
    stop()


def test_django_conversation_lives_in_the_session(
    django_base: str, upstream: ResponsesServer
) -> None:
    with httpx.Client(timeout=30) as browser:  # keeps the session cookie like a browser
        first = browser.post(f"{django_base}/chat", data={"q": "My name is Ada."})
        assert first.json()["answer"] == "You said: My name is Ada."
        cookie = browser.cookies.get("sessionid")
        assert cookie is not None and len(cookie) < 1000
        second = browser.post(f"{django_base}/chat", data={"q": "What is the history?"})
        sent = upstream.app.requests[-1].json
    assert "My name is Ada." in second.json()["answer"]
    assert sent["previous_response_id"].startswith("resp")
    assert [item["content"] for item in sent["input"]] == ["What is the history?"]
    # Another visitor (no cookie) starts afresh.
    with httpx.Client(timeout=30) as stranger:
        other = stranger.post(f"{django_base}/chat", data={"q": "What is the history?"})
    assert "Ada" not in other.json()["answer"]


def test_django_async_client_is_per_event_loop(upstream: ResponsesServer) -> None:
    """Under WSGI each async view runs in a new loop (async_to_sync); each gets its own client."""
    from asgiref.sync import async_to_sync

    module = _load("django")

    async def ask() -> tuple[int, str]:
        client = module.async_client()
        response = await client.responses.create(model="m", input="Say hi")
        await client.close()  # its loop ends with this call
        return id(client), response.output_text

    first_id, first = async_to_sync(ask)()
    second_id, second = async_to_sync(ask)()
    assert first == second == "Hi!"
    assert first_id != second_id  # a client from another loop would fail, so none is shared
    assert os.environ["OPENRESPONSES_BASE_URL"] == upstream.base_url
