"""What a visit to a public list costs: a few queries, whatever the number of rows, and never
a wait for a facet index that no change asked for."""

import threading
import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone

from practices import facet_index, services
from practices.facet_index import MAX_AGE, Kept, get_index
from practices.listing import Listing
from practices.models import Practice, Status
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory

pytestmark = pytest.mark.django_db

LISTS = [
    ("/practices/?country=HU&type=peer-listening", PracticeFactory, {"countries": ["HU"]}),
    ("/practices/?q=group&country=HU&type=peer-listening", PracticeFactory, {"countries": ["HU"]}),
    ("/trainings/?language=de&accredited=true&mode=online", TrainingFactory, {"languages": ["de"]}),
    ("/workshops/?language=en&kind=webinar", WorkshopFactory, {}),
]


@pytest.fixture
def locmem_cache(settings):
    """A shared cache that is not a database table, so that only the page's queries count."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "list-performance-tests",
        }
    }
    from django.core.cache import cache

    cache.clear()
    facet_index._local.clear()


@pytest.mark.parametrize(("url", "factory", "values"), LISTS)
def test_a_warm_list_costs_a_few_queries_however_many_rows_it_has(
    client, settings, locmem_cache, django_assert_max_num_queries, url, factory, values
):
    settings.PAGE_CACHE = False  # the page's own queries
    factory.create_batch(2, **values)
    client.get(url)  # builds the facet index, reads the vocabularies
    with django_assert_max_num_queries(4) as few:
        assert client.get(url).status_code == 200
    warm = len(few.captured_queries)  # read now: the next request empties the query log
    factory.create_batch(25, **values)
    client.get(url)
    with django_assert_max_num_queries(warm):
        assert client.get(url).status_code == 200


def count_builds(monkeypatch) -> list[str]:
    built = []
    build = Listing.build_index

    def counted(listing):
        built.append(listing.index_name)
        return build(listing)

    monkeypatch.setattr(Listing, "build_index", counted)
    return built


def test_the_index_is_built_once_per_content_version_for_every_process(
    client, settings, locmem_cache, monkeypatch
):
    settings.PAGE_CACHE = False
    PracticeFactory(title="Walking group", countries=["NL"])
    built = count_builds(monkeypatch)
    for _visit in range(3):
        assert "1 result" in client.get("/practices/?country=NL").content.decode()
    assert built == ["practices"]
    # Another process (no copy of its own) takes the one in the shared cache.
    facet_index._local.clear()
    assert "1 result" in client.get("/practices/?country=NL").content.decode()
    assert built == ["practices"]

    draft = PracticeFactory(
        title="Running group", countries=["NL"], status=Status.REVIEW, published_at=None
    )
    services.publish(entries=Practice.objects.filter(pk=draft.pk))
    assert "2 results" in client.get("/practices/?country=NL").content.decode()
    assert "2 results" in client.get("/practices/?country=NL").content.decode()
    assert built == ["practices", "practices"]


class StubIndex(Kept):
    def __init__(self, name: str, built_at: float):
        super().__init__()
        self.name, self.built_at = name, built_at


def test_an_old_index_keeps_serving_while_a_fresh_one_is_built_in_the_background(locmem_cache):
    old = time.time() - MAX_AGE - 1
    first = get_index("test-list", lambda: StubIndex("first", old))
    assert first.name == "first"

    release = threading.Event()

    def slow_build():
        release.wait(5)
        return StubIndex("fresh", time.time())

    started = time.monotonic()
    served = get_index("test-list", slow_build)
    assert served is first  # no wait for the build
    assert time.monotonic() - started < 1
    refreshing = facet_index._refreshing["test-list"]
    release.set()
    refreshing.join(5)

    def must_not_build():
        raise AssertionError("the fresh copy should have been kept")

    assert get_index("test-list", must_not_build).name == "fresh"


def test_the_home_page_counts_what_each_list_shows_without_counting_rows_in_the_database(
    client, settings, locmem_cache, django_assert_num_queries
):
    settings.PAGE_CACHE = False
    PracticeFactory.create_batch(3)
    PracticeFactory(status=Status.DRAFT, published_at=None)
    TrainingFactory.create_batch(2)
    WorkshopFactory()
    WorkshopFactory(start=timezone.now() - timedelta(days=30))  # over: not upcoming
    html = client.get("/").content.decode()
    assert "Browse 3 practices" in html
    assert "Compare 2 programmes" in html
    assert "See 1 upcoming event" in html
    assert client.get("/practices/").context["page"].paginator.count == 3
    with django_assert_num_queries(0):  # the counts come from the lists' indexes in memory
        assert client.get("/").status_code == 200
    PracticeFactory()  # a change renews the content version: the next visit counts it
    assert "Browse 4 practices" in client.get("/").content.decode()


def test_a_page_of_several_lists_reads_their_tokens_together(locmem_cache, monkeypatch):
    first = facet_index.current_token("practices")
    tokens = facet_index.read_tokens(["practices", "trainings"])
    # A list that had a token keeps it; one that had none gets the one it will keep.
    assert tokens["practices"] == first
    assert tokens["trainings"] == facet_index.current_token("trainings")
    facet_index.mark_changed("practices")
    assert facet_index.read_tokens(["practices"])["practices"] not in (None, first)

    def unavailable(keys):
        raise ConnectionError("cache down")

    # Without the shared cache, each index is read (or built) on its own.
    monkeypatch.setattr(caches["default"], "get_many", unavailable)
    assert facet_index.read_tokens(["practices", "trainings"]) == {}


def test_a_country_page_shows_its_counts_when_the_tokens_cannot_be_read_together(
    client, settings, locmem_cache, monkeypatch
):
    settings.PAGE_CACHE = False
    PracticeFactory.create_batch(2, countries=["HU"])

    def unavailable(keys):
        raise ConnectionError("cache down")

    monkeypatch.setattr(caches["default"], "get_many", unavailable)
    html = client.get("/countries/hu/").content.decode()
    assert 'Practices <span class="count">(2)</span>' in html
