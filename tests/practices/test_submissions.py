"""Members share practices; editors review them; nobody sees another member's submission."""

import io
import re
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
        "written_in": "en",
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
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


def translation_data(number: int, **fields) -> dict:
    return {f"translations-{number}-{name}": value for name, value in fields.items()}


def test_a_member_shares_a_practice_with_its_translation(member_client, editor):
    data = with_terms(form_data(written_in="nl", title="Zondagse wandelgroep"))
    data |= {"translations-TOTAL_FORMS": "1"}
    data |= translation_data(
        0,
        language_code="de",
        review="reviewed",
        translated_title="Sonntägliche Spaziergruppe",
        translated_summary="Peers gehen sonntags gemeinsam spazieren.",
        translated_description="Wir treffen uns um zehn am Parktor.",
    )
    response = member_client.post("/de/practices/submit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    practice = Practice.objects.get(title="Zondagse wandelgroep")
    assert practice.written_in_id == "nl"
    translation = practice.translations.get()
    assert (translation.language_code, translation.review) == ("de", "reviewed")
    assert translation.translated_title == "Sonntägliche Spaziergruppe"
    # Once an editor publishes it, German visitors read the German text.
    services.publish(entries=Practice.objects.filter(pk=practice.pk))
    html = member_client.get(f"/de/practices/{practice.slug}/").content.decode()
    assert "Sonntägliche Spaziergruppe" in html


def test_a_translation_into_the_original_language_is_refused_and_nothing_is_lost(
    member_client,
):
    data = with_terms(form_data(written_in="en"))
    data |= {"translations-TOTAL_FORMS": "1"}
    data |= translation_data(
        0,
        language_code="en",
        review="reviewed",
        translated_title="Sunday walks",
        translated_summary="Walks.",
    )
    response = member_client.post("/practices/submit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The texts above are in this language already: choose another one." in html
    assert 'href="#translations"' in html  # the summary at the top leads to it
    assert "Sunday walking group" in html and "Sunday walks" in html
    assert Practice.objects.count() == 0


def test_an_incomplete_translation_is_explained(member_client):
    data = with_terms(form_data())
    data |= {"translations-TOTAL_FORMS": "1"}
    data |= translation_data(0, language_code="fr", review="machine", translated_title="")
    response = member_client.post("/practices/submit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and "translations-0-translated_title" in html
    assert Practice.objects.count() == 0


def test_the_submitter_removes_a_translation_while_in_review(member_client, member):
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    kept = practice.translations.create(
        language_code="fi", translated_title="Kävelyryhmä", translated_summary="Kävelemme."
    )
    page = member_client.get(f"/practices/{practice.slug}/edit/").content.decode()
    assert "Kävelyryhmä" in page
    data = with_terms(form_data(title=practice.title, written_in="en"))
    data |= {"translations-TOTAL_FORMS": "2", "translations-INITIAL_FORMS": "1"}
    data |= translation_data(
        0,
        id=kept.pk,
        master=practice.pk,
        language_code="fi",
        review="machine",
        translated_title="Kävelyryhmä",
        translated_summary="Kävelemme.",
        DELETE="on",
    )
    # The empty form for a new translation, as a browser sends it.
    data |= translation_data(1, language_code="", review="machine", translated_title="")
    response = member_client.post(f"/practices/{practice.slug}/edit/", data)
    errors = re.findall(r'<ul class="errorlist[^"]*" id="([^"]*)"', response.content.decode())
    assert response.status_code == 302, errors
    assert not practice.translations.exists()
