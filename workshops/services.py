"""Registration: every change of a seat happens here, in a transaction, under a lock.

The workshop's row is locked (SELECT … FOR UPDATE on PostgreSQL; SQLite takes its write
lock when the transaction begins, see the IMMEDIATE transaction mode in settings) before
seats are counted, so two members can never both get the last seat. The partial unique
constraint on registrations is the final guarantee against double registrations.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from resource_centre.statements import Statement

from .models import (
    AttendanceMode,
    Registration,
    RegistrationStatus,
    RegistrationWindow,
    Workshop,
    WorkshopStatus,
)
from .notifications import (
    notify,
    notify_event_cancelled,
    notify_follow_up,
    notify_new_join_link,
    notify_reminder,
)

log = logging.getLogger(__name__)

# How long a seat offered from the waitlist is held, and how long before the start the
# last offers must be answered.
OFFER_HOLD = timedelta(hours=48)
OFFER_CUTOFF_BEFORE_START = timedelta(hours=2)


class RegistrationError(Exception):
    """A registration step that cannot happen; the message is for the member."""


@dataclass
class Outcome:
    registration: Registration
    offered: list[Registration]


# The queries made while the event's row is locked, compiled once per process (see
# resource_centre.statements): the shorter the lock is held, the more members a rush serves.
LOCKED = Statement(lambda pk: Workshop.objects.select_for_update().filter(pk=pk))
ACTIVE = Statement(
    lambda pk, member: Registration.objects.filter(
        workshop=pk, member=member, status__in=RegistrationStatus.active()
    ).values_list("pk", flat=True)[:1]
)


def _locked(workshop_id: int) -> Workshop:
    workshop = LOCKED.first(workshop_id)
    if workshop is None:
        raise Workshop.DoesNotExist(workshop_id)
    return workshop


def _taken(workshop: Workshop, mode: str) -> int:
    """Seats of one way of attending that are confirmed or offered."""
    return workshop.seat_counts()[mode]["taken"]


def register(
    *,
    workshop: Workshop,
    member,
    mode: str,
    access_needs: list[str] = (),
    access_needs_other: str = "",
    languages=(),
    code_of_conduct: bool = False,
    now=None,
) -> Registration:
    """Confirm the member, or put them on the waitlist when the seats are taken."""
    now = now or timezone.now()
    if not code_of_conduct:
        raise RegistrationError(_("Please agree to the code of conduct to register."))
    try:
        with transaction.atomic():
            workshop = _locked(workshop.pk)
            window = workshop.registration_window(now)
            if window != RegistrationWindow.OPEN:
                raise RegistrationError(str(window.message))
            if mode not in workshop.modes():
                raise RegistrationError(_("This event cannot be attended that way."))
            if ACTIVE(workshop.pk, member.pk):
                raise RegistrationError(_("You are already registered for this event."))
            full = _taken(workshop, mode) >= workshop.capacity(mode)
            registration = Registration.objects.create(
                workshop=workshop,
                member=member,
                attendance_mode=mode,
                status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
                access_needs=list(access_needs),
                access_needs_other=access_needs_other,
                code_of_conduct=True,
                created=now,
            )
            if languages:  # a new registration has none to compare with
                registration.languages_needed.add(*languages)
    except IntegrityError:
        # The unique constraint caught a double submission that raced past the check.
        raise RegistrationError(_("You are already registered for this event.")) from None
    log.info("registration %s: %s", registration.pk, registration.status)
    notify(registration)
    return registration


def cancel(*, registration: Registration, now=None, quietly: bool = False) -> Outcome:
    """Cancel a registration; a freed seat is offered to the first person waiting.

    ``quietly`` spares the member the cancellation e-mail (when they delete their account).
    """
    now = now or timezone.now()
    with transaction.atomic():
        workshop = _locked(registration.workshop_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status not in (
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.OFFERED,
        ):
            raise RegistrationError(_("This registration can no longer be cancelled."))
        if workshop.start <= now:
            raise RegistrationError(_("The event has already started."))
        registration.status = RegistrationStatus.CANCELLED
        registration.offered_until = None
        registration.save(update_fields=["status", "offered_until", "updated"])
        offered = _offer_free_seats(workshop, registration.attendance_mode, now)
    for changed in offered if quietly else (registration, *offered):
        notify(changed)
    return Outcome(registration, offered)


def accept_offer(*, registration: Registration, now=None) -> Registration:
    """Take the seat held for the member, if the offer still stands."""
    now = now or timezone.now()
    with transaction.atomic():
        _locked(registration.workshop_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CONFIRMED:
            return registration  # accepted twice: nothing more to do
        if registration.status != RegistrationStatus.OFFERED or registration.offered_until <= now:
            raise RegistrationError(_("This offer has expired or been answered already."))
        registration.status = RegistrationStatus.CONFIRMED
        registration.offered_until = None
        registration.save(update_fields=["status", "offered_until", "updated"])
    notify(registration)
    return registration


def decline_offer(*, registration: Registration, now=None) -> Outcome:
    """Give the offered seat back; it moves on to the next person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.OFFERED:
            raise RegistrationError(_("This offer has expired or been answered already."))
    return cancel(registration=registration, now=now)


def expire_offers(*, now=None) -> list[Outcome]:
    """Withdraw offers not answered in time and offer those seats to the next in line."""
    now = now or timezone.now()
    outcomes = []
    expired = Registration.objects.filter(
        status=RegistrationStatus.OFFERED, offered_until__lte=now
    ).values_list("pk", "workshop_id")
    for pk, workshop_id in expired:
        with transaction.atomic():
            workshop = _locked(workshop_id)
            registration = Registration.objects.select_for_update().get(pk=pk)
            if registration.status != RegistrationStatus.OFFERED:
                continue
            registration.status = RegistrationStatus.CANCELLED
            registration.offered_until = None
            registration.save(update_fields=["status", "offered_until", "updated"])
            offered = _offer_free_seats(workshop, registration.attendance_mode, now)
        for changed in offered:
            notify(changed)
        outcomes.append(Outcome(registration, offered))
    return outcomes


def _offer_free_seats(workshop: Workshop, mode: str, now) -> list[Registration]:
    """Offer every free seat of one mode to the people waiting, in order (lock held)."""
    free = workshop.capacity(mode) - _taken(workshop, mode)
    if free <= 0:
        return []
    deadline = min(now + OFFER_HOLD, workshop.start - OFFER_CUTOFF_BEFORE_START)
    waiting = workshop.registrations.filter(
        attendance_mode=mode, status=RegistrationStatus.WAITLISTED
    ).order_by("created", "pk")[:free]
    offered = []
    for registration in waiting:
        if deadline <= now:
            # Too close to the start to wait for an answer: the seat is simply theirs.
            registration.status = RegistrationStatus.CONFIRMED
        else:
            registration.status = RegistrationStatus.OFFERED
            registration.offered_until = deadline
        registration.save(update_fields=["status", "offered_until", "updated"])
        offered.append(registration)
    return offered


def cancel_workshop(*, workshop: Workshop) -> int:
    """Cancel an event and tell everyone registered; returns how many were told."""
    with transaction.atomic():
        workshop = _locked(workshop.pk)
        workshop.status = WorkshopStatus.CANCELLED
        workshop.save()
        affected = list(
            workshop.registrations.filter(
                status__in=RegistrationStatus.holding_or_waiting()
            ).select_related("member", "workshop")
        )
    for registration in affected:
        notify_event_cancelled(registration)
    log.info("workshop %s cancelled, %d told", workshop.pk, len(affected))
    return len(affected)


def send_reminders(*, now=None, ahead=timedelta(hours=24)) -> int:
    """Remind confirmed participants of events starting within ``ahead``, once each."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminded_at__isnull=True,
        workshop__status=WorkshopStatus.SCHEDULED,
        workshop__start__gt=now,
        workshop__start__lte=now + ahead,
    ).select_related("workshop", "member")
    sent = 0
    for registration in due:
        # Mark first, in its own statement, so that two runs never both send.
        if Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
            reminded_at=now
        ):
            notify_reminder(registration)
            sent += 1
    return sent


def send_follow_ups(*, now=None) -> int:
    """After an event, send its materials to everyone who had a place, once each."""
    now = now or timezone.now()
    due = (
        Registration.objects.filter(
            status__in=[
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.ATTENDED,
                RegistrationStatus.NO_SHOW,
            ],
            followed_up_at__isnull=True,
            workshop__end__lte=now,
            workshop__end__gt=now - timedelta(days=14),
        )
        .exclude(workshop__status=WorkshopStatus.CANCELLED)
        .select_related("workshop", "member")
    )
    sent = 0
    for registration in due:
        if Registration.objects.filter(pk=registration.pk, followed_up_at__isnull=True).update(
            followed_up_at=now
        ):
            notify_follow_up(registration)
            sent += 1
    return sent


def erase_access_needs(*, older_than: timedelta = timedelta(days=30), now=None) -> int:
    """Delete access needs of events that ended more than ``older_than`` ago."""
    return stale_access_needs(older_than=older_than, now=now).update(
        access_needs=[], access_needs_other=""
    )


def stale_access_needs(*, older_than: timedelta, now=None):
    """Registrations still holding access needs for events that ended ``older_than`` ago."""
    now = now or timezone.now()
    return Registration.objects.filter(workshop__end__lt=now - older_than).exclude(
        access_needs=[], access_needs_other=""
    )


def send_new_join_link(*, workshop: Workshop) -> int:
    """After an editor changed the join link, send it to every confirmed online participant."""
    confirmed_online = workshop.registrations.filter(
        status=RegistrationStatus.CONFIRMED, attendance_mode=AttendanceMode.ONLINE
    ).select_related("member", "workshop")
    told = 0
    for registration in confirmed_online:
        notify_new_join_link(registration)
        told += 1
    return told
