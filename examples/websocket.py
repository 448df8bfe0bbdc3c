"""Two turns over one WebSocket: the second continues the first by id, sending only new input.

    python examples/websocket.py

WebSocket mode keeps one socket open to ``/v1/responses``; every turn is a
``response.create`` message answered by the same events as SSE streaming.  The
server remembers the last response on the socket, so even with ``store=False``
the follow-up needs only ``previous_response_id`` and the new message.
Needs the optional ``websockets`` package (``pip install 'open_responses[websocket]'``).
"""

from __future__ import annotations

from _common import example_server

from open_responses import Client, WebSocketUnavailableError


def main() -> None:
    """Ask, then follow up on the same socket."""
    with example_server() as model, Client() as client:
        try:
            ws = client.responses.connect()  # the handshake carries the API key
        except WebSocketUnavailableError as exc:
            print(f"(skipped: {exc})")
            return
        with ws:
            # Turn 1: a fresh chain. store=False keeps it only on this socket.
            turn = ws.create(model=model, input="My favourite colour is green.", store=False)
            print("turn 1: ", end="")
            for delta in turn.text_deltas():  # printed as the frames arrive
                print(delta, end="", flush=True)
            print()
            first = turn.get_final_response()

            # Turn 2: only the new message; the server supplies the rest of the chain.
            turn = ws.create(
                model=model,
                previous_response_id=first.id,
                input="Recap the history of our chat.",
                store=False,
            )
            print("turn 2: ", end="")
            for delta in turn.text_deltas():
                print(delta, end="", flush=True)
            print()
            second = turn.get_final_response()
            print("turn 2 continued:", second.previous_response_id)


if __name__ == "__main__":
    main()
