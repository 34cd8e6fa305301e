"""Every member page, and every form in its error state, passes axe in all nine languages.

A form that failed starts with an error summary that takes the focus, is announced and links
to each field in error; each such field says it is invalid (aria-invalid) and is described
(aria-describedby) by its own error message. One browser context per language, signed in
once through the sign-in form.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.models import Country, Purpose
from accounts.services import set_consents, unsubscribe_token
from digests.services import follow
from practices.models import Status
from tests.factories import (
    PASSWORD,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
    authenticator_code,
    give_second_factor,
)
from workshops import services as workshop_services
from workshops.models import AttendanceMode, Kind
from workshops.notifications import cancel_token

from .conftest import assert_no_axe_violations

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What the page tells about the form that failed, read in the browser after it loaded (and
# after site.js moved the focus).
ERROR_STATE = """() => {
    const summary = document.querySelector("[data-error-summary]");
    if (!summary) return null;
    const form = summary.closest("form");
    const byId = (id) => document.getElementById(id);
    const fields = [...(form || document).querySelectorAll('[aria-invalid="true"]')].map((el) => {
        const group = el.closest("fieldset");
        const describedBy = el.getAttribute("aria-describedby")
            || (group && group.getAttribute("aria-describedby")) || "";
        return {
            name: el.name,
            afterSummary: Boolean(
                summary.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
            ),
            errors: describedBy.split(/\\s+/).filter((id) => byId(id)?.matches(".errorlist"))
                .map((id) => byId(id).textContent.trim()),
        };
    });
    const links = [...summary.querySelectorAll("a")].map((a) => {
        const target = a.hash ? byId(decodeURIComponent(a.hash.slice(1))) : null;
        return {
            text: a.textContent.trim(),
            name: target ? target.name : null,
            invalid: target ? target.getAttribute("aria-invalid") : null,
        };
    });
    return {
        inForm: Boolean(form),
        focused: document.activeElement === summary,
        role: summary.getAttribute("role"),
        tabindex: summary.getAttribute("tabindex"),
        heading: summary.querySelector("h2")?.textContent.trim(),
        items: [...summary.querySelectorAll("li")].map((li) => li.textContent.trim()),
        links,
        fields,
    };
}"""


def prefix(code: str) -> str:
    return "" if code == settings.LANGUAGE_CODE else f"/{code}"


def go(page, code: str, path: str) -> None:
    """Go to the page in the language and check that it answered, in that language."""
    response = page.goto(prefix(code) + path)
    assert response.status < 400, f"{page.url} answered {response.status}"
    assert page.locator("html").get_attribute("lang") == code


def open_page(page, code: str, path: str) -> None:
    """Go to the page in the language and run axe on it."""
    go(page, code, path)
    assert_no_axe_violations(page)


def submit(page, button: str = "button[type=submit]", form: str = "main form") -> None:
    """Send a form (the first in the main content unless told) and wait for the answer."""
    with page.expect_navigation():
        page.locator(form).filter(has=page.locator(button)).locator(button).first.click()
    page.wait_for_load_state()


def assert_error_state(page, code: str, *invalid: str) -> None:
    """The failed form explains itself to everyone, in the page's language; axe agrees."""
    state = page.evaluate(ERROR_STATE)
    assert state is not None, f"no error summary on {page.url}"
    assert state["inForm"], "the error summary is outside the form"
    assert state["role"] == "alert" and state["tabindex"] == "-1"
    assert state["focused"], "the error summary did not take the focus"
    assert page.locator("[data-error-summary]").is_visible()
    with translation.override(code):
        assert state["heading"] == translation.gettext("Please check the form")
    assert state["items"], "the error summary lists no error"
    names = {field["name"] for field in state["fields"]}
    assert set(invalid) <= names, f"not marked invalid: {set(invalid) - names}"
    summary_text = " ".join(state["items"])
    linked = {link["name"] for link in state["links"]}
    for field in state["fields"]:
        assert field["afterSummary"], f"{field['name']} comes before the error summary"
        assert field["errors"], f"{field['name']} is not described by its error message"
        assert all(error and error in summary_text for error in field["errors"])
        assert field["name"] in linked, f"the error summary has no link to {field['name']}"
    for link in state["links"]:
        assert link["invalid"] == "true", f"the summary link “{link['text']}” leads nowhere"
    assert page.locator("html").get_attribute("lang") == code
    assert_no_axe_violations(page)


def sign_in(page, code: str, email: str, next_path: str) -> None:
    """Sign in through the form, in the language, and land on next_path."""
    page.goto(f"{prefix(code)}/accounts/login/?next={prefix(code)}{next_path}")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("input[name=password]").press("Enter")
    page.wait_for_load_state()


@pytest.fixture
def member_with_everything(reference_data):
    """A member with a registration, submissions in review, follows and consents to show."""
    member = UserFactory(display_name="Aino")
    workshop_services.register(
        workshop=WorkshopFactory(title="Boundaries webinar"),
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
    )
    PracticeFactory(title="Kitchen-table evenings", status=Status.REVIEW, submitted_by=member)
    TrainingFactory(title="Peer basics online", status=Status.REVIEW, submitted_by=member)
    set_consents(member=member, purposes={Purpose.DIGEST, Purpose.WORKSHOP_NEWS})
    follow(member=member, targets=[Country.objects.get(pk="HU")])
    return member


@pytest.mark.parametrize("code", LANGUAGES)
def test_member_pages_and_their_forms_in_error_pass_axe(page, code, member_with_everything):
    open_workshop = WorkshopFactory(
        title="Hybrid recovery circle", kind=Kind.HYBRID, capacity_in_person=8, venue_name="Hall"
    )
    sign_in(page, code, member_with_everything.email, "/accounts/profile/")
    assert page.url.endswith(f"{prefix(code)}/accounts/profile/")

    # Pages that only show things.
    for path in (
        "/accounts/workshops/",
        "/accounts/submissions/",
        "/accounts/data/",
        "/accounts/communications/",
        "/accounts/2fa/",
        "/accounts/sessions/",
        "/accounts/logout/",  # "are you sure?"
    ):
        open_page(page, code, path)

    # Every form, sent empty or wrong. Axe runs on the error state only: it shows all that
    # the first view of the page does, and the errors besides.
    go(page, code, "/accounts/profile/")
    # A browser that ignores maxlength (or an old one) can send a name that is too long.
    page.locator("#id_display_name").evaluate("input => input.removeAttribute('maxlength')")
    page.locator("#id_display_name").fill("A" * 81)
    submit(page)
    assert_error_state(page, code, "display_name")

    go(page, code, "/accounts/following/")
    submit(page, form="main form[novalidate]")
    assert_error_state(page, code)  # "choose something": the form's own error, no field's

    go(page, code, "/accounts/email/")
    page.locator("input[name=email][type=email]").fill("not-an-address")
    submit(page, button="button[name=action_add]")
    assert_error_state(page, code, "email")

    go(page, code, "/accounts/password/change/")
    submit(page)
    assert_error_state(page, code, "oldpassword", "password1", "password2")

    # Adding a second factor asks for the password again first.
    go(page, code, "/accounts/2fa/totp/activate/")
    assert "/accounts/reauthenticate/" in page.url
    page.locator("input[name=password]").fill("not-my-password")
    submit(page)
    assert_error_state(page, code, "password")
    page.locator("input[name=password]").fill(PASSWORD)
    submit(page)
    assert page.url.endswith(f"{prefix(code)}/accounts/2fa/totp/activate/")
    page.locator("input[name=code]").fill("123")
    submit(page)
    assert_error_state(page, code, "code")

    go(page, code, open_workshop.get_absolute_url())
    submit(page, form="main form.stacked-form")
    assert_error_state(page, code, "mode", "code_of_conduct")

    go(page, code, "/practices/submit/")
    submit(page)
    assert_error_state(page, code, "title", "summary", "countries")

    go(page, code, "/practices/kitchen-table-evenings/edit/")
    page.locator("#id_title").fill("")
    submit(page)
    assert_error_state(page, code, "title")

    go(page, code, "/trainings/submit/")
    submit(page)
    assert_error_state(page, code, "title", "summary")

    go(page, code, "/trainings/peer-basics-online/edit/")
    page.locator("#id_title").fill("")
    submit(page)
    assert_error_state(page, code, "title")

    go(page, code, "/accounts/delete/")
    submit(page)
    assert_error_state(page, code, "password", "confirm")


@pytest.mark.parametrize("code", LANGUAGES)
def test_entrance_forms_in_error_and_two_step_pages_pass_axe(page, code, settings):
    # Nine languages of failed sign-ins from one address within a minute would otherwise
    # meet allauth's rate limits, which are not what this test is about.
    settings.ACCOUNT_RATE_LIMITS = False
    member = UserFactory()
    secret = give_second_factor(member)
    registration = workshop_services.register(
        workshop=WorkshopFactory(), member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    mail.outbox.clear()

    # Links from e-mails, opened without signing in.
    open_page(page, code, reverse("workshops:cancel-link", args=[cancel_token(registration)]))
    open_page(
        page,
        code,
        reverse("accounts:unsubscribe", args=[unsubscribe_token(member, Purpose.DIGEST)]),
    )

    go(page, code, "/accounts/signup/")
    page.locator("input[name=email]").fill("not-an-address")
    page.locator("input[name=password1]").fill("short")
    page.locator("input[name=password2]").fill("different")
    submit(page)
    assert_error_state(page, code, "email")
    page.locator("input[name=email]").fill("new.peer@example.org")
    page.locator("input[name=password1]").fill("gentle-harbour-morning-58")
    page.locator("input[name=password2]").fill("gentle-harbour-morning-58")
    submit(page)
    assert "/accounts/confirm-email/" in page.url
    assert_no_axe_violations(page)  # "confirm your address"
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    page.goto(urlsplit(link).path)
    assert page.locator("html").get_attribute("lang") == code
    assert_no_axe_violations(page)

    go(page, code, "/accounts/password/reset/")
    page.locator("input[name=email]").fill("not-an-address")
    submit(page)
    assert_error_state(page, code, "email")
    page.locator("input[name=email]").fill(member.email)
    submit(page)
    assert_no_axe_violations(page)  # "we have sent you an e-mail"
    link = re.search(r"https?://\S+/password/reset/key/\S+/", mail.outbox[-1].body).group(0)
    page.goto(urlsplit(link).path)  # the link carries its language
    assert page.locator("html").get_attribute("lang") == code
    page.locator("input[name=password1]").fill("gentle-harbour-morning-58")
    page.locator("input[name=password2]").fill("gentle-harbour-evening-58")
    submit(page)
    assert_error_state(page, code, "password2")

    go(page, code, "/accounts/login/")
    submit(page)
    assert_error_state(page, code, "login", "password")
    page.locator("input[name=login]").fill(member.email)
    page.locator("input[name=password]").fill("not-my-password")
    submit(page)
    assert_error_state(page, code)

    # The second step of signing in, then the pages of a member who has one.
    sign_in(page, code, member.email, "/accounts/2fa/")
    assert "/accounts/2fa/authenticate/" in page.url
    page.locator("input[name=code]").fill("000000")
    submit(page)
    assert_error_state(page, code, "code")
    totp = authenticator_code(secret)
    page.locator("input[name=code]").fill(totp)
    submit(page)
    assert page.url.endswith(f"{prefix(code)}/accounts/2fa/")
    assert_no_axe_violations(page)
    for path in (
        "/accounts/2fa/recovery-codes/generate/",
        "/accounts/2fa/totp/deactivate/",
    ):
        open_page(page, code, path)
    go(page, code, "/accounts/2fa/reauthenticate/")
    page.locator("input[name=code]").fill("000000")
    submit(page)
    assert_error_state(page, code, "code")
