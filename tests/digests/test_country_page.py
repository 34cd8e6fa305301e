"""Following a country from its page, and the page's downloads of its data."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import Consent, Purpose
from accounts.services import set_consents
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, UserFactory

pytestmark = pytest.mark.django_db

PAGE = "/countries/hu/"


def test_anonymous_visitors_are_asked_to_sign_in_to_follow_even_from_the_page_cache(
    client, settings
):
    settings.PAGE_CACHE = True
    first = client.get(PAGE).content.decode()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(PAGE)
    assert second.status_code == 200
    assert len(queries) <= 1  # served from the cache (a database-table cache reads once)
    link = '<a href="/accounts/login/?next=/countries/hu/">Sign in to follow Hungary</a>'
    for page in (first, second.content.decode()):
        assert link in page
        assert "csrfmiddlewaretoken" not in page


def test_a_member_gets_a_follow_button_not_the_anonymous_visitors_cached_page(settings):
    settings.PAGE_CACHE = True
    Client().get(PAGE)  # an anonymous visitor fills the cache
    member = UserFactory()
    client = Client()
    client.force_login(member)
    page = client.get(PAGE).content.decode()
    assert "Sign in to follow" not in page
    assert "Follow Hungary</button>" in page
    assert Purpose.DIGEST.wording in page  # the consent is asked for with the follow

    response = client.post("/accounts/following/", {"country": "HU", "next": PAGE}, follow=True)
    assert response.redirect_chain == [(PAGE, 302)]
    page = response.content.decode()
    assert "You now follow Hungary." in page
    assert "You follow Hungary." in page
    assert "Stop following Hungary</button>" in page
    assert member.follows.filter(country="HU").exists()
    # Anonymous visitors still get their own page.
    assert "Sign in to follow Hungary" in Client().get(PAGE).content.decode()


def test_following_from_the_country_page_can_turn_the_digest_on():
    member = UserFactory()
    client = Client()
    client.force_login(member)
    client.post("/accounts/following/", {"country": "HU", "digest_consent": "on", "next": PAGE})
    assert Consent.objects.active().filter(member=member, purpose=Purpose.DIGEST).exists()
    client.post("/accounts/following/stop/", {"country": "HU", "next": PAGE})
    page = client.get(PAGE).content.decode()
    assert "Follow Hungary</button>" in page
    assert 'name="digest_consent"' not in page  # already given: not asked again


def test_a_member_with_the_digest_on_follows_with_one_click(member_client, member):
    set_consents(member=member, purposes={Purpose.DIGEST})
    page = member_client.get(PAGE).content.decode()
    assert 'name="digest_consent"' not in page
    assert "Follow Hungary</button>" in page


def test_the_country_page_links_to_its_practices_and_programmes_as_csv_and_json(client):
    organiser = OrganisationFactory(country_id="HU")
    PracticeFactory(title="Hungarian walking group", countries=["HU"], organisation=organiser)
    PracticeFactory(title="Slovak counselling", countries=["SK"], organisation=organiser)
    TrainingFactory(title="Budapest course", countries=["HU"], provider=organiser)
    page = client.get(PAGE).content.decode()
    for kind in ("practices", "trainings"):
        for fmt in ("csv", "json"):
            assert f'href="/{kind}/export.{fmt}?country=HU" download' in page
    assert "CSV file" in page and "JSON file" in page

    rows = list(csv.DictReader(io.StringIO(_body(client, "/practices/export.csv?country=HU"))))
    assert [row["title"] for row in rows] == ["Hungarian walking group"]
    programmes = json.loads(_body(client, "/trainings/export.json?country=HU"))
    assert "Budapest course" in json.dumps(programmes)


def test_a_country_without_practices_or_programmes_offers_no_downloads(client):
    assert "export.csv" not in client.get(PAGE).content.decode()


def _body(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()
