"""Editors curate programmes with the same care as practices."""

import pytest

from practices.models import Status
from tests.factories import TrainingFactory, make_editor
from trainings.models import TrainingProgramme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    editor = make_editor()
    client.force_login(editor)
    return client


def test_editors_filter_programmes_by_country_language_accreditation_and_status(editor_client):
    TrainingFactory(title="Accredited Dutch", accredited=True)
    TrainingFactory(title="Unfinished course", status=Status.DRAFT, published_at=None)
    for query in (
        "",
        "?countries__code__exact=NL",
        "?languages__code__exact=nl",
        "?accredited__exact=1",
        "?status__exact=draft",
        "?q=Dutch",
    ):
        assert editor_client.get("/admin/trainings/trainingprogramme/" + query).status_code == 200
    html = editor_client.get("/admin/trainings/trainingprogramme/?accredited__exact=1").content
    assert b"Accredited Dutch" in html and b"Unfinished course" not in html


def test_editors_edit_modules_inline_and_publish_in_bulk(editor_client):
    programme = TrainingFactory(status=Status.REVIEW, published_at=None)
    page = editor_client.get(f"/admin/trainings/trainingprogramme/{programme.pk}/change/")
    assert b"modules-TOTAL_FORMS" in page.content
    editor_client.post(
        "/admin/trainings/trainingprogramme/",
        {"action": "publish_selected", "_selected_action": [programme.pk]},
    )
    assert TrainingProgramme.objects.published().filter(pk=programme.pk).exists()
