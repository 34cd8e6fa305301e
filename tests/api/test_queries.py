"""The API's database work does not grow with the number of rows it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from countries.models import CountryProfile
from practices.models import Link, Reference, Status
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from workshops.models import Kind

pytestmark = pytest.mark.django_db

# With the database-table cache, 6 of these count the rate limit (with Redis, none). Lists:
# the search, the page of rows and one query per relation shown (the facet index is built
# once per content change, on the first request).
MOST_FOR_A_LIST = 15  # a search on PostgreSQL first checks for exact matches
MOST_FOR_AN_ENTRY = 20  # of which about 6 are the rate limit in the database cache


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE = False


def queries(client, path: str, counter=None) -> int:
    """The queries of one request (after a first one that builds the facet index)."""
    client.get(path)
    with counter or CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(captured)


def add_practices(n: int) -> None:
    for _ in range(n):
        practice = PracticeFactory(
            countries=["HU", "AT"], types=["peer-listening"], target_groups=["young-people"]
        )
        Reference.objects.create(practice=practice, authors="Solomon", year=2004, title="Peers")
        Link.objects.create(practice=practice, title="More", url="https://example.org/")
        TrainingFactory().related_practices.add(practice)


def add_trainings(n: int) -> None:
    for _ in range(n):
        programme = TrainingFactory(countries=["DE", "AT"], types=["peer-listening"])
        programme.modules.create(title="A module", hours=4)
        programme.related_practices.add(PracticeFactory())


def add_workshops(n: int) -> None:
    for _ in range(n):
        workshop = WorkshopFactory(kind=Kind.HYBRID, capacity_in_person=4, country_id="FI")
        workshop.related_practices.add(PracticeFactory())
        workshop.related_trainings.add(TrainingFactory())


@pytest.mark.parametrize(
    ("path", "add"),
    [
        ("/api/practices/?page_size=50", add_practices),
        ("/api/practices/?q=practice&country=HU&page_size=50", add_practices),
        ("/api/trainings/?page_size=50&sort=shortest", add_trainings),
        ("/api/workshops/?page_size=50", add_workshops),
        ("/api/countries/?page_size=50", add_practices),
    ],
)
def test_a_list_costs_the_same_queries_for_2_rows_as_for_12(
    client, django_assert_max_num_queries, path, add
):
    add(2)
    few = queries(client, path)
    add(10)
    many = queries(client, path, django_assert_max_num_queries(MOST_FOR_A_LIST))
    assert many == few


@pytest.mark.parametrize(
    ("path", "make"),
    [
        ("/api/practices/{}/", lambda n: _practice_with(n)),
        ("/api/trainings/{}/", lambda n: _training_with(n)),
        ("/api/workshops/{}/", lambda n: _workshop_with(n)),
    ],
)
def test_an_entry_costs_the_same_queries_however_much_it_links_to(
    client, django_assert_max_num_queries, path, make
):
    few = queries(client, path.format(make(1).slug))
    slug = make(8).slug
    many = queries(client, path.format(slug), django_assert_max_num_queries(MOST_FOR_AN_ENTRY))
    assert many == few


def test_a_country_costs_the_same_queries_with_more_content(client, django_assert_max_num_queries):
    CountryProfile.objects.create(country_id="HU", summary="Growing.", status=Status.PUBLISHED)
    add_practices(1)
    few = queries(client, "/api/countries/hu/")
    add_practices(8)
    OrganisationFactory(country_id="HU")
    many = queries(client, "/api/countries/hu/", django_assert_max_num_queries(MOST_FOR_AN_ENTRY))
    assert many == few


def _practice_with(n: int):
    practice = PracticeFactory(countries=["HU", "AT", "NL"][: min(n, 3)] or ["HU"])
    for i in range(n):
        Reference.objects.create(practice=practice, authors=f"Author {i}", title="Study")
        Link.objects.create(practice=practice, title=f"Link {i}", url="https://example.org/")
        TrainingFactory().related_practices.add(practice)
    return practice


def _training_with(n: int):
    programme = TrainingFactory()
    for i in range(n):
        programme.modules.create(title=f"Module {i}", position=i)
        programme.related_practices.add(PracticeFactory())
    return programme


def _workshop_with(n: int):
    workshop = WorkshopFactory(kind=Kind.HYBRID, capacity_in_person=4)
    for _ in range(n):
        workshop.related_practices.add(PracticeFactory())
        workshop.related_trainings.add(TrainingFactory())
    return workshop
