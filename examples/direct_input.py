"""The smallest request: a plain string as input, the reply's text as output.

python examples/direct_input.py
"""

from __future__ import annotations

from _common import example_server

from open_responses import Client


def main() -> None:
    """Send one prompt and print the answer."""
    with example_server() as model, Client() as client:
        # A string input is one user message; output_text joins the reply's text parts.
        response = client.responses.create(model=model, input="Say hello")
        print(response.output_text)


if __name__ == "__main__":
    main()
