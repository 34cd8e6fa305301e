"""The editors' workplace: curate, publish in bulk, send back, see who changed what."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail

from practices.models import Practice, Status
from tests.factories import PracticeFactory, UserFactory, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = make_editor()
    client.force_login(editor)
    client.editor = editor
    return client


def test_editors_filter_practices_by_country_type_focus_evidence_and_status(editor_client):
    PracticeFactory(title="Hungarian", countries=["HU"])
    PracticeFactory(title="Dutch draft", countries=["NL"], status=Status.DRAFT, published_at=None)
    for query in (
        "",
        "?country=HU",
        "?status__exact=draft",
        "?evidence_level__exact=promising",
        "?types__id__exact=1",
        "?focus_areas__id__exact=1",
        "?q=Hungarian",
    ):
        response = editor_client.get("/admin/practices/practice/" + query)
        assert response.status_code == 200, query
    html = editor_client.get("/admin/practices/practice/?country=HU").content.decode()
    assert "Hungarian" in html and "Dutch draft" not in html


def test_bulk_publish_publishes_and_records_who_did_it(editor_client):
    author = UserFactory()
    first = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=author)
    second = PracticeFactory(status=Status.REVIEW, published_at=None)
    response = editor_client.post(
        "/admin/practices/practice/",
        {"action": "publish_selected", "_selected_action": [first.pk, second.pk]},
        follow=True,
    )
    assert "2 entries published." in response.content.decode()
    assert set(Practice.objects.published().values_list("pk", flat=True)) == {first.pk, second.pk}
    entries = LogEntry.objects.filter(user=editor_client.editor, object_id=str(first.pk))
    assert entries.exists()
    assert [m.to for m in mail.outbox] == [[author.email]]
    history = editor_client.get(f"/admin/practices/practice/{first.pk}/history/")
    assert history.status_code == 200


def test_bulk_archive_takes_practices_off_the_site(editor_client, client):
    practice = PracticeFactory()
    editor_client.post(
        "/admin/practices/practice/",
        {"action": "archive_selected", "_selected_action": [practice.pk]},
    )
    practice.refresh_from_db()
    assert practice.status == Status.ARCHIVED


def test_editors_can_preview_a_practice_before_publishing(editor_client):
    practice = PracticeFactory(status=Status.DRAFT, published_at=None)
    change = editor_client.get(f"/admin/practices/practice/{practice.pk}/change/").content.decode()
    assert practice.get_absolute_url() in change
    response = editor_client.get(practice.get_absolute_url())
    assert response.status_code == 200
    assert "This practice is not public" in response.content.decode()


def test_editors_cannot_manage_members_or_groups(editor_client):
    assert editor_client.get("/admin/accounts/user/").status_code == 403
    assert editor_client.get("/admin/auth/group/").status_code == 403


def test_organisation_autocomplete_answers_editors(editor_client):
    PracticeFactory()
    response = editor_client.get(
        "/admin/autocomplete/",
        {
            "term": "Peer",
            "app_label": "practices",
            "model_name": "practice",
            "field_name": "organisation",
        },
    )
    assert response.status_code == 200
    assert response.json()["results"]


def test_sending_a_submission_back_needs_a_comment_and_tells_the_member(editor_client):
    author = UserFactory()
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=author)
    url = f"/admin/practices/practice/{practice.pk}/change/"
    form = editor_client.get(url).context["adminform"].form
    data = {
        key: value
        for key, value in form.initial.items()
        if value is not None and not hasattr(value, "all")
    }
    data.update(
        {
            "countries": ["HU"],
            "types": list(practice.types.values_list("pk", flat=True)),
            "focus_areas": list(practice.focus_areas.values_list("pk", flat=True)),
            "status": Status.DRAFT,
            "editor_comment": "",
            "languages": ["en"],
            "organisation": practice.organisation_id,
        }
    )
    for prefix in (
        "translations",
        "references",
        "links",
        "resources",
        "training_programmes",
        "workshops",
    ):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data = {key: value for key, value in data.items() if key != "last_verified"}
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "the member receives this comment by e-mail" in response.content.decode()
    data["editor_comment"] = "Please say how peers are supervised."
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    practice.refresh_from_db()
    assert practice.status == Status.DRAFT
    assert [m.to for m in mail.outbox] == [[author.email]]
