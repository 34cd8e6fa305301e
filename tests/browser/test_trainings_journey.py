"""A visitor narrows the directory, opens a programme, compares it and follows a practice."""

from practices.models import DeliveryMode
from tests.factories import PracticeFactory, TrainingFactory, UserFactory

from .conftest import assert_no_axe_violations


def test_find_compare_and_follow_to_a_practice(page):
    practice = PracticeFactory(title="Peer support on acute wards", countries=["DE"])
    chosen = TrainingFactory(
        title="Genesungsbegleitung online",
        countries=["DE"],
        languages=["de"],
        accredited=True,
        accrediting_body="Peer Work Certification Board",
        delivery_mode=DeliveryMode.ONLINE,
        hours=200,
    )
    chosen.related_practices.set([practice])
    TrainingFactory(title="Peer basics in Vienna", countries=["AT"], languages=["de"], hours=40)
    TrainingFactory(title="Dutch online course", delivery_mode=DeliveryMode.ONLINE)

    page.goto("/trainings/")
    assert_no_axe_violations(page)
    page.get_by_label("Accredited (1)").check()
    page.get_by_label("Online (2)").check()
    page.get_by_label("German (2)").check()
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url("**/trainings/?*")
    assert page.get_by_text("1 result", exact=True).is_visible()
    page.get_by_role("link", name="Genesungsbegleitung online").click()
    assert page.get_by_role("heading", level=1, name="Genesungsbegleitung online").is_visible()
    assert page.get_by_text("by Peer Work Certification Board").is_visible()
    assert_no_axe_violations(page)

    page.goto("/trainings/?language=de")
    page.get_by_label("Compare “Genesungsbegleitung online”").check()
    page.get_by_label("Compare “Peer basics in Vienna”").check()
    page.get_by_role("button", name="Compare the ticked programmes").click()
    page.wait_for_url("**/trainings/compare/?*")
    assert page.get_by_text("2 programmes side by side").is_visible()
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 360, "height": 740})
    assert_no_axe_violations(page)

    page.goto(chosen.get_absolute_url())
    page.get_by_role("link", name="Peer support on acute wards").click()
    assert page.get_by_role("heading", level=1, name="Peer support on acute wards").is_visible()
    assert page.get_by_role("link", name="Genesungsbegleitung online").is_visible()


def test_training_submission_form_in_its_error_state_has_no_axe_violations(page):
    member = UserFactory()
    page.goto("/accounts/login/?next=/trainings/submit/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("calm-harbour-lantern-42")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/trainings/submit/")
    page.get_by_role("button", name="Send for review").click()
    assert page.get_by_role("alert").is_visible()
    assert_no_axe_violations(page)
