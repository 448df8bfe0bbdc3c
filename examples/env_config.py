"""Configuration from the environment, plus a custom header on every request.

    OPENRESPONSES_BASE_URL=localhost:8000 OPENRESPONSES_API_KEY=sk-... python examples/env_config.py

``Client()`` with no arguments reads ``OPENRESPONSES_BASE_URL`` and
``OPENRESPONSES_API_KEY``.  The base URL is normalized: a scheme is added when
missing and ``/v1`` is appended when there is no version segment, so
``localhost:8000`` becomes ``http://localhost:8000/v1``.
"""

from __future__ import annotations

import os

from _common import example_server

from open_responses import Client


def main() -> None:
    """Show the resolved configuration and the headers actually sent."""
    with example_server() as model:
        print("OPENRESPONSES_BASE_URL =", os.environ["OPENRESPONSES_BASE_URL"])
        # default_headers go out with every request (tracing ids, tenant ids, ...).
        with Client(default_headers={"X-Example-Trace": "env-config-demo"}) as client:
            print("normalized base URL    =", client.base_url)
            print("API key configured     =", client.settings.api_key is not None)

            response = client.responses.create(model=model, input="Say configured")
            sent = response.http_response.request.headers if response.http_response else {}
            print("X-Example-Trace sent   =", sent.get("X-Example-Trace"))
            print("reply                  =", response.output_text)


if __name__ == "__main__":
    main()
