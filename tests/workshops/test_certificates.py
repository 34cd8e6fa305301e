"""Certificates of attendance: a PDF for the member, a page anyone can check."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory, WorkshopFactory
from workshops import certificates, services
from workshops.models import AttendanceMode, Registration, RegistrationStatus, Workshop

pytestmark = pytest.mark.django_db


@pytest.fixture
def attended(member):
    member.display_name = "Zsófia Łukasiewicz-Őry"
    member.save()
    workshop = WorkshopFactory(title="Trialogue in practice", cpd_hours=3)
    registration = services.register(
        workshop=workshop, member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    registration.status = RegistrationStatus.ATTENDED
    registration.save()
    start = timezone.now() - timedelta(days=2)
    Workshop.objects.filter(pk=workshop.pk).update(start=start, end=start + timedelta(hours=2))
    registration.refresh_from_db()
    return registration


def test_an_attended_member_downloads_a_pdf_certificate(member_client, attended):
    url = reverse("my-workshops:certificate", args=[attended.public_id])
    page = member_client.get(reverse("my-workshops:list")).content.decode()
    assert "Download your certificate (PDF)" in page and url in page
    response = member_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


def test_the_verification_page_confirms_a_genuine_certificate(client, attended):
    url = certificates.verification_url(attended)
    path = re.sub(r"^https?://[^/]+", "", url)
    html = client.get(path).content.decode()
    assert "This certificate is genuine" in html
    assert "Zsófia Łukasiewicz-Őry" in html and "Trialogue in practice" in html


def test_a_forged_or_unattended_certificate_is_not_confirmed(client, attended):
    assert client.get("/workshops/certificates/forged-token/").status_code == 404
    confirmed_only = Registration.objects.create(
        workshop=attended.workshop, member=UserFactory(), status=RegistrationStatus.CONFIRMED
    )
    path = re.sub(r"^https?://[^/]+", "", certificates.verification_url(confirmed_only))
    response = client.get(path)
    assert response.status_code == 404
    assert "We cannot confirm this certificate" in response.content.decode()


def test_nobody_downloads_another_members_certificate_or_one_not_earned(client, attended):
    client.force_login(UserFactory())
    url = reverse("my-workshops:certificate", args=[attended.public_id])
    assert client.get(url).status_code == 404
    client.force_login(attended.member)
    attended.status = RegistrationStatus.CONFIRMED
    attended.save()
    assert client.get(url).status_code == 404
