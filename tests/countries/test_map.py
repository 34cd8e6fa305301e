"""The map of Europe and its table: what each country has, from published content only."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from practices import facet_index
from practices.models import Status
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from workshops.models import Kind, WorkshopStatus

pytestmark = pytest.mark.django_db


def table_row(html: str, name: str) -> list[int]:
    """The numbers in the table row of one country."""
    match = re.search(
        rf"<th scope=\"row\"><a href=\"[^\"]+\">{re.escape(name)}</a></th>\s*"
        r"<td class=\"number\">(\d+)</td>\s*<td class=\"number\">(\d+)</td>\s*"
        r"<td class=\"number\">(\d+)</td>",
        html,
    )
    assert match, f"no row for {name}"
    return [int(n) for n in match.groups()]


@pytest.fixture
def content():
    """Hungary: 2 published practices (a draft too), 1 programme, 1 upcoming webinar."""
    hungarian = OrganisationFactory(name="Hungarian network", country_id="HU")
    PracticeFactory(countries=["HU"])
    PracticeFactory(countries=["HU", "AT"])
    PracticeFactory(countries=["HU"], status=Status.DRAFT, published_at=None)
    TrainingFactory(countries=["HU"])
    TrainingFactory(countries=["HU"], status=Status.REVIEW, published_at=None)
    # Online, no venue: listed under its organiser's country.
    WorkshopFactory(kind=Kind.WEBINAR, organiser=hungarian)
    WorkshopFactory(organiser=hungarian, status=WorkshopStatus.DRAFT)
    past = timezone.now() - timedelta(days=30)
    WorkshopFactory(organiser=hungarian, start=past, end=past + timedelta(hours=2))
    WorkshopFactory(kind=Kind.WORKSHOP, country_id="AT", organiser=hungarian, capacity_in_person=5)


def test_table_counts_published_content_and_online_events_for_their_organisers_country(
    client, content
):
    html = client.get("/countries/").content.decode()
    assert table_row(html, "Hungary") == [2, 1, 1]
    assert table_row(html, "Austria") == [1, 0, 1]
    assert table_row(html, "Portugal") == [0, 0, 0]


def test_each_country_on_the_map_links_to_its_page_with_its_numbers_as_its_name(client, content):
    html = client.get("/countries/").content.decode()
    assert (
        '<a href="/countries/hu/" class="europe-map__country europe-map__country--1" '
        'aria-label="Hungary: 2 practices, 1 training programme, 1 upcoming workshop">'
    ) in html
    assert 'aria-label="Portugal: 0 practices, 0 training programmes, 0 upcoming workshops"' in html
    # Microstates are too small to draw at this scale: they still get a link and a dot.
    assert '<a href="/countries/va/" class="europe-map__country europe-map__country--0"' in html


def test_table_has_the_four_columns_and_links_each_country(client):
    html = client.get("/countries/").content.decode()
    headers = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', html)
    assert headers == ["Country", "Practices", "Training programmes", "Upcoming workshops"]
    assert '<th scope="row"><a href="/countries/ie/">Ireland</a></th>' in html


def test_a_country_outside_europe_with_content_gets_a_row(client):
    PracticeFactory(countries=["CA"])
    html = client.get("/countries/").content.decode()
    assert table_row(html, "Canada") == [1, 0, 0]


def test_small_countries_dots_are_placed_the_same_in_every_language(client):
    # An SVG coordinate is written with a point: a German decimal comma would unplace it.
    english = re.findall(r'<circle class="europe-map__dot"[^>]*>', client.get("/countries/").text)
    german = re.findall(r'<circle class="europe-map__dot"[^>]*>', client.get("/de/countries/").text)
    assert english and german == english
    assert all(re.fullmatch(r'.* cx="\d+\.\d+" cy="\d+\.\d+" .*', dot) for dot in german)


def test_map_is_in_the_main_navigation(client):
    html = client.get("/countries/").content.decode()
    assert '<a href="/countries/" aria-current="page">Countries</a>' in html


@pytest.fixture
def locmem_cache(settings):
    """A shared cache that is not a database table, so that only the page's queries count."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "country-map-tests",
        }
    }
    from django.core.cache import cache

    cache.clear()
    facet_index._local.clear()


def test_map_query_count_does_not_grow_with_content(
    client, settings, locmem_cache, content, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False  # the page's own queries, not the page cache's
    client.get("/countries/")  # builds the lists' facet indexes, which count by country
    with django_assert_max_num_queries(2) as few:
        assert client.get("/countries/").status_code == 200
    warm = len(few.captured_queries)  # read now: the next request empties the query log
    organisation = OrganisationFactory(country_id="FI")
    for n in range(6):
        PracticeFactory(countries=["FI", "SE", "NO"])
        TrainingFactory(countries=["DK", "IS"])
        WorkshopFactory(organiser=organisation, title=f"Nordic webinar {n}")
    client.get("/countries/")
    with django_assert_max_num_queries(warm):
        html = client.get("/countries/").content.decode()
    assert table_row(html, "Finland") == [6, 0, 6]
    assert table_row(html, "Denmark") == [0, 6, 0]


def test_map_counts_follow_a_change_made_after_the_last_visit(client, settings, content):
    settings.PAGE_CACHE = False
    assert table_row(client.get("/countries/").content.decode(), "Hungary") == [2, 1, 1]
    PracticeFactory(countries=["HU"])
    TrainingFactory(countries=["HU"], status=Status.PUBLISHED)
    assert table_row(client.get("/countries/").content.decode(), "Hungary") == [3, 2, 1]
