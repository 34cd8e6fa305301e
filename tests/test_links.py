"""Practices, training programmes and workshops lead to one another, published items only."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.forms import MultiWidget
from django.test import Client
from django.utils import timezone

from practices.models import Practice, Status
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory, make_editor
from trainings.models import TrainingProgramme
from workshops.demo import EVENTS
from workshops.models import Workshop, WorkshopStatus

pytestmark = pytest.mark.django_db

# Each detail page's queries for an anonymous visitor (page cache off, catalogue index
# built): one for the entry and one per kind of related row, whatever their numbers.
PRACTICE_PAGE_QUERIES = 17
TRAINING_PAGE_QUERIES = 10
WORKSHOP_PAGE_QUERIES = 7


def hidden_workshops() -> list[Workshop]:
    """Events a link must never lead to: a draft, a cancelled one and one that is over."""
    past = timezone.now() - timedelta(days=3)
    return [
        WorkshopFactory(title="Draft webinar", status=WorkshopStatus.DRAFT),
        WorkshopFactory(title="Cancelled webinar", status=WorkshopStatus.CANCELLED),
        WorkshopFactory(title="Last month's webinar", status=WorkshopStatus.COMPLETED, start=past),
    ]


def hidden_programmes() -> list[TrainingProgramme]:
    return [
        TrainingFactory(title="Unfinished course", status=Status.DRAFT, published_at=None),
        TrainingFactory(title="Retired course", status=Status.ARCHIVED),
    ]


def hidden_practices() -> list[Practice]:
    return [
        PracticeFactory(title="Practice in review", status=Status.REVIEW, published_at=None),
        PracticeFactory(title="Archived practice", status=Status.ARCHIVED),
    ]


def test_practice_page_shows_programmes_preparing_for_it_and_upcoming_workshops_about_it(client):
    practice = PracticeFactory(title="Ward peer workers")
    programme = TrainingFactory(title="Peer worker certificate")
    for other in [programme, *hidden_programmes()]:
        other.related_practices.add(practice)
    workshop = WorkshopFactory(title="Boundaries on the ward")
    practice.workshops.add(workshop, *hidden_workshops())

    html = client.get(practice.get_absolute_url()).content.decode()

    assert "Training that prepares people for this" in html
    assert programme.get_absolute_url() in html
    assert "Upcoming workshops about this practice" in html
    assert workshop.get_absolute_url() in html
    for hidden in ("Unfinished course", "Retired course", "Draft webinar", "Cancelled webinar"):
        assert hidden not in html
    assert "Last month" not in html


def test_practice_page_without_links_shows_neither_section(client):
    practice = PracticeFactory()
    practice.workshops.add(*hidden_workshops())

    html = client.get(practice.get_absolute_url()).content.decode()

    assert "Training that prepares people for this" not in html
    assert "Upcoming workshops about this practice" not in html


def test_programme_page_shows_its_published_practices_and_upcoming_workshops(client):
    programme = TrainingFactory()
    practice = PracticeFactory(title="Campus mentoring")
    programme.related_practices.add(practice, *hidden_practices())
    workshop = WorkshopFactory(title="Mentoring in the first term")
    programme.workshops.add(workshop, *hidden_workshops())

    html = client.get(programme.get_absolute_url()).content.decode()

    assert "Practices it prepares people for" in html
    assert practice.get_absolute_url() in html
    assert "Upcoming workshops about it" in html
    assert workshop.get_absolute_url() in html
    for hidden in ("Practice in review", "Archived practice", "Draft webinar", "Cancelled"):
        assert hidden not in html
    assert "Last month" not in html


def test_workshop_page_shows_its_published_practices_and_programmes(client):
    workshop = WorkshopFactory()
    practice = PracticeFactory(title="Trialogue evenings")
    programme = TrainingFactory(title="Moderating trialogue")
    workshop.related_practices.add(practice, *hidden_practices())
    workshop.related_trainings.add(programme, *hidden_programmes())

    html = client.get(workshop.get_absolute_url()).content.decode()

    assert "Practices this event is about" in html
    assert practice.get_absolute_url() in html
    assert "Training programmes related to this event" in html
    assert programme.get_absolute_url() in html
    for hidden in ("Practice in review", "Archived practice", "Unfinished course", "Retired"):
        assert hidden not in html


def test_a_cancelled_event_still_shows_its_links_on_its_own_page(client):
    workshop = WorkshopFactory(status=WorkshopStatus.CANCELLED)
    workshop.related_practices.add(PracticeFactory(title="Peer listening at school"))

    html = client.get(workshop.get_absolute_url()).content.decode()

    assert "This event has been cancelled." in html
    assert "Peer listening at school" in html


# Query counts: the same with one linked row of each kind as with eight.


def warm_count(client, url: str, django_assert_max_num_queries, ceiling: int) -> int:
    client.get(url)  # builds the catalogue's facet index, which content changes renew
    with django_assert_max_num_queries(ceiling) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_practice_page_queries_do_not_grow_with_its_links(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False
    practice = PracticeFactory(countries=["HU"], types=["peer-listening"])
    PracticeFactory(countries=["NL"], types=["peer-listening"])  # a similar practice
    TrainingFactory().related_practices.add(practice)
    practice.workshops.add(WorkshopFactory())
    url = practice.get_absolute_url()
    few = warm_count(client, url, django_assert_max_num_queries, PRACTICE_PAGE_QUERIES)

    for _ in range(7):
        TrainingFactory(countries=["NL", "BE"]).related_practices.add(practice)
        practice.workshops.add(WorkshopFactory())
        PracticeFactory(countries=["FI", "SI"], types=["peer-listening"])
    practice.countries.add("AT", "BE", "DE", "FI", "NL", "SI", "PT")

    html = client.get(url).content.decode()
    assert html.count("/trainings/training-programme-") == 8
    assert html.count("/workshops/webinar-") == 8
    warm_count(client, url, django_assert_max_num_queries, few)


def test_a_practices_links_programmes_and_events_are_read_in_one_query(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False
    linked, alone = PracticeFactory(), PracticeFactory()
    TrainingFactory().related_practices.add(linked)
    linked.workshops.add(WorkshopFactory())
    linked.links.create(title="Network handbook", url="https://example.org/handbook")
    counts = {
        practice: warm_count(client, practice.get_absolute_url(), django_assert_max_num_queries, 20)
        for practice in (linked, alone)
    }
    # One query reads all three lists, whether they hold anything or not.
    assert counts[alone] == counts[linked]
    with django_assert_max_num_queries(counts[linked]) as queries:
        html = client.get(linked.get_absolute_url()).content.decode()
    assert "https://example.org/handbook" in html
    assert "/trainings/training-programme-" in html
    assert "/workshops/webinar-" in html
    assert sum("UNION ALL" in query["sql"] for query in queries.captured_queries) == 2  # and terms


def test_programme_page_queries_do_not_grow_with_its_links(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False
    programme = TrainingFactory(countries=["NL"])
    programme.related_practices.add(PracticeFactory())
    programme.workshops.add(WorkshopFactory())
    url = programme.get_absolute_url()
    few = warm_count(client, url, django_assert_max_num_queries, TRAINING_PAGE_QUERIES)

    for _ in range(7):
        programme.related_practices.add(PracticeFactory(countries=["HU", "FI"]))
        programme.workshops.add(WorkshopFactory())
    programme.countries.add("AT", "BE", "DE", "FI", "HU", "SI", "PT")

    html = client.get(url).content.decode()
    assert html.count('<h3 class="result__title"><a href="/practices/') == 8
    assert html.count("/workshops/webinar-") == 8
    warm_count(client, url, django_assert_max_num_queries, few)


def test_workshop_page_queries_do_not_grow_with_its_links(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False
    workshop = WorkshopFactory()
    workshop.related_practices.add(PracticeFactory())
    workshop.related_trainings.add(TrainingFactory())
    url = workshop.get_absolute_url()
    few = warm_count(client, url, django_assert_max_num_queries, WORKSHOP_PAGE_QUERIES)

    for _ in range(7):
        workshop.related_practices.add(PracticeFactory(countries=["HU", "FI"]))
        workshop.related_trainings.add(TrainingFactory(countries=["NL", "BE"]))
    workshop.languages.add("de", "fi", "hu", "nl", "pt", "sl", "fr")

    html = client.get(url).content.decode()
    assert html.count("/practices/practice-number-") == 8
    assert html.count("/trainings/training-programme-") == 8
    warm_count(client, url, django_assert_max_num_queries, few)


# The admin: editors link from either side, and the public pages follow at once.


def change_form_data(response) -> dict:
    """The admin change form's current values, as the browser would post them back."""
    data = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms += [inline.formset.management_form, *inline.formset.forms]
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            if isinstance(field.field.widget, MultiWidget):  # a date and a time, say
                for n, part in enumerate(field.field.widget.decompress(value)):
                    data[f"{field.html_name}_{n}"] = str(part)
            elif isinstance(value, list | tuple):
                data[field.html_name] = [str(v) for v in value]
            else:
                data[field.html_name] = "on" if value is True else str(value)
    return data


@pytest.fixture
def editor_client():
    client = Client()
    client.force_login(make_editor())
    return client


def test_editors_link_programmes_and_workshops_from_the_practice_and_visitors_see_it(
    client, editor_client
):
    practice = PracticeFactory(title="Ward peer workers")
    programme = TrainingFactory(title="Peer worker certificate")
    workshop = WorkshopFactory(title="Boundaries on the ward")
    assert "Peer worker certificate" not in client.get(practice.get_absolute_url()).text
    client.get(programme.get_absolute_url())  # both pages now wait in the page cache
    client.get(workshop.get_absolute_url())

    url = f"/admin/practices/practice/{practice.pk}/change/"
    page = editor_client.get(url)
    assert "Training programmes that prepare people for it" in page.text
    assert "Workshops and webinars about it" in page.text
    data = change_form_data(page)
    data.update(
        {
            "training_programmes-TOTAL_FORMS": "1",
            "training_programmes-0-trainingprogramme": str(programme.pk),
            "workshops-TOTAL_FORMS": "1",
            "workshops-0-workshop": str(workshop.pk),
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]

    assert list(practice.training_programmes.all()) == [programme]
    assert list(practice.workshops.all()) == [workshop]
    practice_page = client.get(practice.get_absolute_url()).text
    assert "Peer worker certificate" in practice_page
    assert "Boundaries on the ward" in practice_page
    assert "Ward peer workers" in client.get(programme.get_absolute_url()).text
    assert "Ward peer workers" in client.get(workshop.get_absolute_url()).text


def test_editors_link_workshops_from_the_programme_and_unlink_them_again(client, editor_client):
    programme = TrainingFactory(title="Peer worker certificate")
    workshop = WorkshopFactory(title="Boundaries on the ward")
    url = f"/admin/trainings/trainingprogramme/{programme.pk}/change/"
    data = change_form_data(editor_client.get(url))
    data.update({"workshops-TOTAL_FORMS": "1", "workshops-0-workshop": str(workshop.pk)})
    assert editor_client.post(url, data).status_code == 302
    assert "Boundaries on the ward" in client.get(programme.get_absolute_url()).text
    assert "Peer worker certificate" in client.get(workshop.get_absolute_url()).text

    data = change_form_data(editor_client.get(url))
    assert data["workshops-INITIAL_FORMS"] == "1"
    data["workshops-0-DELETE"] = "on"
    assert editor_client.post(url, data).status_code == 302
    assert list(programme.workshops.all()) == []
    assert "Boundaries on the ward" not in client.get(programme.get_absolute_url()).text


def test_editors_find_workshops_and_programmes_to_link_by_typing_part_of_the_title(
    editor_client,
):
    WorkshopFactory(title="Boundaries on the ward")
    TrainingFactory(title="Peer worker certificate")
    for through, field, term, title in (
        ("workshop_related_practices", "workshop", "ward", "Boundaries on the ward"),
        ("workshop_related_trainings", "workshop", "ward", "Boundaries on the ward"),
        (
            "trainingprogramme_related_practices",
            "trainingprogramme",
            "cert",
            "Peer worker certificate",
        ),
    ):
        app = "trainings" if field == "trainingprogramme" else "workshops"
        response = editor_client.get(
            "/admin/autocomplete/",
            {"term": term, "app_label": app, "model_name": through, "field_name": field},
        )
        assert response.status_code == 200, through
        assert [r["text"] for r in response.json()["results"]] == [title]


def test_links_set_on_the_workshop_show_on_pages_already_cached(client, editor_client):
    workshop = WorkshopFactory(title="Boundaries on the ward")
    practice = PracticeFactory(title="Ward peer workers")
    assert "Ward peer workers" not in client.get(workshop.get_absolute_url()).text

    url = f"/admin/workshops/workshop/{workshop.pk}/change/"
    data = change_form_data(editor_client.get(url))
    data["related_practices"] = [str(practice.pk)]
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    assert "Ward peer workers" in client.get(workshop.get_absolute_url()).text
    assert "Boundaries on the ward" in client.get(practice.get_absolute_url()).text


# The demo: a visitor can follow a Hungarian practice to its training and on to a workshop.


def test_demo_content_links_practices_programmes_and_upcoming_workshops(client):
    call_command("seed_demo", "--force", verbosity=0)

    for data in EVENTS:  # every title named in the demo events found its entry
        workshop = Workshop.objects.get(title=data["title"])
        assert workshop.related_practices.published().count() == len(data["practices"])
        assert workshop.related_trainings.published().count() == len(data["trainings"])

    practice = Practice.objects.get(title__startswith="Ward-based peer support workers")
    programme = practice.training_programmes.published().get()
    workshop = programme.workshops.announced().first()
    assert programme.title in client.get(practice.get_absolute_url()).text
    assert workshop.title in client.get(programme.get_absolute_url()).text
    assert practice.title in client.get(workshop.get_absolute_url()).text
