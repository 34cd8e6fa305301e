"""A member's own data: everything we hold about them, and its erasure."""

from __future__ import annotations

import logging

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from .mail import send_templated_email
from .models import User

log = logging.getLogger(__name__)


def export_member_data(user: User) -> dict:
    """Everything the platform holds about the member, as plain JSON-ready data."""
    registrations = user.registrations.select_related("workshop").prefetch_related(
        "languages_needed"
    )
    submissions = [
        {"kind": kind, "title": entry.title, "slug": entry.slug, "status": entry.status,
         "created": entry.created.isoformat(), "updated": entry.updated.isoformat()}
        for kind, entries in (
            ("practice", user.submitted_practices.all()),
            ("training programme", user.submitted_trainingprogrammes.all()),
        )
        for entry in entries
    ]  # fmt: skip
    return {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in user.emailaddress_set.all()
            ],
        },
        "profile": {
            "display_name": user.display_name,
            "country": user.country.code or None,
            "role": user.role,
            "organisation": user.organisation,
            "languages": sorted(user.languages.values_list("code", flat=True)),
            "time_zone": user.time_zone,
        },
        "registrations": [
            {
                "workshop": registration.workshop.slug,
                "status": registration.status,
                "attendance_mode": registration.attendance_mode,
                "waitlist_position": registration.waitlist_position(),
                "access_needs": registration.access_needs,
                "access_needs_other": registration.access_needs_other,
                "languages_needed": [lang.code for lang in registration.languages_needed.all()],
                "created": registration.created.isoformat(),
            }
            for registration in registrations
        ],
        "submissions": submissions,
        "consents": [],
        "exported": timezone.now().isoformat(),
    }


def erase_member(user: User) -> None:
    """Delete the member and everything personal; published content stays, unattributed.

    Registrations (with their access needs) go with the account. The caller cancels the
    active ones first, so that their seats are offered on.
    """
    email, name = user.email, user.get_short_name()
    with transaction.atomic():
        # Published entries keep existing, attributed to "a former member" (no author);
        # anything not yet published was theirs alone and goes.
        for entries in (user.submitted_practices, user.submitted_trainingprogrammes):
            entries.exclude(pk__in=entries.published().values("pk")).delete()
            entries.update(submitted_by=None)
        _end_sessions(user)
        user.delete()
    log.info("a member erased their account")
    send_templated_email(to=[email], template="accounts/email/erased", context={"name": name})


def _end_sessions(user: User) -> None:
    # Database sessions store the user id inside their encoded data: check each live one.
    for session in Session.objects.filter(expire_date__gt=timezone.now()):
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
