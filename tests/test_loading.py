"""Instances read from the database without ``Model.__init__`` (resource_centre.loading) are
the ones Django would make: the same values, state, related objects and translation cache."""

from contextlib import ExitStack
from datetime import date
from unittest import mock

import pytest
from django.apps import apps
from django.db.models import Model
from django.db.models.signals import post_init
from django.utils import translation

from accounts.models import Country, Language
from countries.models import CountryProfile, Occupation
from practices.models import (
    Link,
    Organisation,
    PeerSupportType,
    Practice,
    Reference,
    Resource,
    Status,
)
from resource_centre.loading import QuickLoad
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from trainings.models import Module, TrainingProgramme
from workshops.models import Facilitator, Workshop

pytestmark = pytest.mark.django_db

QUICK = [model for model in apps.get_models() if issubclass(model, QuickLoad)]


def djangos_way():
    """Every model made by Django's own ``from_db`` while the block runs."""
    stack = ExitStack()
    for model in QUICK:
        stack.enter_context(
            mock.patch.object(model, "from_db", classmethod(Model.from_db.__func__))
        )
    return stack


def snapshot(instance, seen=()):
    """What an instance holds: its attributes, its state and the related objects it caches
    (one that refers back, as a country and its profile do, by its model's name)."""
    if instance is None:
        return None
    if instance in seen:
        return type(instance).__name__
    values = dict(vars(instance))
    state = dict(vars(values.pop("_state")))
    cached = state.pop("fields_cache", {})
    seen = (*seen, instance)
    return values, state, {name: snapshot(related, seen) for name, related in cached.items()}


def some_of_everything():
    organisation = OrganisationFactory(country_id="HU", website="https://peers.example/")
    practice = PracticeFactory(organisation=organisation, countries=["HU", "AT"])
    Link.objects.create(practice=practice, title="Our site", url="https://peers.example/")
    Reference.objects.create(practice=practice, authors="A. Writer", title="A study", year=2024)
    Resource.objects.create(
        practice=practice, title="Leaflet", file="resources/leaflet.pdf", content_type="pdf"
    )
    programme = TrainingFactory(provider=organisation)
    Module.objects.create(programme=programme, title="Listening", hours=6)
    workshop = WorkshopFactory(organiser=organisation)
    Facilitator.objects.create(workshop=workshop, name="Dóra", bio="Peer worker since 2019.")
    CountryProfile.objects.create(
        country_id="HU",
        summary="Peer work is growing.",
        occupation_status=Occupation.EMERGING,
        status=Status.PUBLISHED,
        last_verified=date(2026, 10, 1),
    )


QUERIES = {
    "whole rows": lambda model: model.objects.all(),
    "some columns": lambda model: model.objects.only(
        model._meta.pk.attname, model._meta.concrete_fields[-1].attname
    ),
}
RELATED = [
    lambda: Practice.objects.select_related("organisation").defer("search_vector"),
    lambda: Practice.objects.for_cards(),
    lambda: TrainingProgramme.objects.for_cards(),
    lambda: Workshop.objects.for_cards(),
    lambda: Workshop.objects.select_related("organiser", "country"),
    lambda: Country.objects.select_related("profile").filter(code__in=["HU", "AT"]),
    lambda: CountryProfile.objects.select_related("country"),
    lambda: PeerSupportType.objects.all(),
    lambda: Language.objects.filter(code__in=["en", "hu"]),
]


@pytest.mark.parametrize("query", QUERIES, ids=list(QUERIES))
@pytest.mark.parametrize("language", ["en", "hu"])
def test_every_quickly_made_model_holds_what_djangos_own_would(query, language):
    some_of_everything()
    with translation.override(language):
        for model in QUICK:
            quick = [snapshot(row) for row in QUERIES[query](model).order_by("pk")]
            with djangos_way():
                djangos = [snapshot(row) for row in QUERIES[query](model).order_by("pk")]
            assert quick, model  # every model has rows to compare
            assert quick == djangos, model


@pytest.mark.parametrize("query", RELATED)
def test_rows_with_related_objects_and_annotations_are_the_same(query):
    some_of_everything()
    quick = [snapshot(row) for row in query().order_by("pk")]
    with djangos_way():
        djangos = [snapshot(row) for row in query().order_by("pk")]
    assert quick and quick == djangos


def test_a_model_with_init_receivers_is_made_djangos_way():
    OrganisationFactory(name="Peer circle")
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.name)

    post_init.connect(receiver, sender=Organisation)
    try:
        assert [row.name for row in Organisation.objects.all()] == ["Peer circle"]
    finally:
        post_init.disconnect(receiver, sender=Organisation)
    assert seen == ["Peer circle"]


def test_quickly_made_rows_save_and_read_their_translations():
    practice = PracticeFactory(title="Walking group")
    row = Practice.objects.get(pk=practice.pk)
    assert row._state.adding is False and row._state.db == "default"
    row.title = "Walking together"
    row.save()
    assert Practice.objects.get(pk=practice.pk).title == "Walking together"
    assert Practice.objects.only("title").get(pk=practice.pk).summary == practice.summary
