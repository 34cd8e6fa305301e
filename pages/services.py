"""Erasing a member and pruning old personal data touch every app, so they are orchestrated
here, at the end of the chain."""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import User
from accounts.services import erase_member
from workshops import services as workshop_services
from workshops.models import Registration, RegistrationStatus

log = logging.getLogger(__name__)


def delete_member(user) -> None:
    """Cancel the member's places (offering them on), then erase the account."""
    for registration in user.registrations.filter(
        status__in=[
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.OFFERED,
        ],
        workshop__start__gt=timezone.now(),
    ):
        workshop_services.cancel(registration=registration, quietly=True)
    registrations = {r.pk: r.workshop.title for r in user.registrations.select_related("workshop")}
    member_pk = user.pk
    erase_member(user)
    _anonymise_audit_log(member_pk, registrations)


def _anonymise_audit_log(member_pk: int, registrations: dict[int, str]) -> None:
    # The admin's log names records as they were shown, and a registration is shown with
    # its member's name: the history stays, the name goes.
    former = gettext("a former member")
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=str(member_pk)
    ).update(object_repr=former)
    registration_type = ContentType.objects.get_for_model(Registration)
    for pk, workshop in registrations.items():
        LogEntry.objects.filter(content_type=registration_type, object_id=str(pk)).update(
            object_repr=f"{former} · {workshop}"
        )


@dataclass
class Pruned:
    """What one retention run removed."""

    sessions: int = 0
    session_records: int = 0
    unverified_accounts: int = 0
    access_needs: int = 0


def apply_retention(*, now: datetime | None = None, dry_run: bool = False) -> Pruned:
    """Remove personal data past its retention period (see settings.RETENTION_*)."""
    now = now or timezone.now()
    live = Session.objects.filter(expire_date__gt=now)
    expired = Session.objects.exclude(pk__in=live.values("pk"))
    # allauth's record of where a member is signed in holds an IP address and a browser name;
    # once its session is gone, so is our reason to keep them.
    records = UserSession.objects.exclude(session_key__in=live.values("session_key"))
    joined_before = now - timedelta(days=settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS)
    unverified = User.objects.filter(
        date_joined__lt=joined_before, is_staff=False, is_superuser=False
    ).exclude(pk__in=EmailAddress.objects.filter(verified=True).values("user_id"))
    if dry_run:
        return Pruned(
            sessions=expired.count(),
            session_records=records.count(),
            unverified_accounts=unverified.count(),
            access_needs=workshop_services.stale_access_needs(
                older_than=timedelta(days=settings.RETENTION_ACCESS_NEEDS_DAYS), now=now
            ).count(),
        )
    pruned = Pruned()
    with transaction.atomic():
        pruned.session_records = records.delete()[1].get("usersessions.UserSession", 0)
        pruned.sessions = expired.delete()[0]
        pruned.unverified_accounts = unverified.delete()[1].get("accounts.User", 0)
        pruned.access_needs = workshop_services.erase_access_needs(
            older_than=timedelta(days=settings.RETENTION_ACCESS_NEEDS_DAYS), now=now
        )
    log.info(
        "retention: %d sessions, %d session records, %d unverified accounts, "
        "access needs of %d registrations removed",
        pruned.sessions,
        pruned.session_records,
        pruned.unverified_accounts,
        pruned.access_needs,
    )
    return pruned
