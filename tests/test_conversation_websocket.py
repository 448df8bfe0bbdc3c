"""Conversations over a WebSocket connection (``client.conversation(connection=ws)``)."""

from __future__ import annotations

import asyncio

import pytest

from open_responses import AsyncClient, Client
from open_responses.testing import ResponsesServer

pytest.importorskip("websockets")


def frames(server: ResponsesServer) -> list[dict[str, object]]:
    """The ``response.create`` frames the embedded server received, in order."""
    return [r.json for r in server.app.requests if r.method == "WEBSOCKET"]


def test_stateful_conversation_over_a_connection_sends_only_new_items() -> None:
    with (
        ResponsesServer() as server,
        Client(base_url=server.base_url) as client,
        client.responses.connect() as ws,
    ):
        conversation = client.conversation(model="m", instructions="brief", connection=ws)
        first = conversation.send("one")
        second = conversation.send("two")
    assert first.output_text == "You said: one"
    assert second.output_text == "You said: two"
    sent = frames(server)
    assert [f.get("previous_response_id") for f in sent] == [None, first.id]
    assert sent[1]["input"] == [{"type": "message", "role": "user", "content": "two"}]
    assert all(f["instructions"] == "brief" for f in sent)
    assert all("stream" not in f for f in sent)


def test_auto_conversation_recovers_after_a_reconnect_with_store_false() -> None:
    with (
        ResponsesServer() as server,
        Client(base_url=server.base_url) as client,
        client.responses.connect() as ws,
    ):
        conversation = client.conversation(model="m", store=False, connection=ws)
        conversation.send("one")
        ws.reconnect()
        reply = conversation.send("two")
    assert reply.output_text == "You said: two"
    # store=False keeps the history locally: every turn carries it, no id.
    last = frames(server)[-1]
    assert last.get("previous_response_id") is None
    assert len(last["input"]) == 3  # user one, assistant reply, user two


def test_async_conversation_over_a_connection() -> None:
    async def scenario() -> tuple[str, str]:
        with ResponsesServer() as server:
            async with (
                AsyncClient(base_url=server.base_url) as client,
                client.responses.connect() as ws,
            ):
                conversation = client.conversation(model="m", connection=ws)
                first = await conversation.send("one")
                second = await conversation.send("two")
                assert frames(server)[1]["previous_response_id"] == first.id
                return first.output_text, second.output_text

    assert asyncio.run(scenario()) == ("You said: one", "You said: two")
