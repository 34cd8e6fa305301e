"""The benchmark's floor page: the site's layout around a constant body, and no SQL."""

import pytest
from django.urls import path

from bench.views import floor
from resource_centre import urls as site_urls

# The floor is routed only when the BENCH_VIEWS setting is on; these tests add it to the
# site's URLs (the layout links to them).
urlpatterns = [path("bench/floor/", floor, name="bench-floor"), *site_urls.urlpatterns]


@pytest.mark.urls("tests.test_bench_floor")
def test_floor_renders_the_site_layout_without_a_single_query(
    client, db, settings, django_assert_num_queries
):
    # Without Redis the page cache reads a database table; the floor itself must not.
    settings.PAGE_CACHE = False
    with django_assert_num_queries(0):
        response = client.get("/bench/floor/")
    assert response.status_code == 200
    assert "Skip to main content" in response.content.decode()
    assert "A constant body, no queries." in response.content.decode()


def test_floor_is_not_served_unless_the_bench_asks_for_it(client, db):
    assert client.get("/bench/floor/").status_code == 404
