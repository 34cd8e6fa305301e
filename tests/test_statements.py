"""Querysets compiled once and run again with other values (resource_centre.statements)."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.models import Link, Practice, Reference
from practices.translations import card_texts
from resource_centre.statements import Lists, Statement
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory
from trainings.models import TrainingProgramme
from workshops.models import Workshop

pytestmark = pytest.mark.django_db


class Counting:
    """A statement's builder that counts how often it is asked to build."""

    def __init__(self, build):
        self.build, self.calls = build, 0

    def __call__(self, *values):
        self.calls += 1
        return self.build(*values)


def test_each_call_reads_its_own_values_rows_from_sql_written_once():
    first, second = PracticeFactory(title="Walking group"), PracticeFactory(title="Open door")
    build = Counting(lambda slug: Practice.objects.for_detail().filter(slug=slug))
    rows = Statement(build)
    assert [p.title for p in rows(first.slug)] == ["Walking group"]
    assert [p.title for p in rows(second.slug)] == ["Open door"]
    assert rows("no-such-practice") == []
    assert build.calls == 1


def test_rows_come_with_their_related_objects_and_annotations_in_one_query():
    practice = PracticeFactory()
    Reference.objects.create(practice=practice, authors="Peers, A.", title="What helps")
    rows = Statement(lambda slug: Practice.objects.for_detail().filter(slug=slug))
    rows(practice.slug)  # compiled
    with CaptureQueriesContext(connection) as queries:
        (found,) = rows(practice.slug)
        assert found.organisation.name == practice.organisation.name
        assert found.has_references is True
        assert found.has_resources is False
    assert len(queries) == 1


def test_lists_of_each_length_are_compiled_once_and_keep_their_values_order():
    practices = [PracticeFactory() for _ in range(4)]
    build = Counting(lambda pks: Practice.objects.filter(pk__in=pks).order_by("pk"))
    rows = Statement(build)
    pks = [p.pk for p in practices]
    assert [p.pk for p in rows(pks[:2])] == pks[:2]
    assert [p.pk for p in rows(pks[2:])] == pks[2:]
    assert [p.pk for p in rows(pks[1:4])] == pks[1:4]
    assert build.calls == 2  # lengths 2 and 3
    with CaptureQueriesContext(connection) as queries:
        assert rows([]) == []
    assert len(queries) == 0


def test_datetimes_are_values_like_any_other():
    soon = WorkshopFactory(title="Soon")
    later = WorkshopFactory(title="Later", start=timezone.now() + timedelta(days=30))
    later.end = later.start + timedelta(hours=1)
    later.save()
    build = Counting(lambda now: Workshop.objects.upcoming(now).order_by("start"))
    rows = Statement(build)
    now = timezone.now()
    assert [w.title for w in rows(now)] == ["Soon", "Later"]
    # Read back as the aware datetimes written, run after run (the columns' converters are
    # worked out once).
    assert [w.start for w in rows(now)] == [w.start for w in rows(now)] == [soon.start, later.start]
    assert [w.title for w in rows(soon.end + timedelta(minutes=1))] == ["Later"]
    assert rows(later.end + timedelta(minutes=1)) == []
    assert build.calls == 1


def test_a_value_the_lookup_transforms_is_built_each_time_and_still_right():
    PracticeFactory(title="Walking group")
    build = Counting(lambda word: Practice.objects.filter(title__icontains=word))
    rows = Statement(build)
    assert [p.title for p in rows("walking")] == ["Walking group"]
    assert rows("swimming") == []
    assert build.calls == 3  # once to try compiling, then once for each call


def test_values_a_statement_cannot_take_are_refused():
    rows = Statement(lambda flag: Practice.objects.filter(peer_led=flag))
    with pytest.raises(TypeError):
        rows(True)


@pytest.mark.django_db(transaction=True)
def test_another_thread_runs_the_statement_on_its_own_connection(reference_data):
    practice = PracticeFactory(title="Walking group")
    rows = Statement(lambda slug: Practice.objects.filter(slug=slug))
    rows(practice.slug)  # compiled on this thread's connection
    found, errors = [], []

    def read():
        try:
            found.extend((p.title, p.updated) for p in rows(practice.slug))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert errors == []
    # Its datetimes converted on that thread's connection too.
    assert found == [("Walking group", practice.updated)]


def test_every_page_statement_writes_its_sql_once():
    """A statement whose values cannot be placed falls back to building its queryset on
    every call: correct, but the pages' speed depends on theirs being reused."""
    from practices import views as practice_pages
    from trainings import views as training_pages
    from workshops import models as workshop_models
    from workshops import services as workshop_services
    from workshops import views as workshop_pages

    now = timezone.now()
    statements = [
        (practice_pages.DETAIL_ROW, ("a-slug",)),
        (practice_pages.PLAIN_ROW, ("a-slug",)),
        (practice_pages.CARD_ROWS, ([1, 2, 3],)),
        (practice_pages.PAGE_LISTS, (1, now, [1, 2, 3])),
        (practice_pages.PAGE_LISTS, (1, now, [])),
        (training_pages.DETAIL_ROW, ("a-slug",)),
        (training_pages.CARD_ROWS, ([1, 2],)),
        (training_pages.LINKED_WORKSHOPS, (1, now)),
        (workshop_pages.DETAIL_ROW, ("a-slug",)),
        (workshop_pages.CARD_ROWS, ([1],)),
        (workshop_models.SEAT_COUNTS, (1,)),
        (workshop_pages.PUBLIC_ROW, ("a-slug",)),
        (workshop_services.ACTIVE, (1, 2)),
        (card_texts(Practice), ([1, 2], "de")),
        (card_texts(Workshop), ([1], "hu")),
    ]
    if connection.vendor == "postgresql":
        from pages.views import SEARCHED

        for kind in SEARCHED.values():
            values = (now,) if kind.kind == "workshops" else ()
            statements.append((kind.best, ("peer", "english", *values)))
            statements.append((kind.best_similar, ("peer", *values)))
    not_reused = [
        getattr(statement, "build", statement)
        for statement, values in statements
        if statement.compiled(values) is None
    ]
    assert not_reused == []


# Several short lists in one query (resource_centre.statements.Lists).


def page_lists():
    return Lists(
        links=lambda pk, now: Link.objects.filter(practice=pk).only("title", "url"),
        programmes=lambda pk, now: TrainingProgramme.objects.filter(
            related_practices=pk
        ).for_links(),
        events=lambda pk, now: (
            Workshop.objects.filter(related_practices=pk).upcoming(now).order_by("start", "pk")[:3]
        ),
    )


def as_each_queryset_gives_them(lists, pk, now) -> dict:
    return {name: list(build(pk, now)) for name, build in lists.builds.items()}


def test_lists_come_in_one_query_as_each_queryset_gives_them():
    practice = PracticeFactory()
    for title in ("Zine library", "Annual report", "Éxodo toolkit", "Meeting notes"):
        practice.links.create(title=title, url=f"https://example.org/{len(title)}")
    for title in ("Second step", "First step"):
        TrainingFactory(title=title).related_practices.add(practice)
    now = timezone.now()
    for days in (9, 2, 30, 5, -3):  # the one three days ago is over; only three are shown
        event = WorkshopFactory(start=now + timedelta(days=days))
        event.related_practices.add(practice)
    other = PracticeFactory()
    other.links.create(title="Not this practice's", url="https://example.org/other")
    lists = page_lists()
    lists(practice.pk, now)  # compiled
    with CaptureQueriesContext(connection) as queries:
        found = lists(practice.pk, now)
        providers = [programme.provider.name for programme in found["programmes"]]
    assert len(queries) == 1
    expected = as_each_queryset_gives_them(lists, practice.pk, now)
    assert {name: [row.pk for row in rows] for name, rows in found.items()} == {
        name: [row.pk for row in rows] for name, rows in expected.items()
    }
    assert [link.title for link in found["links"]] == [link.title for link in expected["links"]]
    assert [link.url for link in found["links"]] == [link.url for link in expected["links"]]
    assert [p.title for p in found["programmes"]] == ["First step", "Second step"]
    assert providers == [p.provider.name for p in expected["programmes"]]
    # Aware datetimes, soonest first, the list's own slice.
    starts = [event.start for event in found["events"]]
    assert starts == [event.start for event in expected["events"]] == sorted(starts)
    assert [round((start - now) / timedelta(days=1)) for start in starts] == [2, 5, 9]
    # Instances as the database made them: saved, not changed.
    assert all(not row._state.adding for rows in found.values() for row in rows)


def test_each_call_reads_its_own_values_and_an_entry_with_nothing_gets_empty_lists():
    first, second, bare = PracticeFactory(), PracticeFactory(), PracticeFactory()
    first.links.create(title="First's", url="https://example.org/1")
    second.links.create(title="Second's", url="https://example.org/2")
    TrainingFactory().related_practices.add(second)
    builds = {name: Counting(build) for name, build in page_lists().builds.items()}
    lists = Lists(**builds)
    now = timezone.now()
    assert [link.title for link in lists(first.pk, now)["links"]] == ["First's"]
    found = lists(second.pk, now)
    assert [link.title for link in found["links"]] == ["Second's"]
    assert len(found["programmes"]) == 1
    assert lists(bare.pk, now) == {"links": [], "programmes": [], "events": []}
    assert all(build.calls == 1 for build in builds.values())  # written once


def test_lists_a_value_of_which_cannot_be_placed_are_read_one_by_one_and_still_right():
    practice = PracticeFactory()
    practice.links.create(title="Walking guide", url="https://example.org/walk")
    practice.links.create(title="Swimming guide", url="https://example.org/swim")
    lists = Lists(
        links=lambda pk, word: Link.objects.filter(practice=pk, title__icontains=word),
        practices=lambda pk, word: Practice.objects.filter(pk=pk),
    )
    assert lists.compiled((practice.pk, "walking")) is None
    found = lists(practice.pk, "walking")
    assert [link.title for link in found["links"]] == ["Walking guide"]
    assert [p.pk for p in found["practices"]] == [practice.pk]
