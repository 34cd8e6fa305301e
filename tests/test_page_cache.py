"""Anonymous visitors share stored pages; members never do; feeds and exports answer 304."""

from datetime import timedelta

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date, parse_http_date

from practices import services as practice_services
from practices.models import Practice, Status
from resource_centre import page_cache
from tests.factories import PracticeFactory, TrainingFactory, UserFactory, WorkshopFactory
from workshops import services as workshop_services
from workshops.models import AttendanceMode

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(settings):
    """The page cache on, in a cache that is not a database table (whose reads are SQL)."""
    settings.PAGE_CACHE = True
    if "DatabaseCache" in settings.CACHES["default"]["BACKEND"]:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "page-cache-tests",
            }
        }
        from django.core.cache import cache

        cache.clear()


def test_a_second_anonymous_visit_is_served_without_any_query(client, django_assert_num_queries):
    PracticeFactory(title="Peer listening circles")
    client.get("/practices/")
    with django_assert_num_queries(0):
        response = client.get("/practices/")
    assert response.status_code == 200
    assert "Peer listening circles" in response.content.decode()
    # The headers are made for each response, not replayed from the stored page.
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Cookie" in response["Vary"]


def test_a_published_practice_shows_on_the_next_anonymous_visit(client):
    draft = PracticeFactory(title="Recovery walks", status=Status.DRAFT, published_at=None)
    assert "Recovery walks" not in client.get("/practices/").content.decode()
    assert "Recovery walks" not in client.get("/practices/").content.decode()
    practice_services.publish(entries=Practice.objects.filter(pk=draft.pk))
    assert "Recovery walks" in client.get("/practices/").content.decode()


def test_an_edited_practice_shows_on_its_page_at_once(client):
    practice = PracticeFactory(title="Hearing voices group")
    client.get(practice.get_absolute_url())
    practice.title = "Hearing voices network group"
    practice.save()
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "Hearing voices network group" in html


def test_a_change_behind_the_codes_back_shows_once_the_page_expires(client, monkeypatch):
    import time

    monkeypatch.setattr(page_cache, "TIMEOUT", 1)
    practice = PracticeFactory(title="Warmline")
    client.get("/practices/")
    Practice.objects.filter(pk=practice.pk).update(title="Evening warmline")
    assert "Evening warmline" not in client.get("/practices/").content.decode()
    time.sleep(1.1)
    assert "Evening warmline" in client.get("/practices/").content.decode()


def test_with_the_page_cache_off_every_visit_is_built_afresh(client, settings):
    settings.PAGE_CACHE = False
    practice = PracticeFactory(title="Warmline")
    client.get("/practices/")
    Practice.objects.filter(pk=practice.pk).update(title="Evening warmline")
    assert "Evening warmline" in client.get("/practices/").content.decode()


def test_a_signed_in_member_never_gets_the_anonymous_page(client, member_client):
    PracticeFactory()
    Client().get("/practices/")
    Client().get("/practices/")
    html = member_client.get("/practices/").content.decode()
    assert "Sign out" in html
    assert "Create an account" not in html


def test_a_members_page_is_never_kept_for_anonymous_visitors(member_client, member):
    workshop = WorkshopFactory(title="Boundaries webinar")
    workshop_services.register(
        workshop=workshop, member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    member_html = member_client.get(workshop.get_absolute_url()).content.decode()
    assert "You are registered:" in member_html
    for _ in range(2):
        html = Client().get(workshop.get_absolute_url()).content.decode()
        assert "You are registered:" not in html
        assert "Sign out" not in html
        assert "Sign in" in html


def test_a_registration_changes_the_seats_shown_at_once(client):
    workshop = WorkshopFactory(capacity_online=3)
    assert "3 seats left" in client.get(workshop.get_absolute_url()).content.decode()
    assert "3 seats left" in client.get(workshop.get_absolute_url()).content.decode()
    registration = workshop_services.register(
        workshop=workshop, member=UserFactory(), mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    assert "2 seats left" in client.get(workshop.get_absolute_url()).content.decode()
    workshop_services.cancel(registration=registration)
    assert "3 seats left" in client.get(workshop.get_absolute_url()).content.decode()


def test_a_message_is_shown_to_its_visitor_only(member_client):
    Client().get("/")  # the plain page is kept
    signed_out = member_client.post("/accounts/logout/")
    assert signed_out.status_code == 302
    assert "You have signed out." in member_client.get("/").content.decode()
    assert "You have signed out." not in Client().get("/").content.decode()


def test_a_post_is_never_answered_from_the_cache_nor_kept(rf):
    def view(request):
        return HttpResponse(f"<p>{request.method}</p>")

    middleware = page_cache.PageCacheMiddleware(view)
    for _ in range(2):
        middleware(rf.get("/somewhere/"))
        assert middleware(rf.post("/somewhere/")).content == b"<p>POST</p>"
    for _ in range(2):
        middleware(rf.post("/somewhere/"))
        assert middleware(rf.get("/somewhere/")).content == b"<p>GET</p>"


def test_a_failed_sign_in_is_never_shown_to_the_next_visitor(client):
    refused = client.post("/accounts/login/", {"login": "nobody@example.org", "password": "x"})
    assert refused.status_code == 200
    assert "not correct" in refused.content.decode()
    assert "not correct" not in Client().get("/accounts/login/").content.decode()


LISTS = [
    ("/practices/feed/", PracticeFactory),
    ("/practices/export.csv", PracticeFactory),
    ("/practices/export.json", PracticeFactory),
    ("/trainings/feed/", TrainingFactory),
    ("/trainings/export.csv", TrainingFactory),
    ("/trainings/export.json", TrainingFactory),
    ("/workshops/feed.ics", WorkshopFactory),
]


@pytest.mark.parametrize(("url", "factory"), LISTS)
def test_an_unchanged_feed_or_export_answers_not_modified(client, url, factory):
    factory(title="First entry")
    first = client.get(url)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]

    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    earlier = http_date(parse_http_date(modified) - timedelta(hours=1).total_seconds())
    assert client.get(url, headers={"If-Modified-Since": earlier}).status_code == 200

    factory(title="Second entry")
    changed = client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert "Second entry" in b"".join(changed).decode()
    assert changed["ETag"] != etag


def test_archiving_an_entry_changes_the_exports_etag(client):
    kept, archived = PracticeFactory(title="Kept"), PracticeFactory(title="Archived")
    etag = client.get("/practices/export.json")["ETag"]
    practice_services.archive(entries=Practice.objects.filter(pk=archived.pk))
    response = client.get("/practices/export.json", headers={"If-None-Match": etag})
    assert response.status_code == 200
    body = b"".join(response).decode()
    assert kept.title in body
    assert "Archived" not in body


def test_the_feed_is_served_from_the_cache_until_a_practice_is_published(
    client, django_assert_num_queries
):
    PracticeFactory(title="Peer listening circles")
    client.get("/practices/feed/")
    with django_assert_num_queries(0):
        response = client.get("/practices/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Peer listening circles" in response.content.decode()
    # A feed reader that has it already is told so from the cache, without the body.
    with django_assert_num_queries(0):
        again = client.get("/practices/feed/", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""

    draft = PracticeFactory(title="Recovery walks", status=Status.DRAFT, published_at=None)
    practice_services.publish(entries=Practice.objects.filter(pk=draft.pk))
    fresh = client.get("/practices/feed/", headers={"If-None-Match": response["ETag"]})
    assert fresh.status_code == 200
    assert "Recovery walks" in fresh.content.decode()


def test_an_export_is_streamed_afresh_never_kept(client):
    PracticeFactory(title="Peer listening circles")
    client.get("/practices/export.csv")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/practices/export.csv")
        body = b"".join(response.streaming_content).decode()
    assert response.streaming
    assert "Peer listening circles" in body
    assert queries.captured_queries  # read from the database, not replayed from the cache
