"""Where a page's time goes: requests timed and profiled in-process on the bench's data.

    python -m bench.timings [--generate] [--repeat N] [--cprofile [--sort tottime]] /practices/

Uses the bench's database and Redis database with the bench's production settings (page
cache off unless --page-cache), so that the figures are those of the gunicorn workers minus
the HTTP layer. With --generate it first fills the database as ``make bench`` does. Prints
the mean and median time of each path and its SQL queries and time in SQL; with --cprofile
also the functions that took the most cumulative time. It also times a facet index rebuild
of each list.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run  # noqa: E402  (the project root must be importable first)

DEFAULT_PATHS = [
    "/bench/floor/",
    "/practices/",
    "/practices/?country=HU&type=mutual-support-groups",
    "/practices/?q=lighthouse&country=HU&type=mutual-support-groups",
    "/practices/?q=group&country=HU&type=mutual-support-groups",
    "/practices/?country=HU&page=50",
    "/trainings/?language=de&accredited=true&mode=online",
    "/workshops/",
    "/practices/feed/",
]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    parser.add_argument("--database-url", default=run.DEFAULT_DATABASE_URL)
    parser.add_argument("--allow-database", default="bench", metavar="NAME")
    parser.add_argument("--redis-url", default=run.DEFAULT_REDIS_URL)
    parser.add_argument("--generate", action="store_true", help="fill the database first")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per path")
    parser.add_argument("--cprofile", action="store_true", help="print the top functions")
    parser.add_argument(
        "--sort",
        choices=("cumulative", "tottime"),
        default="cumulative",
        help="order of the profile: time in a function and what it calls, or in it alone",
    )
    parser.add_argument("--page-cache", action="store_true", help="serve with the page cache")
    return parser.parse_args()


def timed(client, path: str, repeat: int) -> tuple[list[float], int, float]:
    """Each request's time (ms), the queries of one request and their time (ms)."""
    from django.db import connection

    from bench.queries import fetch

    fetch(client, path)  # warm: templates, the facet index
    spent = []
    for _ in range(repeat):
        start = time.perf_counter()
        fetch(client, path)
        spent.append((time.perf_counter() - start) * 1000)
    executed: list[float] = []

    def count(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            executed.append((time.perf_counter() - start) * 1000)

    with connection.execute_wrapper(count):
        fetch(client, path)
    return spent, len(executed), sum(executed)


def rebuild_times() -> dict[str, float]:
    """How long building each list's facet index from scratch takes (ms)."""
    from django.test import RequestFactory

    from practices.views import practice_listing
    from trainings.views import training_listing
    from workshops.views import workshop_listing

    found = {}
    for name, make in (
        ("practices", practice_listing),
        ("trainings", training_listing),
        ("workshops", lambda data: workshop_listing(data, past=False)),
    ):
        listing = make(RequestFactory().get("/").GET)
        start = time.perf_counter()
        listing.build_index()
        found[name] = (time.perf_counter() - start) * 1000
    return found


def main() -> int:
    args = parse_args()
    reason = run.refusal(args.database_url, args.allow_database)
    if reason:
        print(reason, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as scratch:
        namespace = argparse.Namespace(database_url=args.database_url, redis_url=args.redis_url)
        env = run.site_env(namespace, secrets.token_urlsafe(64), Path(scratch) / "static")
        env["PAGE_CACHE"] = "true" if args.page_cache else "false"
        os.environ.update(env)
        import django
        from django.core.management import call_command

        django.setup()
        call_command("collectstatic", interactive=False, verbosity=0)
        if args.generate:
            run.ensure_database(args.database_url)
            call_command("migrate", verbosity=0)
            from bench.data import generate

            start = time.monotonic()
            created = generate()
            print(f"Generated {created} in {time.monotonic() - start:.1f} s", flush=True)

        from django.test import Client

        for name, spent in rebuild_times().items():
            print(f"facet index of {name}: built in {spent:.0f} ms")
        client = Client(HTTP_HOST="127.0.0.1")
        print(f"\n{'mean ms':>8} {'p50 ms':>8} {'queries':>7} {'sql ms':>7}  path")
        for path in args.paths:
            spent, queries, sql_ms = timed(client, path, args.repeat)
            print(
                f"{statistics.mean(spent):8.2f} {statistics.median(spent):8.2f} "
                f"{queries:7d} {sql_ms:7.2f}  {path}",
                flush=True,
            )
        if args.cprofile:
            from bench.queries import fetch

            for path in args.paths:
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(args.repeat):
                    fetch(client, path)
                profiler.disable()
                print(f"\n=== {path} ({args.repeat} requests)")
                pstats.Stats(profiler).sort_stats(args.sort).print_stats(35)
    return 0


if __name__ == "__main__":
    sys.exit(main())
