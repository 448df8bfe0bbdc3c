"""Print the reply as it is generated, then the token usage of the final response.

python examples/streaming.py
"""

from __future__ import annotations

from _common import example_server

from open_responses import Client


def main() -> None:
    """Stream one reply."""
    with example_server() as model, Client() as client:
        with client.responses.stream(model=model, input="Say streaming works") as stream:
            # text_deltas() yields only the output text, piece by piece.
            for delta in stream.text_deltas():
                print(delta, end="", flush=True)
            print()
            # The final response is assembled from the events, usage included.
            final = stream.get_final_response()

        print("status:", final.status)
        if final.usage:
            usage = final.usage
            print(
                f"usage: {usage.input_tokens} input + {usage.output_tokens} output "
                f"= {usage.total_tokens} tokens"
            )


if __name__ == "__main__":
    main()
