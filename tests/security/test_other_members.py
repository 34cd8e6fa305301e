"""Another member's identifiers in addresses: not found (not forbidden), and nothing changes."""

import json
import re
import uuid

import pytest
from django.urls import reverse

from practices.models import Status
from tests.factories import PracticeFactory, TrainingFactory, UserFactory, WorkshopFactory
from workshops import services
from workshops.models import AttendanceMode, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


def register(member, workshop=None, **kwargs) -> Registration:
    return services.register(
        workshop=workshop or WorkshopFactory(),
        member=member,
        mode=AttendanceMode.ONLINE,
        code_of_conduct=True,
        **kwargs,
    )


@pytest.fixture
def owner(db):
    return UserFactory(display_name="Alice")


@pytest.fixture
def intruder_client(client):
    client.force_login(UserFactory(display_name="Bob"))
    return client


def offered_to(member) -> Registration:
    workshop = WorkshopFactory(capacity_online=1)
    holder = register(UserFactory(), workshop)
    waiting = register(member, workshop, access_needs_other="A quiet corner")
    services.cancel(registration=holder)
    waiting.refresh_from_db()
    return waiting


def without_tokens(response) -> str:
    """The page without what differs on every response (the CSP nonce, the CSRF token) and
    the address the visitor asked for (the language switch returns to it)."""
    html = re.sub(r'nonce="[^"]*"', "", response.content.decode())
    html = re.sub(r'name="next" value="[^"]*"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


# (URL name, method, the owner's registration status that would allow the action)
ACTIONS = [
    ("workshops:cancel", "post", RegistrationStatus.CONFIRMED),
    ("workshops:accept", "post", RegistrationStatus.OFFERED),
    ("workshops:decline", "post", RegistrationStatus.OFFERED),
    ("my-workshops:certificate", "get", RegistrationStatus.ATTENDED),
]


@pytest.mark.parametrize(("name", "method", "status"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_another_members_registration_is_not_found_and_unchanged(
    intruder_client, owner, name, method, status
):
    registration = offered_to(owner)
    Registration.objects.filter(pk=registration.pk).update(status=status)
    call = getattr(intruder_client, method)
    theirs = call(reverse(name, args=[registration.public_id]))
    nobodys = call(reverse(name, args=[uuid.uuid4()]))
    # Exactly what an address that names nothing gets: no hint that it exists.
    assert theirs.status_code == nobodys.status_code == 404
    assert without_tokens(theirs) == without_tokens(nobodys)
    registration.refresh_from_db()
    assert registration.status == status
    assert "Alice" not in theirs.content.decode()


@pytest.mark.parametrize("kind", ["practices", "trainings"])
@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW])
def test_another_members_submission_cannot_be_seen_or_changed(intruder_client, owner, kind, status):
    factory = PracticeFactory if kind == "practices" else TrainingFactory
    entry = factory(title="Alice's draft", status=status, published_at=None, submitted_by=owner)
    for url in (f"/{kind}/{entry.slug}/", f"/{kind}/{entry.slug}/edit/"):
        assert intruder_client.get(url).status_code == 404
    response = intruder_client.post(
        f"/{kind}/{entry.slug}/edit/", {"title": "Taken over", "summary": "Mine now"}
    )
    assert response.status_code == 404
    entry.refresh_from_db()
    assert entry.title == "Alice's draft" and entry.submitted_by == owner
    for url in (reverse("accounts:submissions"), f"/{kind}/", f"/{kind}/export.json"):
        response = intruder_client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"Alice's draft" not in body and b"Alice&#x27;s draft" not in body


def test_a_published_entry_cannot_be_edited_by_anyone_through_the_member_form(owner, client):
    practice = PracticeFactory(title="Published work", submitted_by=owner)
    client.force_login(owner)
    response = client.post(f"/practices/{practice.slug}/edit/", {"title": "Rewritten"})
    assert response.status_code == 404
    practice.refresh_from_db()
    assert practice.title == "Published work"


def test_the_data_export_holds_only_the_members_own_data(intruder_client, owner):
    register(owner, access_needs_other="A quiet corner")
    PracticeFactory(
        title="Alice's draft", status=Status.REVIEW, published_at=None, submitted_by=owner
    )
    data = json.loads(intruder_client.get(reverse("accounts:data-export")).content)
    text = json.dumps(data)
    assert data["registrations"] == [] and data["submissions"] == []
    assert owner.email not in text and "A quiet corner" not in text


def test_my_workshops_and_the_event_page_show_only_my_own_registration(intruder_client, owner):
    registration = register(owner, access_needs_other="A quiet corner")
    for url in (reverse("my-workshops:list"), registration.workshop.get_absolute_url()):
        html = intruder_client.get(url).content.decode()
        assert str(registration.public_id) not in html
        assert "A quiet corner" not in html
        assert "You are registered" not in html


def test_registering_cannot_be_done_for_someone_else(intruder_client, owner):
    workshop = WorkshopFactory()
    response = intruder_client.post(
        reverse("workshops:register", args=[workshop.slug]),
        {"mode": "online", "code_of_conduct": "on", "member": owner.pk, "member_id": owner.pk},
    )
    assert response.status_code == 302
    assert not owner.registrations.exists()
    assert workshop.registrations.get().member != owner


def test_a_profile_post_cannot_change_another_member_or_privileges(intruder_client, owner):
    response = intruder_client.post(
        reverse("accounts:profile"),
        {"display_name": "Mallory", "email": owner.email, "is_staff": "on", "pk": owner.pk},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.display_name == "Alice"
    user = response.wsgi_request.user
    user.refresh_from_db()
    assert user.display_name == "Mallory" and not user.is_staff and user.email != owner.email
