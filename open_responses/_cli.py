"""The ``open-responses`` command: talk to any Open Responses server from a terminal.

    open-responses "Hello"                 stream the reply as it arrives
    open-responses --no-stream --json "Hi" print the final response as JSON
    open-responses                         interactive chat (keeps the conversation)
    open-responses --chat < turns.txt      the same, one turn per line of stdin
    open-responses serve --port 8000       run the embedded scripted server

With no ``--base-url`` and no ``OPENRESPONSES_BASE_URL``, the embedded server is
started in-process (and stderr says so), so the command works with no provider;
``--port`` (or ``OPENRESPONSES_PORT``) pins its port.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from ._client import Client
from ._conversation import Conversation
from ._errors import APIConnectionError, InvalidArgumentError, OpenResponsesError
from .testing import ResponsesServer, serve

__all__ = ["main"]

DEFAULT_MODEL = "gpt-4o-mini"
EMBEDDED_MODEL = "open-responses-scripted"

# argparse has no place for a command that takes other options than the main
# one (``serve``), so --help describes it here.
_EPILOG = """commands:
  serve [--host HOST] [--port PORT]
                        run the embedded scripted server until Ctrl-C
                        (default 127.0.0.1:8000); see: open-responses serve --help

environment:
  OPENRESPONSES_BASE_URL, OPENRESPONSES_API_KEY, OPENRESPONSES_MODEL,
  OPENRESPONSES_PORT (the embedded server's port when no base URL is set)
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="open-responses",
        description="Send a prompt to an Open Responses server and print the reply. "
        "Without a base URL, an embedded scripted server is used.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("prompt", nargs="*", help="the prompt (omit for an interactive chat)")
    parser.add_argument("--model", "-m", help="model name (default: $OPENRESPONSES_MODEL)")
    parser.add_argument(
        "--base-url", "-u", help="server base URL (default: $OPENRESPONSES_BASE_URL)"
    )
    parser.add_argument("--api-key", "-k", help="API key (default: $OPENRESPONSES_API_KEY)")
    parser.add_argument(
        "--port",
        "-p",
        type=int,
        help="port of the embedded server when no base URL is set "
        "(default: $OPENRESPONSES_PORT, else any free port)",
    )
    parser.add_argument("--instructions", "-i", help="system instructions for every turn")
    parser.add_argument("--json", action="store_true", help="print the final response as JSON")
    parser.add_argument("--no-stream", action="store_true", help="wait for the whole reply")
    parser.add_argument(
        "--chat", action="store_true", help="interactive chat, reading turns from stdin"
    )
    return parser


def _serve_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="open-responses serve", description="Run the embedded Open Responses server."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", "-p", type=int, default=8000, help="port (default 8000)")
    return parser


@contextmanager
def _client_for(args: argparse.Namespace, err: TextIO) -> Iterator[tuple[Client, str]]:
    """A client for the configured server, or for an embedded one started here."""
    base_url = args.base_url or os.environ.get("OPENRESPONSES_BASE_URL")
    model = args.model or os.environ.get("OPENRESPONSES_MODEL")
    if base_url:
        with Client(base_url=base_url, api_key=args.api_key) as client:
            yield client, model or DEFAULT_MODEL
        return
    with ResponsesServer(port=_embedded_port(args)) as server:
        print(
            f"open-responses: no base URL configured (--base-url or OPENRESPONSES_BASE_URL); "
            f"using the embedded scripted server at {server.base_url}",
            file=err,
        )
        with Client(base_url=server.base_url, api_key=args.api_key) as client:
            yield client, model or EMBEDDED_MODEL


def _embedded_port(args: argparse.Namespace) -> int:
    """The port asked for with ``--port`` or ``OPENRESPONSES_PORT``; 0 means any free one."""
    if args.port is not None:
        return int(args.port)
    text = os.environ.get("OPENRESPONSES_PORT", "").strip()
    if not text:
        return 0
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise InvalidArgumentError(f"OPENRESPONSES_PORT must be a port number, not {text!r}")
    return int(text)


def _one_shot(client: Client, model: str, args: argparse.Namespace, out: TextIO) -> int:
    prompt = " ".join(args.prompt)
    params: dict[str, Any] = {"model": model, "input": prompt}
    if args.instructions:
        params["instructions"] = args.instructions
    if args.no_stream:
        response = client.responses.create(**params)
    else:
        with client.responses.stream(**params) as stream:
            for text in _deltas(stream):
                if not args.json:
                    out.write(text)
                    out.flush()
            response = stream.get_final_response()
    if args.json:
        out.write(json.dumps(response.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif args.no_stream:
        out.write(response.output_text + "\n")
    else:
        out.write("\n")
    return 1 if str(response.status) == "failed" else 0


def _deltas(stream: Any) -> Iterator[str]:
    for event in stream:
        if event.type == "response.output_text.delta":
            yield event.delta


def _read_turn(out: TextIO, inp: TextIO) -> str:
    """One line of input; in a terminal through ``input()`` so readline edits it."""
    if inp is sys.stdin and inp.isatty() and out is sys.stdout:
        # Importing readline gives input() line editing and history; Windows has none.
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401
        try:
            return input("> ") + "\n"
        except EOFError:
            return ""
    out.write("> ")
    out.flush()
    return inp.readline()


def _chat(client: Client, model: str, args: argparse.Namespace, out: TextIO, inp: TextIO) -> int:
    conversation = Conversation(client, model=model, instructions=args.instructions)
    out.write("Chat started; an empty line or Ctrl-D ends it.\n")
    while True:
        line = _read_turn(out, inp)
        if not line or not line.strip():
            return 0
        if args.no_stream:
            out.write(conversation.send(line.strip()).output_text + "\n")
            continue
        with conversation.stream(line.strip()) as stream:
            for text in _deltas(stream):
                out.write(text)
                out.flush()
            stream.get_final_response()
        out.write("\n")


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command; returns the exit status (errors print one line, never a traceback)."""
    out = stdout or sys.stdout
    err = sys.stderr
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments[:1] == ["serve"]:
            serve_args = _serve_parser().parse_args(arguments[1:])
            serve(host=serve_args.host, port=serve_args.port)
            return 0
        args = _parser().parse_args(arguments)
        stdin = sys.stdin  # None when the process has no standard input at all
        if not args.prompt and not args.chat and stdin is not None and not stdin.isatty():
            piped = stdin.read().strip()
            args.prompt = [piped] if piped else []
        with _client_for(args, err) as (client, model):
            if args.prompt and not args.chat:
                return _one_shot(client, model, args, out)
            if stdin is None:
                raise InvalidArgumentError("no prompt given and no standard input to chat on")
            return _chat(client, model, args, out, stdin)
    except KeyboardInterrupt:
        err.write("\n")
        return 130
    except (OpenResponsesError, ValueError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if isinstance(exc, APIConnectionError) and exc.request is not None:
            message = f"{message} ({exc.request.method} {exc.request.url})"
        err.write(f"open-responses: error: {message}\n")
        return 1
