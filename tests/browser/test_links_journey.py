"""With the keyboard, a visitor goes from the map to a country, a practice, the training
that prepares people for it and a workshop about it, and registers for the workshop."""

import re

from django.core.management import call_command
from playwright.sync_api import expect

from tests.factories import PASSWORD, UserFactory
from workshops.models import Registration, RegistrationStatus

from .conftest import assert_no_axe_violations

PRACTICE = "Ward-based peer support workers at a Budapest psychiatric hospital"
PROGRAMME = "Peer Support Worker Certificate for hospital and community teams in Budapest"
WORKSHOP = "Boundaries without walls: a webinar for new peer workers"
# The page itself, not the sign-in page whose address carries it as ?next=.
WORKSHOP_PAGE = re.compile(r"^https?://[^/]+/workshops/boundaries-without-walls-[^/?]*/$")

FOCUSED_NAME = """() => {
    const element = document.activeElement;
    if (!element) return "";
    const name = element.labels && element.labels.length
        ? element.labels[0].textContent
        : element.getAttribute("aria-label") || element.textContent;
    return name.replace(/\\s+/g, " ").trim();
}"""


def tab_to(page, name: str, presses: int = 200) -> None:
    """Press Tab until the element whose name starts with ``name`` has the focus."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME).startswith(name):
            return
    raise AssertionError(f"Tab never reached “{name}” on {page.url}")


def test_from_the_map_to_a_workshop_about_a_practice_with_the_keyboard(page):
    call_command("seed_demo", "--force", verbosity=0)
    member = UserFactory()

    page.goto("/countries/")
    assert_no_axe_violations(page)
    tab_to(page, "Hungary:")
    page.keyboard.press("Enter")

    page.wait_for_url("**/countries/hu/")
    assert page.get_by_role("heading", level=1, name="Peer support in Hungary").is_visible()
    assert page.get_by_role("heading", name="Peer work as an occupation").is_visible()
    assert_no_axe_violations(page)
    tab_to(page, PRACTICE)
    page.keyboard.press("Enter")

    page.wait_for_url("**/practices/ward-based-*/")
    assert page.get_by_role("heading", level=1, name=PRACTICE).is_visible()
    assert page.get_by_role("heading", name="Training that prepares people for this").is_visible()
    assert_no_axe_violations(page)
    tab_to(page, PROGRAMME)
    page.keyboard.press("Enter")

    page.wait_for_url("**/trainings/peer-support-worker-certificate-*/")
    assert page.get_by_role("heading", name="Practices it prepares people for").is_visible()
    assert page.get_by_role("heading", name="Upcoming workshops about it").is_visible()
    assert_no_axe_violations(page)
    tab_to(page, WORKSHOP)
    page.keyboard.press("Enter")

    page.wait_for_url(WORKSHOP_PAGE)
    assert page.get_by_role("heading", name="Practices this event is about").is_visible()
    assert page.get_by_role("link", name=PRACTICE).is_visible()
    assert_no_axe_violations(page)
    tab_to(page, "Register")
    page.keyboard.press("Enter")

    # Signing in brings the member back to the workshop.
    page.wait_for_url("**/accounts/login/**")
    assert_no_axe_violations(page)
    page.get_by_label("Email").focus()
    page.keyboard.type(member.email)
    tab_to(page, "Password")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(WORKSHOP_PAGE)

    tab_to(page, "I agree to the code of conduct")
    page.keyboard.press("Space")
    tab_to(page, "Register")
    page.keyboard.press("Enter")
    expect(page.get_by_text("You are registered. See you there!")).to_be_visible()
    assert_no_axe_violations(page)
    registration = Registration.objects.get(member=member)
    assert registration.workshop.title == WORKSHOP
    assert registration.status == RegistrationStatus.CONFIRMED
