"""The member's security pages (sessions, two-step sign-in, e-mail, password) pass axe."""

from tests.factories import PASSWORD, UserFactory

from .conftest import assert_no_axe_violations


def test_account_security_pages_have_no_axe_violations(page):
    member = UserFactory()
    page.goto("/accounts/login/?next=/accounts/sessions/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/accounts/sessions/")
    assert_no_axe_violations(page)
    for path in (
        "/accounts/2fa/",
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/profile/",
        "/accounts/workshops/",
        "/accounts/submissions/",
    ):
        page.goto(path)
        assert_no_axe_violations(page)
