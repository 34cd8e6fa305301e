"""Erasing a member touches every app, so it is orchestrated here, at the end of the chain."""

from django.utils import timezone

from accounts.services import erase_member
from workshops import services as workshop_services
from workshops.models import RegistrationStatus


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
    erase_member(user)
