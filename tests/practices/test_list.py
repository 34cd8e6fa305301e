"""/practices/: search, facets with counts, sorting and pages, as a visitor sees them."""

import re

import pytest
from django.db import connection

from practices.models import DeliveryMode, EvidenceLevel, Status
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="typo tolerance needs PostgreSQL's pg_trgm"
)


def titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="result__title"><a href="[^"]+">([^<]+)</a>', html)


def test_only_published_practices_are_listed(client):
    PracticeFactory(title="Open circle")
    for status in (Status.DRAFT, Status.REVIEW, Status.ARCHIVED):
        PracticeFactory(title=f"Hidden {status}", status=status, published_at=None)
    response = client.get("/practices/")
    assert response.status_code == 200
    assert titles(response) == ["Open circle"]


def test_search_finds_words_in_title_summary_and_description(client):
    PracticeFactory(title="Walking group for fathers")
    PracticeFactory(title="Kitchen table talks", summary="Carers cook and talk together.")
    PracticeFactory(title="Night line", description="Volunteers answer the telephone at night.")
    PracticeFactory(title="Unrelated")
    assert titles(client.get("/practices/?q=walking")) == ["Walking group for fathers"]
    assert titles(client.get("/practices/?q=carers")) == ["Kitchen table talks"]
    assert titles(client.get("/practices/?q=telephone")) == ["Night line"]


def test_search_ranks_a_title_match_first(client):
    PracticeFactory(title="Alpha", description="We also mention mentoring here.")
    PracticeFactory(title="Mentoring for young people")
    assert titles(client.get("/practices/?q=mentoring"))[0] == "Mentoring for young people"


@postgres_only
def test_search_tolerates_a_typo_on_postgresql(client):
    PracticeFactory(title="Trialogue seminars in Vienna")
    assert titles(client.get("/practices/?q=trialouge")) == ["Trialogue seminars in Vienna"]


@postgres_only
def test_a_typo_with_two_facets_finds_the_titles_in_both_with_counts(client):
    PracticeFactory(
        title="Trialogue seminars in Vienna", countries=["AT"], types=["peer-listening"]
    )
    PracticeFactory(title="Trialogue in Graz", countries=["AT"], types=["one-to-one-mentoring"])
    PracticeFactory(title="Unrelated", countries=["AT"], types=["peer-listening"])
    response = client.get("/practices/?q=trialouge&country=AT&type=peer-listening")
    assert titles(response) == ["Trialogue seminars in Vienna"]
    html = response.content.decode()
    assert re.search(r"Austria\s*<span class=\"count\">\(1\)</span>", html)


def test_values_of_one_facet_combine_with_or_and_facets_with_and(client):
    PracticeFactory(title="Budapest", countries=["HU"], types=["peer-listening"])
    PracticeFactory(title="Utrecht", countries=["NL"], types=["peer-listening"])
    PracticeFactory(title="Helsinki", countries=["FI"], types=["peer-listening"])
    PracticeFactory(title="Pécs mentors", countries=["HU"], types=["one-to-one-mentoring"])
    either = titles(client.get("/practices/?country=HU&country=NL&sort=title"))
    assert either == ["Budapest", "Pécs mentors", "Utrecht"]
    both = titles(client.get("/practices/?country=HU&country=NL&type=peer-listening&sort=title"))
    assert both == ["Budapest", "Utrecht"]


def test_a_practice_in_two_selected_countries_appears_once(client):
    PracticeFactory(title="Cross-border", countries=["HU", "NL"])
    assert titles(client.get("/practices/?country=HU&country=NL")) == ["Cross-border"]


def test_each_facet_value_shows_how_many_results_it_would_give(client):
    for _ in range(5):
        PracticeFactory(countries=["HU"], evidence_level=EvidenceLevel.EVALUATED)
    PracticeFactory(countries=["NL"], evidence_level=EvidenceLevel.DESCRIBED)
    html = client.get("/practices/").content.decode()
    assert re.search(r"Hungary\s*<span class=\"count\">\(5\)</span>", html)
    assert re.search(r"Netherlands\s*<span class=\"count\">\(1\)</span>", html)
    # With Hungary chosen, other countries still show what adding them would give, while
    # the other facets count within Hungary only.
    html = client.get("/practices/?country=HU").content.decode()
    assert re.search(r"Netherlands\s*<span class=\"count\">\(1\)</span>", html)
    assert re.search(r"Described\s*<span class=\"count\">\(0\)</span>", html)
    assert re.search(r"Evaluated\s*<span class=\"count\">\(5\)</span>", html)


def test_unknown_facet_values_are_ignored_with_a_message(client):
    PracticeFactory(title="Kept", countries=["HU"])
    PracticeFactory(title="Other", countries=["NL"])
    response = client.get("/practices/?country=HU&country=ZZ&type=juggling&evidence=proven")
    assert response.status_code == 200
    html = response.content.decode()
    assert "“ZZ” is not a known value for country" in html
    assert "“juggling” is not a known value" in html
    assert "“proven” is not a known value" in html
    assert titles(response) == ["Kept"]


def test_country_codes_are_accepted_in_lower_case(client):
    PracticeFactory(title="Kept", countries=["HU"])
    PracticeFactory(title="Other", countries=["NL"])
    assert titles(client.get("/practices/?country=hu")) == ["Kept"]


def test_mode_and_evidence_facets_take_the_export_values(client):
    PracticeFactory(title="Online", delivery_mode=DeliveryMode.ONLINE)
    PracticeFactory(title="Controlled", evidence_level=EvidenceLevel.CONTROLLED)
    assert titles(client.get("/practices/?mode=online")) == ["Online"]
    assert titles(client.get("/practices/?evidence=controlled")) == ["Controlled"]


def test_language_facet_takes_iso_codes_of_delivery(client):
    PracticeFactory(title="Finnish", languages=["fi"])
    PracticeFactory(title="English", languages=["en"])
    assert titles(client.get("/practices/?language=fi")) == ["Finnish"]


def test_pages_hold_twenty_and_keep_every_filter(client):
    for n in range(45):
        PracticeFactory(title=f"Group {n:02d}", countries=["HU"])
    PracticeFactory(title="Elsewhere", countries=["NL"])
    response = client.get("/practices/?country=HU&sort=title")
    assert len(titles(response)) == 20
    html = response.content.decode()
    assert "45 results" in html
    next_link = re.search(r'href="(\?[^"]*page=2[^"]*)"', html).group(1).replace("&amp;", "&")
    assert "country=HU" in next_link and "sort=title" in next_link
    page2 = client.get("/practices/" + next_link)
    assert titles(page2)[0] == "Group 20"


def test_every_page_of_a_wide_or_a_narrow_selection_holds_the_rows_its_sort_puts_there(client):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    country = {n: "AT" if n % 7 in (2, 5) else "HU" for n in range(70)}  # 20 in AT, 50 in HU
    for n in range(70):
        PracticeFactory(
            title=f"Walk {n:02d}",
            countries=[country[n]],
            published_at=now - timedelta(days=70 - n),  # the newest is the last by title
        )
    hungary = [f"Walk {n:02d}" for n in range(70) if country[n] == "HU"]
    austria = [f"Walk {n:02d}" for n in range(70) if country[n] == "AT"]
    assert titles(client.get("/practices/?country=HU&sort=title")) == hungary[:20]
    assert titles(client.get("/practices/?country=HU&sort=title&page=2")) == hungary[20:40]
    assert titles(client.get("/practices/?country=HU&sort=title&page=3")) == hungary[40:]
    assert titles(client.get("/practices/?country=AT&sort=title")) == austria
    newest = list(reversed(hungary))
    assert titles(client.get("/practices/?country=HU&sort=newest&page=2")) == newest[20:40]


def test_a_page_beyond_the_end_shows_the_last_page(client):
    for n in range(25):
        PracticeFactory(title=f"Group {n:02d}")
    for page in ("99", "9" * 40):
        response = client.get(f"/practices/?page={page}&sort=title")
        assert response.status_code == 200
        assert titles(response)[0] == "Group 20"


@pytest.mark.parametrize("page", ["abc", "-3", "0", "1.5", "²"])
def test_a_malformed_page_number_gives_the_first_page_with_a_message(client, page):
    PracticeFactory(title="Only one")
    response = client.get("/practices/", {"page": page})
    assert response.status_code == 200
    assert titles(response) == ["Only one"]
    assert "is not a page number" in response.content.decode()


def test_sorting_by_newest_and_title(client):
    from datetime import timedelta

    from django.utils import timezone

    PracticeFactory(title="Beta", published_at=timezone.now() - timedelta(days=5))
    PracticeFactory(title="Alpha", published_at=timezone.now() - timedelta(days=9))
    PracticeFactory(title="Gamma", published_at=timezone.now())
    assert titles(client.get("/practices/?sort=title")) == ["Alpha", "Beta", "Gamma"]
    assert titles(client.get("/practices/?sort=newest")) == ["Gamma", "Beta", "Alpha"]


def test_an_unknown_sort_is_ignored_with_a_message(client):
    PracticeFactory()
    response = client.get("/practices/?sort=random")
    assert response.status_code == 200
    assert "“random” is not a way to sort this list" in response.content.decode()


def test_a_search_that_matches_nothing_suggests_removing_filters(client):
    PracticeFactory(title="Something", countries=["HU"])
    html = client.get("/practices/?q=xylophone&country=HU").content.decode()
    assert "No practice matches all of that." in html
    assert "Try removing a filter" in html


@pytest.mark.parametrize(
    "query",
    [
        "q=%27%3B+DROP+TABLE+practices_practice%3B--",
        "q=" + "a" * 5000,
        "country=%00",
        "type=../../etc/passwd",
        "q=%22unbalanced&sort=%3Cscript%3E",
        "q=%26+%7C+%21",
    ],
)
def test_hostile_query_parameters_never_cause_an_error(client, query):
    PracticeFactory(title="Safe")
    response = client.get("/practices/?" + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_the_form_works_without_javascript(client):
    html = client.get("/practices/").content.decode()
    assert '<form method="get"' in html
    assert 'type="submit"' in html
    assert 'name="q"' in html


def test_list_query_count_does_not_grow_with_rows(client, settings, django_assert_max_num_queries):
    settings.PAGE_CACHE = False  # the page's own queries, not the page cache's (a table)
    PracticeFactory.create_batch(3, countries=["HU", "NL"])
    # This first visit also builds the facet index and shares it through the cache (a
    # database table here); tests/test_list_performance.py counts a warm visit's queries.
    with django_assert_max_num_queries(24) as few:
        client.get("/practices/?country=HU&type=peer-listening&q=group")
    PracticeFactory.create_batch(30, countries=["HU", "FI"], types=["peer-listening"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/practices/?country=HU&type=peer-listening&q=group")
