"""Editors cannot reach the admin without a second factor; the admin login is allauth's."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import UserFactory, give_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_without_second_factor(client):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return editor


def test_an_editor_without_a_second_factor_is_sent_to_set_one_up(
    client, staff_without_second_factor
):
    for path in ("/admin/", "/admin/practices/practice/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_activate_totp")
    page = client.get(reverse("mfa_activate_totp"), follow=True).content.decode()
    assert "Editors need a second factor" in page


def test_with_a_second_factor_the_admin_opens(client, staff_without_second_factor):
    give_second_factor(staff_without_second_factor)
    assert client.get("/admin/").status_code == 200


def test_the_admin_login_is_the_sites_own_login(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_members_are_not_asked_for_a_second_factor(member_client):
    assert member_client.get(reverse("accounts:profile")).status_code == 200
