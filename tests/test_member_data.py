"""Members download everything we hold about them, and can delete it all."""

import json

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import User
from practices.models import Practice, Status
from tests.factories import PASSWORD, PracticeFactory, UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def test_the_export_holds_account_profile_registrations_submissions_and_consents(
    member_client, member
):
    member.display_name = "Noor"
    member.save()
    workshop = WorkshopFactory(capacity_online=1)
    services.register(
        workshop=workshop,
        member=UserFactory(),
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
    )
    services.register(
        workshop=workshop,
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        access_needs=["captions"],
    )
    PracticeFactory(title="My walking group", submitted_by=member, status=Status.REVIEW)
    response = member_client.get("/accounts/data/export/")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert set(data) >= {"account", "profile", "registrations", "submissions", "consents"}
    assert data["account"]["email"] == member.email
    assert data["profile"]["display_name"] == "Noor"
    (registration,) = data["registrations"]
    assert registration["workshop"] == workshop.slug
    assert registration["status"] == RegistrationStatus.WAITLISTED
    assert registration["attendance_mode"] == "online"
    assert registration["waitlist_position"] == 1
    assert registration["access_needs"] == ["captions"]
    assert registration["created"]
    assert [s["title"] for s in data["submissions"]] == ["My walking group"]


def test_the_export_needs_a_signed_in_member(client):
    response = client.get("/accounts/data/export/")
    assert response.status_code == 302


def test_deleting_needs_the_password_and_the_box_ticked(member_client, member):
    response = member_client.post("/accounts/delete/", {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    response = member_client.post("/accounts/delete/", {"password": PASSWORD})
    assert "Please check the form" in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_deleting_erases_the_member_offers_their_seat_and_keeps_published_work(member):
    other_session = Client()
    other_session.force_login(member)
    client = Client()
    client.force_login(member)
    workshop = WorkshopFactory(capacity_online=1)
    services.register(
        workshop=workshop,
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        access_needs=["breaks"],
    )
    waiting = services.register(
        workshop=workshop, member=UserFactory(), mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    published = PracticeFactory(title="Shared and published", submitted_by=member)
    PracticeFactory(
        title="Still in review", submitted_by=member, status=Status.REVIEW, published_at=None
    )
    mail.outbox.clear()
    response = client.post("/accounts/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=member.pk).exists()
    assert not Registration.objects.filter(member_id=member.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    published.refresh_from_db()
    assert published.submitted_by is None and published.is_public
    assert not Practice.objects.filter(title="Still in review").exists()
    assert [m.to for m in mail.outbox if "deleted" in m.subject] == [[member.email]]
    # Every session of the member has ended, not only this one.
    assert other_session.get(reverse("accounts:profile")).status_code == 302


def test_the_privacy_notice_is_linked_from_every_page(client):
    html = client.get("/").content.decode()
    assert 'href="/privacy/"' in html
    assert "How we handle personal data" in client.get("/privacy/").content.decode()
