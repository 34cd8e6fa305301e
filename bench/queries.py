"""SQL queries per request, counted in-process with the served site's own settings.

Run by the bench as ``python -m bench.queries`` with the same environment as the gunicorn
instances of a pass (so the page cache is on or off as there): reads ``{name: path}`` as
JSON on stdin and prints ``{name: {"status": ..., "queries": ...}}``. Each page is requested
once to warm up (caches, the facet index), then once more while queries are counted.
"""

import json
import sys

import django


def count_queries(pages: dict[str, str]) -> dict[str, dict[str, int]]:
    """Status and number of SQL queries of a warm anonymous request to each page."""
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, path in pages.items():
        executed = []

        def count(execute, sql, params, many, context, executed=executed):
            executed.append(sql)
            return execute(sql, params, many, context)

        fetch(client, path)
        with connection.execute_wrapper(count):
            status = fetch(client, path)
        counts[name] = {"status": status, "queries": len(executed)}
    return counts


def fetch(client, path: str) -> int:
    """GET a page and read all of it (a streamed export runs its queries while read)."""
    response = client.get(path)
    if response.streaming:
        for _chunk in response.streaming_content:
            pass
    return response.status_code


if __name__ == "__main__":
    django.setup()
    json.dump(count_queries(json.load(sys.stdin)), sys.stdout)
