"""A member registers for a webinar, then cancels; the next person waiting accepts the seat."""

from tests.factories import PASSWORD, UserFactory, WorkshopFactory
from workshops.models import Registration, RegistrationStatus

from .conftest import assert_no_axe_violations


def sign_in(page, member, next_path):
    page.goto(f"/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"**{next_path}")


def test_register_cancel_and_the_waitlist_moves_on(page, chromium, live_server):
    workshop = WorkshopFactory(title="Boundaries webinar", capacity_online=1)
    first, second = UserFactory(), UserFactory()

    page.goto("/workshops/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Boundaries webinar").click()
    assert page.get_by_text("1 seat left").is_visible()
    assert_no_axe_violations(page)

    sign_in(page, first, workshop.get_absolute_url())
    page.get_by_label("I agree to the code of conduct").check()
    page.get_by_role("button", name="Register").click()
    assert page.get_by_text("You are registered. See you there!").is_visible()
    first.refresh_from_db()
    assert first.time_zone  # taken from the browser, since the profile had none

    other = chromium.new_context(base_url=live_server.url).new_page()
    sign_in(other, second, workshop.get_absolute_url())
    other.get_by_label("I agree to the code of conduct").check()
    other.get_by_role("button", name="Join the waitlist").click()
    assert other.get_by_text("on the waitlist at position 1").is_visible()

    page.goto("/accounts/workshops/")
    assert page.get_by_text("meet.example.org").is_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Cancel registration").click()
    assert page.get_by_text("Your registration is cancelled.").is_visible()

    other.goto("/accounts/workshops/")
    assert other.get_by_text("Seat offered until").is_visible()
    assert_no_axe_violations(other)
    other.get_by_role("button", name="Accept the seat").click()
    assert other.get_by_text("The seat is yours").is_visible()
    assert Registration.objects.get(member=second).status == RegistrationStatus.CONFIRMED
    other.context.close()


def test_cancel_link_and_certificate_pages_have_no_axe_violations(page):
    import re as _re

    from django.core import mail

    from workshops import certificates, services
    from workshops.models import AttendanceMode

    member = UserFactory()
    registration = services.register(
        workshop=WorkshopFactory(), member=member, mode=AttendanceMode.ONLINE, code_of_conduct=True
    )
    link = _re.search(r"https?://\S+(/workshops/cancel/\S+/)", mail.outbox[0].body).group(1)
    page.goto(link)
    assert page.get_by_role("button", name="Cancel registration").is_visible()
    assert_no_axe_violations(page)
    registration.status = RegistrationStatus.ATTENDED
    registration.save()
    verify = _re.sub(r"^https?://[^/]+", "", certificates.verification_url(registration))
    page.goto(verify)
    assert page.get_by_role("heading", name="This certificate is genuine").is_visible()
    assert_no_axe_violations(page)
