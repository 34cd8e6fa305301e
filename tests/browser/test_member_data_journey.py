"""A member downloads their data and deletes their account, in a real browser."""

import json
from pathlib import Path

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

from .conftest import assert_no_axe_violations


def test_export_and_delete_in_a_real_browser(page):
    member = UserFactory(display_name="Ilse")
    page.goto("/accounts/login/?next=/accounts/data/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/accounts/data/")
    assert_no_axe_violations(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (JSON)").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["display_name"] == "Ilse"

    page.get_by_role("link", name="Delete my account").click()
    page.get_by_role("button", name="Delete my account").click()
    assert page.get_by_role("alert").is_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    page.wait_for_url("**/")
    assert page.get_by_text("Your account and your data have been deleted").is_visible()
    assert not User.objects.filter(pk=member.pk).exists()
    page.goto("/privacy/")
    assert_no_axe_violations(page)
    page.get_by_role("contentinfo").get_by_role("link", name="Accessibility").click()
    page.wait_for_url("**/accessibility/")
    assert page.get_by_role("heading", name="Accessibility statement").is_visible()
    assert_no_axe_violations(page)
