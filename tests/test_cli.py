"""The ``open-responses`` command, run as a real subprocess (``python -m open_responses``).

Every run gets a clean environment (no ``OPENRESPONSES_*`` variables), so without
``--base-url`` the command must start its embedded server and say so on stderr.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from open_responses.testing import ResponsesServer, http_error

HAS_CONVERSATION = importlib.util.find_spec("open_responses._conversation") is not None


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENRESPONSES_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "open_responses", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=60,
    )


def _says_embedded(stderr: str) -> bool:
    return "embedded" in stderr and "no base URL configured" in stderr


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _assert_one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("open-responses:")]
    errors = [line for line in errors if "embedded" not in line]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith("open-responses: error: ")
    assert len(done.stderr.splitlines()) == 1, done.stderr
    return errors[0]


# -- the embedded server ---------------------------------------------------------------------


def test_one_shot_streams_the_reply_using_the_embedded_server() -> None:
    done = _run("Say hello")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Hello!\n"
    assert _says_embedded(done.stderr)
    assert "http://127.0.0.1:" in done.stderr


def test_json_prints_a_parseable_response() -> None:
    done = _run("--json", "Say hello")
    assert done.returncode == 0, done.stderr
    response = json.loads(done.stdout)
    assert response["object"] == "response"
    assert response["status"] == "completed"
    texts = [
        part["text"]
        for item in response["output"]
        if item["type"] == "message"
        for part in item["content"]
    ]
    assert texts == ["Hello!"]


def test_no_stream() -> None:
    done = _run("--no-stream", "Say hello")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Hello!\n"
    both = _run("--no-stream", "--json", "Say hi")
    assert json.loads(both.stdout)["status"] == "completed"


def test_instructions_are_sent() -> None:
    done = _run("--instructions", "Answer like a pirate.", "--json", "Say ahoy")
    assert done.returncode == 0, done.stderr
    response = json.loads(done.stdout)
    assert response["instructions"] == "Answer like a pirate."


def test_model_option() -> None:
    done = _run("--model", "my-model", "--json", "Say hi")
    assert json.loads(done.stdout)["model"] == "my-model"


def test_prompt_piped_on_stdin() -> None:
    done = _run(stdin="Say piped\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Piped!\n"


@pytest.mark.xfail(
    not HAS_CONVERSATION,
    reason="--chat needs open_responses._conversation.Conversation, which is not there yet",
    strict=False,
)
def test_chat_keeps_the_conversation() -> None:
    done = _run("--chat", stdin="My name is Ada\nTell me the history\n")
    assert done.returncode == 0, done.stderr
    replies = [line.removeprefix("> ") for line in done.stdout.splitlines() if line.startswith(">")]
    assert replies[0] == "You said: My name is Ada"
    # The scripted model answers "history" with the conversation so far.
    assert "user: My name is Ada" in replies[1]
    assert "assistant: You said: My name is Ada" in replies[1]


# -- a server in another process ---------------------------------------------------------------


@pytest.fixture
def serve_process() -> Iterator[str]:
    """``open-responses serve --port N`` in a subprocess; yields its base URL."""
    for _ in range(3):  # a free port can be taken between the probe and the bind
        port = _free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "open_responses", "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=_clean_env(),
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.05)
        if proc.poll() is None:
            break
        proc.communicate()
    else:
        pytest.fail("open-responses serve did not start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            _, stderr = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
        else:
            assert f"listening on http://127.0.0.1:{port}/v1" in stderr


def test_base_url_talks_to_a_served_process(serve_process: str) -> None:
    done = _run("--base-url", serve_process, "Say hello")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Hello!\n"
    assert not _says_embedded(done.stderr)
    as_json = _run("--base-url", serve_process + "/v1", "--no-stream", "--json", "Say hi")
    assert json.loads(as_json.stdout)["output"][0]["content"][0]["text"] == "Hi!"


def test_base_url_from_the_environment(serve_process: str) -> None:
    env = _clean_env()
    env["OPENRESPONSES_BASE_URL"] = serve_process
    done = subprocess.run(
        [sys.executable, "-m", "open_responses", "Say env"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        input="",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Env!\n"
    assert done.stderr == ""


# -- errors: one line, no traceback ------------------------------------------------------------


def test_unreachable_base_url_prints_one_error_line() -> None:
    done = _run("--base-url", f"http://127.0.0.1:{_free_port()}", "Say hello")
    line = _assert_one_error_line(done)
    assert "onnect" in line


def test_unreachable_base_url_without_streaming() -> None:
    done = _run("--no-stream", "--base-url", f"http://127.0.0.1:{_free_port()}", "Say hello")
    _assert_one_error_line(done)


@pytest.mark.parametrize("stream", [True, False])
def test_401_prints_one_error_line(stream: bool) -> None:
    with ResponsesServer() as server:
        server.app.model.enqueue(
            http_error(401, "Incorrect API key provided.", code="invalid_api_key")
        )
        args = ["--base-url", server.base_url, "--api-key", "wrong", "Say hello"]
        done = _run(*args if stream else ["--no-stream", *args])
        recorded = server.app.requests[-1]
    line = _assert_one_error_line(done)
    assert "401" in line
    assert "Incorrect API key provided." in line
    assert recorded.headers["authorization"] == "Bearer wrong"
    assert "wrong" not in done.stderr  # the key is never echoed


def test_invalid_base_url_prints_one_error_line() -> None:
    done = _run("--base-url", "ftp://example.com", "Say hello")
    _assert_one_error_line(done)


# -- first-hour usability ----------------------------------------------------------------------


def test_help_describes_serve_and_its_options() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "serve [--host HOST] [--port PORT]" in done.stdout
    assert "OPENRESPONSES_PORT" in done.stdout


def test_connection_error_names_the_url_it_tried() -> None:
    port = _free_port()
    done = _run("--no-stream", "--base-url", f"http://127.0.0.1:{port}", "Say hello")
    line = _assert_one_error_line(done)
    assert f"http://127.0.0.1:{port}/v1/responses" in line


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ht!tp://bad url", "whitespace"),
        ("ht!tp://bad", "malformed scheme"),
        ("http://a..b", "host"),
    ],
)
def test_malformed_base_url_is_rejected_before_any_request(url: str, why: str) -> None:
    started = time.monotonic()
    done = _run("--base-url", url, "Say hello")
    line = _assert_one_error_line(done)
    assert why in line
    # No DNS look-up and no retry back-off: the rejection is immediate (bound is generous).
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("how", ["option", "environment"])
def test_port_pins_the_embedded_server(how: str) -> None:
    port = _free_port()
    env = _clean_env()
    args = [sys.executable, "-m", "open_responses", "Say hello"]
    if how == "option":
        args[3:3] = ["--port", str(port)]
    else:
        env["OPENRESPONSES_PORT"] = str(port)
    done = subprocess.run(args, input="", capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"http://127.0.0.1:{port}" in done.stderr
    assert done.stdout.strip() == "Hello!"


def test_bad_port_environment_variable_is_one_error_line() -> None:
    env = _clean_env()
    env["OPENRESPONSES_PORT"] = "eighty"
    done = subprocess.run(
        [sys.executable, "-m", "open_responses", "Say hello"],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "OPENRESPONSES_PORT" in _assert_one_error_line(done)


def test_chat_in_a_terminal_uses_readline_line_editing() -> None:
    """In a pseudo-terminal, Ctrl-A (readline's start-of-line) edits the typed turn."""
    pty = pytest.importorskip("pty")
    pytest.importorskip("readline")
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command on the pseudo-terminal
        os.execve(sys.executable, [sys.executable, "-m", "open_responses", "--chat"], _clean_env())
    output = b""
    try:
        # "hello" then Ctrl-A and "Say ": readline moves to the start, giving "Say hello".
        output += _read_until(fd, b"> ")
        os.write(fd, b"hello\x01Say \r")
        output += _read_until(fd, b"Hello!")
        os.write(fd, b"\r")
        output += _read_until(fd, b"")
    finally:
        os.close(fd)
        os.waitpid(pid, 0)
    assert b"Hello!" in output


def _read_until(fd: int, marker: bytes, limit: float = 30) -> bytes:
    import select

    data = b""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and (not marker or marker not in data):
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            data += chunk
    return data
