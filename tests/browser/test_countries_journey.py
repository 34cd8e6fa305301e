"""A visitor opens the map of Europe, picks a country with the keyboard and reads its page."""

from countries.models import CountryProfile, Occupation
from practices.models import Status
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory

from .conftest import assert_no_axe_violations

HUNGARY = "Hungary: 1 practice, 1 training programme, 1 upcoming workshop"


def test_pick_a_country_on_the_map_with_the_keyboard_and_read_its_page(page):
    organiser = OrganisationFactory(name="Budapest peer circle", country_id="HU")
    PracticeFactory(title="Ward peer workers in Budapest", countries=["HU"], organisation=organiser)
    TrainingFactory(title="Peer worker certificate", countries=["HU"], provider=organiser)
    WorkshopFactory(title="Boundaries for new peer workers", organiser=organiser)
    CountryProfile.objects.create(
        country_id="HU",
        summary="Peer workers are joining community mental-health teams.",
        occupation_status=Occupation.EMERGING,
        networks="- A national association of people with lived experience",
        status=Status.PUBLISHED,
    )

    page.goto("/countries/")
    assert page.get_by_role("columnheader", name="Training programmes").is_visible()
    assert_no_axe_violations(page)

    # Keyboard only: Tab through the page until the map's Hungary has the focus.
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == HUNGARY:
            break
    else:
        raise AssertionError("Tab never reached Hungary on the map")
    focused_fill = page.evaluate(
        "getComputedStyle(document.activeElement.querySelector('path')).fill"
    )
    assert focused_fill == "rgb(242, 183, 5)"  # the site's focus colour: visibly different
    page.keyboard.press("Enter")

    page.wait_for_url("**/countries/hu/")
    assert page.get_by_role("heading", level=1, name="Peer support in Hungary").is_visible()
    assert page.get_by_text("Peer workers are joining community mental-health teams.").is_visible()
    assert page.get_by_role("link", name="Ward peer workers in Budapest").is_visible()
    assert page.get_by_role("link", name="Boundaries for new peer workers").is_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="The practice in Hungary").click()
    page.wait_for_url("**/practices/?country=HU")
    assert page.get_by_role("link", name="Ward peer workers in Budapest").is_visible()
