"""Run the client benchmarks and print one table per measurement.

    .venv/bin/python benchmarks/run.py [--quick] [--only NAME[,NAME...]]

NAME is one of: core, import, cold, stream, ws, rss, concurrent.  See README.md for what is
measured and the targets.  Every number is compared to a floor measured in the
same run; absolute timings depend on the machine and mean little on their own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = sys.executable
BENCHES = ("core", "import", "cold", "stream", "ws", "rss", "concurrent")


@dataclass(frozen=True)
class Settings:
    core_requests: int
    core_warmup: int
    core_rounds: int
    core_repeats: int
    import_runs: int
    stream_deltas: int
    stream_rounds: int
    stream_repeats: int
    rss_events: int
    rss_every: int
    conc_levels: tuple[int, ...]
    conc_deltas: int
    conc_rounds: int
    cold_runs: int
    ws_deltas: int
    ws_rounds: int


FULL = Settings(
    core_requests=1000,
    core_warmup=200,
    # One process's figure moves by up to ~15% with its memory layout (hash seed,
    # allocator), so many short processes beat a few long ones.
    core_rounds=7,
    core_repeats=3,
    import_runs=7,
    stream_deltas=20_000,
    stream_rounds=7,
    stream_repeats=2,
    rss_events=200_000,
    rss_every=10_000,
    conc_levels=(1, 10, 100, 500, 1000),
    conc_deltas=42,  # + 8 framing events = 50 events per stream
    conc_rounds=3,
    cold_runs=7,
    ws_deltas=20_000,
    ws_rounds=3,
)
QUICK = Settings(
    core_requests=300,
    core_warmup=50,
    core_rounds=5,
    core_repeats=2,
    import_runs=5,
    stream_deltas=5_000,
    stream_rounds=3,
    stream_repeats=1,
    rss_events=50_000,
    rss_every=5_000,
    conc_levels=(1, 10, 100),
    conc_deltas=42,
    conc_rounds=2,
    cold_runs=3,
    ws_deltas=5_000,
    ws_rounds=2,
)


# ------------------------------------------------------------------------ helpers


class BenchServer:
    """The benchmark HTTP server, in its own process for the life of the run."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> BenchServer:
        self.process = subprocess.Popen(
            [PYTHON, str(HERE / "server.py")], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.__exit__()
            raise SystemExit(f"benchmark server did not start (said {line!r})")
        self.port = int(line)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def worker(bench: str, contender: str, port: int, **params: Any) -> Any:
    """Run one measurement in a fresh process; None (and the error on stderr) if it failed."""
    spec = json.dumps({"bench": bench, "contender": contender, "port": port, **params})
    try:
        done = subprocess.run(
            [PYTHON, str(HERE / "workers.py"), spec],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        print(f"  ! {bench}/{contender}: timed out", file=sys.stderr)
        return None
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-6:])
        print(f"  ! {bench}/{contender} failed:\n{tail}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def progress(message: str) -> None:
    print(f"  ... {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(value: float, floor: float) -> str:
    if not floor or value != value or floor != floor:
        return "-"
    return f"{value / floor:.2f}x"


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "MISS")


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        first = f"{cells[0]!s:<{widths[0]}}"
        rest = (f"{cell!s:>{width}}" for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest])

    print(f"\n{title}")
    print(line(header))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(line(row))


def collect(bench: str, contenders: Sequence[str], rounds: int, port: int, **params: Any) -> Any:
    """Run each contender once per round, interleaved, and pool the samples."""
    samples: dict[str, list[dict[str, float]]] = {c: [] for c in contenders}
    extras: dict[str, dict[str, Any]] = {c: {} for c in contenders}
    failed: set[str] = set()
    for round_no in range(rounds):
        for contender in contenders:
            if contender in failed:
                continue
            progress(f"{bench}: {contender} (round {round_no + 1}/{rounds})")
            result = worker(bench, contender, port, **params)
            if result is None:
                failed.add(contender)
                samples[contender] = []
            else:
                samples[contender].extend(result.pop("samples"))
                extras[contender] = result
    return samples, extras


def stat(samples: Sequence[dict[str, float]], key: str, how: str = "median") -> float:
    values = [s[key] for s in samples]
    if not values:
        return float("nan")
    return min(values) if how == "min" else median(values)


def fmt(value: float, digits: int = 1) -> str:
    return "error" if value != value else f"{value:,.{digits}f}"


# ------------------------------------------------------------------------ benches


def run_core(s: Settings, port: int) -> None:
    labels = {
        "httpx": "httpx.Client.post + json.loads (floor)",
        "httpx+model": "  floor + Response.from_dict (diagnostic)",
        "open_responses": "open_responses Client.responses.create",
        "openai": "openai OpenAI.responses.create",
    }
    params = {"requests": s.core_requests, "warmup": s.core_warmup, "repeats": s.core_repeats}
    samples, _ = collect("core", list(labels), s.core_rounds, port, **params)
    floor = stat(samples["httpx"], "cpu_us")
    rows = []
    for contender, label in labels.items():
        cpu = stat(samples[contender], "cpu_us")
        ok = cpu <= 1.1 * floor if contender == "open_responses" else None
        rows.append(
            [
                label,
                fmt(cpu),
                fmt(stat(samples[contender], "cpu_us", "min")),
                fmt(stat(samples[contender], "wall_us")),
                ratio(cpu, floor),
                "<=1.1x " + verdict(ok) if ok is not None else "",
            ]
        )
    table(
        f"1. Client core: sequential non-streaming creates, {s.core_rounds} rounds x "
        f"{s.core_repeats} samples of {s.core_requests:,} (client CPU per request, median)",
        ["contender", "CPU us/req", "min", "wall us/req", "vs floor", "target"],
        rows,
    )


IMPORTS = {
    "bare": "pass",
    "import httpx": "import httpx",
    "  ... httpx.Client() (builds an SSL context)": "import httpx; httpx.Client()",
    "import open_responses": "import open_responses",
    "from open_responses import Client; Client()": "from open_responses import Client; Client()",
    "  ... Client().responses (loads the models)": (
        "from open_responses import Client; Client().responses"
    ),
    "import openai": "import openai",
    "  ... openai.OpenAI(api_key='x').responses": (
        "import openai; openai.OpenAI(api_key='x').responses"
    ),
}


def run_import(s: Settings) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENRESPONSES_", "OPENAI_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    wall: dict[str, list[float]] = {name: [] for name in IMPORTS}
    cpu: dict[str, list[float]] = {name: [] for name in IMPORTS}
    progress(f"import: {s.import_runs} rounds of {len(IMPORTS)} fresh interpreters")
    for round_no in range(s.import_runs + 1):  # round 0 only warms the .pyc and file caches
        for name, code in IMPORTS.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([PYTHON, "-c", code], check=True, env=env, cwd=ROOT)
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if round_no:
                wall[name].append(elapsed * 1e3)
                used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                cpu[name].append(used * 1e3)
    bare_wall, bare_cpu = median(wall["bare"]), median(cpu["bare"])
    net = {name: median(wall[name]) - bare_wall for name in IMPORTS}
    net_cpu = {name: median(cpu[name]) - bare_cpu for name in IMPORTS}
    floor, floor_cpu = net["import httpx"], net_cpu["import httpx"]
    rows = []
    for name in IMPORTS:
        if name == "bare":
            rows.append(["python -c pass (start-up, subtracted)", fmt(bare_wall), fmt(bare_cpu)])
            rows[-1] += ["", "", "", ""]
            continue
        target = ""
        # The target is on the import; Client() is shown beside httpx.Client(),
        # which it wraps (creating the SSL context is most of that cost).
        if name == "import open_responses":
            target = "<=0.3x " + verdict(net[name] <= 0.3 * floor)
        rows.append(
            [
                name,
                fmt(median(wall[name])),
                fmt(median(cpu[name])),
                fmt(net[name]),
                ratio(net[name], floor),
                ratio(net_cpu[name], floor_cpu),
                target,
            ]
        )
    table(
        f"2. Import time: fresh interpreter each, median of {s.import_runs} "
        "(net = minus bare start-up)",
        ["command", "wall ms", "CPU ms", "net wall ms", "vs httpx", "CPU vs httpx", "target"],
        rows,
    )


STREAM_LABELS = {
    "raw.bytes": "  raw socket, data lines found, not parsed (diagnostic)",
    "raw": "raw socket + json.loads (floor 1)",
    "httpx.raw": "  httpx iter_raw(), not parsed (diagnostic)",
    "httpx": "httpx iter_lines + json.loads (floor 2)",
    "httpx+typed": "  floor 2 + parse_event() typing (diagnostic)",
    "open_responses.stream": "open_responses stream() typed",
    "open_responses.final": "open_responses stream() + get_final_response()",
    "open_responses.stream+orjson": "  ... typed, with orjson (fast extra)",
    "open_responses.final+orjson": "  ... + final response, with orjson",
    "httpx.async": "httpx.AsyncClient aiter_lines + json.loads (async floor 2)",
    "open_responses.astream": "open_responses AsyncClient stream() typed",
    "open_responses.afinal": "open_responses async stream() + get_final_response()",
    "open_responses.astream+orjson": "  ... async typed, with orjson",
    "openai.create": "openai create(stream=True)",
    "openai.stream": "openai responses.stream() + get_final_response()",
}
# Targets, as ratios to floor 2 (httpx iter_lines + json.loads; its async twin for async rows).
STREAM_TARGETS = {
    "open_responses.stream": 1.15,
    "open_responses.final": 1.2,
    "open_responses.stream+orjson": 0.9,
    "open_responses.final+orjson": 0.9,
    "open_responses.astream": 1.15,
    "open_responses.afinal": 1.2,
    "open_responses.astream+orjson": 0.9,
}


def run_stream(s: Settings, port: int) -> None:
    labels = STREAM_LABELS
    params = {"deltas": s.stream_deltas, "repeats": s.stream_repeats}
    samples, extras = collect("stream", list(labels), s.stream_rounds, port, **params)
    raw = stat(samples["raw"], "cpu_us")
    floors = {False: stat(samples["httpx"], "cpu_us"), True: stat(samples["httpx.async"], "cpu_us")}
    lib = stat(samples["open_responses.stream"], "cpu_us")
    rows = []
    for contender, label in labels.items():
        cpu = stat(samples[contender], "cpu_us")
        floor = floors[".a" in contender or contender.endswith(".async")]
        target = ""
        if contender in STREAM_TARGETS:
            limit = STREAM_TARGETS[contender]
            target = f"<={limit}x " + verdict(cpu <= limit * floor)
        elif contender.startswith("openai."):
            target = f"lib {ratio(cpu, lib)} less"
        rows.append(
            [
                label,
                fmt(cpu, 2),
                fmt(stat(samples[contender], "cpu_us", "min"), 2),
                ratio(cpu, raw),
                ratio(cpu, floor),
                fmt(stat(samples[contender], "ttfe_us"), 0),
                fmt(extras[contender].get("new_connections_per_stream", float("nan")), 2),
                target,
            ]
        )
    events = s.stream_deltas + 8
    table(
        f"3. Streaming, one HTTP chunk per event: one stream of {s.stream_deltas:,} text deltas "
        f"({events:,} events), client CPU per event, median of {s.stream_rounds} rounds x {s.stream_repeats}",
        [
            "contender",
            "CPU us/event",
            "min",
            "vs floor 1",
            "vs floor 2",
            "TTFE us",
            "new conn/stream",
            "target (floor 2)",
        ],
        rows,
    )
    openai_create = stat(samples["openai.create"], "cpu_us")
    if lib == lib and openai_create == openai_create:
        print(
            f"open_responses typed vs openai create(stream=True): {openai_create / lib:.1f}x less CPU"
        )
    print(
        "floor 1 = raw socket + json.loads of each data line; floor 2 = httpx iter_lines + "
        "json.loads (async rows: aiter_lines).\nTTFE = wall time from the call to the first "
        "event (median).  new conn/stream = TCP connections opened per stream on a warm client "
        "(0 = keep-alive reuse)."
    )


COLD = {
    "httpx": (
        "import time; t0 = time.perf_counter()\n"
        "import json, httpx\n"
        "t1 = time.perf_counter(); c = httpx.Client(); t2 = time.perf_counter()\n"
        "json.loads(c.post(URL + '/v1/responses', json={'model': 'm', 'input': 'x'}).content)\n"
        "t3 = time.perf_counter()\n"
        "with c.stream('POST', URL + '/v1/responses', json={'model': 'bench-model/50', "
        "'input': 'x', 'stream': True}) as r:\n"
        "    for line in r.iter_lines():\n"
        "        if line.startswith('data: '): json.loads(line[6:]); break\n"
        "t4 = time.perf_counter()\n"
    ),
    "open_responses": (
        "import time; t0 = time.perf_counter()\n"
        "from open_responses import Client\n"
        "t1 = time.perf_counter(); c = Client(base_url=URL, api_key='x'); t2 = time.perf_counter()\n"
        "c.responses.create(model='m', input='x').output_text\n"
        "t3 = time.perf_counter()\n"
        "for e in c.responses.create(model='bench-model/50', input='x', stream=True): break\n"
        "t4 = time.perf_counter()\n"
    ),
}
COLD_TAIL = "print(t1 - t0, t2 - t1, t3 - t2, t4 - t3)\n"


def run_cold(s: Settings, port: int) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENRESPONSES_", "OPENAI_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    phases: dict[str, list[list[float]]] = {name: [] for name in COLD}
    progress(f"cold: {s.cold_runs} rounds of fresh interpreters")
    for round_no in range(s.cold_runs + 1):  # round 0 warms the .pyc and file caches
        for name, code in COLD.items():
            program = f"URL = 'http://127.0.0.1:{port}'\n" + code + COLD_TAIL
            done = subprocess.run(
                [PYTHON, "-c", program], env=env, cwd=ROOT, capture_output=True, text=True
            )
            if done.returncode != 0:
                print(f"  ! cold/{name}: {done.stderr.strip()[-300:]}", file=sys.stderr)
                continue
            if round_no:
                phases[name].append([float(x) * 1e3 for x in done.stdout.split()])
    med = {
        name: [median([run[i] for run in runs]) for i in range(4)] if runs else [float("nan")] * 4
        for name, runs in phases.items()
    }
    h, lib = med["httpx"], med["open_responses"]
    rows = []
    for name, values in med.items():
        total = sum(values[:3])
        rows.append([name, *(fmt(v, 2) for v in values), fmt(total, 2), ratio(total, sum(h[:3]))])
    table(
        f"2b. Cold start: fresh interpreter, wall ms per phase, median of {s.cold_runs}",
        [
            "client",
            "import",
            "construct",
            "first create",
            "first event",
            "import..create",
            "vs httpx",
        ],
        rows,
    )
    print(
        f"first create: {lib[2] - h[2]:+.2f} ms vs httpx's first request (target within 10 ms: "
        f"{verdict(lib[2] - h[2] <= 10)}); import+construct+first call "
        f"{ratio(sum(lib[:3]), sum(h[:3]))} (target <=1.3x: "
        f"{verdict(sum(lib[:3]) <= 1.3 * sum(h[:3]))})"
    )


def run_ws(s: Settings, port: int) -> None:
    labels = {
        "websockets": "websockets.sync recv + json.loads (floor)",
        "ws.turn": "open_responses connect().create() typed turn",
        "ws.final": "  ... + get_final_response()",
    }
    samples, _ = collect("ws", list(labels), s.ws_rounds, port, deltas=s.ws_deltas, repeats=1)
    floor = stat(samples["websockets"], "cpu_us")
    rows = [
        [
            label,
            fmt(stat(samples[c], "cpu_us"), 2),
            fmt(stat(samples[c], "cpu_us", "min"), 2),
            ratio(stat(samples[c], "cpu_us"), floor),
            fmt(stat(samples[c], "ttfe_us"), 0),
        ]
        for c, label in labels.items()
    ]
    table(
        f"3b. WebSocket mode: one turn of {s.ws_deltas:,} deltas on an open connection, "
        f"client CPU per event, median of {s.ws_rounds} rounds",
        ["contender", "CPU us/event", "min", "vs floor", "TTFE us"],
        rows,
    )


def run_rss(s: Settings, port: int) -> None:
    labels = {
        "httpx": "httpx iter_lines + json.loads (floor)",
        "open_responses.create": "open_responses create(stream=True), events dropped",
        "openai.create": "openai create(stream=True), events dropped",
    }
    rows = []
    traces = []
    for contender, label in labels.items():
        progress(f"rss: {contender}")
        result = worker("rss", contender, port, events=s.rss_events, every=s.rss_every)
        if result is None:
            rows.append([label, "error", "", "", "", "", ""])
            continue
        growth = result["growth_mb"]
        target = "<10 MB " + verdict(growth < 10) if contender.startswith("open_") else ""
        rows.append(
            [
                label,
                fmt(result["baseline_mb"]),
                fmt(result["peak_mb"]),
                fmt(growth),
                fmt(result["end_mb"]),
                fmt(result["cpu_us"], 2),
                target,
            ]
        )
        trace = " ".join(f"{rss - result['baseline_mb']:+.1f}" for _, rss in result["samples"])
        traces.append(f"  {contender}: {trace}")
    table(
        f"4. Memory: one stream of {s.rss_events:,} deltas, VmRSS sampled every "
        f"{s.rss_every:,} events (baseline after a warm-up stream)",
        [
            "contender",
            "base MB",
            "peak MB (iterating)",
            "growth MB",
            "after stream MB",
            "CPU us/event",
            "target",
        ],
        rows,
    )
    print(f"RSS over baseline (MB) at every {s.rss_every:,} events:")
    print("\n".join(traces))


def run_concurrent(s: Settings, port: int) -> None:
    labels = {
        "raw": "asyncio raw sockets + json.loads (floor 1)",
        "httpx": "httpx.AsyncClient aiter_lines + json.loads (floor 2)",
        "open_responses": "open_responses AsyncClient responses.stream() typed",
    }
    rows = []
    for streams in s.conc_levels:
        # Small levels run several gathers in a row (one client), so every level
        # measures at least ~10,000 events.
        batches = max(1, 200 // streams)
        samples, _ = collect(
            "concurrent",
            list(labels),
            s.conc_rounds,
            port,
            streams=streams,
            deltas=s.conc_deltas,
            repeats=1,
            batches=batches,
        )
        raw_cpu = stat(samples["raw"], "cpu_s")
        floor_cpu = stat(samples["httpx"], "cpu_s")
        floor_wall = stat(samples["httpx"], "wall_s")
        for contender, label in labels.items():
            cpu = stat(samples[contender], "cpu_s")
            target = ""
            if contender == "open_responses" and streams == 500:
                target = "<=1.2x " + verdict(cpu <= 1.2 * floor_cpu)
            rows.append(
                [
                    f"{streams:>5} x{batches:<3} {label}",
                    fmt(cpu, 3),
                    fmt(stat(samples[contender], "wall_s"), 3),
                    fmt(stat(samples[contender], "cpu_us_per_event"), 2),
                    ratio(cpu, raw_cpu),
                    ratio(cpu, floor_cpu),
                    ratio(stat(samples[contender], "wall_s"), floor_wall),
                    target,
                ]
            )
    events = s.conc_deltas + 8
    table(
        f"5. Concurrency: N async streams of {events} events under asyncio.gather "
        f"(xB: B gathers in a row; keep-alive cap 20), median of {s.conc_rounds} rounds",
        [
            "streams",
            "CPU s",
            "wall s",
            "CPU us/event",
            "CPU vs floor 1",
            "CPU vs floor 2",
            "wall vs floor 2",
            "target (floor 2)",
        ],
        rows,
    )


# --------------------------------------------------------------------------- main


def versions() -> str:
    found = []
    for name in ("open_responses", "httpx", "openai"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer rounds")
    parser.add_argument("--only", default="", help="comma-separated: " + ", ".join(BENCHES))
    args = parser.parse_args(argv)
    only = [name.strip() for name in args.only.split(",") if name.strip()] or list(BENCHES)
    unknown = sorted(set(only) - set(BENCHES))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    settings = QUICK if args.quick else FULL
    print(
        f"open_responses client benchmarks ({'quick' if args.quick else 'full'}) - "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {versions()}"
    )
    started = time.perf_counter()
    if "import" in only:
        run_import(settings)
    network = [name for name in only if name != "import"]
    if network:
        with BenchServer() as server:
            for name in network:
                if name == "core":
                    run_core(settings, server.port)
                elif name == "stream":
                    run_stream(settings, server.port)
                elif name == "cold":
                    run_cold(settings, server.port)
                elif name == "ws":
                    run_ws(settings, server.port)
                elif name == "rss":
                    run_rss(settings, server.port)
                elif name == "concurrent":
                    run_concurrent(settings, server.port)
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
