"""Sessions: members see and end their other sessions; staff sessions end after an idle hour."""

import pytest
from django.conf import settings
from django.test import Client

from tests.factories import PASSWORD, UserFactory, make_editor

pytestmark = pytest.mark.django_db


def sign_in(user) -> Client:
    client = Client()
    assert (
        client.post("/accounts/login/", {"login": user.email, "password": PASSWORD}).status_code
        == 302
    )
    return client


def test_a_member_sees_their_sessions_and_ends_the_others():
    member = UserFactory()
    laptop, phone = sign_in(member), sign_in(member)
    page = laptop.get("/accounts/sessions/")
    assert page.status_code == 200
    assert page.content.decode().count("<tr") >= 3  # a header row and two sessions
    laptop.post("/accounts/sessions/", {"action": "sign-out"})
    assert phone.get("/accounts/profile/").status_code == 302
    assert laptop.get("/accounts/profile/").status_code == 200


def test_member_sessions_last_fourteen_days_and_staff_sessions_an_idle_hour(client):
    assert settings.SESSION_COOKIE_AGE == 14 * 24 * 60 * 60
    editor = make_editor()
    client.force_login(editor)
    client.get("/admin/")
    assert client.session.get_expiry_age() == 60 * 60


def test_changing_the_email_asks_for_the_password_again_after_five_minutes():
    from django.utils import timezone

    member_client = sign_in(UserFactory())
    session = member_client.session
    methods = session["account_authentication_methods"]
    for method in methods:
        method["at"] = timezone.now().timestamp() - 600  # signed in ten minutes ago
    session["account_authentication_methods"] = methods
    session.save()
    response = member_client.post(
        "/accounts/email/", {"action_add": "", "email": "new.address@example.org"}
    )
    assert response.status_code == 302
    assert "/accounts/reauthenticate/" in response["Location"]


def test_changing_the_password_needs_the_current_one(member_client):
    response = member_client.post(
        "/accounts/password/change/",
        {
            "oldpassword": "not-my-password",
            "password1": "fresh-river-stone-2031",
            "password2": "fresh-river-stone-2031",
        },
    )
    assert response.status_code == 200
    assert "Please type your current password" in response.content.decode()
