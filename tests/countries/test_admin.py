"""Editors write country profiles in the admin; demo content adds a dozen of them."""

import pytest

from countries.demo import seed_country_profiles
from countries.models import CountryProfile, Occupation
from practices.models import Status
from tests.factories import make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def test_editors_write_and_publish_a_profile_that_then_shows_on_the_country_page(editor_client):
    response = editor_client.post(
        "/admin/countries/countryprofile/add/",
        {
            "country": "SI",
            "status": Status.PUBLISHED,
            "last_verified": "2026-11-02",
            "summary": "Community services in Slovenia employ peer workers.",
            "occupation_status": Occupation.EMERGING,
            "occupation": "",
            "certification": "",
            "funding": "Public tenders.",
            "networks": "",
        },
    )
    assert response.status_code == 302
    profile = CountryProfile.objects.get(country="SI")
    assert profile.is_public
    html = editor_client.get("/countries/si/").content.decode()
    assert "Community services in Slovenia employ peer workers." in html


def test_editors_find_profiles_by_country_name_and_filter_by_status(editor_client):
    seed_country_profiles()
    html = editor_client.get("/admin/countries/countryprofile/?q=hungary").content.decode()
    assert "Hungary" in html and "Netherlands" not in html
    response = editor_client.get("/admin/countries/countryprofile/?status__exact=published")
    assert response.status_code == 200


def test_editors_cannot_delete_profiles(editor_client):
    seed_country_profiles()
    profile = CountryProfile.objects.get(country="HU")
    response = editor_client.get(f"/admin/countries/countryprofile/{profile.pk}/delete/")
    assert response.status_code == 403


def test_demo_content_publishes_profiles_for_at_least_twelve_countries(client):
    assert seed_country_profiles() >= 12
    seed_country_profiles()  # running again duplicates nothing
    assert CountryProfile.objects.published().count() >= 12
    assert CountryProfile.objects.count() == CountryProfile.objects.published().count()
    html = client.get("/countries/nl/").content.decode()
    assert "<strong>Recognised occupation</strong>" in html
