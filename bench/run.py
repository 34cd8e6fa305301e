"""`make bench`: the catalogue at scale on PostgreSQL, timed in-process.

It only ever touches a database named ``bench`` (or one named with --allow-database), which
it empties and fills with synthetic data. Results are printed and written to
bench/results.json. Absolute figures vary by machine; compare runs on the same machine.
"""

import argparse
import json
import os
import secrets
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/bench"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument(
        "--allow-database",
        default="bench",
        help="the only database name this run may empty (default: bench)",
    )
    parser.add_argument("--practices", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=40, help="requests per page")
    parser.add_argument("--reuse-data", action="store_true", help="keep the data of a last run")
    return parser.parse_args()


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def configure(url: str) -> None:
    os.environ.update(
        DATABASE_URL=url,
        DEBUG="false",
        HTTPS="false",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="testserver,127.0.0.1,localhost",
        DJANGO_SETTINGS_MODULE="resource_centre.settings",
        LOG_LEVEL="WARNING",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def measure(client, path: str, repeat: int) -> dict:
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    client.get(path)  # warm up: caches, the facet index
    with connection.execute_wrapper(count):
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, (path, response.status_code)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "path": path,
        "p50_ms": round(statistics.median(timings), 1),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 1),
        "queries": len(queries),
    }


def main() -> int:
    args = parse_args()
    name = urlsplit(args.database_url).path.lstrip("/")
    if name != args.allow_database:
        print(
            f"Refusing to run: the bench empties its database, and “{name}” is not the one "
            f"allowed (“{args.allow_database}”). Pass --allow-database {name} if you mean it.",
            file=sys.stderr,
        )
        return 2
    ensure_database(args.database_url)
    configure(args.database_url)

    from django.core.management import call_command
    from django.test import Client

    from bench.data import COMMON_WORD, RARE_WORD, generate
    from practices.models import Practice
    from trainings.models import TrainingProgramme

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    if not args.reuse_data or not TrainingProgramme.objects.exists():
        start = time.perf_counter()
        created = generate(
            practices=args.practices,
            drafts=args.practices // 10,
            organisations=args.practices // 10,
        )
        print(f"Generated {created} in {time.perf_counter() - start:.1f} s")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")

    published = Practice.objects.published()
    total = published.count()
    selective = published.filter(title__icontains=RARE_WORD).count()
    common = published.filter(summary__icontains=COMMON_WORD).count()
    detail = published.order_by("pk")[total // 2]
    training = TrainingProgramme.objects.published().order_by("pk")[1000]
    facets = "country=HU&type=mutual-support-groups"
    pages = {
        "home": "/",
        "practices-list": "/practices/",
        "practices-facets": f"/practices/?{facets}",
        "practices-selective": f"/practices/?q={RARE_WORD}&{facets}",
        "practices-common": f"/practices/?q={COMMON_WORD}&{facets}",
        "practices-page50": "/practices/?country=HU&page=50",
        "practice-detail": detail.get_absolute_url(),
        "trainings-facets": "/trainings/?language=de&accredited=true&mode=online",
        "training-detail": training.get_absolute_url(),
        "practices-feed": "/practices/feed/",
        "practices-export": "/practices/export.csv",
    }
    client = Client()
    results = []
    print(
        f"{total} published practices; “{RARE_WORD}” in {selective / total:.2%} of titles, "
        f"“{COMMON_WORD}” in {common / total:.0%} of summaries."
    )
    print(f"{'page':22} {'p50 ms':>8} {'p99 ms':>8} {'queries':>8}")
    for page_name, path in pages.items():
        repeat = 3 if page_name == "practices-export" else args.repeat
        row = {"name": page_name, **measure(client, path, repeat)}
        results.append(row)
        print(f"{page_name:22} {row['p50_ms']:8.1f} {row['p99_ms']:8.1f} {row['queries']:8d}")

    out = ROOT / "bench" / "results.json"
    out.write_text(json.dumps({"in_process": results, "published": total}, indent=2) + "\n")
    print(f"Written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
