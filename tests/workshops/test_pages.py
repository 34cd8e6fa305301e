"""Workshop pages: seats in words, registering, My workshops, and a private join link."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Facilitator, Kind, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return re.findall(
        r'class="result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def fill(workshop, n):
    for _ in range(n):
        services.register(
            workshop=workshop,
            member=UserFactory(),
            mode=AttendanceMode.ONLINE,
            code_of_conduct=True,
        )


def test_upcoming_and_past_events_are_listed_apart(client):
    WorkshopFactory(title="Next week")
    WorkshopFactory(
        title="Last month",
        start=timezone.now() - timedelta(days=30),
        end=timezone.now() - timedelta(days=30) + timedelta(hours=2),
    )
    assert titles(client.get("/workshops/")) == ["Next week"]
    assert titles(client.get("/workshops/?when=past")) == ["Last month"]
    html = client.get("/workshops/?when=past").content.decode()
    assert '<input type="hidden" name="when" value="past">' in html


def test_kind_facet(client):
    WorkshopFactory(title="Webinar")
    WorkshopFactory(title="Room", kind=Kind.WORKSHOP, capacity_in_person=10)
    assert titles(client.get("/workshops/?kind=workshop")) == ["Room"]


def test_detail_says_seats_left_then_full_with_the_waitlist(client):
    workshop = WorkshopFactory(capacity_online=3)
    fill(workshop, 1)
    assert "2 seats left" in client.get(workshop.get_absolute_url()).content.decode()
    fill(workshop, 4)
    html = client.get(workshop.get_absolute_url()).content.decode()
    assert "Full — 2 on the waitlist" in html


def test_the_join_link_is_never_on_public_pages(client):
    workshop = WorkshopFactory(join_url="https://meet.example.org/secret-room")
    for path in (workshop.get_absolute_url(), "/workshops/"):
        assert "secret-room" not in client.get(path).content.decode()


def test_a_visitor_is_sent_to_sign_in_and_back(client):
    workshop = WorkshopFactory()
    html = client.get(workshop.get_absolute_url()).content.decode()
    assert f"/accounts/login/?next={workshop.get_absolute_url()}" in html
    response = client.post(f"{workshop.get_absolute_url()}register/", {"code_of_conduct": "on"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_member_registers_and_sees_the_join_link_in_my_workshops(member_client, member):
    workshop = WorkshopFactory(join_url="https://meet.example.org/room-7")
    response = member_client.post(
        f"{workshop.get_absolute_url()}register/",
        {"mode": "online", "code_of_conduct": "on", "access_needs": ["captions"]},
        follow=True,
    )
    assert "You are registered" in response.content.decode()
    registration = Registration.objects.get(member=member)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.access_needs == ["captions"]
    page = member_client.get(reverse("my-workshops:list")).content.decode()
    assert workshop.title in page and "https://meet.example.org/room-7" in page


def register_needing(client, language: str):
    """Register for an English event with Hungarian interpretation, needing ``language``."""
    workshop = WorkshopFactory(languages=["en"])
    workshop.interpretation.set(["hu"])
    return client.post(
        f"{workshop.get_absolute_url()}register/",
        {"mode": "online", "code_of_conduct": "on", "languages": [language]},
    )


def test_a_member_asks_for_interpretation_into_a_language_the_event_offers(member_client, member):
    assert register_needing(member_client, "hu").status_code == 302
    registration = Registration.objects.get(member=member)
    assert list(registration.languages_needed.values_list("code", flat=True)) == ["hu"]


def test_a_language_the_event_does_not_offer_is_refused_and_nothing_is_registered(
    member_client,
):
    response = register_needing(member_client, "fi")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please check the form" in html
    offered = re.findall(r'name="languages" value="(\w+)"', html)
    assert offered == ["en", "hu"]  # spoken or interpreted, never Finnish
    assert not Registration.objects.exists()


def test_registering_takes_the_same_number_of_queries_however_many_have_registered(
    client, django_assert_max_num_queries
):
    counts = []
    for others in (0, 30):
        workshop = WorkshopFactory(capacity_online=500)
        fill(workshop, others)
        client.force_login(UserFactory())
        url = f"{workshop.get_absolute_url()}register/"
        with CaptureQueriesContext(connection) as queries:
            response = client.post(url, {"mode": "online", "code_of_conduct": "on"})
        assert response.status_code == 302
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 22


def test_registering_without_the_code_of_conduct_explains_and_registers_nothing(member_client):
    workshop = WorkshopFactory()
    response = member_client.post(f"{workshop.get_absolute_url()}register/", {"mode": "online"})
    assert response.status_code == 400
    assert "Please check the form" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_full_webinar_offers_the_waitlist(member_client, member):
    workshop = WorkshopFactory(capacity_online=1)
    fill(workshop, 1)
    html = member_client.get(workshop.get_absolute_url()).content.decode()
    assert "Join the waitlist" in html
    response = member_client.post(
        f"{workshop.get_absolute_url()}register/",
        {"mode": "online", "code_of_conduct": "on"},
        follow=True,
    )
    assert "on the waitlist at position 1" in response.content.decode()
    page = member_client.get(reverse("my-workshops:list")).content.decode()
    assert "On the waitlist — position 1" in page
    assert "https://meet.example.org" not in page


def test_registering_twice_says_so(member_client):
    workshop = WorkshopFactory()
    data = {"mode": "online", "code_of_conduct": "on"}
    member_client.post(f"{workshop.get_absolute_url()}register/", data)
    response = member_client.post(f"{workshop.get_absolute_url()}register/", data, follow=True)
    assert response.status_code == 200
    assert Registration.objects.count() == 1


def test_an_offer_is_accepted_from_my_workshops(member_client, member):
    workshop = WorkshopFactory(capacity_online=1)
    fill(workshop, 1)
    mine = services.register(
        workshop=workshop, member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    services.cancel(registration=Registration.objects.exclude(member=member).get())
    page = member_client.get(reverse("my-workshops:list")).content.decode()
    assert "Seat offered until" in page and "Accept the seat" in page
    member_client.post(reverse("workshops:accept", args=[mine.public_id]))
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.CONFIRMED


def test_nobody_can_cancel_another_members_registration(client):
    registration = services.register(
        workshop=WorkshopFactory(),
        member=UserFactory(),
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
    )
    client.force_login(UserFactory())
    response = client.post(reverse("workshops:cancel", args=[registration.public_id]))
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert client.get(reverse("workshops:cancel", args=[registration.public_id])).status_code == 405


def test_event_json_ld(client):
    workshop = WorkshopFactory(
        kind=Kind.HYBRID, capacity_in_person=5, capacity_online=5, city="Gent"
    )
    fill(workshop, 2)
    html = client.get(workshop.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert data["maximumAttendeeCapacity"] == 10
    assert data["remainingAttendeeCapacity"] == 8
    assert {location["@type"] for location in data["location"]} == {"Place", "VirtualLocation"}
    assert "meet.example.org" not in json.dumps(data)


def test_list_and_detail_query_counts_are_constant(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE = False  # the page's own queries, not the page cache's (a table)
    workshop = WorkshopFactory(capacity_online=50)
    fill(workshop, 2)
    with django_assert_max_num_queries(30) as few:
        client.get("/workshops/")
        client.get(workshop.get_absolute_url())
    WorkshopFactory.create_batch(15)
    fill(workshop, 20)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/workshops/")
        client.get(workshop.get_absolute_url())


def test_the_browsers_time_zone_fills_an_empty_profile(member_client, member):
    workshop = WorkshopFactory()
    member_client.post(
        f"{workshop.get_absolute_url()}register/",
        {"mode": "online", "code_of_conduct": "on", "browser_time_zone": "Europe/Tallinn"},
    )
    member.refresh_from_db()
    assert member.time_zone == "Europe/Tallinn"


def test_a_bogus_browser_time_zone_is_ignored(member_client, member):
    workshop = WorkshopFactory()
    response = member_client.post(
        f"{workshop.get_absolute_url()}register/",
        {"mode": "online", "code_of_conduct": "on", "browser_time_zone": "Mars/Base"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.time_zone == ""


def test_an_online_event_is_listed_under_its_organisers_country(client):
    from tests.factories import OrganisationFactory

    organiser = OrganisationFactory(country_id="FI")
    WorkshopFactory(title="Online from Finland", organiser=organiser)
    WorkshopFactory(
        title="In Gent",
        kind=Kind.WORKSHOP,
        capacity_in_person=5,
        country_id="BE",
        organiser=organiser,
    )
    assert titles(client.get("/workshops/?country=FI")) == ["Online from Finland"]
    assert titles(client.get("/workshops/?country=BE")) == ["In Gent"]


def test_facilitators_are_introduced_on_the_event_page(client):
    from workshops.models import Facilitator

    workshop = WorkshopFactory()
    Facilitator.objects.create(workshop=workshop, name="Anna K.", bio="Peer trainer since 2015.")
    html = client.get(workshop.get_absolute_url()).content.decode()
    assert "Anna K." in html and "Peer trainer since 2015." in html


def test_my_workshops_shows_times_in_my_zone_and_the_needs_i_gave(member_client, member):
    from datetime import UTC, datetime

    member.time_zone = "Europe/Helsinki"
    member.save()
    start = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)
    workshop = WorkshopFactory(start=start, end=start.replace(hour=11))
    services.register(
        workshop=workshop,
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        access_needs=["captions"],
        access_needs_other="Slides in advance",
    )
    page = member_client.get(reverse("my-workshops:list")).content.decode()
    assert "12:00" in page  # 09:00 UTC in Helsinki in May
    assert "Live captions" in page and "Slides in advance" in page


def test_an_event_page_names_its_facilitators_and_one_without_has_no_such_section(client):
    with_people, without = WorkshopFactory(), WorkshopFactory()
    Facilitator.objects.create(
        workshop=with_people, name="Kati Mäkelä", bio="Peer worker in Tampere since 2015."
    )
    html = client.get(with_people.get_absolute_url()).content.decode()
    assert "Facilitators" in html
    assert "Kati Mäkelä" in html and "Peer worker in Tampere since 2015." in html
    assert "Facilitators" not in client.get(without.get_absolute_url()).content.decode()
