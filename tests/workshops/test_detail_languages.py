"""An event's page: the languages it is held and interpreted in, and how to take part."""

import pytest
from django.test import Client

from accounts.models import Language
from tests.factories import WorkshopFactory

pytestmark = pytest.mark.django_db


def test_event_page_lists_its_languages_and_interpretation_in_order(client):
    workshop = WorkshopFactory(languages=["it", "en"])
    workshop.interpretation.set(["sl", "hr"])
    html = client.get(workshop.get_absolute_url()).content.decode()
    names = {code: Language.objects.get(code=code).name for code in ("it", "en", "sl", "hr")}
    held = html[html.index("<dt>Languages</dt>") : html.index("<dt>Interpretation into</dt>")]
    assert held.index(names["en"]) < held.index(names["it"])
    interpreted = html[html.index("<dt>Interpretation into</dt>") :]
    assert interpreted.index(names["hr"]) < interpreted.index(names["sl"])
    assert names["sl"] not in held


def test_visitor_is_asked_to_sign_in_and_a_member_gets_the_form(member_client):
    workshop = WorkshopFactory(languages=["en"])
    visitor = Client().get(workshop.get_absolute_url()).content.decode()
    assert f"/accounts/login/?next={workshop.get_absolute_url()}" in visitor
    assert 'name="code_of_conduct"' not in visitor
    member = member_client.get(workshop.get_absolute_url()).content.decode()
    assert 'name="code_of_conduct"' in member
