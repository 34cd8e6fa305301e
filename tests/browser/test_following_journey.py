"""A member follows a country from its page, agreeing to the digest, then stops following it."""

from accounts.models import Consent, Purpose
from tests.factories import PASSWORD, UserFactory

from .conftest import assert_no_axe_violations


def test_following_a_country_and_a_focus_area_with_the_keyboard(page):
    member = UserFactory()
    page.goto("/countries/hu/")
    page.get_by_role("link", name="Sign in to follow Hungary").click()
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/countries/hu/")
    page.wait_for_load_state("networkidle")
    assert_no_axe_violations(page)

    page.get_by_label(Purpose.DIGEST.wording).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Follow Hungary").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("You now follow Hungary.").is_visible()
    assert page.get_by_role("button", name="Stop following Hungary").is_visible()
    assert Consent.objects.active().filter(member=member, purpose=Purpose.DIGEST).exists()

    page.goto("/accounts/following/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_text("The weekly digest is on.").is_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Focus area").select_option(label="Addiction and substance use")
    page.get_by_role("button", name="Follow", exact=True).click()
    assert page.get_by_text("You now follow Addiction and substance use.").is_visible()
    page.get_by_role("button", name="Stop following Hungary").click()
    assert page.get_by_text("You no longer follow Hungary.").is_visible()
    assert [str(f.target) for f in member.follows.all()] == ["Addiction and substance use"]
    assert_no_axe_violations(page)
