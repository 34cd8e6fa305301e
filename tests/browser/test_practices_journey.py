"""A visitor finds a practice by search and facets; a member shares one; axe finds nothing."""

from django.core import mail
from django.core.management import call_command

from practices.models import Practice, Status
from tests.factories import PracticeFactory, UserFactory

from .conftest import assert_no_axe_violations


def test_visitor_finds_a_practice_by_search_and_facets_and_opens_it(page):
    PracticeFactory(
        title="Sunday recovery walks",
        summary="Peers walk together and talk.",
        countries=["HU"],
        types=["mutual-support-groups"],
        focus_areas=["mental-health"],
    )
    PracticeFactory(title="Helsinki listening line", countries=["FI"], types=["peer-listening"])
    PracticeFactory(
        title="Utrecht walking circle",
        countries=["NL"],
        types=["mutual-support-groups"],
        focus_areas=["mental-health"],
    )
    page.goto("/")
    page.get_by_role("link", name="Practices", exact=True).click()
    assert_no_axe_violations(page)
    page.get_by_label("Search", exact=True).fill("walks")
    page.get_by_label("Hungary (1)").check()
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url("**/practices/?*")
    assert "country=HU" in page.url
    assert page.get_by_text("1 result").is_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Sunday recovery walks").click()
    assert page.get_by_role("heading", level=1, name="Sunday recovery walks").is_visible()
    assert page.get_by_role("heading", name="How strong is the evidence?").is_visible()
    similar = page.get_by_role("region", name="Similar practices in other countries")
    assert similar.get_by_role("link", name="Utrecht walking circle").is_visible()
    assert_no_axe_violations(page)


def test_facets_work_with_the_keyboard_alone(page):
    PracticeFactory(title="Budapest group", countries=["HU"])
    PracticeFactory(title="Tampere group", countries=["FI"])
    page.goto("/practices/")
    page.get_by_label("Finland (1)").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Show results").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**country=FI*")
    assert page.get_by_role("link", name="Tampere group").is_visible()
    assert page.get_by_role("link", name="Budapest group").count() == 0


def test_member_shares_a_practice_and_sees_it_published(page, live_server):
    member = UserFactory(email="sharer@example.org")
    page.goto("/accounts/login/?next=/practices/submit/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("calm-harbour-lantern-42")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url("**/practices/submit/")
    page.get_by_role("button", name="Send for review").click()
    assert page.get_by_role("alert").is_visible()
    assert_no_axe_violations(page)
    # The first "Title" and "Summary": the others belong to a translation, further down.
    page.get_by_label("Title", exact=True).first.fill("Kitchen-table peer evenings")
    page.get_by_label("Summary", exact=True).first.fill(
        "Neighbours with lived experience cook and talk once a week."
    )
    page.get_by_label("Hungary", exact=True).check()
    page.get_by_label("Mutual support and self-help groups").check()
    page.get_by_label("Mental health", exact=True).check()
    page.get_by_role("button", name="Send for review").click()
    page.wait_for_url("**/accounts/submissions/")
    assert page.get_by_text("Waiting for review").is_visible()
    assert_no_axe_violations(page)

    practice = Practice.objects.get(title="Kitchen-table peer evenings")
    assert practice.status == Status.REVIEW
    from practices import services

    services.publish(entries=Practice.objects.filter(pk=practice.pk))
    assert any("Published" in m.subject for m in mail.outbox)
    page.reload()
    assert page.get_by_role("cell", name="Published").is_visible()


def test_demo_practice_pages_have_no_axe_violations(page):
    call_command("seed_demo", "--force", verbosity=0)
    practice = Practice.objects.published().filter(references__isnull=False).first()
    for path in (
        "/",
        "/practices/?country=HU&type=peer-listening",
        practice.get_absolute_url(),
        "/practices/?q=nothing-matches-this",
    ):
        page.goto(path)
        assert_no_axe_violations(page)
