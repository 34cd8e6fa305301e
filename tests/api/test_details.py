"""One entry in the API: what its page shows, published only, never personal data."""

import json
from datetime import date, timedelta

import pytest
from django.utils import timezone

from countries.models import CountryProfile, Occupation
from practices.models import Link, Reference, Status
from tests.factories import (
    OrganisationFactory,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
)
from workshops.models import Facilitator, Kind, Registration, RegistrationStatus, WorkshopStatus

pytestmark = pytest.mark.django_db


def test_a_practice_shows_what_its_page_shows_and_no_contact_person(api):
    submitter = UserFactory(email="submitter@example.org")
    practice = PracticeFactory(
        title="Listening line",
        countries=["BE"],
        target_groups=["young-people"],
        submitted_by=submitter,
        editor_comment="Lovely, published.",
        contact_name="Eva Example",
        contact_email="eva@example.org",
        year_started=2019,
    )
    Reference.objects.create(practice=practice, authors="Salzer", year=2002, title="Peer support")
    Link.objects.create(practice=practice, title="Project site", url="https://example.org/")
    TrainingFactory(title="Listening course").related_practices.add(practice)
    unfinished = TrainingFactory(title="Unfinished course", status=Status.DRAFT, published_at=None)
    unfinished.related_practices.add(practice)
    response = api("/api/practices/listening-line/")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Listening line"
    assert body["countries"] == ["BE"]
    assert body["target_groups"] == [{"slug": "young-people", "name": "Young people"}]
    assert body["year_started"] == 2019
    assert body["references"][0]["authors"] == "Salzer"
    assert body["links"] == [{"title": "Project site", "url": "https://example.org/"}]
    assert [t["title"] for t in body["training_programmes"]] == ["Listening course"]
    text = json.dumps(body)
    for private in ("Eva Example", "eva@example.org", "submitter@example.org", "Lovely"):
        assert private not in text


def test_a_draft_or_archived_entry_is_not_found(api):
    PracticeFactory(title="Draft practice", status=Status.DRAFT, published_at=None)
    PracticeFactory(title="Old practice", status=Status.ARCHIVED)
    TrainingFactory(title="Draft course", status=Status.REVIEW, published_at=None)
    WorkshopFactory(title="Draft event", status=WorkshopStatus.DRAFT)
    for path in (
        "/api/practices/draft-practice/",
        "/api/practices/old-practice/",
        "/api/trainings/draft-course/",
        "/api/workshops/draft-event/",
        "/api/practices/no-such-thing/",
    ):
        response = api(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Nothing published has this address."}


def test_an_authors_own_draft_is_not_in_the_api_even_for_them(client, api):
    author = UserFactory()
    PracticeFactory(title="My draft", status=Status.DRAFT, published_at=None, submitted_by=author)
    client.force_login(author)
    assert api("/api/practices/my-draft/").status_code == 404


def test_a_training_programme_shows_its_cost_and_modules(api):
    programme = TrainingFactory(
        title="Peer work basics",
        countries=["DE"],
        languages=["de"],
        cost_amount=120,
        cost_currency="EUR",
        accredited=True,
        accrediting_body="A regional chamber",
    )
    programme.modules.create(title="Recovery stories", hours=6, position=1)
    body = api("/api/trainings/peer-work-basics/").json()
    assert body["free"] is False
    assert (body["cost_amount"], body["cost_currency"]) == ("120.00", "EUR")
    assert body["accrediting_body"] == "A regional chamber"
    assert body["modules"] == [{"title": "Recovery stories", "hours": 6, "outcomes": ""}]
    assert body["url"] == "http://testserver/trainings/peer-work-basics/"


def test_a_workshop_shows_seats_left_but_no_join_link_people_or_registrations(api):
    workshop = WorkshopFactory(
        title="Boundaries webinar",
        kind=Kind.HYBRID,
        country_id="FI",
        city="Tampere",
        capacity_in_person=5,
        capacity_online=3,
    )
    Facilitator.objects.create(workshop=workshop, name="Anna Facilitator", bio="Trainer.")
    for member in (UserFactory(email="one@example.org"), UserFactory(email="two@example.org")):
        Registration.objects.create(
            workshop=workshop,
            member=member,
            status=RegistrationStatus.CONFIRMED,
            attendance_mode="online",
            access_needs=["captions"],
        )
    response = api("/api/workshops/boundaries-webinar/")
    body = response.json()
    assert body["country"] == "FI"
    assert body["registration"] == "open"
    assert body["seats"] == [
        {"mode": "in-person", "seats_left": 5},
        {"mode": "online", "seats_left": 1},
    ]
    text = response.content.decode()
    for private in ("meet.example.org", "Anna Facilitator", "one@example.org", "captions"):
        assert private not in text


def test_a_past_event_is_still_found_with_its_materials(api):
    start = timezone.now() - timedelta(days=10)
    WorkshopFactory(
        title="Autumn webinar",
        start=start,
        end=start + timedelta(hours=1),
        status=WorkshopStatus.COMPLETED,
        materials="Slides and notes.",
        recording_url="https://video.example.org/autumn",
    )
    body = api("/api/workshops/autumn-webinar/").json()
    assert body["registration"] == "over"
    assert body["materials"] == "Slides and notes."
    assert body["recording_url"] == "https://video.example.org/autumn"


def test_a_country_shows_its_published_profile_counts_and_lists(api):
    CountryProfile.objects.create(
        country_id="HU",
        summary="Peer workers are starting to join community teams.",
        occupation_status=Occupation.EMERGING,
        certification="A nine-month course.",
        status=Status.PUBLISHED,
        last_verified=date(2026, 10, 1),
    )
    PracticeFactory(countries=["HU"])
    WorkshopFactory(organiser=OrganisationFactory(country_id="HU"))
    body = api("/api/countries/hu/").json()
    assert body["code"] == "HU"
    assert body["name"] == "Hungary"
    assert body["url"] == "http://testserver/countries/hu/"
    assert body["counts"] == {"practices": 1, "training_programmes": 0, "upcoming_workshops": 1}
    assert body["profile"]["occupation_status"] == "emerging"
    assert body["profile"]["certification"] == "A nine-month course."
    assert body["lists"]["practices"] == "http://testserver/api/practices/?country=HU"


def test_a_country_with_a_draft_profile_shows_no_profile(api):
    CountryProfile.objects.create(country_id="NL", summary="Not ready.", status=Status.DRAFT)
    body = api("/api/countries/nl/").json()
    assert body["profile"] is None
    assert "Not ready" not in json.dumps(body)


def test_an_uppercase_country_code_redirects_to_the_lowercase_address(api):
    response = api("/api/countries/HU/")
    assert response.status_code == 301
    assert response["Location"] == "/api/countries/hu/"


@pytest.mark.parametrize("code", ["zz", "hun", "1", "h%C3%BC"])
def test_an_unknown_country_is_a_json_404(api, code):
    response = api(f"/api/countries/{code}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Nothing published has this address."}


def test_practice_and_programme_list_their_upcoming_events_but_not_cancelled_or_past_ones(api):
    practice = PracticeFactory(title="Recovery walks")
    programme = TrainingFactory(title="Walk leaders course")
    soon = WorkshopFactory(title="Walking together webinar")
    cancelled = WorkshopFactory(title="Called off webinar", status=WorkshopStatus.CANCELLED)
    over = WorkshopFactory(title="Last spring's webinar", start=timezone.now() - timedelta(days=60))
    for event in (soon, cancelled, over):
        event.related_practices.add(practice)
        event.related_trainings.add(programme)
    for path in ("/api/practices/recovery-walks/", "/api/trainings/walk-leaders-course/"):
        events = api(path).json()["upcoming_workshops"]
        assert [e["title"] for e in events] == ["Walking together webinar"]
        assert events[0]["url"].endswith(soon.get_absolute_url())
