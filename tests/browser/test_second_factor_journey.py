"""An editor without a second factor is led to set one up; the page passes axe."""

from django.contrib.auth.models import Group

from tests.factories import PASSWORD, UserFactory

from .conftest import assert_no_axe_violations


def test_editor_is_led_to_set_up_an_authenticator(page):
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    page.goto("/admin/")
    page.wait_for_url("**/accounts/login/**")
    page.get_by_label("Email").fill(editor.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_load_state()
    assert page.get_by_text("Editors need a second factor").is_visible()
    if "/reauthenticate/" in page.url:
        # allauth asks for the password again before a second factor is added.
        assert_no_axe_violations(page)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**/accounts/2fa/totp/activate/**")
    assert page.get_by_role("heading", level=1).is_visible()
    assert_no_axe_violations(page)
