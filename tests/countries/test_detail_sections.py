"""The practices and programmes a country's page shows: the newest, as soon as published."""

from datetime import timedelta

import pytest
from django.utils import timezone

from practices.models import Status
from tests.factories import PracticeFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def test_country_page_shows_the_newest_practices_and_programmes_first(client):
    now = timezone.now()
    for days, title in ((30, "Older"), (1, "Newest"), (10, "Middle")):
        PracticeFactory(
            title=f"{title} practice", countries=["PT"], published_at=now - timedelta(days=days)
        )
        TrainingFactory(
            title=f"{title} course", countries=["PT"], published_at=now - timedelta(days=days)
        )
    html = client.get("/countries/pt/").content.decode()
    for kind in ("practice", "course"):
        places = [html.index(f"{title} {kind}") for title in ("Newest", "Middle", "Older")]
        assert places == sorted(places), kind


def test_a_practice_published_or_withdrawn_shows_on_the_country_page_at_once(client, settings):
    settings.PAGE_CACHE = False
    PracticeFactory(title="First practice", countries=["PT"])
    assert (
        'Practices <span class="count">(1)</span>' in client.get("/countries/pt/").content.decode()
    )
    second = PracticeFactory(title="Second practice", countries=["PT"])
    html = client.get("/countries/pt/").content.decode()
    assert 'Practices <span class="count">(2)</span>' in html and "Second practice" in html
    second.status = Status.ARCHIVED
    second.save()
    html = client.get("/countries/pt/").content.decode()
    assert 'Practices <span class="count">(1)</span>' in html and "Second practice" not in html
