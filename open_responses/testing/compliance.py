"""Run the Open Responses compliance scenarios against a server, using this library's client.

The upstream project ships a compliance suite (a TypeScript CLI).  This module
runs the same 17 scenarios from Python with :class:`open_responses.Client`, so a
server can be checked without Node and the client is exercised at the same time::

    python -m open_responses.testing.compliance --base-url http://localhost:8000/v1
    python -m open_responses.testing.compliance -u URL -k KEY -m MODEL --filter basic-response --json

or from code::

    results = run_compliance("http://localhost:8000/v1")
    assert not any(r.failed for r in results)

The scenarios are in ``_compliance_http.py`` and ``_compliance_ws.py``, the
schema checks (:func:`model_problems`, :func:`validate_payload`) in
``_compliance_checks.py``; this module runs them and is the command line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Literal

from .._client import Client
from .._errors import APIStatusError, OpenResponsesError
from ._compliance_checks import Context, Failure, model_problems, validate_payload
from ._compliance_http import HTTP_SCENARIOS
from ._compliance_ws import WEBSOCKET_SCENARIOS

__all__ = [
    "SCENARIO_IDS",
    "ScenarioResult",
    "main",
    "model_problems",
    "run_compliance",
    "validate_payload",
]

Outcome = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class ScenarioResult:
    """The outcome of one scenario.

    ``passed`` is true only for a scenario that ran and passed; a skipped scenario
    would have ``passed=False`` and ``skipped=True`` (and not count as a failure),
    but this runner runs every scenario, so ``skipped`` stays false.
    ``duration`` is in seconds.
    """

    id: str
    passed: bool
    detail: str
    duration: float
    skipped: bool = False

    @property
    def outcome(self) -> Outcome:
        """``"passed"``, ``"failed"`` or ``"skipped"``."""
        if self.skipped:
            return "skipped"
        return "passed" if self.passed else "failed"

    @property
    def failed(self) -> bool:
        """Whether the scenario ran and failed."""
        return not self.passed and not self.skipped


_SCENARIOS: dict[str, Callable[[Context], str]] = {**HTTP_SCENARIOS, **WEBSOCKET_SCENARIOS}
SCENARIO_IDS: tuple[str, ...] = tuple(_SCENARIOS)
"""All scenario ids, in upstream's order within each transport (HTTP first)."""


def _run_one(scenario_id: str, ctx: Context) -> ScenarioResult:
    start = time.perf_counter()
    passed = False
    try:
        detail = _SCENARIOS[scenario_id](ctx)
        passed = True
    except Failure as exc:
        detail = str(exc)
    except APIStatusError as exc:
        detail = f"HTTP {exc.status_code}: {exc.message}"
    except OpenResponsesError as exc:
        detail = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a broken server must give a failed scenario, not a crash
        detail = f"unexpected {type(exc).__name__}: {exc}"
    return ScenarioResult(scenario_id, passed, detail, time.perf_counter() - start)


def _selected(filter: str | Iterable[str] | None) -> list[str]:
    if filter is None:
        return list(SCENARIO_IDS)
    wanted = filter.split(",") if isinstance(filter, str) else list(filter)
    wanted = [w.strip() for w in wanted if w.strip()]
    unknown = [w for w in wanted if w not in _SCENARIOS]
    if unknown:
        raise ValueError(
            f"unknown scenario id(s): {', '.join(unknown)}; known: {', '.join(SCENARIO_IDS)}"
        )
    return [s for s in SCENARIO_IDS if s in wanted]


def run_compliance(
    base_url: str,
    *,
    api_key: str | None = None,
    model: str = "gpt-4o-mini",
    auth_header: str = "Authorization",
    bearer: bool = True,
    filter: str | Iterable[str] | None = None,
    timeout: float = 60.0,
    workers: int = 8,
) -> list[ScenarioResult]:
    """Run the compliance scenarios against ``base_url``; results come in scenario order.

    ``api_key`` defaults to ``$OPENRESPONSES_API_KEY``; it is sent in
    ``auth_header``, prefixed with ``Bearer `` unless ``bearer`` is false.
    ``filter`` restricts the run to some scenario ids (a collection or a
    comma-separated string; unknown ids raise ``ValueError``).  Scenarios run in
    parallel on ``workers`` threads, as upstream runs them concurrently; requests
    are not retried.
    """
    ids = _selected(filter)
    prefix = "Bearer " if bearer else ""
    with Client(
        base_url=base_url,
        api_key=api_key,
        auth_header=auth_header,
        auth_prefix=prefix,
        timeout=timeout,
        max_retries=0,
    ) as client:
        ctx = Context(client, model)
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return list(pool.map(lambda scenario: _run_one(scenario, ctx), ids))


# -- command line ----------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m open_responses.testing.compliance",
        description="Run the Open Responses compliance scenarios against a server.",
    )
    parser.add_argument("--base-url", "-u", required=True, help="server base URL (e.g. .../v1)")
    parser.add_argument("--api-key", "-k", help="API key (default: $OPENRESPONSES_API_KEY)")
    parser.add_argument("--model", "-m", default="gpt-4o-mini", help="model (gpt-4o-mini)")
    parser.add_argument("--auth-header", default="Authorization", help="credential header name")
    parser.add_argument(
        "--no-bearer", action="store_true", help="send the key without the 'Bearer ' prefix"
    )
    parser.add_argument("--filter", "-f", help="comma-separated scenario ids to run")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per request (60)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    return parser


def _table(results: Sequence[ScenarioResult]) -> str:
    width = max([len(r.id) for r in results] + [8])
    lines = [f"{'SCENARIO':<{width}}  RESULT  {'TIME':>7}  DETAIL"]
    for r in results:
        label = {"passed": "PASS", "failed": "FAIL", "skipped": "SKIP"}[r.outcome]
        lines.append(f"{r.id:<{width}}  {label:<6}  {r.duration:>6.2f}s  {r.detail}")
    counts = {o: sum(r.outcome == o for r in results) for o in ("passed", "failed", "skipped")}
    lines.append(
        f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: print a table (or JSON); exit 1 if a scenario failed, 2 on bad usage."""
    args = _parser().parse_args(argv)
    try:
        results = run_compliance(
            args.base_url,
            api_key=args.api_key,
            model=args.model,
            auth_header=args.auth_header,
            bearer=not args.no_bearer,
            filter=args.filter,
            timeout=args.timeout,
        )
    except ValueError as exc:
        print(f"compliance: error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        rows = [dict(asdict(r), outcome=r.outcome) for r in results]
        print(json.dumps(rows, indent=2))
    else:
        print(_table(results))
    return 1 if any(r.failed for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
