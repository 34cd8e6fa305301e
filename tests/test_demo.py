"""The demo content `make run` shows: enough, varied and complete."""

import pytest
from django.core.management import call_command

from practices.models import FocusArea, PeerSupportType, Practice
from trainings.models import TrainingProgramme

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


def test_seeding_twice_duplicates_nothing():
    call_command("seed_demo", "--force")
    first = Practice.objects.count()
    call_command("seed_demo", "--force")
    assert Practice.objects.count() == first
