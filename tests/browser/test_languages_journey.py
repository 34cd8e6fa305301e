"""A visitor changes language with the keyboard and keeps their results; axe in every language."""

import pytest
from django.conf import settings
from django.utils import translation

from practices.translations import Review
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory

from .conftest import assert_no_axe_violations


def test_a_visitor_switches_to_hungarian_on_a_filtered_list_with_the_keyboard(page):
    PracticeFactory(title="Tampere listening line", countries=["FI"])
    PracticeFactory(title="Budapest walking group", countries=["HU"])
    page.goto("/practices/?country=FI")
    page.locator("#language-switch").focus()
    page.keyboard.press("End")  # Magyar, the last language
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_url("**/hu/practices/?country=FI")
    assert page.locator("html").get_attribute("lang") == "hu"
    assert page.get_by_role("link", name="Tampere listening line").is_visible()
    assert page.get_by_role("link", name="Budapest walking group").count() == 0
    with translation.override("hu"):
        finland = translation.gettext("Finland")
    assert page.get_by_label(f"{finland} (1)").is_checked()
    assert page.locator("#language-switch").input_value() == "hu"
    assert_no_axe_violations(page)


def test_a_german_visitor_reads_a_dutch_practice_in_reviewed_german(chromium, live_server, page):
    practice = PracticeFactory(
        title="Herstelwandelingen", summary="Wekelijkse wandelingen.", written_in_id="nl"
    )
    practice.translations.create(
        language_code="de",
        translated_title="Genesungsspaziergänge",
        translated_summary="Wöchentliche Spaziergänge mit Peers.",
        review=Review.REVIEWED,
    )
    untranslated = PracticeFactory(title="Luisteren zonder oordeel", written_in_id="nl")
    path, other = practice.get_absolute_url(), untranslated.get_absolute_url()
    context = chromium.new_context(base_url=live_server.url, locale="de-DE")
    german = context.new_page()
    try:
        german.goto(path)  # a first visit from a German browser goes to the German page
        assert german.url.endswith(f"/de{path}")
        heading = german.get_by_role("heading", level=1)
        assert heading.inner_text() == "Genesungsspaziergänge"
        with translation.override("de"):
            read_original = translation.gettext("Read the original")
        assert german.get_by_role("link", name=read_original).is_visible()
        assert_no_axe_violations(german)
        german.get_by_role("link", name=read_original).click()
        assert german.get_by_role("heading", level=1).get_attribute("lang") == "nl"
        german.goto(f"/de{other}")
        assert german.get_by_role("heading", level=1).get_attribute("lang") == "nl"
        assert german.locator(".language-notice").is_visible()
        assert_no_axe_violations(german)
    finally:
        context.close()


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_axe_finds_nothing_on_any_public_page_in_every_language(page, code):
    practice = PracticeFactory(
        title="Sunday recovery walks", countries=["HU"], types=["peer-listening"]
    )
    first = TrainingFactory(title="Peer worker foundation course", countries=["HU"])
    second = TrainingFactory(title="Supervising peer workers", countries=["HU"])
    workshop = WorkshopFactory(title="Boundaries for peer workers", country_id="HU")
    # Addresses before any request: a request leaves its language active in this thread.
    paths = [
        "/",
        "/practices/?country=HU&type=peer-listening",
        practice.get_absolute_url(),
        "/trainings/",
        first.get_absolute_url(),
        f"/trainings/compare/?p={first.slug}&p={second.slug}",
        "/workshops/",
        workshop.get_absolute_url(),
        "/countries/",
        "/countries/hu/",
        "/search/?q=peer",
        "/privacy/",
        "/accessibility/",
        "/accounts/login/",
        "/accounts/signup/",
    ]
    prefix = "" if code == settings.LANGUAGE_CODE else f"/{code}"
    for path in paths:
        page.goto(prefix + path)
        assert page.locator("html").get_attribute("lang") == code, path
        assert_no_axe_violations(page)
