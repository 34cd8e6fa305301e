"""Load on the served site: wrk for throughput and latency, plain HTTP for the export's stream."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import shutil
import statistics
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .serve import Server, rss_mb

SCRIPT = Path(__file__).resolve().parent / "report.lua"
WRK_PACKAGE = "wrk"


@dataclass
class Load:
    """What one wrk run measured."""

    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int  # responses other than 2xx, plus connection errors and timeouts
    # The latency (ms) at the middle of each half percent of the requests, fastest first
    # (see report.lua): what merges several runs' percentiles.
    quantiles_ms: tuple[float, ...] = ()


def ensure_wrk() -> str:
    """The wrk executable; installed from Debian when missing and we may, else a clear exit."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"wrk is missing: installing the Debian package {WRK_PACKAGE!r}", flush=True)
        quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", WRK_PACKAGE], check=True, env=quiet)
        found = shutil.which("wrk")
        if found:
            return found
    raise SystemExit(
        "The bench drives the site with wrk, which is not installed. Install the package "
        f"{WRK_PACKAGE!r} (Debian/Ubuntu: sudo apt-get install {WRK_PACKAGE}) and run it again."
    )


def wrk(
    executable: str,
    port: int,
    path: str,
    *,
    seconds: float,
    connections: int,
    threads: int = 2,
) -> Load:
    """Drive one page for a fixed time; latency percentiles and counts from report.lua."""
    command = [
        executable,
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=60s",
        f"--script={SCRIPT}",
        f"http://127.0.0.1:{port}{path}",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed on {path}: {result.stderr.strip() or result.stdout}")
    figures = json.loads(lines[-1])
    seconds_run = figures["duration_us"] / 1e6
    errors = sum(figures[key] for key in ("non2xx", "connect", "read", "write", "timeout"))
    return Load(
        requests=figures["requests"],
        rps=figures["requests"] / seconds_run if seconds_run else 0.0,
        p50_ms=figures["p50_us"] / 1000,
        p99_ms=figures["p99_us"] / 1000,
        errors=errors,
        quantiles_ms=tuple(us / 1000 for us in figures.get("quantiles_us", ())),
    )


def get(port: int, path: str) -> int:
    """One GET, read to the end; its status."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status


def warm(port: int, paths: list[str], *, clients: int) -> None:
    """Request every page from several clients at once, twice, before anything is timed.

    Each worker process builds its own state on first use (the facet indexes take seconds
    on 20,000 rows); concurrent requests make sure every worker has, and they fill the page
    cache when it is on.
    """
    with ThreadPoolExecutor(max_workers=clients) as pool:
        for path in paths:
            list(pool.map(get, [port] * 2 * clients, [path] * 2 * clients))


def timed_requests(port: int, path: str, *, clients: int, each: int) -> Load:
    """A page too slow for a few seconds of wrk (the full export): a fixed number of requests.

    ``clients`` send ``each`` requests one after another; throughput is all of them over
    the time they took together.
    """

    def client(_: int) -> list[tuple[float, int]]:
        timings = []
        for _ in range(each):
            start = time.perf_counter()
            status = get(port, path)
            timings.append((time.perf_counter() - start, status))
        return timings

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = [timing for timings in pool.map(client, range(clients)) for timing in timings]
    elapsed = time.perf_counter() - start
    latencies = sorted(seconds * 1000 for seconds, _status in results)
    return Load(
        requests=len(results),
        rps=len(results) / elapsed,
        p50_ms=statistics.median(latencies),
        p99_ms=latencies[-1],  # with a handful of samples, the 99th percentile is the slowest
        errors=sum(1 for _seconds, status in results if not 200 <= status < 300),
    )


def export_stream(server: Server, path: str, runs: int = 3) -> dict:
    """Time to the first byte of the export and its workers' memory growth, over a few runs.

    Requests go one after another, so each is served alone. Growth is the largest change of
    a worker's resident memory between before the first run and after the last.
    """
    before = {pid: rss_mb(pid) for pid in server.worker_pids()}
    first_bytes, rows = [], 0
    for _ in range(runs):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        head = response.read(1)
        first_bytes.append((time.perf_counter() - start) * 1000)
        body = head + response.read()
        conn.close()
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")
        rows = sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8-sig")))) - 1
    after = {pid: rss_mb(pid) for pid in server.worker_pids()}
    growth = max((after[pid] - before[pid] for pid in before if pid in after), default=0.0)
    return {
        "rows": rows,
        "ttfb_ms": round(statistics.median(first_bytes), 1),
        "rss_growth_mb": round(max(growth, 0.0), 1),
    }
