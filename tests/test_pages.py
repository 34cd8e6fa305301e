"""The home page, health check and error pages."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.urls import reverse

from pages.views import server_error

pytestmark = pytest.mark.django_db


def test_home_presents_the_three_aims_to_an_anonymous_visitor(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    for aim in ("Find good practice", "Compare training programmes", "Meet across borders"):
        assert aim in html
    assert reverse("account_login") in html
    assert reverse("account_signup") in html
    assert "My account" not in html


def test_home_offers_my_account_to_a_signed_in_member(member_client):
    html = member_client.get("/").content.decode()
    assert "My account" in html
    assert reverse("accounts:profile") in html
    assert "Sign out" in html


def test_every_page_has_a_skip_link_landmarks_and_the_language(client):
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html


def test_healthz_answers_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_says_unavailable_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_unknown_page_is_a_friendly_404_with_a_link_home(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'href="/"' in html


def test_server_error_page_apologises_and_links_home():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert 'href="/"' in html


def test_static_files_are_served_with_hashed_names(client):
    html = client.get("/").content.decode()
    # Manifest storage: the stylesheet's name carries its content hash.
    assert "/static/css/site." in html
    assert "/static/css/site.css" not in html


def test_the_accessibility_statement_is_linked_from_every_page_and_says_how_to_report(
    client, settings
):
    settings.CONTACT_EMAIL = "access@peersupport.example.org"
    home = client.get("/").content.decode()
    assert 'href="/accessibility/"' in home and 'href="/privacy/"' in home
    page = client.get("/accessibility/").content.decode()
    assert "WCAG" in page and "2.2" in page
    assert "What we know falls short" in page
    assert 'href="mailto:access@peersupport.example.org"' in page


def test_the_privacy_page_gives_the_retention_periods_from_the_settings(client, settings):
    settings.RETENTION_ACCESS_NEEDS_DAYS = 45
    settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS = 10
    page = client.get("/privacy/").content.decode()
    assert "deleted 45 days after the event" in page
    assert "never confirmed is deleted after 10 days" in page
