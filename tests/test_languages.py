"""Interface languages: prefixed URLs, the first-visit redirect, the switch, alternates."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.utils import translation

from tests.factories import PracticeFactory, UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def in_language(code: str, text: str) -> str:
    with translation.override(code):
        return translation.gettext(text)


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_each_language_has_its_own_pages_in_that_language(client, code):
    response = client.get(f"/{code}/practices/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    translated = in_language(code, "Skip to main content")
    assert translated != "Skip to main content", f"no {code} translation compiled"
    assert translated in html
    assert f'href="/{code}/trainings/"' in html  # links stay in the language


def test_english_stays_unprefixed(client):
    response = client.get("/practices/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
    assert client.get("/en/practices/").status_code == 404


def test_a_first_visit_from_a_german_browser_goes_to_the_german_page_with_its_query(client):
    response = client.get(
        "/practices/?country=FI&q=listening", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5"
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/practices/?country=FI&q=listening"
    assert "Accept-Language" in response["Vary"]


def test_a_visitor_who_chose_english_stays_on_english_pages(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/practices/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "header", ["", "en-GB,en;q=0.8", "xx-YY", ";;;q=abc,==", "*", "tlh;q=1, ,de;q=banana"]
)
def test_english_or_unknown_or_malformed_accept_language_is_not_redirected(client, header):
    response = client.get("/practices/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_pages_in_one_language_only_are_not_redirected(client):
    assert client.get("/api/", HTTP_ACCEPT_LANGUAGE="de").status_code == 200
    assert client.get("/robots.txt", HTTP_ACCEPT_LANGUAGE="de").status_code == 200
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="de").status_code == 200


def test_an_unknown_language_prefix_is_not_found_in_english(client):
    response = client.get("/xx/practices/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


def test_the_switch_is_on_every_page_and_works_without_javascript(client):
    html = client.get("/de/practices/?country=FI").content.decode()
    form = re.search(r'<form method="post" action="/i18n/setlang/".*?</form>', html, re.S)
    assert form, "no language switch"
    assert 'name="next" value="/de/practices/?country=FI"' in form.group(0)
    assert 'for="language-switch"' in form.group(0)
    assert '<option value="hu" lang="hu">Magyar</option>' in form.group(0)
    assert '<option value="de" lang="de" selected>Deutsch</option>' in form.group(0)


@pytest.mark.parametrize(
    ("next_url", "language", "landing"),
    [
        (
            "/de/practices/?country=FI&type=peer-listening",
            "hu",
            "/hu/practices/?country=FI&type=peer-listening",
        ),
        ("/practices/?country=FI", "hu", "/hu/practices/?country=FI"),
        ("/hu/practices/?country=FI", "en", "/practices/?country=FI"),
        ("/fr/", "nl", "/nl/"),
    ],
)
def test_the_switch_lands_on_the_same_page_with_the_same_filters(
    client, next_url, language, landing
):
    response = client.post("/i18n/setlang/", {"next": next_url, "language": language})
    assert response.status_code == 302
    assert response["Location"] == landing
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == language
    follow = client.get(landing)
    assert follow.status_code == 200
    assert f'<html lang="{language}">' in follow.content.decode()


def test_the_switch_keeps_the_visitor_on_the_site(client):
    response = client.post(
        "/i18n/setlang/", {"next": "https://elsewhere.example/", "language": "de"}
    )
    assert response.status_code == 302
    assert not response["Location"].startswith("https://elsewhere")


def test_another_site_cannot_change_the_language(client):
    for headers in ({"HTTP_SEC_FETCH_SITE": "cross-site"}, {"HTTP_ORIGIN": "https://evil.example"}):
        response = client.post("/i18n/setlang/", {"next": "/", "language": "de"}, **headers)
        assert response.status_code == 403
        assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
    same = client.post(
        "/i18n/setlang/",
        {"next": "/", "language": "de"},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )
    assert same.status_code == 302


def test_a_members_choice_is_kept_for_their_e_mails(client):
    member = UserFactory(language="")
    client.force_login(member)
    client.post("/i18n/setlang/", {"next": "/", "language": "fi"})
    member.refresh_from_db()
    assert member.language == "fi"


def test_e_mails_are_written_in_the_members_language_with_links_in_it():
    member = UserFactory(language="nl")
    workshop = WorkshopFactory()
    services.register(
        workshop=workshop, member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    (message,) = mail.outbox
    assert f"/nl/workshops/{workshop.slug}/" in message.body
    attached = in_language("nl", "The calendar file attached adds the event to your calendar.")
    assert attached in message.body


def test_every_page_names_its_other_languages(client):
    html = client.get("/trainings/?format=online").content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html))
    assert set(links) == {code for code, _name in settings.LANGUAGES} | {"x-default"}
    assert links["x-default"] == links["en"] == "http://testserver/trainings/?format=online"
    assert links["pl"] == "http://testserver/pl/trainings/?format=online"


def test_the_sitemap_lists_every_languages_address(client):
    practice = PracticeFactory()
    xml = client.get("/sitemap.xml").content.decode()
    path = practice.get_absolute_url()
    locations = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml)
    assert path in locations
    for code in OTHER_LANGUAGES:
        assert f"/{code}{path}" in locations
    assert 'hreflang="x-default"' in xml
    assert locations.count("/api/") == 1


def test_a_cached_english_page_is_not_served_to_a_german_first_visit(client, settings):
    settings.PAGE_CACHE = True
    for _ in range(3):  # start the content version, store, serve from the cache
        assert client.get("/practices/").status_code == 200
    german = Client().get("/practices/", HTTP_ACCEPT_LANGUAGE="de")
    assert german.status_code == 302
    page = Client().get("/de/practices/")
    assert '<html lang="de">' in page.content.decode()


def test_links_on_an_english_list_stay_english_after_a_german_one(client):
    path = PracticeFactory(title="Harbour talks").get_absolute_url()
    assert f'href="/de{path}"' in client.get("/de/practices/").content.decode()
    assert f'href="{path}"' in client.get("/practices/").content.decode()
