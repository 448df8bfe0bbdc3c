"""What ``Conversation.to_json()`` saves: only what the next turn needs, and small.

Run against the embedded server over loopback; the recorded requests show that a
restored conversation continues the same chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from open_responses import Client, Conversation, tool
from open_responses.testing import ResponsesServer


@pytest.fixture(scope="module")
def server() -> Iterator[ResponsesServer]:
    with ResponsesServer() as running:
        yield running


@pytest.fixture
def client(server: ResponsesServer) -> Iterator[Client]:
    with Client(base_url=server.base_url) as made:
        yield made


def _sizes(conversation: Conversation, turns: int) -> list[int]:
    sizes = []
    for number in range(turns):
        conversation.send(f"Turn {number}: hi")
        sizes.append(len(conversation.to_json().encode()))
    return sizes


def test_stateful_state_stays_small_and_flat(client: Client) -> None:
    sizes = _sizes(client.conversation(model="m", mode="stateful"), 5)
    assert sizes[-1] < 1500
    assert sizes[-1] == sizes[0]  # only the last response id changes


@pytest.mark.parametrize("mode", ["auto", "stateless"])
def test_resending_modes_grow_by_the_items_only(client: Client, mode: str) -> None:
    sizes = _sizes(client.conversation(model="m", mode=mode), 5)
    per_turn = (sizes[-1] - sizes[0]) / 4
    # A short user message plus the assistant's message item, without the response around it.
    assert per_turn < 350, sizes
    assert sizes[0] < 600, sizes


def test_restored_stateful_conversation_continues_the_chain(
    client: Client, server: ResponsesServer
) -> None:
    conversation = client.conversation(model="m", mode="stateful", instructions="Be brief.")
    first = conversation.send("My name is Ada.")
    saved = conversation.to_json()
    assert "last_response" not in json.loads(saved)

    restored = Conversation.from_json(client, saved)
    assert restored.previous_response_id == first.id
    reply = restored.send("What is the history?")
    body = server.app.requests[-1].json
    assert body["previous_response_id"] == first.id
    assert body["input"] == [{"type": "message", "role": "user", "content": "What is the history?"}]
    assert body["instructions"] == "Be brief."
    assert "My name is Ada." in reply.output_text  # the server kept the earlier turn


def test_auto_mode_keeps_the_items_for_a_fallback(client: Client) -> None:
    conversation = client.conversation(model="m")
    conversation.send("one")
    restored = Conversation.from_json(client, conversation.to_json())
    assert restored.history == conversation.history
    assert restored.mode == "stateful" and restored.fell_back is False


def test_pending_tool_calls_survive_a_restore(client: Client, server: ResponsesServer) -> None:
    @tool
    def get_weather(city: str) -> str:
        """Current weather for a city."""
        return f"sunny in {city}"

    conversation = client.conversation(model="m", mode="stateful", tools=[get_weather])
    asked = conversation.send("Weather in Oslo?")  # send() does not run tools
    assert asked.output[0].to_dict()["type"] == "function_call"
    saved = conversation.to_json()
    assert "last_response" in json.loads(saved)

    restored = Conversation.from_json(client, saved, tools=[get_weather])
    answer = restored.run()
    assert "sunny in Oslo" in answer.output_text
    outputs = [i for i in server.app.requests[-1].json["input"] if "output" in i]
    assert outputs[0]["output"] == "sunny in Oslo"


def test_version_1_state_is_still_read(client: Client) -> None:
    conversation = client.conversation(model="m", instructions="I")
    reply = conversation.send("one")
    old = {
        "version": 1,
        "model": "m",
        "instructions": "I",
        "tools": [],
        "requested_mode": "auto",
        "mode": "stateful",
        "fell_back": False,
        "store": None,
        "defaults": {},
        "items": conversation.history,
        "previous_response_id": reply.id,
        "last_response": reply.to_dict(),
    }
    restored = Conversation.from_json(client, json.dumps(old))
    assert restored.last_response is not None and restored.last_response.id == reply.id
    assert restored.history == conversation.history
    assert restored.send("two").previous_response_id == reply.id
