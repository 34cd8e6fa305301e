"""A member's own data: everything we hold about them, and its erasure."""

from __future__ import annotations

import logging

from django.contrib.sessions.models import Session
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone

from .mail import send_templated_email
from .models import Consent, Purpose, User

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
            "language": user.language,
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
        "consents": [
            {
                "purpose": consent.purpose,
                "text_version": consent.text_version,
                "wording": consent.wording,
                "given": consent.given_at.isoformat(),
                "withdrawn": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
            }
            for consent in user.consents.order_by("given_at", "pk")
        ],
        # Follows and digests live in the digests app: read through the reverse relations.
        "follows": [
            {
                "kind": follow.kind.value,
                "followed": follow.form_value,
                "name": str(follow.target),
                "since": follow.created.isoformat(),
            }
            for follow in user.follows.for_display()
        ],
        "digests_sent": [
            {
                "sent": delivery.sent_at.isoformat(),
                "new_since": delivery.covered_from.isoformat(),
                "items": delivery.items,
            }
            for delivery in user.digest_deliveries.order_by("sent_at", "pk")
        ],
        "exported": timezone.now().isoformat(),
    }


def erase_member(user: User) -> None:
    """Delete the member and everything personal; published content stays, unattributed.

    Registrations (with their access needs) go with the account. The caller cancels the
    active ones first, so that their seats are offered on.
    """
    email, name, language = user.email, user.get_short_name(), user.email_language()
    with transaction.atomic():
        # Published entries keep existing, attributed to "a former member" (no author);
        # anything not yet published was theirs alone and goes.
        for entries in (user.submitted_practices, user.submitted_trainingprogrammes):
            entries.exclude(pk__in=entries.published().values("pk")).delete()
            entries.update(submitted_by=None)
        _end_sessions(user)
        user.delete()
    log.info("a member erased their account")
    send_templated_email(
        to=[email], template="accounts/email/erased", context={"name": name}, language=language
    )


def _end_sessions(user: User) -> None:
    # Database sessions store the user id inside their encoded data: check each live one.
    for session in Session.objects.filter(expire_date__gt=timezone.now()):
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()


def set_consents(*, member: User, purposes: set[Purpose]) -> tuple[list[Purpose], list[Purpose]]:
    """Give the consents in ``purposes`` and withdraw the others; returns (given, withdrawn)."""
    now = timezone.now()
    given, withdrawn = [], []
    with transaction.atomic():
        active = set(member.consents.active().select_for_update().values_list("purpose", flat=True))
        for purpose in Purpose:
            if purpose in purposes and purpose not in active:
                try:
                    # The partial unique constraint settles a race between two tabs.
                    with transaction.atomic():
                        Consent.objects.create(
                            member=member,
                            purpose=purpose,
                            text_version=purpose.version,
                            wording=purpose.wording,
                            given_at=now,
                        )
                except IntegrityError:
                    continue
                given.append(purpose)
            elif purpose not in purposes and purpose in active:
                withdrawn.append(purpose)
        if withdrawn:
            member.consents.active().filter(purpose__in=withdrawn).update(withdrawn_at=now)
    if given or withdrawn:
        log.info("consents changed: %d given, %d withdrawn", len(given), len(withdrawn))
    return given, withdrawn


def withdraw_consent(*, member: User, purpose: Purpose) -> bool:
    """Withdraw one consent; True when there was one to withdraw."""
    return bool(
        member.consents.active().filter(purpose=purpose).update(withdrawn_at=timezone.now())
    )


UNSUBSCRIBE_SALT = "accounts.unsubscribe"


def unsubscribe_token(member: User, purpose: Purpose) -> str:
    """A token for the one-click unsubscribe link in every optional e-mail."""
    return signing.dumps({"m": member.pk, "p": purpose.value}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[User, Purpose] | None:
    """The member and purpose of a genuine unsubscribe token, or None."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        purpose = Purpose(data["p"])
        member = User.objects.get(pk=data["m"], is_active=True)
    except (signing.BadSignature, KeyError, TypeError, ValueError, User.DoesNotExist):
        return None
    return member, purpose
