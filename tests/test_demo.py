"""The demo content `make run` shows: enough, varied and complete."""

import pytest
from django.core.management import call_command

from practices.demo_translations import SLUG
from practices.models import FocusArea, PeerSupportType, Practice
from trainings.models import TrainingProgramme
from workshops.models import AttendanceMode, Kind, Registration, Workshop

pytestmark = pytest.mark.django_db


def test_demo_catalogue_covers_every_type_and_focus_across_ten_countries():
    call_command("seed_demo", "--force")
    practices = Practice.objects.published()
    assert practices.count() >= 40
    countries = set(practices.values_list("countries__code", flat=True))
    assert len(countries) >= 10
    for model, path in ((PeerSupportType, "types"), (FocusArea, "focus_areas")):
        used = set(practices.values_list(f"{path}__slug", flat=True))
        assert set(model.objects.values_list("slug", flat=True)) <= used


def test_demo_directory_has_twenty_programmes_in_eight_countries_and_six_languages():
    call_command("seed_demo", "--force")
    programmes = TrainingProgramme.objects.published()
    assert programmes.count() >= 20
    assert len(set(programmes.values_list("countries__code", flat=True))) >= 8
    assert len(set(programmes.values_list("languages__code", flat=True))) >= 6
    assert programmes.filter(modules__isnull=False).distinct().count() == programmes.count()


def test_demo_events_include_a_full_one_an_open_hybrid_and_an_open_webinar():
    call_command("seed_demo", "--force")
    upcoming = list(Workshop.objects.public().upcoming())
    full = [w for w in upcoming if any(w.seat_counts()[m]["waiting"] for m in w.modes())]
    assert full
    hybrids = [w for w in upcoming if w.kind == Kind.HYBRID]
    assert any(all(w.capacity(m) > w.seat_counts()[m]["taken"] for m in w.modes()) for w in hybrids)
    webinars = [w for w in upcoming if w.kind == Kind.WEBINAR and w.join_url]
    assert any(
        3
        <= w.capacity(AttendanceMode.ONLINE) - w.seat_counts()[AttendanceMode.ONLINE]["taken"]
        <= 10
        for w in webinars
    )


def test_seeding_twice_duplicates_nothing():
    call_command("seed_demo", "--force")
    counts = (Practice.objects.count(), Workshop.objects.count(), Registration.objects.count())
    call_command("seed_demo", "--force")
    assert (
        Practice.objects.count(),
        Workshop.objects.count(),
        Registration.objects.count(),
    ) == counts


def test_the_demo_shows_a_dutch_practice_in_reviewed_translations(client):
    call_command("seed_demo", "--force")
    call_command("seed_demo", "--force")  # seeding again keeps it Dutch, with its translations
    practice = Practice.objects.get(slug=SLUG)
    assert practice.written_in_id == "nl"
    assert practice.title.startswith("Luisterpunt: luisteren door leeftijdsgenoten")
    assert sorted(practice.readable_in.values_list("code", flat=True)) == ["de", "en", "nl"]
    path = practice.get_absolute_url()
    english = client.get(path).content.decode()
    assert "Luisterpunt: peer listening in Rotterdam secondary schools" in english
    german = client.get(f"/de{path}").content.decode()
    assert "Schülerinnen und Schüler hören einander zu" in german
    french = client.get(f"/fr{path}").content.decode()  # a draft only: the Dutch original
    assert 'lang="nl"' in french and "écoute entre élèves" not in french
