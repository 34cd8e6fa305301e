"""A country's page: its profile, a few of each kind of content, links to the full lists."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from countries.models import CountryProfile, Occupation
from practices.models import Status
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from workshops.models import WorkshopStatus

pytestmark = pytest.mark.django_db


def make_profile(**kwargs) -> CountryProfile:
    fields = {
        "country_id": "HU",
        "summary": "Peer workers are starting to join community teams.",
        "occupation_status": Occupation.EMERGING,
        "certification": "A **nine-month** course with placements.",
        "networks": "- A national association\n- Regional groups<script>alert(1)</script>",
        "status": Status.PUBLISHED,
        "last_verified": date(2026, 10, 1),
    }
    return CountryProfile.objects.create(**(fields | kwargs))


def test_country_page_shows_the_published_profile_with_its_last_verified_date(client):
    make_profile()
    html = client.get("/countries/hu/").content.decode()
    assert "Peer support in Hungary" in html
    assert "Peer workers are starting to join community teams." in html
    assert "<strong>Emerging occupation</strong>" in html
    assert "A <strong>nine-month</strong> course" in html
    assert "<li>A national association</li>" in html
    assert "<script>alert" not in html
    assert 'Last verified: <time datetime="2026-10-01">1 October 2026</time>' in html


def test_an_edited_profile_shows_at_once_and_a_deleted_one_is_gone(client):
    profile = make_profile()
    assert "Peer workers are starting to join" in client.get("/countries/hu/").content.decode()
    profile.summary = "Peer workers now hold posts in every county."
    profile.save()
    html = client.get("/countries/hu/").content.decode()
    assert "Peer workers now hold posts in every county." in html
    assert "Peer workers are starting to join" not in html
    profile.delete()
    html = client.get("/countries/hu/").content.decode()
    assert "Our editors have not yet written a profile of peer support in Hungary." in html


def test_a_draft_profile_is_not_shown_and_a_plain_note_says_none_is_written(client):
    make_profile(status=Status.DRAFT, summary="Not ready for readers.")
    html = client.get("/countries/hu/").content.decode()
    assert "Not ready for readers." not in html
    assert "Our editors have not yet written a profile of peer support in Hungary." in html


def test_country_page_lists_published_content_with_counts_and_links_to_full_lists(client):
    organiser = OrganisationFactory(name="Budapest peer circle", country_id="HU")
    OrganisationFactory(name="Quiet organisation", country_id="HU")  # nothing published
    for n in range(7):
        PracticeFactory(title=f"Hungarian practice {n}", countries=["HU"], organisation=organiser)
    PracticeFactory(
        title="Draft practice",
        countries=["HU"],
        organisation=organiser,
        status=Status.DRAFT,
        published_at=None,
    )
    PracticeFactory(
        title="Dutch practice", countries=["NL"], organisation=OrganisationFactory(country_id="NL")
    )
    TrainingFactory(title="Hungarian course", countries=["HU"], provider=organiser)
    WorkshopFactory(title="Online evening", organiser=organiser)
    WorkshopFactory(title="Draft event", organiser=organiser, status=WorkshopStatus.DRAFT)
    past = timezone.now() - timedelta(days=40)
    WorkshopFactory(
        title="Last spring's day", organiser=organiser, start=past, end=past + timedelta(hours=3)
    )
    html = client.get("/countries/hu/").content.decode()
    assert 'Practices <span class="count">(7)</span>' in html
    assert html.count("Hungarian practice") == 5  # a few, then the link on
    assert '<a href="/practices/?country=HU">All 7 practices in Hungary</a>' in html
    assert "Draft practice" not in html and "Dutch practice" not in html
    assert "Hungarian course" in html
    assert '<a href="/trainings/?country=HU">The training programme in Hungary</a>' in html
    assert "Online evening" in html and "Draft event" not in html
    assert '<a href="/workshops/?country=HU">The upcoming event in Hungary</a>' in html
    assert "Last spring&#x27;s day" in html
    assert '<a href="/workshops/?country=HU&amp;when=past">The past event in Hungary</a>' in html
    assert "Budapest peer circle" in html and "Quiet organisation" not in html
    assert 'Organisations <span class="count">(1)</span>' in html


def organisations_named(html: str) -> list[str]:
    aside = html[html.index('id="organisations-title"') : html.index("</aside>")]
    return re.findall(r"<li>(?:<a [^>]*>)?([^<]+)", aside.split("</ul>")[0])


def test_the_organisations_named_follow_what_they_publish_and_their_own_changes(client):
    circle = OrganisationFactory(name="Budapest peer circle", country_id="HU")
    practice = PracticeFactory(countries=["HU"], organisation=circle)
    later = OrganisationFactory(name="Szeged recovery college", country_id="HU")
    assert organisations_named(client.get("/countries/hu/").content.decode()) == [
        "Budapest peer circle"
    ]

    circle.name = "Budapest peer network"
    circle.save()
    assert organisations_named(client.get("/countries/hu/").content.decode()) == [
        "Budapest peer network"
    ]
    TrainingFactory(countries=["AT"], provider=later)  # a programme abroad counts too
    assert organisations_named(client.get("/countries/hu/").content.decode()) == [
        "Budapest peer network",
        "Szeged recovery college",
    ]

    practice.status = Status.ARCHIVED
    practice.save()
    later.country_id = "AT"
    later.save()
    html = client.get("/countries/hu/").content.decode()
    assert organisations_named(html) == []
    assert "No organisation from Hungary has published anything here yet." in html
    assert organisations_named(client.get("/countries/at/").content.decode()) == [
        "Szeged recovery college"
    ]


def test_the_first_five_organisations_by_name_are_named_and_all_are_counted(client):
    for name in ("Vac", "Pecs", "Eger", "Gyor", "Ozd", "Baja", "Sopron"):
        organisation = OrganisationFactory(name=f"{name} peer group", country_id="HU")
        WorkshopFactory(organiser=organisation)
    html = client.get("/countries/hu/").content.decode()
    assert organisations_named(html) == [
        f"{name} peer group" for name in ("Baja", "Eger", "Gyor", "Ozd", "Pecs")
    ]
    assert 'Organisations <span class="count">(7)</span>' in html
    assert "7 organisations in all: find them through their practices" in html


def test_an_organisation_name_with_markup_shows_as_text_and_its_site_opens_safely(client):
    organisation = OrganisationFactory(
        name="Peers <b>&</b> friends", country_id="HU", website="https://peers.example/?a=1&b=2"
    )
    PracticeFactory(countries=["HU"], organisation=organisation)
    html = client.get("/countries/hu/").content.decode()
    assert (
        '<li><a href="https://peers.example/?a=1&amp;b=2" rel="noopener">'
        "Peers &lt;b&gt;&amp;&lt;/b&gt; friends</a></li>"
    ) in html


def test_the_page_speaks_the_readers_language(client):
    make_profile(last_verified=date(2026, 10, 1))
    organiser = OrganisationFactory(country_id="HU")
    for _n in range(3):
        PracticeFactory(countries=["HU"], organisation=organiser)
    url = "/de/countries/hu/"
    html = client.get(url).content.decode()
    assert '<h1 id="entry-title">Peer-Support in Ungarn</h1>' in html
    assert '<a href="/de/practices/?country=HU">Alle 3 Praxisbeispiele aus Ungarn</a>' in html
    assert "<p>In Ungarn wurden noch keine Weiterbildungen veröffentlicht.</p>" in html
    assert '<a href="/de/countries/">Zurück zur Europakarte</a>' in html
    assert '<time datetime="2026-10-01">1. Oktober 2026</time>' in html


def test_the_full_lists_linked_from_the_page_count_what_the_page_counts(client):
    organiser = OrganisationFactory(country_id="HU")
    PracticeFactory(countries=["HU"], organisation=organiser)
    PracticeFactory(countries=["HU", "SK"], organisation=organiser)
    TrainingFactory(countries=["HU"], provider=organiser)
    WorkshopFactory(organiser=organiser)  # online: listed under its organiser's country
    html = client.get("/countries/hu/").content.decode()
    for kind, count in (("practices", 2), ("trainings", 1), ("workshops", 1)):
        assert f'<a href="/{kind}/?country=HU">' in html
        listing = client.get(f"/{kind}/?country=HU").content.decode()
        found = re.search(r'id="result-count">\s*(\d+) result', listing)
        assert found and int(found.group(1)) == count, kind


def test_uppercase_code_redirects_permanently_to_lowercase(client):
    response = client.get("/countries/HU/")
    assert response.status_code == 301
    assert response["Location"] == "/countries/hu/"


@pytest.mark.parametrize(
    "path",
    [
        "/countries/xx/",
        "/countries/XX/",
        "/countries/hun/",
        "/countries/../",
        "/countries/h1/",
        "/countries/%C3%A9%C3%A9/",
    ],
)
def test_unknown_country_gives_a_404_with_a_link_to_the_map(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert '<a href="/countries/">Choose a country on the map</a>' in response.content.decode()


def test_country_page_query_count_does_not_grow_with_content(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False  # the page's own queries, not the page cache's (a table)
    make_profile()
    organiser = OrganisationFactory(country_id="HU")
    PracticeFactory(countries=["HU"], organisation=organiser)
    TrainingFactory(countries=["HU"], provider=organiser)
    past = timezone.now() - timedelta(days=10)
    WorkshopFactory(organiser=organiser, title="Upcoming")
    WorkshopFactory(organiser=organiser, title="Past", start=past, end=past + timedelta(hours=1))
    # The first visit after a change also builds the lists' facet indexes (whose counts the
    # page shows), the organisations' and the profiles' indexes: the page's own queries are
    # those of the next one: the rows shown (a query per model: practices, programmes,
    # events), and one read of the indexes' tokens together from the tests' database cache.
    client.get("/countries/hu/")
    with django_assert_max_num_queries(4) as few:
        assert client.get("/countries/hu/").status_code == 200
    queries = len(few.captured_queries)  # read before the next request clears the log
    for n in range(8):
        other = OrganisationFactory(country_id="HU")
        PracticeFactory(countries=["HU", "AT"], organisation=other)
        TrainingFactory(countries=["HU"], provider=other)
        WorkshopFactory(organiser=other, title=f"Upcoming {n}")
        WorkshopFactory(
            organiser=other, title=f"Past {n}", start=past, end=past + timedelta(hours=1)
        )
    client.get("/countries/hu/")
    with django_assert_max_num_queries(queries):
        html = client.get("/countries/hu/").content.decode()
    assert 'Practices <span class="count">(9)</span>' in html
    assert 'Training programmes <span class="count">(9)</span>' in html
    assert 'Upcoming workshops and webinars <span class="count">(9)</span>' in html
    assert 'Past workshops and webinars <span class="count">(9)</span>' in html


def test_sitemap_lists_the_map_and_country_pages(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/countries/</loc>" in xml
    assert "/countries/hu/</loc>" in xml
