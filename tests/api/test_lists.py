"""The API's lists: the same rows as the pages, in pages of their own, and clear errors."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from practices.models import DeliveryMode, EvidenceLevel, Status
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from workshops.models import Kind, WorkshopStatus

pytestmark = pytest.mark.django_db


def page_slugs(client, path: str, query: str, kind: str) -> list[str]:
    """The slugs of the entries an HTML list page shows, in its order."""
    html = client.get(f"{path}?{query}").content.decode()
    return re.findall(rf'class="result__title"><a href="/{kind}/([^/"]+)/"', html)


def api_slugs(api, path: str, query: str) -> list[str]:
    response = api(f"{path}?{query}")
    assert response.status_code == 200, response.content
    return [row["slug"] for row in response.json()["results"]]


@pytest.fixture
def catalogue():
    PracticeFactory(
        title="Budapest listening circle",
        countries=["HU"],
        types=["peer-listening"],
        evidence_level=EvidenceLevel.EVALUATED,
    )
    PracticeFactory(
        title="Utrecht recovery walks",
        countries=["NL"],
        types=["peer-listening"],
        delivery_mode=DeliveryMode.ONLINE,
        summary="Walking together while talking about recovery.",
    )
    PracticeFactory(
        title="Pécs mentors",
        countries=["HU", "NL"],
        types=["one-to-one-mentoring"],
        focus_areas=["addiction"],
    )
    PracticeFactory(title="Helsinki warmline", countries=["FI"], delivery_mode=DeliveryMode.ONLINE)
    PracticeFactory(title="Draft idea", status=Status.DRAFT, published_at=None)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=HU",
        "country=hu&country=NL&sort=newest",
        "type=peer-listening&mode=online",
        "evidence=evaluated&evidence=promising&sort=title",
        "q=walking",
        "q=recovery&country=NL",
        "focus=addiction&country=NL",
        "language=en&page_size=2",
    ],
)
def test_practice_list_answers_the_same_rows_in_the_same_order_as_the_page(
    client, api, catalogue, query
):
    expected = page_slugs(client, "/practices/", query.replace("&page_size=2", ""), "practices")
    if "page_size=2" in query:
        expected = expected[:2]
    assert expected
    assert api_slugs(api, "/api/practices/", query) == expected


@pytest.mark.parametrize(
    "query",
    ["", "country=DE", "accredited=true", "free=true&sort=shortest", "format=formal&language=de"],
)
def test_training_list_answers_the_same_rows_as_the_page(client, api, query):
    TrainingFactory(title="Berlin peer course", countries=["DE"], languages=["de"], hours=120)
    TrainingFactory(
        title="Amsterdam basics", hours=16, accredited=True, cost_amount=250, cost_currency="EUR"
    )
    TrainingFactory(title="Cologne certificate", countries=["DE"], languages=["de"], hours=60)
    assert api_slugs(api, "/api/trainings/", query) == page_slugs(
        client, "/trainings/", query, "trainings"
    )


@pytest.mark.parametrize(
    "query", ["", "when=past", "kind=webinar", "country=HU&sort=title", "when=past&sort=title"]
)
def test_workshop_list_answers_the_same_events_as_the_page(client, api, query):
    hungarian = OrganisationFactory(name="Hungarian network", country_id="HU")
    WorkshopFactory(title="Boundaries webinar", organiser=hungarian)
    WorkshopFactory(title="Athens gathering", kind=Kind.WORKSHOP, country_id="GR")
    WorkshopFactory(title="Hidden draft", status=WorkshopStatus.DRAFT)
    earlier = timezone.now() - timedelta(days=30)
    WorkshopFactory(title="Spring webinar", start=earlier, end=earlier + timedelta(hours=1))
    WorkshopFactory(
        title="Winter workshop",
        organiser=hungarian,
        start=earlier - timedelta(days=60),
        end=earlier - timedelta(days=60, hours=-2),
    )
    expected = page_slugs(client, "/workshops/", query, "workshops")
    assert expected
    assert api_slugs(api, "/api/workshops/", query) == expected


def test_a_list_comes_in_pages_with_addresses_that_keep_the_filters(api):
    for n in range(5):
        PracticeFactory(title=f"Group {n}", countries=["HU"])
    PracticeFactory(title="Elsewhere", countries=["NL"])
    first = api("/api/practices/?country=HU&page_size=2").json()
    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/practices/?country=HU&page=2&page_size=2"
    second = api(first["next"]).json()
    assert [row["title"] for row in second["results"]] == ["Group 2", "Group 3"]
    assert second["previous"] == "http://testserver/api/practices/?country=HU&page_size=2"
    last = api(second["next"]).json()
    assert [row["title"] for row in last["results"]] == ["Group 4"]
    assert last["next"] is None


def test_a_page_beyond_the_end_is_empty_not_an_error(api):
    PracticeFactory()
    response = api("/api/practices/?page=40")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert body["results"] == []
    assert body["next"] is None
    assert body["previous"] == "http://testserver/api/practices/"


@pytest.mark.parametrize(
    ("path", "query", "parameter"),
    [
        ("/api/practices/", "country=ZZ", "country"),
        ("/api/practices/", "type=nonsense", "type"),
        ("/api/practices/", "sort=cheapest", "sort"),
        ("/api/practices/", "page=two", "page"),
        ("/api/practices/", "page=0", "page"),
        ("/api/practices/", "page_size=1000", "page_size"),
        ("/api/trainings/", "accredited=maybe", "accredited"),
        ("/api/workshops/", "when=tomorrow", "when"),
        ("/api/workshops/", "kind=party", "kind"),
        ("/api/countries/", "page=-1", "page"),
    ],
)
def test_a_value_the_list_does_not_know_is_a_400_naming_the_parameter(api, path, query, parameter):
    response = api(f"{path}?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    errors = response.json()["errors"]
    assert list(errors) == [parameter]
    assert errors[parameter][0]


def test_every_unknown_value_is_named_at_once(api):
    errors = api("/api/practices/?country=ZZ&country=HU&language=xx&page=x").json()["errors"]
    assert errors == {
        "country": ["“ZZ” is not a known value."],
        "language": ["“xx” is not a known value."],
        "page": ["“x” is not a whole number of 1 or more."],
    }


def test_parameters_the_list_does_not_use_are_ignored(api):
    PracticeFactory()
    response = api("/api/practices/?utm_source=newsletter&format=xml")
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_lists_show_published_content_only(api):
    PracticeFactory(title="Shown")
    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        PracticeFactory(title=f"Hidden {status}", status=status, published_at=None)
    TrainingFactory(title="Hidden course", status=Status.REVIEW, published_at=None)
    WorkshopFactory(title="Hidden event", status=WorkshopStatus.DRAFT)
    assert [row["title"] for row in api("/api/practices/").json()["results"]] == ["Shown"]
    assert api("/api/trainings/").json()["count"] == 0
    assert api("/api/workshops/").json()["count"] == 0


def test_entries_carry_their_page_and_api_addresses_and_uppercase_country_codes(api):
    PracticeFactory(title="Cross-border", countries=["NL", "HU"], languages=["hu", "en"])
    row = api("/api/practices/").json()["results"][0]
    assert row["url"] == "http://testserver/practices/cross-border/"
    assert row["api_url"] == "http://testserver/api/practices/cross-border/"
    assert row["countries"] == ["HU", "NL"]
    assert row["languages"] == ["en", "hu"]
    assert row["types"] == [{"slug": "peer-listening", "name": "Peer listening"}]


def test_the_country_list_matches_the_map_page(client, api):
    PracticeFactory(countries=["HU"])
    PracticeFactory(countries=["HU", "AT"])
    TrainingFactory(countries=["HU"])
    WorkshopFactory(organiser=OrganisationFactory(country_id="HU"))
    body = api("/api/countries/?page_size=100").json()
    rows = {row["code"]: row for row in body["results"]}
    assert rows["HU"]["counts"] == {
        "practices": 2,
        "training_programmes": 1,
        "upcoming_workshops": 1,
    }
    assert rows["HU"]["url"] == "http://testserver/countries/hu/"
    assert rows["HU"]["api_url"] == "http://testserver/api/countries/hu/"
    assert rows["FR"]["counts"]["practices"] == 0
    html = client.get("/countries/").content.decode()
    on_page = re.findall(r'<th scope="row"><a href="/countries/([a-z]{2})/">', html)
    assert [code.upper() for code in on_page][:100] == [row["code"] for row in body["results"]]
