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
