"""Certificates of attendance: a PDF for the member and a public page that vouches for it.

The verification address carries the registration's id and a signature of it, so it
cannot be guessed or altered. The PDF is drawn with DejaVu Sans (fonts/, with its licence), which
covers the letters of every European language.
"""

import uuid
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from pages.templatetags.moments import moment

from .models import Registration, RegistrationStatus

SALT = "workshops.certificate"
FONTS = Path(__file__).resolve().parent / "fonts"
_registered = False


def _signature(value: str) -> str:
    return salted_hmac(SALT, value, algorithm="sha256").hexdigest()[:24]


def verification_token(registration: Registration) -> str:
    """Short enough to print: the registration's id and a signature of it."""
    value = registration.public_id.hex
    return f"{value}-{_signature(value)}"


def verification_url(registration: Registration) -> str:
    path = reverse("workshops:certificate", args=[verification_token(registration)])
    return settings.SITE_URL + path


def attended_registration_for(token: str) -> Registration | None:
    """The attended registration a verification token names, or None."""
    value, _dash, signature = token.partition("-")
    if not constant_time_compare(signature, _signature(value)):
        return None
    try:
        public_id = uuid.UUID(hex=value)
    except ValueError:
        return None
    return (
        Registration.objects.select_related("workshop__organiser", "member")
        .filter(public_id=public_id, status=RegistrationStatus.ATTENDED)
        .first()
    )


def _fonts() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("DejaVu", FONTS / "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTS / "DejaVuSans-Bold.ttf"))
        _registered = True


def certificate_pdf(registration: Registration) -> bytes:
    """A one-page A4 certificate for an attended registration."""
    _fonts()
    workshop, member = registration.workshop, registration.member
    buffer = BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(_("Certificate of attendance"))
    pdf.setStrokeColorRGB(0.12, 0.37, 0.39)
    pdf.setLineWidth(4)
    pdf.rect(30, 30, width - 60, height - 60)

    def centred(text: str, y: float, size: int, bold: bool = False) -> None:
        pdf.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        pdf.drawCentredString(width / 2, y, text)

    centred(_("Peer Support Resource Centre"), height - 100, 16)
    centred(_("Certificate of attendance"), height - 160, 32, bold=True)
    centred(_("This is to confirm that"), height - 220, 14)
    centred(member.get_full_name(), height - 265, 26, bold=True)
    centred(_("took part in"), height - 305, 14)
    centred(workshop.title, height - 345, 18, bold=True)
    details = moment(workshop.start.astimezone(workshop.zone), "date")
    if workshop.cpd_hours:
        details += " · " + _("%(hours)s CPD hours") % {"hours": workshop.cpd_hours}
    if workshop.organiser:
        details += " · " + workshop.organiser.name
    centred(details, height - 380, 13)
    centred(_("Check that this certificate is genuine at:"), 95, 10)
    centred(verification_url(registration), 78, 10)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
