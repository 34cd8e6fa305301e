"""A visitor searches the whole site from the header, with the keyboard, and reads the results."""

from countries.models import CountryProfile, Occupation
from practices.models import Status
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory

from .conftest import assert_no_axe_violations


def test_search_from_the_header_with_the_keyboard_and_read_results_grouped_by_kind(page):
    PracticeFactory(title="Trialogue evenings in Graz", countries=["AT"])
    TrainingFactory(title="Moderating a trialogue group", countries=["AT"], languages=["de"])
    WorkshopFactory(title="Trialogue across borders")
    CountryProfile.objects.create(
        country_id="AT",
        summary="Trialogue groups bring service users, carers and professionals together.",
        occupation_status=Occupation.RECOGNISED,
        status=Status.PUBLISHED,
    )
    PracticeFactory(title="A warmline run by peers")

    page.goto("/practices/")
    # Keyboard only: Tab from the top of the page to the search box in the header.
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "site-search-q":
            break
    else:
        raise AssertionError("Tab never reached the search box in the header")
    page.keyboard.type("trialogue")
    page.keyboard.press("Enter")

    page.wait_for_url("**/search/?q=trialogue")
    assert page.get_by_role("heading", level=1, name="Search results for “trialogue”").is_visible()
    for heading in (
        "Practices (1)",
        "Training programmes (1)",
        "Upcoming workshops and webinars (1)",
        "Country profiles (1)",
    ):
        assert page.get_by_role("heading", level=2, name=heading).is_visible()
    assert page.get_by_role("link", name="Trialogue evenings in Graz").is_visible()
    assert page.get_by_role("link", name="Peer support in Austria").is_visible()
    assert page.get_by_text("A warmline run by peers").count() == 0
    assert_no_axe_violations(page)

    page.get_by_role("link", name="See the practice matching “trialogue” in the catalogue").click()
    page.wait_for_url("**/practices/?q=trialogue")
    assert page.get_by_role("link", name="Trialogue evenings in Graz").is_visible()


def test_the_search_page_without_words_offers_the_ways_to_browse(page):
    page.goto("/search/")

    assert page.get_by_role("heading", level=1, name="Search the resource centre").is_visible()
    assert page.get_by_role("link", name="Training programmes").is_visible()
    assert_no_axe_violations(page)
