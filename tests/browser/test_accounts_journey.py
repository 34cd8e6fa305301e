"""A visitor signs up, confirms their address and signs in, in a real browser."""

import re
from urllib.parse import urlsplit

from django.core import mail

from .conftest import assert_no_axe_violations

PASSWORD = "gentle-harbour-morning-58"


def test_signup_confirm_and_login_in_a_real_browser(page):
    page.goto("/")
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Email").fill("browser.peer@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url("**/accounts/confirm-email/")
    assert page.get_by_role("heading", level=1).inner_text()

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(urlsplit(link).path)
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/")
    page.get_by_role("link", name="My account").click()
    assert page.get_by_role("heading", name="My profile").is_visible()

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/")
    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("Email").fill("browser.peer@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/")
    assert page.get_by_role("link", name="My account").is_visible()


def test_home_login_and_signup_pages_have_no_axe_violations(page):
    for path in ("/", "/accounts/login/", "/accounts/signup/"):
        page.goto(path)
        assert_no_axe_violations(page)


def test_signup_form_in_its_error_state_has_no_axe_violations(page):
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Sign Up").click()
    assert page.get_by_role("alert").is_visible()
    assert_no_axe_violations(page)


def test_skip_link_is_the_first_stop_for_the_keyboard(page):
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
