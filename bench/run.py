"""`make bench`: the site at scale on PostgreSQL, served by gunicorn, loaded with wrk.

1. Fills a PostgreSQL database named ``bench`` (only that one, or the one named with
   --allow-database: it is emptied) with a synthetic resource centre (see data.py).
2. Serves it with gunicorn and production settings on 127.0.0.1 (see serve.py), twice: with
   the page cache off, then on (``PAGE_CACHE``), the instances restarted in between.
3. In each pass drives every public page with wrk for a few seconds after a short warm-up,
   in slices with a slice of the floor page between each two, and counts each page's SQL
   queries in-process; in the first pass also times the CSV export's first byte and its
   workers' memory, and runs a registration rush over two instances (see registrations.py).
4. Prints one table (throughput also as a ratio of the floor page's, measured in the same
   pass in the floor slices around the page's own: see measure_page), says which targets
   hold, and writes bench/results.json.

Absolute figures depend on the machine and on whatever else runs on it; the ratios are what
to compare.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import load, serve  # noqa: E402  (the project root must be importable first)

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/14"
RESULTS = ROOT / "bench" / "results.json"

# Targets, as throughput ratios to the floor in the same pass (see the README).
DETAIL_PAGES = ("practice-detail", "training-detail", "workshop-detail", "country-detail")
FACETED_LISTS = (
    "practices-list",
    "practices-facets",
    "practices-page50",
    "trainings-facets",
    "workshops-list",
    "countries-map",
)
CACHE_OFF_TARGETS = {
    **dict.fromkeys(DETAIL_PAGES, 0.3),
    **dict.fromkeys(FACETED_LISTS, 0.15),
    "practices-selective": 0.1,
    "search": 0.1,
    "practices-common": 0.04,
}
CACHE_ON_TARGET = 0.6
REGISTRATIONS_TARGET = 0.1
# Each page is driven in slices of this many seconds, each followed by a slice of the floor
# (see measure_page).
PAGE_SLICE_SECONDS = 2
FLOOR_SLICE_SECONDS = 1
P99_OVER_P50 = 10
EXPORT_TTFB_MS = 100
EXPORT_RSS_MB = 20


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    )
    parser.add_argument(
        "--allow-database",
        default="bench",
        metavar="NAME",
        help="the only database name this run may empty (default: bench)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL),
        help="a Redis database of the bench's own: it is flushed at the start",
    )
    parser.add_argument("--reuse-data", action="store_true", help="keep the last run's data")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="fraction of the full data set (quick tries)"
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=6,
        help=f"wrk time per page and pass, in slices of {PAGE_SLICE_SECONDS} s",
    )
    parser.add_argument("--warmup", type=float, default=1, help="wrk warm-up per page")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections")
    parser.add_argument(
        "--export-requests", type=int, default=2, help="full exports per worker and pass"
    )
    parser.add_argument("--rush-members", type=int, default=400)
    parser.add_argument("--rush-per-workshop", type=int, default=50)
    return parser.parse_args()


def refusal(url: str, allowed: str) -> str | None:
    """Why this database may not be used, or None when it is the bench's own."""
    if urlsplit(url).scheme not in ("postgres", "postgresql"):
        return f"The bench runs on PostgreSQL; {url!r} is not a postgres:// URL."
    name = urlsplit(url).path.lstrip("/")
    if name != allowed:
        return (
            f"Refusing to run: the bench empties its database, and “{name}” is not the one "
            f"allowed (“{allowed}”). Pass --allow-database {name} if you mean it."
        )
    return None


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = parts._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def site_env(args: argparse.Namespace, secret_key: str, static_root: Path) -> dict[str, str]:
    """Production settings for every process of the run (page cache added per pass)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "resource_centre.settings",
        "DATABASE_URL": args.database_url,
        "REDIS_URL": args.redis_url,
        "DEBUG": "false",
        "HTTPS": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1",
        # E-mails wait in the database for a worker that never runs: none is sent.
        "TASKS_BACKEND": "database",
        "BENCH_VIEWS": "true",
        "STATIC_ROOT": str(static_root),
        "PAGE_CACHE": "false",
        "LOG_LEVEL": "WARNING",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def choose_pages() -> dict[str, str]:
    """Each page's path, picked from the data (the middle row where a row is needed)."""
    from django.utils import timezone

    from bench.data import COMMON_WORD, RARE_WORD, RUSH_PREFIX
    from practices.models import SEARCH_FIELDS, Practice
    from practices.search import search
    from trainings.models import TrainingProgramme
    from workshops.models import Workshop, WorkshopStatus

    published = Practice.objects.published()
    total = published.count()
    rare = search(published, RARE_WORD, SEARCH_FIELDS).count()
    common = search(published, COMMON_WORD, SEARCH_FIELDS).count()
    print(
        f"{total} published practices; “{RARE_WORD}” matches {rare / total:.2%}, "
        f"“{COMMON_WORD}” {common / total:.0%} of them."
    )

    def middle(queryset):
        return queryset.order_by("pk")[queryset.count() // 2]

    practice = middle(published.filter(training_programmes__isnull=False).distinct())
    training = middle(TrainingProgramme.objects.published())
    workshop = middle(
        Workshop.objects.upcoming(timezone.now())
        .filter(status=WorkshopStatus.SCHEDULED)
        .exclude(slug__startswith=RUSH_PREFIX)
    )
    facets = "country=HU&type=mutual-support-groups"
    return {
        "floor": "/bench/floor/",
        "home": "/",
        "practices-list": "/practices/",
        "practices-facets": f"/practices/?{facets}",
        "practices-selective": f"/practices/?q={RARE_WORD}&{facets}",
        "practices-common": f"/practices/?q={COMMON_WORD}&{facets}",
        "practices-page50": "/practices/?country=HU&page=50",
        "practice-detail": practice.get_absolute_url(),
        "trainings-facets": "/trainings/?language=de&accredited=true&mode=online",
        "training-detail": training.get_absolute_url(),
        "workshops-list": "/workshops/",
        "workshop-detail": workshop.get_absolute_url(),
        "countries-map": "/countries/",
        "country-detail": "/countries/hu/",
        "search": f"/search/?q={RARE_WORD}",
        "practices-feed": "/practices/feed/",
        "practices-export": "/practices/export.csv",
    }


def count_queries(pages: dict[str, str], env: dict[str, str]) -> dict[str, dict[str, int]]:
    """Queries per page, in a process with the pass's settings (see queries.py)."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.queries"],
        input=json.dumps(pages),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"counting queries failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout)


def run_pass(cache: str, pages: dict[str, str], args, wrk: str, env, log_dir: Path) -> dict:
    """One pass: two fresh instances, every page loaded on the first, extras in pass "off"."""
    env = {**env, "PAGE_CACHE": "true" if cache == "on" else "false"}
    print(f"\nPass with the page cache {cache}: starting gunicorn ×2", flush=True)
    out: dict = {"pages": []}
    with serve.running(["a", "b"], env, log_dir) as (first, second):
        queries = count_queries(pages, env)
        load.warm(
            first.port,
            [path for name, path in pages.items() if name != "practices-export"],
            clients=args.connections,
        )
        # The machine's speed drifts within a pass (other tenants, caches, the CPU's clock),
        # by a third within a minute on a busy host: each page is driven in short slices
        # with a slice of the floor between each two (see measure_page), and its ratio is
        # to the floor slices around its own.
        floor_runs: list[float] = []
        for name, path in pages.items():
            if name == "practices-export":
                if cache == "off":
                    out["export"] = load.export_stream(first, path)
                figures = load.timed_requests(
                    first.port, path, clients=serve.WORKERS, each=args.export_requests
                )
                around = None
            elif name == "floor":
                figures = load.wrk(
                    wrk, first.port, path, seconds=args.seconds, connections=args.connections
                )
                floor_runs.append(figures.rps)
            else:
                figures, floors = measure_page(wrk, first.port, path, pages["floor"], args)
                around = [floor_runs[-1], *floors]
                floor_runs.extend(floors)
            row = {
                "name": name,
                "path": path,
                "cache": cache,
                "rps": round(figures.rps, 1),
                "p50_ms": round(figures.p50_ms, 1),
                "p99_ms": round(figures.p99_ms, 1),
                "queries": queries[name]["queries"],
                "errors": figures.errors,
                "status": queries[name]["status"],
            }
            if name != "floor":
                # Each page slice between the floor slices just before and just after it.
                row["floor_rps"] = (
                    floor_rps(around) if around else sum(floor_runs) / len(floor_runs)
                )
            out["pages"].append(row)
            print(
                f"  {name:20} {row['rps']:8.1f} req/s  p50 {row['p50_ms']:7.1f} ms  "
                f"p99 {row['p99_ms']:7.1f} ms  {row['queries']:3d} queries"
                + (f"  floor {row['floor_rps']:7.1f} req/s" if name != "floor" else "")
                + (f"  {row['errors']} errors" if row["errors"] else ""),
                flush=True,
            )
        out["floor_runs"] = [round(rps, 1) for rps in floor_runs]
        # The floor's own row: the mean of all its runs in the pass.
        floor = sum(floor_runs) / len(floor_runs) or 1.0
        for row in out["pages"]:
            row["ratio"] = round(row["rps"] / row.pop("floor_rps", floor), 3)
        out["pages"][0]["rps"] = round(floor, 1)
        out["pages"][0]["ratio"] = 1.0
        print(
            f"  floor, all {len(floor_runs)} runs  {floor:8.1f} req/s (from {min(floor_runs):.1f}"
            f" to {max(floor_runs):.1f}); each page's ratio is to the runs between its slices",
            flush=True,
        )
        if cache == "off":
            from bench import registrations

            # The second instance has not served a page yet.
            load.warm(second.port, [pages["workshop-detail"]], clients=serve.WORKERS)
            posts = registrations.prepare(
                members=args.rush_members, per_workshop=args.rush_per_workshop, doubles=0.1
            )
            print(f"  registration rush: {len(posts)} forms over two instances…", flush=True)
            rush = registrations.rush(posts, [first.port, second.port])
            rush["ratio"] = round(rush["rps"] / floor, 3)
            out["registrations"] = rush
    return out


def measure_page(wrk: str, port: int, path: str, floor: str, args) -> tuple[load.Load, list]:
    """A page driven in slices of ``PAGE_SLICE_SECONDS``, each followed by a slice of the
    floor: the page's figures over all its slices, and each floor slice's requests/s.

    The page's throughput is all its requests over all its time; its p50 and p99 those of
    all its requests (see merged_percentile).
    """
    if args.warmup > 0:
        load.wrk(wrk, port, path, seconds=args.warmup, connections=args.connections)
    slices, floors = [], []
    for _ in range(max(1, round(args.seconds / PAGE_SLICE_SECONDS))):
        slices.append(
            load.wrk(wrk, port, path, seconds=PAGE_SLICE_SECONDS, connections=args.connections)
        )
        floors.append(
            load.wrk(
                wrk, port, floor, seconds=FLOOR_SLICE_SECONDS, connections=args.connections
            ).rps
        )
    figures = load.Load(
        requests=sum(one.requests for one in slices),
        rps=sum(one.rps for one in slices) / len(slices),
        p50_ms=merged_percentile(slices, 50),
        p99_ms=merged_percentile(slices, 99),
        errors=sum(one.errors for one in slices),
    )
    return figures, floors


def merged_percentile(runs: list[load.Load], percent: float) -> float:
    """The latency under which ``percent`` of all the runs' requests were answered: each
    run's quantiles weighted by its number of requests. Runs without quantiles give their
    median p50 and their worst p99 (an upper bound)."""
    if not all(run.quantiles_ms for run in runs):
        found = [run.p50_ms if percent == 50 else run.p99_ms for run in runs]
        return statistics.median(found) if percent == 50 else max(found)
    weighted = sorted(
        (value, run.requests / len(run.quantiles_ms)) for run in runs for value in run.quantiles_ms
    )
    wanted = sum(weight for _, weight in weighted) * percent / 100
    seen = 0.0
    for value, weight in weighted:
        seen += weight
        if seen >= wanted:
            return value
    return weighted[-1][0]


def floor_rps(around: list[float]) -> float:
    """The floor a page's slices are compared with: for each slice, the mean of the floor
    slices just before and just after it; over all slices, the mean of those."""
    pairs = list(itertools.pairwise(around))
    return sum((before + after) / 2 for before, after in pairs) / len(pairs)


def verdicts(rows: list[dict], rush: dict, export: dict) -> list[tuple[bool, str]]:
    """Each target of the issue, whether it holds, and the figures behind it."""
    found = []
    for row in rows:
        name, cache, ratio = row["name"], row["cache"], row["ratio"]
        if name in ("floor", "practices-export"):
            # The export is a download of the whole catalogue (20,000 rows, some 6 MB), not a
            # page: it is streamed fresh and never cached, and held to the export's own
            # targets below (first byte, memory). At six tenths of the floor's rate it would
            # have to send gigabytes a second.
            continue
        wanted = CACHE_OFF_TARGETS.get(name) if cache == "off" else CACHE_ON_TARGET
        if wanted is not None:
            found.append(
                (ratio >= wanted, f"{name} (cache {cache}): ratio {ratio:.3f}, target ≥ {wanted}")
            )
    spread = [
        f"{row['name']} ({row['cache']}) {row['p99_ms']}/{row['p50_ms']} ms"
        for row in rows
        if not (row["p50_ms"] > 0 and row["p99_ms"] < P99_OVER_P50 * row["p50_ms"])
    ]
    found.append(
        (
            not spread,
            f"p99 < {P99_OVER_P50} × p50 on every page"
            + (f"; not on: {', '.join(spread)}" if spread else ""),
        )
    )
    failed = [
        f"{row['name']} ({row['cache']}): {row['errors']} errors, status {row['status']}"
        for row in rows
        if row["errors"] or row["status"] != 200 or row["rps"] == 0
    ]
    found.append(
        (not failed, "every page answers 200" + (f"; not: {', '.join(failed)}" if failed else ""))
    )
    found.append(
        (
            rush["ratio"] >= REGISTRATIONS_TARGET,
            f"registrations: ratio {rush['ratio']:.3f}, target ≥ {REGISTRATIONS_TARGET}",
        )
    )
    found.append(
        (
            rush["confirmed"] == rush["capacity"]
            and not rush["wrong_count"]
            and rush["waitlisted"] == rush["expected_waitlisted"]
            and rush["duplicates"] == 0
            and rush["errors"] == 0,
            f"registrations: {rush['confirmed']} confirmed of {rush['capacity']} seats, "
            f"{rush['waitlisted']} waitlisted (expected {rush['expected_waitlisted']}), "
            f"{rush['duplicates']} duplicates, {rush['errors']} errors",
        )
    )
    found.append(
        (
            export["ttfb_ms"] < EXPORT_TTFB_MS,
            f"export: first byte after {export['ttfb_ms']} ms, target < {EXPORT_TTFB_MS} ms",
        )
    )
    found.append(
        (
            export["rss_growth_mb"] < EXPORT_RSS_MB,
            f"export: a worker grew by {export['rss_growth_mb']} MB, target < {EXPORT_RSS_MB} MB",
        )
    )
    return found


def print_table(rows: list[dict], rush: dict, export: dict) -> None:
    print(
        f"\n{'page':20} {'cache':>5} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'queries':>7} {'ratio':>6} {'errors':>6}"
    )
    for row in rows:
        print(
            f"{row['name']:20} {row['cache']:>5} {row['rps']:8.1f} {row['p50_ms']:8.1f} "
            f"{row['p99_ms']:8.1f} {row['queries']:7d} {row['ratio']:6.3f} {row['errors']:6d}"
        )
    print(
        f"{'registrations':20} {'off':>5} {rush['rps']:8.1f} {'':8} {'':8} {'':7} "
        f"{rush['ratio']:6.3f} {rush['errors']:6d}"
    )
    print(
        f"\nRegistrations: {rush['posts']} forms from {rush['members']} member–event pairs in "
        f"{rush['seconds']:.1f} s; outcomes {rush['outcomes']}"
    )
    print(
        f"Export: {export['rows']} rows, first byte {export['ttfb_ms']} ms, "
        f"worker memory +{export['rss_growth_mb']} MB"
    )


def write_results(rows: list[dict], rush: dict, export: dict, floors: dict) -> None:
    keys = ("name", "path", "cache", "rps", "p50_ms", "p99_ms", "queries", "ratio")
    results = {
        "pages": [{key: row[key] for key in keys} for row in rows],
        "registrations": {
            "rps": round(rush["rps"], 1),
            **{key: rush[key] for key in ("ratio", "capacity", "confirmed", "duplicates")},
            "errors": rush["errors"],
        },
        "export": export,
        "floor_runs": floors,  # each pass's floor runs, first and after each page (req/s)
    }
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"Written to {RESULTS.relative_to(ROOT)}")


def main() -> int:
    started = time.monotonic()
    args = parse_args()
    reason = refusal(args.database_url, args.allow_database)
    if reason:
        print(reason, file=sys.stderr)
        return 2
    wrk = load.ensure_wrk()
    # A plain `kill` stops the bench like Ctrl+C: the servers are stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    ensure_database(args.database_url)

    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        scratch = Path(scratch)
        env = site_env(args, secrets.token_urlsafe(64), scratch / "static")
        os.environ.update(env)
        import django
        import redis
        from django.core.management import call_command

        django.setup()
        redis.Redis.from_url(args.redis_url).flushdb()
        call_command("migrate", verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)

        from bench.data import generate
        from trainings.models import TrainingProgramme

        if not args.reuse_data or not TrainingProgramme.objects.exists():
            start = time.monotonic()
            scale = args.scale
            created = generate(
                **{
                    name: max(int(full * scale), 1)
                    for name, full in {
                        "practices": 20_000,
                        "drafts": 2_000,
                        "organisations": 2_000,
                        "trainings": 2_000,
                        "workshops": 5_000,
                        "members": 20_000,
                        "registrations": 200_000,
                    }.items()
                }
            )
            print(f"Generated {created} in {time.monotonic() - start:.1f} s", flush=True)
        pages = choose_pages()

        passes = [run_pass(cache, pages, args, wrk, env, scratch) for cache in ("off", "on")]

    rows = [row for one in passes for row in one["pages"]]
    rush, export = passes[0]["registrations"], passes[0]["export"]
    print_table(rows, rush, export)
    found = verdicts(rows, rush, export)
    print("\nTargets:")
    for ok, text in found:
        print(f"  {'holds' if ok else 'FAILS'}  {text}")
    held = sum(ok for ok, _ in found)
    print(f"{held} of {len(found)} targets hold.")
    write_results(
        rows, rush, export, {one["pages"][0]["cache"]: one["floor_runs"] for one in passes}
    )
    print(f"The bench took {time.monotonic() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
