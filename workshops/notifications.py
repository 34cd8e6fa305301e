"""What members are told about their registrations, by e-mail, with a calendar file."""

from django.conf import settings
from django.core import signing
from django.tasks import task
from django.urls import reverse
from django.utils import translation

from accounts.mail import render_templated_email, send_email

from .calendar import registration_ics
from .models import AttendanceMode, Registration, RegistrationStatus

CANCEL_SALT = "workshops.cancel-link"


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def cancel_token(registration: Registration) -> str:
    """A signed token naming the registration, for the cancel link in every e-mail."""
    return signing.dumps(str(registration.public_id), salt=CANCEL_SALT)


def registration_for_token(token: str) -> Registration | None:
    """The registration a cancel link names, or None when the link was tampered with."""
    try:
        public_id = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return (
        Registration.objects.select_related("workshop", "member")
        .filter(public_id=public_id)
        .first()
    )


def join_url_for(registration: Registration) -> str:
    """The online join link, only for a confirmed place online."""
    if (
        registration.status == RegistrationStatus.CONFIRMED
        and registration.attendance_mode == AttendanceMode.ONLINE
    ):
        return registration.workshop.join_url
    return ""


def notify(registration: Registration) -> None:
    """Tell the member where their registration stands now."""
    template = {
        RegistrationStatus.CONFIRMED: "workshops/email/confirmed",
        RegistrationStatus.WAITLISTED: "workshops/email/waitlisted",
        RegistrationStatus.OFFERED: "workshops/email/offered",
        RegistrationStatus.CANCELLED: "workshops/email/cancelled",
    }.get(registration.status)
    if template is not None:
        _send(registration, template, calendar=registration.status == RegistrationStatus.CONFIRMED)


def notify_reminder(registration: Registration) -> None:
    _send(registration, "workshops/email/reminder", calendar=True)


def notify_follow_up(registration: Registration) -> None:
    _send(registration, "workshops/email/follow_up")


def notify_event_cancelled(registration: Registration) -> None:
    _send(registration, "workshops/email/event_cancelled")


def notify_new_join_link(registration: Registration) -> None:
    _send(registration, "workshops/email/new_join_link", calendar=True)


def _send(registration: Registration, template: str, *, calendar: bool = False) -> None:
    """Queue the message: the task writes it, so that a registration's request does not
    wait for two templates and a calendar file to be rendered."""
    send_registration_email.enqueue(
        registration=registration.pk, template=template, calendar=calendar
    )


@task
def send_registration_email(*, registration: int, template: str, calendar: bool = False) -> None:
    """Write to the member in their language, with links to the pages in that language.

    Run by the task backend (maybe in another process, after the request): the message
    says where the registration stands when it is written. A registration deleted in the
    meantime (its member left) gets nothing.
    """
    found = (
        Registration.objects.select_related("workshop", "member").filter(pk=registration).first()
    )
    if found is None:
        return
    with translation.override(found.member.email_language()):
        context, attachments = _message(found, calendar=calendar)
        subject, body = render_templated_email(template, context)
    send_email.call(to=[found.member.email], subject=subject, body=body, attachments=attachments)


def _message(registration: Registration, *, calendar: bool) -> tuple[dict, list[list[str]]]:
    """A message's template context and its attachments."""
    workshop, member = registration.workshop, registration.member
    url = absolute(workshop.get_absolute_url())
    join_url = join_url_for(registration)
    context = {
        "registration": registration,
        "workshop": workshop,
        "member": member,
        "member_zone": member.time_zone or workshop.time_zone,
        "url": url,
        "join_url": join_url,
        "mine_url": absolute(reverse("my-workshops:list")),
        "list_url": absolute(reverse("workshops:list")),
        "cancel_url": absolute(reverse("workshops:cancel-link", args=[cancel_token(registration)])),
        "position": registration.waitlist_position(),
    }
    attachments = []
    if calendar:
        ics = registration_ics(workshop, url, join_url=join_url)
        attachments.append([f"{workshop.slug}.ics", ics, "text/calendar"])
    return context, attachments
