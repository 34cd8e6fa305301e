"""Editors see each event's confirmed, waitlisted and offered counts."""

import pytest

from tests.factories import UserFactory, WorkshopFactory, make_editor
from workshops import services
from workshops.models import AttendanceMode

pytestmark = pytest.mark.django_db


def test_editors_see_registration_counts_per_event(client):
    editor = make_editor()
    client.force_login(editor)
    workshop = WorkshopFactory(capacity_online=1)
    for _ in range(3):
        services.register(
            workshop=workshop,
            member=UserFactory(),
            mode=AttendanceMode.ONLINE,
            code_of_conduct=True,
        )
    html = client.get("/admin/workshops/workshop/").content.decode()
    assert workshop.title in html
    assert '<td class="field-confirmed">1</td>' in html
    assert '<td class="field-waitlisted">2</td>' in html
    change = client.get(f"/admin/workshops/workshop/{workshop.pk}/change/")
    assert change.status_code == 200
