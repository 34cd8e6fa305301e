"""Sign-up, e-mail verification, login, password reset and the member's profile."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from accounts.models import Language, User
from tests.factories import authenticator_code

pytestmark = pytest.mark.django_db

STRONG = "quiet-meadow-river-1987"


def signup(client, email, password=STRONG, password2=None):
    return client.post(
        reverse("account_signup"),
        {"email": email, "password1": password, "password2": password2 or password},
    )


def link_in(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_signup_sends_a_verification_email_and_blocks_login_until_confirmed(client):
    response = signup(client, "new.peer@example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="new.peer@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.peer@example.org"]

    other = client.__class__()
    response = other.post(
        reverse("account_login"), {"login": "new.peer@example.org", "password": STRONG}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in other.session


def test_confirming_the_emailed_link_verifies_and_signs_in(client):
    signup(client, "confirm.me@example.org")
    confirm_url = link_in(mail.outbox[0])
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert "confirm" in page.content.decode().lower()
    # A GET never changes state: the address is confirmed only by the form's POST.
    assert not EmailAddress.objects.get(email="confirm.me@example.org").verified
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="confirm.me@example.org").verified
    assert (
        int(client.session["_auth_user_id"]) == User.objects.get(email="confirm.me@example.org").pk
    )


def test_weak_password_re_renders_with_a_message_at_the_field_and_keeps_the_email(client):
    response = signup(client, "keep.me@example.org", password="password")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="keep.me@example.org"' in html
    assert 'value="password"' not in html
    assert "too short" in html or "too common" in html
    assert 'aria-invalid="true"' in html
    assert not User.objects.filter(email="keep.me@example.org").exists()


def test_failed_form_starts_with_a_summary_linking_to_each_field_in_error(client):
    response = signup(client, "not-an-address", password="short", password2="different")
    html = response.content.decode()
    assert "Please check the form" in html
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert 'href="#id_email"' in summary
    assert 'href="#id_password1"' in summary or 'href="#id_password2"' in summary
    assert 'value="not-an-address"' in html


def test_malformed_address_is_refused_with_a_clear_message(client):
    html = signup(client, "peer@@example").content.decode()
    assert "Enter a valid email address." in html
    assert User.objects.count() == 0


def test_signup_with_a_taken_address_looks_like_a_new_signup_and_tells_the_owner(client):
    existing = User.objects.create_user("taken@example.org", STRONG)
    EmailAddress.objects.create(
        user=existing, email="taken@example.org", verified=True, primary=True
    )
    fresh = signup(client.__class__(), "fresh@example.org")
    mail.outbox.clear()
    taken = signup(client.__class__(), "taken@example.org")
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["taken@example.org"]
    assert "already" in mail.outbox[0].body.lower()


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client, member):
    known = client.post(reverse("account_reset_password"), {"email": member.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    reset = [m for m in mail.outbox if m.to == [member.email]]
    assert len(reset) == 1
    assert "/accounts/password/reset/key/" in reset[0].body


def test_too_many_failed_logins_are_slowed_down_with_a_message(client, member):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": member.email, "password": "wrong-one!"})
    response = client.post(
        reverse("account_login"), {"login": member.email, "password": "wrong-one!"}
    )
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()


def test_login_with_the_right_password_reaches_the_account(client, member, password):
    response = client.post(reverse("account_login"), {"login": member.email, "password": password})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == member.pk


def test_profile_needs_a_signed_in_member(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_member_updates_their_profile(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"),
        {
            "display_name": "Kata",
            "country": "HU",
            "role": User.Role.PEER_SUPPORT_WORKER,
            "organisation": "Budapest Peer Circle",
            "languages": ["hu", "en"],
            "time_zone": "Europe/Budapest",
        },
        follow=True,
    )
    assert "Your profile has been saved." in response.content.decode()
    member.refresh_from_db()
    assert member.display_name == "Kata"
    assert member.country.code == "HU"
    assert member.role == User.Role.PEER_SUPPORT_WORKER
    assert set(member.languages.values_list("code", flat=True)) == {"hu", "en"}
    assert member.time_zone == "Europe/Budapest"


def test_profile_refuses_an_unknown_time_zone_and_keeps_the_rest(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"),
        {"display_name": "Jonas", "time_zone": "Mars/Olympus_Mons"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Jonas"' in html
    assert "Please check the form" in html
    member.refresh_from_db()
    assert member.time_zone == ""


def test_languages_are_seeded_with_iso_codes():
    assert Language.objects.get(code="fi").name == "Finnish"
    assert Language.objects.filter(code="hu").exists()


def test_editors_group_can_curate_but_not_manage_members():
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    assert "change_language" in codenames
    assert not {c for c in codenames if c.endswith(("_user", "_group", "_permission"))}


def test_seed_demo_is_idempotent_and_prints_the_editor_login(client, capsys):
    call_command("seed_demo", "--force")
    call_command("seed_demo", "--force")
    out = capsys.readouterr().out.splitlines()
    lines = [line for line in out if line.startswith("Demo editor: ")]
    assert len(lines) == 2
    secret = next(line for line in reversed(out) if line.startswith("Demo editor TOTP secret: "))
    secret = secret.removeprefix("Demo editor TOTP secret: ")
    match = re.fullmatch(r"Demo editor: (\S+@\S+) / (\S+)", lines[-1])
    assert match
    email, password = match.groups()
    assert User.objects.filter(email=email).count() == 1
    editor = User.objects.get(email=email)
    assert editor.is_staff and not editor.is_superuser
    assert client.login(username=email, password=password)
    assert client.get(reverse("admin:index")).status_code == 200
    # The printed secret is the editor's authenticator: a code made from it is accepted.
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    code = authenticator_code(secret)
    authenticator = Authenticator.objects.get(user=editor, type=Authenticator.Type.TOTP)
    assert TOTP(authenticator).validate_code(code)


def test_seed_demo_refuses_to_run_in_production_mode():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
