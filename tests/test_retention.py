"""Personal data is kept no longer than needed: `manage.py apply_retention` prunes it."""

from datetime import timedelta
from io import StringIO

import pytest
from allauth.usersessions.models import UserSession
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from accounts.models import User
from tests.factories import UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Registration

pytestmark = pytest.mark.django_db


def make_session(user, *, expires_in: timedelta) -> str:
    store = SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store.set_expiry(timezone.now() + expires_in)
    store.create()
    Session.objects.filter(pk=store.session_key).update(expire_date=timezone.now() + expires_in)
    UserSession.objects.create(
        user=user, session_key=store.session_key, ip="192.0.2.10", user_agent="Firefox"
    )
    return store.session_key


def run(*args) -> str:
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


def test_expired_sessions_and_their_ip_records_go_live_ones_stay():
    member = UserFactory()
    live = make_session(member, expires_in=timedelta(days=3))
    make_session(member, expires_in=-timedelta(hours=1))
    output = run()
    assert "1 expired sessions, 1 session records" in output
    assert list(Session.objects.values_list("pk", flat=True)) == [live]
    assert list(UserSession.objects.values_list("session_key", flat=True)) == [live]


def test_accounts_never_verified_go_after_the_retention_period(settings):
    settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS = 14
    stale = UserFactory(verified=False, date_joined=timezone.now() - timedelta(days=15))
    recent = UserFactory(verified=False, date_joined=timezone.now() - timedelta(days=2))
    verified = UserFactory(date_joined=timezone.now() - timedelta(days=400))
    editor_made_by_hand = UserFactory(
        verified=False, is_staff=True, date_joined=timezone.now() - timedelta(days=400)
    )
    output = run()
    assert "1 accounts unverified after 14 days" in output
    assert set(User.objects.all()) == {recent, verified, editor_made_by_hand}
    assert not User.objects.filter(pk=stale.pk).exists()


def test_access_needs_go_after_the_event_and_the_registration_stays(settings):
    settings.RETENTION_ACCESS_NEEDS_DAYS = 30
    past = WorkshopFactory(
        start=timezone.now() - timedelta(days=40), end=timezone.now() - timedelta(days=40)
    )
    upcoming = WorkshopFactory()
    kept = services.register(
        workshop=upcoming,
        member=UserFactory(),
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        access_needs=["captions"],
        access_needs_other="A quiet room",
    )
    old = Registration.objects.create(
        workshop=past,
        member=UserFactory(),
        attendance_mode=AttendanceMode.ONLINE,
        access_needs=["captions"],
        access_needs_other="Breaks every half hour",
    )
    output = run()
    assert "access needs of 1 registrations" in output
    old.refresh_from_db()
    kept.refresh_from_db()
    assert old.access_needs == [] and old.access_needs_other == ""
    assert kept.access_needs == ["captions"] and kept.access_needs_other == "A quiet room"


def test_a_dry_run_counts_and_deletes_nothing():
    member = UserFactory(verified=False, date_joined=timezone.now() - timedelta(days=60))
    make_session(member, expires_in=-timedelta(days=1))
    output = run("--dry-run")
    assert output.startswith("Would remove: 1 expired sessions, 1 session records, 1 accounts")
    assert Session.objects.count() == 1
    assert User.objects.filter(pk=member.pk).exists()
