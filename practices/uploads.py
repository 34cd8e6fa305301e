"""Uploaded resources: allowed types are recognised by their content, never by their name."""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
ODT = "application/vnd.oasis.opendocument.text"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXTENSIONS = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", ODT: ".odt", DOCX: ".docx"}


def sniff(file) -> str | None:
    """Return the content type of an allowed file, judged by its bytes; None otherwise."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04"):
        return _sniff_office(file)
    return None


def _sniff_office(file) -> str | None:
    # ODT and DOCX are zip archives; what is inside tells them apart from any other zip.
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.read("mimetype").strip() == ODT.encode():
                return ODT
            if "[Content_Types].xml" in names and "word/document.xml" in names:
                return DOCX
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    finally:
        file.seek(0)
    return None


def validate_upload(file) -> None:
    """Refuse anything but PDF, ODT, DOCX, PNG or JPEG, and anything over 10 MB."""
    if file.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the largest allowed is %(limit)s."),
            code="too_large",
            params={
                "size": filesizeformat(file.size),
                "limit": filesizeformat(MAX_UPLOAD_BYTES),
            },
        )
    if sniff(file) is None:
        raise ValidationError(
            _("Only PDF, ODT, DOCX, PNG or JPEG files can be uploaded; this file is not one."),
            code="type",
        )
