"""Two turns chained with ``previous_response_id``, with a fallback for stateless servers.

    python examples/stateful_follow_up.py            # the server keeps the first turn
    python examples/stateful_follow_up.py --no-store # it does not: the fallback kicks in

With ``previous_response_id`` the server prepends the earlier turn itself, so only
the new message is sent.  A server that did not store that response answers
``previous_response_not_found``; then the history is resent in full instead.
"""

from __future__ import annotations

import sys
from typing import Any

from _common import example_server

from open_responses import Client, PreviousResponseNotFoundError, Response


def follow_up(
    client: Client, model: str, first_input: list[Any], first: Response, text: str
) -> Response:
    """Continue after ``first`` with one more user message."""
    question = {"type": "message", "role": "user", "content": text}
    try:
        return client.responses.create(model=model, previous_response_id=first.id, input=[question])
    except PreviousResponseNotFoundError:
        print("(the server did not keep the first turn: resending the history)")
        # The history is what we sent plus what the model answered, in order.
        history = [*first_input, *(item.to_dict() for item in first.output)]
        return client.responses.create(model=model, input=[*history, question])


def main() -> None:
    """Ask, then ask about the conversation so far."""
    store = "--no-store" not in sys.argv[1:]
    with example_server() as model, Client() as client:
        first_input: list[Any] = [
            {"type": "message", "role": "user", "content": "My favourite colour is green."}
        ]
        first = client.responses.create(model=model, input=first_input, store=store)
        print("turn 1:", first.output_text)

        second = follow_up(client, model, first_input, first, "Recap the history of our chat.")
        print("turn 2:", second.output_text)


if __name__ == "__main__":
    main()
