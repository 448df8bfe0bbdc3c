"""Every example in ``examples/`` runs as a script and prints what it promises.

Examples are discovered (``examples/*.py`` not starting with ``_``), so new ones
are run too.  All follow one convention: with no ``OPENRESPONSES_BASE_URL`` they
start the embedded server themselves, so they run here with a clean environment.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from open_responses.testing import ResponsesServer

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(p for p in EXAMPLES_DIR.glob("*.py") if not p.name.startswith("_"))

# What the scripted model makes each known example print (regular expressions, in order).
EXPECTED: dict[str, list[str]] = {
    "direct_input.py": [r"^Hello!$"],
    "env_config.py": [
        r"^OPENRESPONSES_BASE_URL = http://127\.0\.0\.1:\d+$",
        r"^normalized base URL    = http://127\.0\.0\.1:\d+/v1$",
        r"^X-Example-Trace sent   = env-config-demo$",
        r"^reply                  = Configured!$",
    ],
    "stateful_follow_up.py": [
        r"^turn 1: You said: My favourite colour is green\.$",
        r"^turn 2: Conversation so far: user: My favourite colour is green\. \| assistant: ",
    ],
    "streaming.py": [r"^Streaming works!$", r"^status: completed$", r"^usage: \d+ input \+ \d+"],
    # The deltas of the two streams interleave in any order; the summary lines do not.
    "async_streaming.py": [
        r"^\[a\] final: The first stream is done! \(\d+ tokens\)$",
        r"^\[b\] final: The second stream is done! \(\d+ tokens\)$",
    ],
}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENRESPONSES_")}
    env.update(extra)
    return env


def _run(path: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=EXAMPLES_DIR.parent,
    )


def _assert_prints(stdout: str, patterns: list[str]) -> None:
    lines = stdout.splitlines()
    position = 0
    for pattern in patterns:
        while position < len(lines) and not re.search(pattern, lines[position]):
            position += 1
        assert position < len(lines), f"no line matching {pattern!r} in order in:\n{stdout}"
        position += 1


def test_the_documented_examples_exist() -> None:
    assert set(EXPECTED) <= {p.name for p in EXAMPLES}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs_with_the_embedded_server(path: Path) -> None:
    done = _run(path, env=_env())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.strip(), "an example should print something"
    if path.name in EXPECTED:
        _assert_prints(done.stdout, EXPECTED[path.name])
        assert "using the embedded test server" in done.stderr


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_uses_the_configured_server(name: str) -> None:
    with ResponsesServer() as server:
        env = _env(
            OPENRESPONSES_BASE_URL=server.base_url,
            OPENRESPONSES_API_KEY="example-key",
            OPENRESPONSES_MODEL="configured-model",
        )
        done = _run(EXAMPLES_DIR / name, env=env)
        requests = list(server.app.requests)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "embedded" not in done.stderr
    _assert_prints(done.stdout, EXPECTED[name])
    assert requests, "the example did not talk to the configured server"
    for request in requests:
        assert request.headers["authorization"] == "Bearer example-key"
        assert request.json["model"] == "configured-model"


def test_env_config_normalizes_a_bare_host_and_port() -> None:
    with ResponsesServer() as server:
        bare = f"127.0.0.1:{server.port}"
        done = _run(EXAMPLES_DIR / "env_config.py", env=_env(OPENRESPONSES_BASE_URL=bare))
        headers = server.app.requests[-1].headers
    assert done.returncode == 0, done.stderr
    assert f"normalized base URL    = http://127.0.0.1:{server.port}/v1" in done.stdout
    assert headers["x-example-trace"] == "env-config-demo"


def test_stateful_follow_up_chains_by_id() -> None:
    with ResponsesServer() as server:
        done = _run(
            EXAMPLES_DIR / "stateful_follow_up.py", env=_env(OPENRESPONSES_BASE_URL=server.base_url)
        )
        bodies = [r.json for r in server.app.requests]
    assert done.returncode == 0, done.stderr
    assert "resending" not in done.stdout
    assert bodies[1]["previous_response_id"]
    assert len(bodies[1]["input"]) == 1  # only the new message


def test_stateful_follow_up_falls_back_to_the_history() -> None:
    with ResponsesServer() as server:
        done = _run(
            EXAMPLES_DIR / "stateful_follow_up.py",
            "--no-store",
            env=_env(OPENRESPONSES_BASE_URL=server.base_url),
        )
        bodies = [r.json for r in server.app.requests]
    assert done.returncode == 0, done.stderr
    assert "(the server did not keep the first turn: resending the history)" in done.stdout
    _assert_prints(done.stdout, EXPECTED["stateful_follow_up.py"])
    assert [bool(b.get("previous_response_id")) for b in bodies] == [False, True, False]
    assert len(bodies[2]["input"]) == 3  # question, answer, new question


def test_async_example_runs_two_streams() -> None:
    with ResponsesServer() as server:
        done = _run(
            EXAMPLES_DIR / "async_streaming.py", env=_env(OPENRESPONSES_BASE_URL=server.base_url)
        )
        streams = [r.json for r in server.app.requests if r.json and r.json.get("stream")]
    assert done.returncode == 0, done.stderr
    assert len(streams) == 2
    lines = done.stdout.splitlines()
    assert "[a] ' first'" in lines
    assert "[b] ' second'" in lines


def test_port_variable_pins_the_embedded_server() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    done = _run(EXAMPLES_DIR / "direct_input.py", env=_env(OPENRESPONSES_PORT=str(port)))
    assert done.returncode == 0, done.stderr
    assert f"http://127.0.0.1:{port}" in done.stderr


def test_function_calling_example_shows_a_real_round_trip() -> None:
    done = _run(EXAMPLES_DIR / "function_calling.py", env=_env())
    assert done.returncode == 0, done.stderr
    assert "21 degrees C and sunny in Paris" in done.stdout
