"""Editors cancel events, see needs, export attendees; reminders and erasure run on time."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.factories import UserFactory, WorkshopFactory, make_editor
from workshops import services
from workshops.models import (
    AttendanceMode,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopStatus,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = make_editor()
    client.force_login(editor)
    return client


def register(workshop, **kwargs):
    return services.register(
        workshop=workshop,
        member=UserFactory(),
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        **kwargs,
    )


def test_cancelling_an_event_tells_everyone_registered(editor_client):
    workshop = WorkshopFactory(capacity_online=1)
    register(workshop)
    register(workshop)
    mail.outbox.clear()
    editor_client.post(
        "/admin/workshops/workshop/",
        {"action": "cancel_workshops", "_selected_action": [workshop.pk]},
    )
    workshop.refresh_from_db()
    assert workshop.status == WorkshopStatus.CANCELLED
    assert len(mail.outbox) == 2
    assert all("Cancelled:" in m.subject for m in mail.outbox)


def test_editors_see_what_participants_need_and_can_export_the_list(editor_client):
    workshop = WorkshopFactory()
    register(workshop, access_needs=["captions", "breaks"])
    register(workshop, access_needs=["captions"], access_needs_other="A quiet room")
    page = editor_client.get(f"/admin/workshops/workshop/{workshop.pk}/change/").content.decode()
    assert "Live captions: <strong>2</strong>" in page
    assert "Regular breaks: <strong>1</strong>" in page
    assert "Other needs described: <strong>1</strong>" in page
    response = editor_client.post(
        "/admin/workshops/workshop/",
        {"action": "export_attendees", "_selected_action": [workshop.pk]},
    )
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "Live captions; Regular breaks" in text and "A quiet room" in text


def test_a_new_join_link_is_sent_to_confirmed_online_participants():
    workshop = WorkshopFactory(capacity_online=1)
    register(workshop)
    register(workshop)  # waitlisted: must not receive the link
    mail.outbox.clear()
    workshop.join_url = "https://meet.example.org/new-room"
    workshop.save()
    assert services.send_new_join_link(workshop=workshop) == 1
    assert len(mail.outbox) == 1
    assert "new-room" in mail.outbox[0].body
    assert mail.outbox[0].attachments[0][0].endswith(".ics")


def test_reminders_go_once_to_confirmed_participants_the_day_before():
    workshop = WorkshopFactory(capacity_online=1, start=timezone.now() + timedelta(hours=20))
    confirmed = register(workshop)
    register(workshop)  # waitlisted
    mail.outbox.clear()
    assert services.send_reminders() == 1
    assert services.send_reminders() == 0
    assert [m.to for m in mail.outbox] == [[confirmed.member.email]]
    assert "Tomorrow" in mail.outbox[0].subject
    far = WorkshopFactory(start=timezone.now() + timedelta(days=3))
    register(far)
    assert services.send_reminders() == 0


def test_after_the_event_participants_get_the_materials_once(capsys):
    workshop = WorkshopFactory(materials="* Slides")
    registration = register(workshop)
    Registration.objects.filter(pk=registration.pk).update(status=RegistrationStatus.ATTENDED)
    start = timezone.now() - timedelta(hours=3)
    Workshop.objects.filter(pk=workshop.pk).update(start=start, end=start + timedelta(hours=2))
    mail.outbox.clear()
    call_command("send_workshop_emails")
    assert "0 reminders and 1 after-event messages sent." in capsys.readouterr().out
    assert "Thank you for joining" in mail.outbox[0].subject
    call_command("send_workshop_emails")
    assert len(mail.outbox) == 1


def test_access_needs_are_erased_a_month_after_the_event(capsys):
    workshop = WorkshopFactory()
    registration = register(workshop, access_needs=["captions"], access_needs_other="Breaks")
    recent = register(WorkshopFactory(), access_needs=["breaks"])
    start = timezone.now() - timedelta(days=40)
    Workshop.objects.filter(pk=workshop.pk).update(start=start, end=start + timedelta(hours=2))
    call_command("erase_access_needs")
    assert "Access needs erased from 1 registrations." in capsys.readouterr().out
    registration.refresh_from_db()
    recent.refresh_from_db()
    assert registration.access_needs == [] and registration.access_needs_other == ""
    assert recent.access_needs == ["breaks"]
