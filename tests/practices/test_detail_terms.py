"""The countries, languages and terms on an entry's page, all read in one query."""

import pytest

from accounts.models import Language
from practices.models import PeerSupportType, Practice, TargetGroup
from practices.related import related_rows
from tests.factories import PracticeFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def facts(html: str, label: str) -> str:
    """The text of the fact after the term ``label`` in the page's "At a glance" list."""
    start = html.index(f"<dt>{label}</dt>")
    return html[start : html.index("</dd>", start)]


def test_practice_page_lists_each_taxonomy_in_the_order_editors_gave_it(client):
    listening = PeerSupportType.objects.get(slug="peer-listening")
    mentoring = PeerSupportType.objects.get(slug="one-to-one-mentoring")
    PeerSupportType.objects.filter(pk=listening.pk).update(position=1)
    PeerSupportType.objects.filter(pk=mentoring.pk).update(position=2)
    practice = PracticeFactory(
        countries=["SI", "AT"], types=["one-to-one-mentoring", "peer-listening"]
    )
    practice.languages.set(["sl", "de"])
    practice.materials_languages.set(["en"])
    html = client.get(practice.get_absolute_url()).content.decode()
    types = facts(html, "Type of peer support")
    assert types.index(listening.name) < types.index(mentoring.name)
    assert '<a href="/practices/?type=peer-listening">' in types
    countries = facts(html, "Countries")
    assert countries.index("Austria") < countries.index("Slovenia")
    delivered = facts(html, "Delivered in")
    german, slovenian = Language.objects.get(code="de"), Language.objects.get(code="sl")
    assert delivered.index(german.name) < delivered.index(slovenian.name)
    assert Language.objects.get(code="en").name not in delivered
    assert Language.objects.get(code="en").name in facts(html, "Materials in")


def test_programme_page_lists_its_countries_languages_and_audiences(client):
    programme = TrainingFactory(countries=["FI", "EE"], languages=["fi", "et"])
    html = client.get(programme.get_absolute_url()).content.decode()
    countries = facts(html, "Countries")
    assert countries.index("Estonia") < countries.index("Finland")
    assert '<a href="/trainings/?country=EE">' in countries
    assert '<a href="/trainings/?language=fi">' in facts(html, "Languages")
    for audience in programme.audiences.all():
        assert audience.name in facts(html, "For")


def test_related_rows_reads_every_field_in_one_query_and_loads_the_rest_on_demand(
    django_assert_num_queries,
):
    practice = PracticeFactory(countries=["HU"], target_groups=["adults-lived-experience"])
    with django_assert_num_queries(1):
        rows = related_rows(practice, ["countries", "target_groups", "mechanisms"])
    assert [country.code for country in rows["countries"]] == ["HU"]
    assert rows["mechanisms"] == []
    group = rows["target_groups"][0]
    assert group == TargetGroup.objects.get(slug="adults-lived-experience")
    assert group.description == TargetGroup.objects.get(pk=group.pk).description
    assert related_rows(Practice.objects.get(pk=practice.pk), []) == {}
