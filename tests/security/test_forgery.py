"""Forged requests and links: no state changes without the CSRF token, the signature, or twice."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from practices.models import Practice, Status
from tests.factories import (
    PASSWORD,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
    make_editor,
)
from trainings.models import TrainingProgramme
from workshops import certificates, services
from workshops.models import AttendanceMode, Registration, RegistrationStatus, WorkshopStatus
from workshops.notifications import CANCEL_SALT, cancel_token

pytestmark = pytest.mark.django_db


def register(member, workshop=None, **kwargs) -> Registration:
    return services.register(
        workshop=workshop or WorkshopFactory(),
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        **kwargs,
    )


def offered(member) -> Registration:
    """A registration of the member's that holds an offered seat."""
    workshop = WorkshopFactory(capacity_online=1)
    holder = register(UserFactory(), workshop)
    waiting = register(member, workshop)
    services.cancel(registration=holder)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.OFFERED
    return waiting


# Each case: (set up and return (url, data, a snapshot of what must not change)).
def case_register(member):
    workshop = WorkshopFactory()
    data = {"mode": "online", "code_of_conduct": "on"}
    return reverse("workshops:register", args=[workshop.slug]), data, member.registrations.count


def case_cancel(member):
    registration = register(member)
    url = reverse("workshops:cancel", args=[registration.public_id])
    return url, {}, lambda: Registration.objects.get(pk=registration.pk).status


def case_accept(member):
    registration = offered(member)
    url = reverse("workshops:accept", args=[registration.public_id])
    return url, {}, lambda: Registration.objects.get(pk=registration.pk).status


def case_decline(member):
    registration = offered(member)
    url = reverse("workshops:decline", args=[registration.public_id])
    return url, {}, lambda: Registration.objects.get(pk=registration.pk).status


def case_cancel_link(member):
    registration = register(member)
    url = reverse("workshops:cancel-link", args=[cancel_token(registration)])
    return url, {}, lambda: Registration.objects.get(pk=registration.pk).status


def case_submit_practice(member):
    data = {"title": "Forged practice", "summary": "x", "countries": ["HU"]}
    return "/practices/submit/", data, Practice.objects.count


def case_edit_practice(member):
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    url = reverse("practices:edit", args=[practice.slug])
    return url, {"title": "Forged"}, lambda: Practice.objects.get(pk=practice.pk).title


def case_submit_training(member):
    data = {"title": "Forged course", "summary": "x", "hours": 5}
    return "/trainings/submit/", data, TrainingProgramme.objects.count


def case_edit_training(member):
    programme = TrainingFactory(status=Status.REVIEW, published_at=None, submitted_by=member)
    url = reverse("trainings:edit", args=[programme.slug])
    return url, {"title": "Forged"}, lambda: TrainingProgramme.objects.get(pk=programme.pk).title


def case_delete_account(member):
    data = {"password": PASSWORD, "confirm": "on"}
    return "/accounts/delete/", data, lambda: User.objects.filter(pk=member.pk).exists()


def case_logout(member):
    return reverse("account_logout"), {}, lambda: None


def case_change_password(member):
    data = {"oldpassword": PASSWORD, "password1": "new-pass-word-9876", "password2": "x"}
    return reverse("account_change_password"), data, lambda: User.objects.get(pk=member.pk).password


def case_add_email(member):
    data = {"email": "attacker@example.org", "action_add": ""}
    return (
        reverse("account_email"),
        data,
        lambda: sorted(member.emailaddress_set.values_list("email", flat=True)),
    )


def case_admin_cancel_event(member):
    member.is_staff = member.is_superuser = True
    member.save()
    from tests.factories import give_second_factor

    give_second_factor(member)
    workshop = WorkshopFactory()
    data = {"action": "cancel_workshops", "_selected_action": [workshop.pk]}
    return (
        "/admin/workshops/workshop/",
        data,
        lambda: type(workshop).objects.get(pk=workshop.pk).status,
    )


CASES = {
    "register": case_register,
    "cancel": case_cancel,
    "accept-offer": case_accept,
    "decline-offer": case_decline,
    "cancel-by-link": case_cancel_link,
    "submit-practice": case_submit_practice,
    "edit-practice": case_edit_practice,
    "submit-training": case_submit_training,
    "edit-training": case_edit_training,
    "delete-account": case_delete_account,
    "logout": case_logout,
    "change-password": case_change_password,
    "add-email": case_add_email,
    "admin-action": case_admin_cancel_event,
}


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(case):
    member = UserFactory()
    url, data, snapshot = case(member)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    before = snapshot()
    response = client.post(url, data)
    assert response.status_code == 403
    assert snapshot() == before
    # Still signed in: a forged sign-out did nothing either.
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_a_post_with_a_stolen_looking_token_is_refused_too(member):
    registration = register(member)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    client.cookies["csrftoken"] = "a" * 32
    url = reverse("workshops:cancel", args=[registration.public_id])
    response = client.post(url, {"csrfmiddlewaretoken": "b" * 32})
    assert response.status_code == 403
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_the_sign_in_form_refuses_a_post_without_the_token(member):
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def forged_cancel_tokens(registration) -> dict[str, str]:
    genuine = cancel_token(registration)
    value, signature = genuine.rsplit(":", 1)
    other = register(UserFactory())
    return {
        "flipped-signature": f"{value}:{signature[::-1]}",
        "no-signature": value,
        "other-salt": signing.dumps(str(registration.public_id), salt="workshops.certificate"),
        "other-key": signing.dumps(
            str(registration.public_id), salt=CANCEL_SALT, key="not-the-site-secret-key-" * 3
        ),
        "unsigned-uuid": str(registration.public_id),
        "swapped-value": cancel_token(other).rsplit(":", 1)[0] + ":" + signature,
        "truncated": genuine[:-3],
        "nul": genuine + "%00",
        "huge": "A" * 10_000,
        "json-object": signing.dumps({"public_id": str(registration.public_id)}),
    }


TOKEN_NAMES = [
    "flipped-signature",
    "no-signature",
    "other-salt",
    "other-key",
    "unsigned-uuid",
    "swapped-value",
    "truncated",
    "nul",
    "huge",
    "json-object",
]


@pytest.mark.parametrize("name", TOKEN_NAMES)
def test_a_forged_cancel_link_shows_a_clear_page_and_cancels_nothing(client, name):
    registration = register(UserFactory())
    token = forged_cancel_tokens(registration)[name]
    url = reverse("workshops:cancel-link", args=["TOKEN"]).replace("TOKEN", token)
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 400
        assert "This link does not work" in response.content.decode()
    assert Registration.objects.filter(status=RegistrationStatus.CANCELLED).count() == 0


def test_an_old_cancel_link_never_cancels_a_later_registration(client, member):
    workshop = WorkshopFactory()
    first = register(member, workshop)
    url = reverse("workshops:cancel-link", args=[cancel_token(first)])
    assert "Your registration is cancelled" in client.post(url).content.decode()
    again = register(member, workshop)
    replay = client.post(url)
    assert replay.status_code == 200
    assert "Nothing to cancel" in replay.content.decode()
    again.refresh_from_db()
    assert again.status == RegistrationStatus.CONFIRMED


@pytest.fixture
def attended(member):
    registration = register(member)
    registration.status = RegistrationStatus.ATTENDED
    registration.save()
    return registration


def forged_certificate_tokens(attended) -> dict[str, str]:
    genuine = certificates.verification_token(attended)
    value, signature = genuine.split("-")
    stranger = register(UserFactory())
    stranger_token = certificates.verification_token(stranger)
    return {
        "flipped-signature": f"{value}-{signature[::-1]}",
        "no-signature": value,
        "empty-signature": value + "-",
        "other-value": stranger_token.split("-")[0] + "-" + signature,
        # Genuinely signed, but the registration was never attended.
        "not-attended": stranger_token,
        "upper-case": genuine.upper(),
        "extra-dash": genuine + "-x",
        "not-hex": "z" * 32 + "-" + signature,
        "huge": "f" * 10_000,
        "nul": genuine + "%00",
    }


CERTIFICATE_TOKENS = [
    "flipped-signature",
    "no-signature",
    "empty-signature",
    "other-value",
    "not-attended",
    "upper-case",
    "extra-dash",
    "not-hex",
    "huge",
    "nul",
]


@pytest.mark.parametrize("name", CERTIFICATE_TOKENS)
def test_a_forged_certificate_address_is_not_confirmed(client, attended, name):
    token = forged_certificate_tokens(attended)[name]
    url = reverse("workshops:certificate", args=["TOKEN"]).replace("TOKEN", token)
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert "We cannot confirm this certificate" in html
    assert attended.member.get_full_name() not in html


def link_in(message) -> str:
    match = re.search(r"https?://[^/\s]+(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def test_an_email_confirmation_link_used_again_does_no_harm(client):
    client.post(
        reverse("account_signup"),
        {"email": "twice@example.org", "password1": "quiet-meadow-river-1987",
         "password2": "quiet-meadow-river-1987"},
    )  # fmt: skip
    url = link_in(mail.outbox[0])
    assert client.post(url).status_code == 302
    other = Client()
    for response in (other.get(url), other.post(url)):
        assert response.status_code in (200, 302, 404)
    # The replay neither signs the stranger in nor changes the address.
    assert "_auth_user_id" not in other.session
    assert EmailAddress.objects.get(email="twice@example.org").verified


def test_a_password_reset_link_works_once(client, member):
    client.post(reverse("account_reset_password"), {"email": member.email})
    url = link_in(mail.outbox[-1])
    form_url = client.get(url)["Location"]
    new = {"password1": "first-new-password-5521", "password2": "first-new-password-5521"}
    assert client.post(form_url, new).status_code == 302
    member.refresh_from_db()
    assert member.check_password("first-new-password-5521")
    # The same link, again, from another browser: refused, and the password stays.
    other = Client()
    response = other.get(url, follow=True)
    assert response.status_code == 200
    assert "invalid" in response.content.decode().lower()
    second = {"password1": "attacker-password-7789", "password2": "attacker-password-7789"}
    other.post(form_url, second)
    other.post(url, second)
    member.refresh_from_db()
    assert member.check_password("first-new-password-5521")


def test_an_expired_offer_cannot_be_accepted_by_replaying_the_button(member_client, member):
    registration = offered(member)
    Registration.objects.filter(pk=registration.pk).update(
        offered_until=timezone.now() - timedelta(minutes=1)
    )
    member_client.post(reverse("workshops:accept", args=[registration.public_id]))
    registration.refresh_from_db()
    assert registration.status != RegistrationStatus.CONFIRMED


def test_editors_actions_need_an_editor(client, member):
    workshop = WorkshopFactory()
    client.force_login(member)
    response = client.post(
        "/admin/workshops/workshop/",
        {"action": "cancel_workshops", "_selected_action": [workshop.pk]},
    )
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    workshop.refresh_from_db()
    assert workshop.status == WorkshopStatus.SCHEDULED
    editor = make_editor()
    editor.groups.clear()
    client.force_login(editor)
    client.post(
        "/admin/workshops/workshop/",
        {"action": "cancel_workshops", "_selected_action": [workshop.pk]},
    )
    workshop.refresh_from_db()
    assert workshop.status == WorkshopStatus.SCHEDULED
