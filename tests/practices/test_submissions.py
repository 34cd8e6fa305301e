"""Members share practices; editors review them; nobody sees another member's submission."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from practices import services
from practices.models import Practice, Resource, Status
from practices.uploads import MAX_UPLOAD_BYTES
from tests.factories import PracticeFactory, UserFactory, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return make_editor(email="editor@example.org")


def form_data(**overrides):
    data = {
        "title": "Sunday walking group",
        "summary": "Peers walk together on Sunday mornings and talk on the way.",
        "description": "We meet at the park gate at ten.",
        "proposed_organisation": "Riverside Peers",
        "countries": ["HU"],
        "types": [],
        "focus_areas": [],
        "delivery_mode": "in-person",
        "setting": "community",
        "evidence_level": "described",
    }
    data.update(overrides)
    return data


def with_terms(data):
    from practices.models import FocusArea, PeerSupportType

    data["types"] = [PeerSupportType.objects.get(slug="mutual-support-groups").pk]
    data["focus_areas"] = [FocusArea.objects.get(slug="mental-health").pk]
    return data


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def test_sharing_a_practice_needs_an_account(client):
    response = client.get("/practices/submit/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_member_submits_and_the_editors_are_told(member_client, member, editor):
    response = member_client.post("/practices/submit/", with_terms(form_data()))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:submissions")
    practice = Practice.objects.get(title="Sunday walking group")
    assert practice.status == Status.REVIEW
    assert practice.submitted_by == member
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]
    assert "Sunday walking group" in mail.outbox[0].subject
    assert f"/admin/practices/practice/{practice.pk}/change/" in mail.outbox[0].body
    page = member_client.get(reverse("accounts:submissions")).content.decode()
    assert "Sunday walking group" in page and "Waiting for review" in page
    # In review, it is not public.
    assert member_client.logout() is None
    assert member_client.get(practice.get_absolute_url()).status_code == 404


def test_an_incomplete_submission_keeps_what_was_typed(member_client):
    response = member_client.post("/practices/submit/", form_data(title=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the form" in html
    assert 'href="#id_title"' in html
    assert "Peers walk together on Sunday mornings" in html
    assert Practice.objects.count() == 0


def test_a_file_pretending_to_be_a_pdf_is_refused(member_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    fake = SimpleUploadedFile("manual.pdf", b"MZ\x90\x00 not really a pdf", "application/pdf")
    data = with_terms(form_data(resource_title="Manual", resource_file=fake))
    response = member_client.post("/practices/submit/", data)
    assert response.status_code == 200
    assert "Only PDF, ODT, DOCX, PNG or JPEG files can be uploaded" in response.content.decode()
    assert Practice.objects.count() == 0


def test_a_file_over_ten_megabytes_is_refused(member_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * MAX_UPLOAD_BYTES)
    data = with_terms(form_data(resource_title="Big", resource_file=big))
    html = member_client.post("/practices/submit/", data).content.decode()
    assert "the largest allowed is 10.0" in html
    assert Practice.objects.count() == 0


def test_a_docx_recognised_by_its_content_is_accepted(member_client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("handbook.bin", docx_bytes())
    data = with_terms(form_data(resource_title="Handbook", resource_file=upload))
    assert member_client.post("/practices/submit/", data).status_code == 302
    resource = Resource.objects.get()
    assert resource.content_type.endswith("wordprocessingml.document")
    assert resource.file.name.endswith(".docx")
    assert "handbook" not in resource.file.name


def test_a_member_cannot_edit_or_see_another_members_submission(client):
    owner, other = UserFactory(), UserFactory()
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=owner)
    client.force_login(other)
    assert client.get(f"/practices/{practice.slug}/edit/").status_code == 404
    assert client.post(f"/practices/{practice.slug}/edit/", form_data()).status_code == 404
    assert client.get(practice.get_absolute_url()).status_code == 404
    assert practice.title not in client.get(reverse("accounts:submissions")).content.decode()


def test_publishing_tells_the_submitter(member, editor):
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    services.publish(entries=Practice.objects.filter(pk=practice.pk))
    practice.refresh_from_db()
    assert practice.status == Status.PUBLISHED and practice.published_at
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert "Published" in mail.outbox[0].subject
    assert practice.get_absolute_url() in mail.outbox[0].body


def test_sending_back_tells_the_submitter_what_to_change(member_client, member):
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    services.send_back(entry=practice, comment="Please add how peers are supervised.")
    assert "Please add how peers are supervised." in mail.outbox[0].body
    page = member_client.get(reverse("accounts:submissions")).content.decode()
    assert "Sent back for changes" in page
    assert "Please add how peers are supervised." in page
    # The member changes it and sends it again.
    data = with_terms(form_data(title=practice.title, description="Supervised monthly."))
    assert member_client.post(f"/practices/{practice.slug}/edit/", data).status_code == 302
    practice.refresh_from_db()
    assert practice.status == Status.REVIEW
    assert practice.description == "Supervised monthly."


def test_sending_back_without_a_comment_is_refused(member):
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    with pytest.raises(services.WorkflowError):
        services.send_back(entry=practice, comment="  ")
    practice.refresh_from_db()
    assert practice.status == Status.REVIEW
    assert mail.outbox == []
