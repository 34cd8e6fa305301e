"""A member agrees to an optional e-mail and withdraws it again, with the keyboard only."""

from django.urls import reverse

from accounts.models import Consent, Purpose
from accounts.services import unsubscribe_token
from tests.factories import PASSWORD, UserFactory

from .conftest import assert_no_axe_violations


def test_giving_and_withdrawing_consent_with_the_keyboard(page):
    member = UserFactory()
    page.goto("/accounts/login/?next=/accounts/communications/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/accounts/communications/")
    page.wait_for_load_state("networkidle")
    assert_no_axe_violations(page)

    news = page.get_by_label(Purpose.WORKSHOP_NEWS.wording)
    news.focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Save my choices").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Your choices have been saved.").is_visible()
    assert page.get_by_label(Purpose.WORKSHOP_NEWS.wording).is_checked()
    assert page.get_by_role("table").get_by_text("Still given").is_visible()
    assert_no_axe_violations(page)

    page.goto(
        reverse("accounts:unsubscribe", args=[unsubscribe_token(member, Purpose.WORKSHOP_NEWS)])
    )
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Unsubscribe").click()
    assert page.get_by_role("heading", name="You are unsubscribed").is_visible()
    assert not Consent.objects.active().exists()
