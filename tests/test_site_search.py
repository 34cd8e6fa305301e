"""The site-wide search: practices, training programmes, events and country profiles at once."""

from datetime import date, timedelta

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from countries.models import CountryProfile, Occupation
from practices.models import Status
from tests.factories import (
    OrganisationFactory,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
)
from workshops.models import WorkshopStatus

pytestmark = pytest.mark.django_db

postgresql_only = pytest.mark.skipif(
    django_settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="runs against PostgreSQL (DATABASE_URL=postgres://...)",
)

# Countries for profiles in tests that need many of them (one profile per country).
PROFILE_COUNTRIES = ["AT", "BE", "DE", "DK", "EE", "ES", "FI", "FR", "HU", "IE", "IT", "NL"]


def make_profile(**kwargs) -> CountryProfile:
    fields = {
        "country_id": "FI",
        "summary": "Peer workers join recovery colleges and community teams.",
        "occupation_status": Occupation.EMERGING,
        "status": Status.PUBLISHED,
        "last_verified": date(2026, 10, 1),
    }
    return CountryProfile.objects.create(**(fields | kwargs))


def groups(response) -> dict[str, int]:
    return {group.kind: group.count for group in response.context["groups"]}


def shown(response, kind: str) -> list:
    return next(group.items for group in response.context["groups"] if group.kind == kind)


def test_one_search_finds_matches_of_every_kind_grouped_under_headings_with_counts(client):
    PracticeFactory(title="Lantern recovery college", summary="Courses written by peers.")
    TrainingFactory(title="Tutoring at a lantern college", summary="For new peer tutors.")
    WorkshopFactory(title="Opening a lantern college", summary="An hour of questions.")
    make_profile(summary="Several lantern colleges have opened since 2020.")
    PracticeFactory(title="Warmline for the night", summary="Peers answer calls.")

    response = client.get("/search/", {"q": "lantern"})

    assert response.status_code == 200
    assert groups(response) == {"practices": 1, "trainings": 1, "workshops": 1, "countries": 1}
    html = response.content.decode()
    assert '<h2 id="practices-title">Practices <span class="count">(1)</span></h2>' in html
    assert 'Training programmes <span class="count">(1)</span></h2>' in html
    assert 'Upcoming workshops and webinars <span class="count">(1)</span></h2>' in html
    assert 'Country profiles <span class="count">(1)</span></h2>' in html
    assert ">Lantern recovery college</a>" in html
    assert ">Tutoring at a lantern college</a>" in html
    assert ">Opening a lantern college</a>" in html
    assert '<a href="/countries/fi/">Peer support in Finland</a>' in html
    assert "Warmline for the night" not in html
    assert "4 results" in html


def test_each_kind_shows_its_best_five_and_counts_them_all_with_a_link_to_its_list(client):
    for n in range(7):
        PracticeFactory(title=f"Mentoring circle {n}", slug=f"mentoring-circle-{n}")

    response = client.get("/search/", {"q": "mentoring"})

    assert groups(response)["practices"] == 7
    assert len(shown(response, "practices")) == 5
    html = response.content.decode()
    assert '<a href="/practices/?q=mentoring">See all 7 practices matching “mentoring”</a>' in html
    # The list page the link leads to finds the same seven.
    listing = client.get("/practices/", {"q": "mentoring"}).content.decode()
    assert "7 results" in listing


def test_links_to_each_list_carry_the_words_searched_for(client):
    PracticeFactory(title="Peer & carer mentoring")
    TrainingFactory(title="Peer & carer mentoring course")
    WorkshopFactory(title="Peer & carer mentoring webinar")

    html = client.get("/search/", {"q": "carer & mentoring"}).content.decode()

    assert 'href="/practices/?q=carer+%26+mentoring"' in html
    assert 'href="/trainings/?q=carer+%26+mentoring"' in html
    assert 'href="/workshops/?q=carer+%26+mentoring"' in html
    assert 'href="/workshops/?when=past&amp;q=carer+%26+mentoring"' in html


def test_drafts_work_in_review_archived_past_and_cancelled_content_never_shows(client):
    PracticeFactory(title="Harbour draft practice", status=Status.DRAFT, published_at=None)
    PracticeFactory(title="Harbour practice in review", status=Status.REVIEW, published_at=None)
    TrainingFactory(title="Harbour archived course", status=Status.ARCHIVED)
    WorkshopFactory(title="Harbour draft webinar", status=WorkshopStatus.DRAFT)
    WorkshopFactory(title="Harbour cancelled webinar", status=WorkshopStatus.CANCELLED)
    last_month = timezone.now() - timedelta(days=30)
    WorkshopFactory(title="Harbour webinar last month", start=last_month)
    make_profile(summary="Harbour towns run peer groups.", status=Status.DRAFT)
    make_profile(country_id="IE", summary="Harbour towns too.", status=Status.ARCHIVED)

    response = client.get("/search/", {"q": "harbour"})

    assert groups(response) == {"practices": 0, "trainings": 0, "workshops": 0, "countries": 0}
    html = response.content.decode()
    assert "Harbour draft" not in html
    assert "Harbour practice in review" not in html
    assert "Harbour archived" not in html
    assert "Harbour cancelled" not in html
    assert "last month" not in html
    assert "Nothing matches “harbour”." in html
    assert 'href="/practices/"' in html  # a way on: the browse pages


def test_the_events_group_says_it_shows_upcoming_events_only_and_links_to_past_ones(client):
    WorkshopFactory(title="Compass webinar next week")

    html = client.get("/search/", {"q": "compass"}).content.decode()

    assert "Only events still to come are shown here" in html
    assert "Search past events for “compass”" in html


def test_a_kind_without_matches_says_so_beside_those_that_have_some(client):
    PracticeFactory(title="Kestrel peer listening")

    html = client.get("/search/", {"q": "kestrel"}).content.decode()

    assert "1 result" in html
    assert "No training programme matches “kestrel”." in html
    assert "No upcoming event matches “kestrel”." in html
    assert "No country profile matches “kestrel”." in html


def test_country_profiles_are_found_by_the_words_of_their_profile(client):
    make_profile(
        country_id="NL",
        summary="Peer support is growing.",
        certification="An accredited ervaringsdeskundige diploma at vocational level.",
    )

    response = client.get("/search/", {"q": "ervaringsdeskundige"})

    assert [profile.country_id for profile in shown(response, "countries")] == ["NL"]
    assert "Peer support in Netherlands" in response.content.decode()


@postgresql_only
def test_country_profiles_are_found_by_the_country_name(client):
    make_profile(country_id="SI", summary="Peer workers are few but growing.")

    response = client.get("/search/", {"q": "Slovenia"})

    assert [profile.country_id for profile in shown(response, "countries")] == ["SI"]


@postgresql_only
def test_an_edited_profile_is_found_by_its_new_words(client):
    profile = make_profile(summary="Peer workers are few.")
    assert groups(client.get("/search/", {"q": "clubhouse"}))["countries"] == 0

    profile.summary = "A clubhouse in every region."
    profile.save()

    assert groups(client.get("/search/", {"q": "clubhouse"}))["countries"] == 1


def test_more_than_five_matching_country_profiles_can_all_be_shown(client):
    for code in PROFILE_COUNTRIES[:7]:
        make_profile(country_id=code, summary="Trialogue groups meet in many towns.")

    response = client.get("/search/", {"q": "trialogue"})
    assert groups(response)["countries"] == 7
    assert len(shown(response, "countries")) == 5
    html = response.content.decode()
    assert (
        '<a href="/search/?q=trialogue&amp;kind=countries#countries">'
        "See all 7 country profiles matching “trialogue”</a>"
    ) in html

    everything = client.get("/search/", {"q": "trialogue", "kind": "countries"})
    assert len(shown(everything, "countries")) == 7
    assert "See all 7 country profiles" not in everything.content.decode()


@pytest.mark.parametrize("q", [None, "", "   ", "\x00"])
def test_an_empty_search_offers_a_search_form_and_the_ways_to_browse(client, q):
    response = client.get("/search/", {} if q is None else {"q": q})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Search the resource centre" in html
    assert '<input type="search" name="q" id="search-q" value=""' in html
    for url in ("/practices/", "/trainings/", "/workshops/", "/countries/"):
        assert f'<a href="{url}">' in html


@pytest.mark.parametrize(
    "q",
    [
        "peer " * 2000,
        "peer\x00group",
        "!!! ??? ...",
        "' OR 1=1; DROP TABLE practices_practice; --",
        '"unbalanced quote (and paren',
        "a:* & !b | <-> c",
        "<script>alert('hi')</script>",
        "%00%27%22",
        "☕ 😀 ünïcödé",
    ],
)
def test_hostile_searches_get_a_calm_page_with_the_words_escaped(client, q):
    PracticeFactory(title="Script and peer group")

    response = client.get("/search/", {"q": q})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "\x00" not in html


def test_results_show_no_personal_data(client):
    submitter = UserFactory(email="submitter.private@example.org")
    organiser = OrganisationFactory(
        name="Otter peer network", contact_email="otter.office@example.org"
    )
    PracticeFactory(title="Otter peer walks", submitted_by=submitter, organisation=organiser)
    WorkshopFactory(
        title="Otter webinar", organiser=organiser, join_url="https://meet.example.org/otter-secret"
    )

    html = client.get("/search/", {"q": "otter"}).content.decode()

    assert "Otter peer walks" in html
    assert "Otter webinar" in html
    assert "submitter.private@example.org" not in html
    assert "otter.office@example.org" not in html
    assert "otter-secret" not in html


def test_the_header_search_box_on_every_page_sends_its_words_to_the_site_wide_search(client):
    html = client.get("/").content.decode()

    assert '<form method="get" action="/search/" class="site-search" role="search"' in html
    assert (
        '<label for="site-search-q" class="visually-hidden">Search the whole site</label>' in html
    )
    assert '<input type="search" name="q" id="site-search-q"' in html


def make_matches(rows: int) -> None:
    """``rows`` matching rows of every kind."""
    organiser = OrganisationFactory(name="Beacon network")
    for n in range(rows):
        PracticeFactory(
            title=f"Beacon practice {n}", organisation=organiser, countries=["HU", "AT"]
        )
        TrainingFactory(title=f"Beacon course {n}", provider=organiser, languages=["nl", "en"])
        WorkshopFactory(title=f"Beacon webinar {n}", organiser=organiser, country_id="HU")
        make_profile(country_id=PROFILE_COUNTRIES[n], summary="Beacon groups meet weekly.")


# The most queries the search page makes when every kind matches the words as typed: for
# each kind its best rows and, when there are more than it shows, a count (8); the languages
# the programmes show (1). Cards read their countries in their rows' own query.
MAX_SEARCH_QUERIES = 9


@pytest.mark.parametrize("rows", [1, 12])
def test_search_makes_the_same_few_queries_however_many_rows_match(
    client, settings, django_assert_max_num_queries, rows
):
    settings.PAGE_CACHE = False
    make_matches(rows)

    with django_assert_max_num_queries(MAX_SEARCH_QUERIES):
        response = client.get("/search/", {"q": "beacon"})

    assert groups(response) == {
        "practices": rows,
        "trainings": rows,
        "workshops": rows,
        "countries": rows,
    }


@postgresql_only
def test_a_misspelt_word_finds_similar_titles_only_of_kinds_without_an_exact_match(client):
    PracticeFactory(title="Lighthouse circle")
    TrainingFactory(title="Lighthouse training")
    TrainingFactory(title="Harbour course", summary="Notes of the old lighthose keepers.")
    response = client.get("/search/", {"q": "lighthose"})
    assert [p.title for p in shown(response, "practices")] == ["Lighthouse circle"]
    assert [p.title for p in shown(response, "trainings")] == ["Harbour course"]
    assert groups(response) == {"practices": 1, "trainings": 1, "workshops": 0, "countries": 0}


def test_search_result_pages_are_kept_out_of_search_engines(client):
    PracticeFactory(title="Heron peer group")

    html = client.get("/search/", {"q": "heron"}).content.decode()
    robots = client.get("/robots.txt").content.decode()

    assert '<meta name="robots" content="noindex">' in html
    assert "Disallow: /search/" in robots
