"""How the benchmark turns its wrk runs into a page's ratio to the floor (bench/run.py)."""

import argparse

import pytest

from bench import load, run


def test_each_page_slice_is_compared_with_the_floor_slices_around_it():
    # The floor slowed from 600 to 300 req/s during the page's three slices.
    assert run.floor_rps([600, 500, 400, 300]) == pytest.approx((550 + 450 + 350) / 3)
    assert run.floor_rps([500, 500]) == 500


def test_a_page_is_driven_in_slices_with_a_floor_slice_after_each(monkeypatch):
    driven = []
    # What wrk measures on a machine that slows down as the page is driven.
    answers = iter(
        [
            load.Load(requests=1, rps=999, p50_ms=1, p99_ms=2, errors=0),  # warm-up, not kept
            load.Load(requests=400, rps=200, p50_ms=10, p99_ms=30, errors=0),
            load.Load(requests=600, rps=600, p50_ms=1, p99_ms=2, errors=0),
            load.Load(requests=300, rps=150, p50_ms=12, p99_ms=60, errors=1),
            load.Load(requests=450, rps=450, p50_ms=1, p99_ms=2, errors=0),
            load.Load(requests=200, rps=100, p50_ms=20, p99_ms=45, errors=0),
            load.Load(requests=300, rps=300, p50_ms=1, p99_ms=2, errors=0),
        ]
    )

    def wrk(executable, port, path, *, seconds, connections):
        driven.append((path, seconds))
        return next(answers)

    monkeypatch.setattr(load, "wrk", wrk)
    args = argparse.Namespace(seconds=6, warmup=1, connections=4)
    figures, floors = run.measure_page("wrk", 8000, "/page/", "/floor/", args)
    assert driven == [
        ("/page/", 1),
        ("/page/", 2),
        ("/floor/", 1),
        ("/page/", 2),
        ("/floor/", 1),
        ("/page/", 2),
        ("/floor/", 1),
    ]
    assert floors == [600, 450, 300]
    assert figures.requests == 900  # the warm-up left out
    assert figures.rps == pytest.approx(150)
    assert figures.p50_ms == 12  # the slices' median
    assert figures.p99_ms == 60  # the worst slice's
    assert figures.errors == 1
    # Before the page, the floor ran at 800 req/s: the page's floor is (700 + 525 + 375) / 3.
    assert run.floor_rps([800, *floors]) == pytest.approx(1600 / 3)


def test_the_export_is_held_to_its_own_targets_and_every_page_to_its_ratio():
    def row(name, cache, ratio):
        return {
            "name": name,
            "cache": cache,
            "ratio": ratio,
            "rps": 100 * ratio or 0.5,
            "p50_ms": 10,
            "p99_ms": 20,
            "errors": 0,
            "status": 200,
        }

    rows = [
        row("floor", "off", 1.0),
        row("practice-detail", "off", 0.29),
        row("practices-export", "off", 0.001),
        row("floor", "on", 1.0),
        row("practice-detail", "on", 0.9),
        row("practices-export", "on", 0.0),
    ]
    rush = {
        "ratio": 0.2,
        "confirmed": 5,
        "capacity": 5,
        "wrong_count": [],
        "waitlisted": 3,
        "expected_waitlisted": 3,
        "duplicates": 0,
        "errors": 0,
    }
    export = {"ttfb_ms": 30.0, "rss_growth_mb": 1.0}
    found = {text: holds for holds, text in run.verdicts(rows, rush, export)}
    assert found["practice-detail (cache off): ratio 0.290, target ≥ 0.3"] is False
    assert found["practice-detail (cache on): ratio 0.900, target ≥ 0.6"] is True
    assert not [text for text in found if text.startswith("practices-export")]
    assert found["export: first byte after 30.0 ms, target < 100 ms"] is True
    slow = run.verdicts(rows, rush, {"ttfb_ms": 150.0, "rss_growth_mb": 25.0})
    assert [text for holds, text in slow if not holds] == [
        "practice-detail (cache off): ratio 0.290, target ≥ 0.3",
        "export: first byte after 150.0 ms, target < 100 ms",
        "export: a worker grew by 25.0 MB, target < 20 MB",
    ]


def test_a_pages_percentiles_are_those_of_all_its_requests_over_its_slices():
    steady = load.Load(
        requests=300, rps=150, p50_ms=10, p99_ms=12, errors=0, quantiles_ms=(10.0,) * 200
    )
    # One slice with a hiccup: its slowest 2 % waited 500 ms, 1 % of the page's requests.
    hiccup = load.Load(
        requests=300,
        rps=150,
        p50_ms=10,
        p99_ms=500,
        errors=0,
        quantiles_ms=(10.0,) * 196 + (500.0,) * 4,
    )
    assert run.merged_percentile([steady, hiccup], 50) == 10
    assert run.merged_percentile([steady, hiccup], 99) == 10
    assert run.merged_percentile([hiccup, hiccup], 99) == 500  # 2 % of them were slow
    # Runs measured without quantiles: their median p50 and their worst p99.
    bare = [load.Load(requests=1, rps=1, p50_ms=p, p99_ms=p * 3, errors=0) for p in (5, 9, 7)]
    assert run.merged_percentile(bare, 50) == 7
    assert run.merged_percentile(bare, 99) == 27
