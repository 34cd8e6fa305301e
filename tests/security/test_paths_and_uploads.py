"""Traversal in addresses and disguised uploads: refused, and downloads that cannot run."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from practices.models import Practice, Resource, Status
from tests.factories import PracticeFactory, TrainingFactory, UserFactory, WorkshopFactory
from tests.practices.test_submissions import form_data, with_terms

pytestmark = pytest.mark.django_db

HOSTILE_SLUGS = {
    "encoded-slashes": "..%2F..%2Fetc%2Fpasswd",
    "double-encoded": "..%252F..%252Fetc%252Fpasswd",
    "encoded-dots": "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "backslashes": "..%5C..%5Cwindows%5Cwin.ini",
    "overlong-utf8": "%C0%AE%C0%AE%C0%AF",
    "nul": "walking%00.pdf",
    "very-long": "a" * 5_000,
    "unicode": "caf%C3%A9-%E2%80%AE",
    "html": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "dot-segments": "walking/../../../settings",
}
# Every address that takes a slug, with "{}" where the slug goes.
SLUG_ADDRESSES = [
    "/practices/{}/",
    "/practices/{}/edit/",
    "/practices/{}/resources/1/",
    "/practices/walking/resources/{}/",
    "/trainings/{}/",
    "/trainings/{}/edit/",
    "/workshops/{}/",
    "/workshops/{}.ics",
    "/workshops/registrations/{}/cancel/",
    "/workshops/cancel/{}/",
    "/workshops/certificates/{}/",
    "/accounts/workshops/{}/certificate.pdf",
]


@pytest.fixture
def content(db):
    PracticeFactory(title="Walking", slug="walking")
    TrainingFactory(title="Course", slug="course")
    WorkshopFactory(title="Webinar", slug="webinar")


@pytest.mark.parametrize("address", SLUG_ADDRESSES)
@pytest.mark.parametrize("slug", list(HOSTILE_SLUGS.values()), ids=list(HOSTILE_SLUGS))
def test_hostile_slugs_are_simply_not_found(client, member, content, address, slug):
    client.force_login(member)
    response = client.get(address.format(slug))
    # Not found, or a page that says the link does not work: never an error, never a file.
    assert response.status_code in (400, 404), response.status_code
    html = response.content.decode()
    assert "root:" not in html and "[fonts]" not in html
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize("slug", list(HOSTILE_SLUGS.values()), ids=list(HOSTILE_SLUGS))
def test_hostile_slugs_in_posts_change_nothing(client, member, content, slug):
    client.force_login(member)
    for address in ("/workshops/{}/register/", "/practices/{}/edit/", "/trainings/{}/edit/"):
        response = client.post(address.format(slug), {"code_of_conduct": "on", "mode": "online"})
        assert response.status_code in (400, 404), address
    assert not member.registrations.exists()


def test_uploaded_files_are_not_served_from_the_media_folder(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "page.html").write_text("<script>alert(1)</script>")
    for path in ("/media/resources/page.html", "/media/../resource_centre/settings.py"):
        assert client.get(path).status_code == 404


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DISGUISED = {
    "html-as-pdf": ("manual.pdf", b"<!DOCTYPE html><script>alert(1)</script>", "application/pdf"),
    "svg-as-png": (
        "logo.png",
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "image/png",
    ),
    "php-as-pdf": ("shell.pdf", b"<?php system($_GET['c']); ?>", "application/pdf"),
    "php": ("shell.php", b"<?php system($_GET['c']); ?>", "application/x-php"),
    "pdf-after-html": ("mix.pdf", b"<html><body>\n%PDF-1.4\n", "application/pdf"),
    "zip-not-office": ("notes.docx", zip_bytes({"evil.html": b"<script>"}), "application/zip"),
    "jar-as-docx": (
        "tool.docx",
        zip_bytes({"META-INF/MANIFEST.MF": b"Main-Class: Evil\n"}),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "empty": ("empty.pdf", b"", "application/pdf"),
    "exe": ("setup.pdf", b"MZ\x90\x00\x03\x00\x00\x00", "application/pdf"),
}


@pytest.mark.parametrize("upload", list(DISGUISED.values()), ids=list(DISGUISED))
def test_disguised_uploads_are_refused_by_their_content(member_client, settings, tmp_path, upload):
    settings.MEDIA_ROOT = tmp_path
    name, data, content_type = upload
    fake = SimpleUploadedFile(name, data, content_type)
    response = member_client.post(
        "/practices/submit/", with_terms(form_data(resource_title="Manual", resource_file=fake))
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Only PDF, ODT, DOCX, PNG or JPEG files can be uploaded" in html or (
        "The submitted file is empty" in html
    )
    assert not Practice.objects.exists()
    assert not Resource.objects.exists()
    assert not any(tmp_path.rglob("*.*"))


POLYGLOTS = {
    "pdf-with-script": ("../../evil.html", b"%PDF-1.4\n<script>alert(1)</script>\n", ".pdf"),
    "jpeg-with-html": ("x.svg", b"\xff\xd8\xff\xe0<html><script>alert(1)</script>", ".jpg"),
    "png-named-php": ("shell.php", b"\x89PNG\r\n\x1a\n<?php echo 1; ?>", ".png"),
}


@pytest.mark.parametrize("upload", list(POLYGLOTS.values()), ids=list(POLYGLOTS))
def test_a_polyglot_is_stored_under_our_name_and_served_as_an_inert_download(
    client, member, settings, tmp_path, upload
):
    settings.MEDIA_ROOT = tmp_path
    name, data, extension = upload
    client.force_login(member)
    response = client.post(
        "/practices/submit/",
        with_terms(
            form_data(resource_title="Manual", resource_file=SimpleUploadedFile(name, data))
        ),
    )
    assert response.status_code == 302
    resource = Resource.objects.get()
    # Stored under a random name with the extension of what the content is: no traversal.
    assert resource.file.name.startswith("resources/")
    assert resource.file.name.endswith(extension)
    assert ".." not in resource.file.name and "evil" not in resource.file.name
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [
        resource.file.name.split("/")[-1]
    ]
    practice = resource.practice
    download = client.get(reverse("practices:resource", args=[practice.slug, resource.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert f'filename="{practice.slug}-{resource.pk}{extension}"' in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in download["Content-Security-Policy"]
    assert "html" not in download["Content-Type"] and "svg" not in download["Content-Type"]


def test_a_resource_is_downloaded_only_through_its_own_published_practice(
    client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    hidden = PracticeFactory(title="Hidden", status=Status.REVIEW, published_at=None)
    public = PracticeFactory(title="Public")
    resource = Resource(
        practice=hidden, title="Private notes", file=SimpleUploadedFile("a.pdf", b"%PDF-1.4\n")
    )
    resource.clean()
    resource.save()
    for slug in (hidden.slug, public.slug):
        url = reverse("practices:resource", args=[slug, resource.pk])
        assert client.get(url).status_code == 404
    client.force_login(UserFactory())
    assert (
        client.get(reverse("practices:resource", args=[hidden.slug, resource.pk])).status_code
        == 404
    )
