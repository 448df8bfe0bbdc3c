"""Remote MCP tools (a provider extension) with an approval hook.

python examples/mcp_tools.py

Against a provider that runs MCP servers for you (OpenAI, LM Studio), set
OPENRESPONSES_BASE_URL and friends. Without one, the embedded server is scripted
to behave like such a provider: it asks for approval, then answers.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from open_responses import Client, mcp_tool
from open_responses.testing import ResponsesServer, output_items, text

DOCS = mcp_tool(
    "docs",
    "https://example.com/mcp",
    require_approval="always",
    allowed_tools=["search_docs"],
)


def approve(request: Any) -> bool | tuple[bool, str]:
    """Called for each mcp_approval_request: allow read-only searches only."""
    print(f"approval asked: {request.server_label}.{request.name}({request.arguments})")
    if request.name == "search_docs":
        return True
    return False, "only search_docs is allowed"


def ask(client: Client, model: str) -> None:
    """Run the loop; the hook answers approval requests with mcp_approval_response items."""
    response = client.responses.run(
        model=model,
        input="Search the docs for 'streaming' and summarise.",
        tools=[DOCS],
        on_approval=approve,
    )
    for item in response.output:
        print("output item:", item.to_dict()["type"])
    print("answer:", response.output_text)


def main() -> None:
    """Use the configured provider, or a scripted embedded server."""
    model = os.environ.get("OPENRESPONSES_MODEL") or "gpt-4o-mini"
    if os.environ.get("OPENRESPONSES_BASE_URL"):
        with Client() as client:
            ask(client, model)
        return
    with ResponsesServer() as server:
        print(f"(no OPENRESPONSES_BASE_URL: scripted server at {server.base_url})", file=sys.stderr)
        server.app.model.enqueue(
            output_items(
                [
                    {
                        "type": "mcp_approval_request",
                        "id": "mcpr_1",
                        "server_label": "docs",
                        "name": "search_docs",
                        "arguments": '{"query": "streaming"}',
                    }
                ]
            ),
            text("The docs say: iterate the stream for typed events."),
        )
        with Client(base_url=server.base_url) as client:
            ask(client, model)
        approval = server.app.requests[-1].json["input"]
        print("sent back:", [item["type"] for item in approval])


if __name__ == "__main__":
    main()
