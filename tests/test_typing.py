"""A user's script, type-checked with ``mypy --strict``: narrowing, typed results, typed keywords."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT

USER_SCRIPT = """
from dataclasses import dataclass

from open_responses import AsyncClient, Client
from open_responses.types import Message, StreamEvent


@dataclass
class City:
    name: str


def delta_of(event: StreamEvent) -> str:
    if event.type == "response.output_text.delta":
        return event.delta
    if event.type == "response.output_item.done" and isinstance(event.item, Message):
        return event.item.id
    return ""


def main(client: Client) -> None:
    parsed = client.responses.create(model="m", input="x", text_format=City)
    city: City | None = parsed.output_parsed
    raw = client.responses.with_raw_response.create(model="m", input="x")
    text: str = raw.parse().output_text
    print(city, text, raw.status_code)
    with client.responses.stream(model="m", input="hi") as stream:
        for event in stream:
            delta_of(event)
    client.responses.create(model="m", input="hi", temperature=0.5, truncation="auto")
    client.responses.compact(model="m", input="hi")
    client.responses.delete("resp_1")
    client.responses.list_input_items("resp_1", limit=5)


async def amain(client: AsyncClient) -> None:
    parsed = await client.responses.create(model="m", input="x", text_format=City)
    city: City | None = parsed.output_parsed
    print(city)
"""

WRONG = """
from open_responses import Client


def main(client: Client) -> None:
    client.responses.create(model="m", input="hi", temperature="hot")
    client.responses.create(model="m", input="hi", no_such_field=1)
"""


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
        env={"PATH": "", "MYPYPATH": str(PROJECT_ROOT)},
    )


@pytest.mark.parametrize("script", [USER_SCRIPT], ids=["user"])
def test_user_script_type_checks(tmp_path: Path, script: str) -> None:
    result = _mypy(tmp_path, script)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wrong_keywords_are_type_errors(tmp_path: Path) -> None:
    result = _mypy(tmp_path, WRONG)
    assert result.returncode == 1, result.stdout
    # One error per wrong call (line 6: temperature="hot", line 7: an unknown keyword).
    assert "user_script.py:6: error" in result.stdout, result.stdout
    assert "user_script.py:7: error" in result.stdout, result.stdout
