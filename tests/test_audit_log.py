"""Editors read who changed which content or registration in the admin, and when."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import Client

from accounts.models import User
from pages.services import delete_member
from practices.models import Status
from tests.factories import PracticeFactory, UserFactory, WorkshopFactory, make_editor
from workshops import services
from workshops.models import AttendanceMode, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db

LOG = "/admin/admin/logentry/"


@pytest.fixture
def editor_client(client):
    editor = make_editor(display_name="Marta")
    client.force_login(editor)
    client.editor = editor
    return client


def test_publishing_shows_in_the_log_with_who_what_and_when(editor_client):
    practice = PracticeFactory(title="Recovery walks", status=Status.REVIEW, published_at=None)
    editor_client.post(
        "/admin/practices/practice/",
        {"action": "publish_selected", "_selected_action": [practice.pk]},
    )
    response = editor_client.get(LOG)
    assert response.status_code == 200
    row = response.content.decode()
    assert "Recovery walks" in row and "Marta" in row and "Changed status." in row
    assert f'href="/admin/practices/practice/{practice.pk}/change/"' in row
    assert editor_client.get(LOG + "?q=Recovery").content.decode().count("Recovery walks") >= 1


def test_marking_attendance_is_logged_per_registration(editor_client):
    workshop = WorkshopFactory(title="Boundaries webinar")
    registration = services.register(
        workshop=workshop,
        member=UserFactory(display_name="Ilona"),
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
    )
    editor_client.post(
        "/admin/workshops/registration/",
        {"action": "mark_attended", "_selected_action": [registration.pk]},
    )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.ATTENDED
    entry = LogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(Registration),
        object_id=str(registration.pk),
    )
    assert entry.user == editor_client.editor and entry.action_flag == CHANGE


def test_editors_do_not_see_the_history_of_member_accounts(editor_client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    member = UserFactory(display_name="Hidden Member")
    LogEntry.objects.log_actions(
        user_id=admin.pk, queryset=[member], action_flag=CHANGE, change_message="Changed role."
    )
    page = editor_client.get(LOG).content.decode()
    assert "Hidden Member" not in page
    entry = LogEntry.objects.get(object_id=str(member.pk))
    assert editor_client.get(f"{LOG}{entry.pk}/change/").status_code in (302, 404)


def test_nobody_edits_or_deletes_the_log(editor_client):
    admin_client = Client()
    admin_client.force_login(make_editor(is_superuser=True))
    practice = PracticeFactory()
    LogEntry.objects.log_actions(
        user_id=editor_client.editor.pk, queryset=[practice], action_flag=CHANGE
    )
    entry = LogEntry.objects.get()
    for client in (editor_client, admin_client):
        assert client.post(f"{LOG}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
        client.post(f"{LOG}{entry.pk}/change/", {"object_repr": "forged"})
    entry.refresh_from_db()
    assert entry.object_repr == str(practice)


def test_members_cannot_read_the_log(member_client):
    assert member_client.get(LOG).status_code == 302


def test_an_erased_member_s_name_leaves_the_log(editor_client):
    member = UserFactory(display_name="Zsofia")
    registration = services.register(
        workshop=WorkshopFactory(title="Peer writing circle"),
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
    )
    LogEntry.objects.log_actions(
        user_id=editor_client.editor.pk, queryset=[registration], action_flag=CHANGE
    )
    delete_member(User.objects.get(pk=member.pk))
    entry = LogEntry.objects.get()
    assert "Zsofia" not in entry.object_repr
    assert entry.object_repr == "a former member · Peer writing circle"
