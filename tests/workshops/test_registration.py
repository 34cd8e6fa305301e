"""Registration never overbooks; waitlists move fairly; every refusal says why."""

import threading
from datetime import timedelta

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from tests.factories import UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Kind, Registration, RegistrationStatus, WorkshopStatus
from workshops.services import RegistrationError

pytestmark = pytest.mark.django_db

ONLINE = AttendanceMode.ONLINE
IN_PERSON = AttendanceMode.IN_PERSON


def register(workshop, member=None, mode=ONLINE, **kwargs):
    return services.register(
        workshop=workshop, member=member or UserFactory(), mode=mode, code_of_conduct=True, **kwargs
    )


def test_a_full_workshop_puts_new_registrations_on_the_waitlist_with_their_position():
    workshop = WorkshopFactory(capacity_online=2)
    first, second = register(workshop), register(workshop)
    third, fourth = register(workshop), register(workshop)
    assert [r.status for r in (first, second)] == [RegistrationStatus.CONFIRMED] * 2
    assert [r.status for r in (third, fourth)] == [RegistrationStatus.WAITLISTED] * 2
    assert third.waitlist_position() == 1
    assert fourth.waitlist_position() == 2
    assert first.waitlist_position() is None


def test_registering_twice_is_refused_and_changes_nothing():
    workshop, member = WorkshopFactory(), UserFactory()
    register(workshop, member)
    with pytest.raises(RegistrationError, match="already registered"):
        register(workshop, member)
    assert Registration.objects.filter(member=member).count() == 1


def test_the_database_refuses_a_second_active_registration_too():
    from django.db import IntegrityError, transaction

    registration = register(WorkshopFactory())
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            workshop=registration.workshop,
            member=registration.member,
            status=RegistrationStatus.WAITLISTED,
        )


def test_a_member_can_register_again_after_cancelling():
    workshop, member = WorkshopFactory(), UserFactory()
    services.cancel(registration=register(workshop, member))
    assert register(workshop, member).status == RegistrationStatus.CONFIRMED


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": WorkshopStatus.CANCELLED}, "has been cancelled"),
        ({"registration_opens": timezone.now() + timedelta(days=1)}, "has not opened yet"),
        ({"registration_closes": timezone.now() - timedelta(minutes=1)}, "has closed"),
        ({"status": WorkshopStatus.COMPLETED}, "has ended"),
    ],
)
def test_registration_outside_its_window_is_refused_with_a_clear_message(changes, message):
    workshop = WorkshopFactory(**changes)
    with pytest.raises(RegistrationError, match=message):
        register(workshop)
    assert not Registration.objects.exists()


def test_registration_needs_the_code_of_conduct():
    with pytest.raises(RegistrationError, match="code of conduct"):
        services.register(
            workshop=WorkshopFactory(), member=UserFactory(), mode=ONLINE, code_of_conduct=False
        )


def test_a_hybrid_counts_seats_in_the_room_and_online_separately():
    workshop = WorkshopFactory(kind=Kind.HYBRID, capacity_in_person=1, capacity_online=1)
    assert register(workshop, mode=IN_PERSON).status == RegistrationStatus.CONFIRMED
    assert register(workshop, mode=ONLINE).status == RegistrationStatus.CONFIRMED
    assert register(workshop, mode=IN_PERSON).status == RegistrationStatus.WAITLISTED
    with pytest.raises(RegistrationError, match="cannot be attended that way"):
        register(WorkshopFactory(kind=Kind.WEBINAR), mode=IN_PERSON)


def test_cancelling_offers_the_seat_to_the_first_waiting_for_48_hours():
    workshop = WorkshopFactory(capacity_online=1, start=timezone.now() + timedelta(days=10))
    confirmed = register(workshop)
    first_waiting, second_waiting = register(workshop), register(workshop)
    now = timezone.now()
    outcome = services.cancel(registration=confirmed, now=now)
    first_waiting.refresh_from_db()
    assert outcome.offered == [first_waiting]
    assert first_waiting.status == RegistrationStatus.OFFERED
    assert first_waiting.offered_until == now + timedelta(hours=48)
    second_waiting.refresh_from_db()
    assert second_waiting.waitlist_position() == 1


def test_an_offer_close_to_the_start_is_held_only_until_shortly_before_it():
    start = timezone.now() + timedelta(hours=20)
    workshop = WorkshopFactory(capacity_online=1, start=start)
    confirmed, waiting = register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    waiting.refresh_from_db()
    assert waiting.offered_until == start - timedelta(hours=2)


def test_accepting_an_offer_confirms_and_an_expired_offer_cannot_be_accepted():
    workshop = WorkshopFactory(capacity_online=1)
    confirmed, waiting = register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    waiting.refresh_from_db()
    late = waiting.offered_until + timedelta(seconds=1)
    with pytest.raises(RegistrationError, match="expired"):
        services.accept_offer(registration=waiting, now=late)
    assert services.accept_offer(registration=waiting).status == RegistrationStatus.CONFIRMED


def test_an_unanswered_offer_moves_on_automatically():
    workshop = WorkshopFactory(capacity_online=1)
    confirmed, first, second = register(workshop), register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    first.refresh_from_db()
    outcomes = services.expire_offers(now=first.offered_until)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == RegistrationStatus.CANCELLED
    assert second.status == RegistrationStatus.OFFERED
    assert [o.offered for o in outcomes] == [[second]]


def test_declining_an_offer_passes_the_seat_on():
    workshop = WorkshopFactory(capacity_online=1)
    confirmed, first, second = register(workshop), register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    first.refresh_from_db()
    services.decline_offer(registration=first)
    second.refresh_from_db()
    assert second.status == RegistrationStatus.OFFERED


def test_an_offered_seat_counts_as_taken():
    workshop = WorkshopFactory(capacity_online=1)
    confirmed, _waiting = register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    assert register(workshop).status == RegistrationStatus.WAITLISTED
    assert workshop.seat_counts()[ONLINE] == {"taken": 1, "waiting": 1}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrency needs PostgreSQL")
def test_concurrent_registrations_never_confirm_more_than_capacity(reference_data):
    capacity, people = 3, 24
    workshop = WorkshopFactory(capacity_online=capacity)
    members = [UserFactory() for _ in range(people)]
    barrier = threading.Barrier(people)
    errors = []

    def attempt(member):
        try:
            barrier.wait()
            register(workshop, member)
        except Exception as error:
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=attempt, args=(m,)) for m in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    statuses = list(Registration.objects.filter(workshop=workshop).values_list("status", flat=True))
    assert len(statuses) == people
    assert statuses.count(RegistrationStatus.CONFIRMED) == capacity
    assert statuses.count(RegistrationStatus.WAITLISTED) == people - capacity
    assert Registration.objects.values("member").distinct().count() == people


def test_expire_offers_command_reports_what_it_did(capsys):
    from django.core.management import call_command

    workshop = WorkshopFactory(capacity_online=1)
    confirmed, first, _second = register(workshop), register(workshop), register(workshop)
    services.cancel(registration=confirmed)
    Registration.objects.filter(pk=first.pk).update(offered_until=timezone.now())
    call_command("expire_offers")
    assert "1 offers expired; 1 seats offered on." in capsys.readouterr().out
