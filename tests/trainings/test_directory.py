"""/trainings/: the directory behaves like the catalogue, and adds comparison."""

import csv
import io
import json
import re
from decimal import Decimal

import pytest

from practices.models import DeliveryMode, Status
from tests.factories import PracticeFactory, TrainingFactory, UserFactory
from trainings.models import Format, Module

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return re.findall(
        r'class="result__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def read_json(response) -> list[dict]:
    return json.loads(b"".join(response.streaming_content))


def test_only_published_programmes_are_listed(client):
    TrainingFactory(title="Open course")
    TrainingFactory(title="Draft course", status=Status.DRAFT, published_at=None)
    assert titles(client.get("/trainings/")) == ["Open course"]


def test_accredited_online_programmes_in_german(client):
    TrainingFactory(
        title="Online in German",
        languages=["de"],
        countries=["DE"],
        accredited=True,
        accrediting_body="Board",
        delivery_mode=DeliveryMode.ONLINE,
    )
    TrainingFactory(title="In person in German", languages=["de"], accredited=True)
    TrainingFactory(title="Online in Dutch", accredited=True, delivery_mode=DeliveryMode.ONLINE)
    TrainingFactory(title="Not accredited", languages=["de"], delivery_mode=DeliveryMode.ONLINE)
    response = client.get("/trainings/?accredited=true&mode=online&language=de")
    assert titles(response) == ["Online in German"]
    html = response.content.decode()
    assert re.search(r"Accredited\s*<span class=\"count\">\(1\)</span>", html)


def test_format_audience_type_and_free_facets(client):
    TrainingFactory(title="Informal free", format=Format.INFORMAL, audiences=["supervisors"])
    TrainingFactory(
        title="Formal paid",
        format=Format.FORMAL,
        cost_amount=Decimal("120"),
        cost_currency="EUR",
        types=["peer-specialists"],
    )
    assert titles(client.get("/trainings/?format=informal")) == ["Informal free"]
    assert titles(client.get("/trainings/?audience=supervisors")) == ["Informal free"]
    assert titles(client.get("/trainings/?free=true")) == ["Informal free"]
    assert titles(client.get("/trainings/?type=peer-specialists")) == ["Formal paid"]
    assert titles(client.get("/trainings/?accredited=false&sort=title")) == [
        "Formal paid",
        "Informal free",
    ]


def test_unknown_filter_values_are_ignored_with_a_message(client):
    TrainingFactory(title="Kept")
    response = client.get("/trainings/?format=semi&free=maybe&audience=pilots")
    assert response.status_code == 200
    html = response.content.decode()
    assert "“semi” is not a known value for format" in html
    assert "“maybe” is not a known value for cost" in html
    assert "“pilots” is not a known value for audience" in html
    assert titles(response) == ["Kept"]


def test_export_has_the_documented_columns_and_facet_values(client):
    TrainingFactory(
        title="Paid course",
        countries=["HU"],
        languages=["hu"],
        audiences=["supervisors", "carers"],
        format=Format.FORMAL,
        accredited=True,
        accrediting_body="Board",
        hours=120,
        cost_amount=Decimal("120.00"),
        cost_currency="EUR",
    )
    TrainingFactory(title="Free course")
    rows = {row["title"]: row for row in read_json(client.get("/trainings/export.json"))}
    paid, free = rows["Paid course"], rows["Free course"]
    assert paid["countries"] == ["HU"] and paid["languages"] == ["hu"]
    assert sorted(paid["audiences"]) == ["carers", "supervisors"]
    assert paid["format"] == "formal" and paid["accredited"] is True
    assert paid["delivery_mode"] == "in-person"
    assert paid["hours"] == 120
    assert paid["free"] is False and paid["cost"] == "120 EUR"
    assert free["free"] is True and free["cost"] == ""
    assert paid["url"].startswith("http://testserver/trainings/")
    for key in ("slug", "organisation", "types", "focus_areas", "last_verified"):
        assert key in paid


def test_every_exported_value_filters_back_to_its_row(client):
    TrainingFactory(countries=["HU", "AT"], languages=["hu", "de"], audiences=["carers"])
    TrainingFactory(cost_amount=Decimal("10"), cost_currency="EUR", format=Format.FORMAL)
    facet_of = {
        "countries": "country",
        "languages": "language",
        "audiences": "audience",
        "types": "type",
        "format": "format",
        "delivery_mode": "mode",
    }
    for row in read_json(client.get("/trainings/export.json")):
        for column, facet in facet_of.items():
            values = row[column] if isinstance(row[column], list) else [row[column]]
            for value in values:
                found = read_json(client.get(f"/trainings/export.json?{facet}={value}"))
                assert row["slug"] in [r["slug"] for r in found], (facet, value)
        accredited = "true" if row["accredited"] else "false"
        found = read_json(client.get(f"/trainings/export.json?accredited={accredited}"))
        assert row["slug"] in [r["slug"] for r in found]
        if row["free"]:
            found = read_json(client.get("/trainings/export.json?free=true"))
            assert row["slug"] in [r["slug"] for r in found]


def test_csv_export_joins_values_with_semicolons(client):
    TrainingFactory(title="Two languages", languages=["fi", "sv"])
    text = b"".join(client.get("/trainings/export.csv").streaming_content).decode()
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert sorted(row["languages"].split(";")) == ["fi", "sv"]


def test_detail_shows_modules_accreditation_and_related_practices(client):
    practice = PracticeFactory(title="Recovery walks")
    hidden = PracticeFactory(title="Hidden practice", status=Status.DRAFT, published_at=None)
    programme = TrainingFactory(
        title="Peer worker course", accredited=True, accrediting_body="Peer Work Board"
    )
    programme.related_practices.set([practice, hidden])
    Module.objects.create(programme=programme, position=2, title="Boundaries", hours=6)
    Module.objects.create(programme=programme, position=1, title="Telling your story", hours=8)
    html = client.get(programme.get_absolute_url()).content.decode()
    assert html.index("Telling your story") < html.index("Boundaries")
    assert "by Peer Work Board" in html
    assert "Recovery walks" in html and "Hidden practice" not in html
    # …and the practice links back to the programme.
    assert "Peer worker course" in client.get(practice.get_absolute_url()).content.decode()


def test_course_json_ld(client):
    programme = TrainingFactory(title="Peer course", languages=["de", "en"])
    html = client.get(programme.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Course"
    assert data["name"] == "Peer course"
    assert data["description"] == programme.summary
    assert data["provider"]["name"] == programme.provider.name
    assert sorted(data["inLanguage"]) == ["de", "en"]
    assert data["url"] == "http://testserver" + programme.get_absolute_url()


def test_compare_shows_two_to_four_programmes_side_by_side(client):
    first = TrainingFactory(title="First", hours=40)
    second = TrainingFactory(title="Second", hours=120)
    html = client.get(f"/trainings/compare/?p={first.slug}&p={second.slug}").content.decode()
    assert "2 programmes side by side" in html
    assert "40 hours" in html and "120 hours" in html


def test_compare_explains_unknown_too_many_and_too_few(client):
    programmes = [TrainingFactory() for _ in range(5)]
    query = "&".join(f"p={p.slug}" for p in programmes)
    html = client.get(f"/trainings/compare/?{query}").content.decode()
    assert "Up to 4 programmes can be compared" in html
    assert "4 programmes side by side" in html
    response = client.get(f"/trainings/compare/?p={programmes[0].slug}&p=no-such-thing")
    assert response.status_code == 200
    html = response.content.decode()
    assert "No published programme is called “no-such-thing”" in html
    assert "Pick at least two programmes" in html


def test_list_and_detail_query_counts_are_constant(client, django_assert_max_num_queries):
    TrainingFactory.create_batch(2, countries=["NL", "BE"])
    # Cold: the facet index is built (a query per facet) besides the page's own queries.
    with django_assert_max_num_queries(27) as few:
        client.get("/trainings/?country=NL&accredited=false")
    TrainingFactory.create_batch(25, countries=["NL", "DE"], languages=["de", "nl"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/trainings/?country=NL&accredited=false")
    programme = TrainingFactory()
    programme.related_practices.set([PracticeFactory()])
    Module.objects.create(programme=programme, title="One")
    # The page's seven queries and the page cache's (a table in the tests).
    with django_assert_max_num_queries(13) as few:
        client.get(programme.get_absolute_url())
    programme.related_practices.add(*PracticeFactory.create_batch(5))
    for n in range(8):
        Module.objects.create(programme=programme, title=f"Module {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(programme.get_absolute_url())


def test_a_member_shares_a_programme_and_sees_it_with_their_practices(client, member):
    from django.urls import reverse

    from trainings.models import Audience, TrainingProgramme

    client.force_login(member)
    response = client.post(
        "/trainings/submit/",
        {
            "title": "Evening course for carers",
            "summary": "Six evenings on supporting a relative without losing yourself.",
            "countries": ["BE"],
            "languages": ["nl"],
            "format": "informal",
            "delivery_mode": "online",
            "hours": "12",
            "audiences": [Audience.objects.get(slug="carers").pk],
            "cost_amount": "30",
            "cost_currency": "",
            "written_in": "nl",
            "translations-TOTAL_FORMS": "0",
            "translations-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "Say which currency the cost is in" in response.content.decode()
    assert TrainingProgramme.objects.count() == 0
    response = client.post(
        "/trainings/submit/",
        {
            "title": "Evening course for carers",
            "summary": "Six evenings on supporting a relative without losing yourself.",
            "countries": ["BE"],
            "languages": ["nl"],
            "format": "informal",
            "delivery_mode": "online",
            "hours": "12",
            "audiences": [Audience.objects.get(slug="carers").pk],
            "cost_amount": "30",
            "cost_currency": "eur",
            "written_in": "nl",
            "translations-TOTAL_FORMS": "1",
            "translations-INITIAL_FORMS": "0",
            "translations-0-language_code": "fr",
            "translations-0-review": "reviewed",
            "translations-0-translated_title": "Cours du soir pour les proches aidants",
            "translations-0-translated_summary": "Six soirées pour soutenir un proche.",
        },
    )
    assert response.status_code == 302
    programme = TrainingProgramme.objects.get()
    assert programme.status == Status.REVIEW and programme.cost_display == "30 EUR"
    assert programme.written_in_id == "nl"
    french = programme.translations.get()
    assert (french.language_code, french.review) == ("fr", "reviewed")
    assert french.translated_title == "Cours du soir pour les proches aidants"
    html = client.get(reverse("accounts:submissions")).content.decode()
    assert "Evening course for carers" in html and "Training programme" in html
    other = UserFactory()
    client.force_login(other)
    assert client.get(f"/trainings/{programme.slug}/edit/").status_code == 404
    assert client.get(programme.get_absolute_url()).status_code == 404


def test_detail_lists_upcoming_workshops_that_reference_it(client):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import WorkshopFactory
    from workshops.models import WorkshopStatus

    programme = TrainingFactory()
    soon = WorkshopFactory(title="Taster webinar")
    past = WorkshopFactory(
        title="Old webinar",
        start=timezone.now() - timedelta(days=9),
        end=timezone.now() - timedelta(days=9, hours=-2),
    )
    draft = WorkshopFactory(title="Draft webinar", status=WorkshopStatus.DRAFT)
    for workshop in (soon, past, draft):
        workshop.related_trainings.add(programme)
    html = client.get(programme.get_absolute_url()).content.decode()
    assert "Taster webinar" in html
    assert "Old webinar" not in html and "Draft webinar" not in html
