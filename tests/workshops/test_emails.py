"""What members receive: confirmations with a calendar file, offers, one-click cancelling."""

import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

import icalendar
import pytest
from django.core import mail

from accounts.models import User
from tests.factories import UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Kind, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def register(workshop, member=None, mode=AttendanceMode.ONLINE):
    return services.register(
        workshop=workshop, member=member or UserFactory(), mode=mode, code_of_conduct=True
    )


def cancel_path(message) -> str:
    url = re.search(r"https?://\S+/workshops/cancel/\S+/", message.body).group(0)
    return urlsplit(url).path


def test_confirmation_carries_the_join_link_and_a_calendar_file_in_utc():
    start = datetime(2030, 3, 14, 16, 30, tzinfo=UTC)
    workshop = WorkshopFactory(
        start=start, end=start.replace(hour=18), join_url="https://meet.example.org/room-9"
    )
    member = UserFactory(time_zone="Europe/Helsinki")
    register(workshop, member)
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert "You are registered" in message.subject
    assert "https://meet.example.org/room-9" in message.body
    assert "18:30 (Europe/Helsinki)" in message.body  # 16:30 UTC in the member's zone
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start.replace(hour=18)
    assert "room-9" in str(event.get("description"))


def test_the_waitlist_email_gives_the_position_and_no_join_link():
    workshop = WorkshopFactory(capacity_online=1, join_url="https://meet.example.org/room-3")
    register(workshop)
    register(workshop)
    message = mail.outbox[-1]
    assert "waitlist" in message.subject
    assert "position 1" in message.body
    assert "room-3" not in message.body
    assert not message.attachments


def test_a_freed_seat_is_offered_by_email():
    workshop = WorkshopFactory(capacity_online=1)
    first = register(workshop)
    waiting_member = UserFactory()
    register(workshop, waiting_member)
    mail.outbox.clear()
    services.cancel(registration=first)
    offers = [m for m in mail.outbox if m.to == [waiting_member.email]]
    assert len(offers) == 1 and "A place is free for you" in offers[0].subject


def test_the_cancel_link_shows_one_button_and_only_a_post_cancels(client):
    registration = register(WorkshopFactory())
    path = cancel_path(mail.outbox[0])
    page = client.get(path)
    assert page.status_code == 200
    assert "Cancel registration" in page.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    done = client.post(path)
    assert "Your registration is cancelled" in done.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    again = client.post(path)
    assert again.status_code == 200
    assert "Nothing to cancel" in again.content.decode()


def test_a_tampered_cancel_link_changes_nothing(client):
    registration = register(WorkshopFactory())
    path = cancel_path(mail.outbox[0])
    tampered = path.replace(path.split("/")[3][:5], "AAAAA", 1)
    response = client.post(tampered)
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert client.post("/workshops/cancel/not-a-token/").status_code == 400


def test_in_person_confirmation_names_the_venue_not_a_join_link():
    workshop = WorkshopFactory(
        kind=Kind.HYBRID, capacity_in_person=5, venue_name="Learning house", city="Gent"
    )
    register(workshop, mode=AttendanceMode.IN_PERSON)
    body = mail.outbox[0].body
    assert "Learning house" in body and "meet.example.org" not in body
    assert Registration.objects.count() == 1 and User.objects.count() >= 1


def test_public_calendar_files_never_carry_the_join_link(client):
    workshop = WorkshopFactory(title="Open evening", join_url="https://meet.example.org/private-9")
    for path in ("/workshops/feed.ics", f"/workshops/{workshop.slug}.ics"):
        response = client.get(path)
        assert response["Content-Type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(response.content)
        (event,) = calendar.walk("VEVENT")
        assert str(event.get("summary")) == "Open evening"
        assert event.decoded("dtstart") == workshop.start.replace(microsecond=0)
        assert b"private-9" not in response.content
