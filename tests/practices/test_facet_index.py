"""The in-memory facet index always agrees with the database."""

import json
import re

import pytest

from practices import services
from practices.models import Practice, Status
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "country=HU",
    "country=HU&country=NL",
    "country=HU&type=peer-listening",
    "type=peer-listening&focus=addiction&mode=online",
    "q=walking",
    "q=walking&country=NL",
    "q=walking&country=HU&type=peer-listening",
    "q=group&country=HU&type=peer-listening&focus=addiction&sort=relevance",
    "evidence=controlled&language=fi",
]


@pytest.fixture
def catalogue(db):
    countries = [["HU"], ["NL"], ["HU", "NL"], ["FI"], ["FI", "HU"]]
    types = [["peer-listening"], ["warmlines"], ["peer-listening", "trialogue"]]
    focus = [["mental-health"], ["addiction"]]
    for n in range(30):
        PracticeFactory(
            title=f"{'Walking' if n % 4 == 0 else 'Talking'} group {n}",
            countries=countries[n % 5],
            types=types[n % 3],
            focus_areas=focus[n % 2],
            languages=[["fi"], ["en"], ["hu", "en"]][n % 3],
            delivery_mode=["in-person", "online", "blended"][n % 3],
            evidence_level=["described", "promising", "controlled"][n % 3],
        )


@pytest.mark.parametrize("query", QUERIES)
def test_page_count_equals_the_exported_rows(client, catalogue, query):
    html = client.get(f"/practices/?{query}").content.decode()
    shown = int(re.search(r"(\d+) results?", html).group(1))
    exported = client.get(f"/practices/export.json?{query}")
    assert shown == len(json.loads(b"".join(exported.streaming_content)))


def test_a_facet_count_equals_the_results_of_choosing_it(client, catalogue):
    html = client.get("/practices/?type=peer-listening").content.decode()
    count = int(re.search(r"Hungary\s*<span class=\"count\">\((\d+)\)", html).group(1))
    chosen = client.get("/practices/?type=peer-listening&country=HU").content.decode()
    assert f"{count} result" in chosen


def test_publishing_and_archiving_show_at_once(client, catalogue):
    before = client.get("/practices/").content.decode()
    assert "30 results" in before
    draft = PracticeFactory(title="Fresh draft", status=Status.REVIEW, published_at=None)
    assert "30 results" in client.get("/practices/").content.decode()
    services.publish(entries=Practice.objects.filter(pk=draft.pk))
    assert "31 results" in client.get("/practices/").content.decode()
    services.archive(entries=Practice.objects.filter(pk=draft.pk))
    assert "30 results" in client.get("/practices/").content.decode()


def test_with_a_search_and_two_facets_each_count_equals_the_results_of_choosing_it(
    client, catalogue
):
    html = client.get("/practices/?q=group&type=peer-listening&focus=addiction").content.decode()
    count = int(re.search(r"Hungary\s*<span class=\"count\">\((\d+)\)", html).group(1))
    chosen = client.get("/practices/?q=group&type=peer-listening&focus=addiction&country=HU")
    assert f"{count} result" in chosen.content.decode()
    addiction = int(
        re.search(r"Addiction and substance use\s*<span class=\"count\">\((\d+)\)", html).group(1)
    )
    without = client.get(
        "/practices/?q=group&type=peer-listening&focus=addiction&focus=mental-health"
    )
    assert addiction < int(re.search(r"(\d+) results?", without.content.decode()).group(1))


def test_a_search_with_many_matches_counts_as_one_with_few(
    client, settings, catalogue, monkeypatch
):
    from practices import listing

    settings.PAGE_CACHE = False
    url = "/practices/?q=group&type=peer-listening&focus=addiction&sort=relevance"
    shown = re.compile(r"\((\d+)\)</span>|(\d+) results?|result__title\"><a href=\"([^\"]+)")
    few = shown.findall(client.get(url).content.decode())
    # Past this many matches, only the rows that the counts need are ranked.
    monkeypatch.setattr(listing, "FEW_MATCHES", 1)
    many = client.get(url)
    assert shown.findall(many.content.decode()) == few
    assert len(few) > 5
