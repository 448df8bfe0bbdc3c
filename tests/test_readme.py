"""Every ``python`` block of the README runs as written against the embedded server.

Blocks are complete programs, or start with ``# continues the previous block`` and
then run after the block before them (recursively). Each runs in a fresh
interpreter with only ``OPENRESPONSES_BASE_URL`` pointing at an embedded server
started here: no hidden glue. The ``open-responses`` lines of the command block
run too, and the opening set-up commands are checked to be there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from open_responses.testing import ResponsesServer

README = Path(__file__).resolve().parent.parent / "README.md"
CONTINUES = "# continues the previous block"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _blocks() -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _FENCE.finditer(README.read_text())]


def _programs() -> list[str]:
    """Each python block as the program it stands for (continuations joined to their base)."""
    programs: list[str] = []
    for language, code in _blocks():
        if language != "python":
            continue
        if code.startswith(CONTINUES):
            assert programs, "the first python block cannot be a continuation"
            code = programs[-1] + "\n" + code
        programs.append(code)
    return programs


PROGRAMS = _programs()
# What a block's output must contain when run against the embedded server.
EXPECTED = {
    'input="Say hello")\nprint(response.output_text)': "Hello!\nConversation so far: user: Say hello",
    "Weather in Paris?": "The tool returned: 21 C and sunny in Paris",
    "Say streaming works": "Streaming works!\nstatus: completed",
    "resp_forgotten": "the server does not have it",
    "Answer in one sentence.": "Goodbye!",
    "Say async streams": "Hello!\nAsync streams!",
    "What is the history?": "Conversation so far: user: Say hi | assistant: Hi!",
    "def delta_of(event: StreamEvent)": "Hi ResponseOutputTextDeltaStreamingEvent",
}


@pytest.fixture(scope="module")
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as running:
        yield running


def _env(server: ResponsesServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENRESPONSES_")}
    env["OPENRESPONSES_BASE_URL"] = server.base_url
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def test_the_readme_has_python_blocks_and_the_two_opening_commands() -> None:
    assert len(PROGRAMS) >= 10
    language, opening = _blocks()[0]
    assert language == "sh"
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e . && "
        '.venv/bin/open-responses "Say hello"' in opening
    )
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && "
        ".venv/bin/python -m pytest" in opening
    )


@pytest.mark.parametrize("number", range(len(PROGRAMS)))
def test_python_block_runs_as_written(number: int, server: ResponsesServer, tmp_path: Path) -> None:
    program = PROGRAMS[number]
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        env=_env(server),
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, f"block {number} failed:\n{program}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    for marker, output in EXPECTED.items():
        if marker in program.rpartition(CONTINUES)[2] or (
            CONTINUES not in program and marker in program
        ):
            assert output in done.stdout, f"block {number} printed:\n{done.stdout}"


def test_every_expected_output_belongs_to_a_block() -> None:
    for marker in EXPECTED:
        assert any(marker in program for program in PROGRAMS), marker


def _command_lines() -> list[str]:
    for language, code in _blocks():
        lines = [line for line in code.splitlines() if line.startswith("open-responses ")]
        if language == "sh" and lines:
            return lines
    return []


COMMANDS = [c for c in _command_lines() if "--chat" not in c and " serve" not in c]


@pytest.mark.skipif(
    shutil.which("open-responses", path=str(Path(sys.executable).parent)) is None,
    reason="the open-responses script is not installed next to this Python",
)
@pytest.mark.parametrize("command", COMMANDS)
def test_command_line_runs_as_written(command: str, server: ResponsesServer) -> None:
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, env=_env(server), timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Hello" in done.stdout or "Hi" in done.stdout


def test_the_command_block_is_found() -> None:
    assert len(COMMANDS) >= 3
