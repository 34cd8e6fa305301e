"""In production, e-mails wait in the database for the worker, which then sends them."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from tests.factories import UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_worker_sends_the_confirmation_queued_by_a_registration(reference_data):
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS=DATABASE_TASKS):
        services.register(
            workshop=WorkshopFactory(),
            member=UserFactory(),
            mode=AttendanceMode.ONLINE,
            code_of_conduct=True,
        )
        assert mail.outbox == []
        assert DBTaskResult.objects.count() == 1
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(mail.outbox) == 1
    assert "You are registered" in mail.outbox[0].subject
    assert mail.outbox[0].attachments[0][0].endswith(".ics")


def test_a_registration_deleted_before_the_worker_runs_is_not_written_to(reference_data):
    with override_settings(TASKS=DATABASE_TASKS):
        registration = services.register(
            workshop=WorkshopFactory(),
            member=UserFactory(),
            mode=AttendanceMode.ONLINE,
            code_of_conduct=True,
        )
        registration.member.delete()  # the member left before the e-mail was written
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert mail.outbox == []
