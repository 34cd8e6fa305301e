"""Factories for the models the tests need."""

from datetime import timedelta

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import User
from practices.models import (
    DeliveryMode,
    EvidenceLevel,
    FocusArea,
    Organisation,
    PeerSupportType,
    Practice,
    Status,
    TargetGroup,
)
from trainings.models import Audience, TrainingProgramme
from workshops.models import Kind, Workshop, WorkshopStatus

PASSWORD = "calm-harbour-lantern-42"


class UserFactory(factory.django.DjangoModelFactory):
    """A member whose e-mail address is verified, so they can sign in."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Faker("first_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)
        if create:
            self.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Peer Network {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    country_id = "HU"
    website = "https://network.example.org/"


class PracticeFactory(factory.django.DjangoModelFactory):
    """A published practice; pass countries=["HU"], types=["peer-listening"] and so on."""

    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice number {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Peers meet every week to share what helps."
    description = "A calm group where people with lived experience support each other."
    organisation = factory.SubFactory(OrganisationFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    last_verified = factory.LazyFunction(timezone.localdate)
    evidence_level = EvidenceLevel.PROMISING
    delivery_mode = DeliveryMode.IN_PERSON

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        self.countries.set(extracted or ["HU"])

    @factory.post_generation
    def types(self, create, extracted, **kwargs):
        slugs = extracted or ["peer-listening"]
        self.types.set(PeerSupportType.objects.filter(slug__in=slugs))

    @factory.post_generation
    def focus_areas(self, create, extracted, **kwargs):
        slugs = extracted or ["mental-health"]
        self.focus_areas.set(FocusArea.objects.filter(slug__in=slugs))

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if extracted:
            self.target_groups.set(TargetGroup.objects.filter(slug__in=extracted))

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        self.languages.set(extracted or ["en"])


class TrainingFactory(factory.django.DjangoModelFactory):
    """A published programme; pass countries=["DE"], languages=["de"], audiences=[...]."""

    class Meta:
        model = TrainingProgramme
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Training programme {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "A course for people who want to become peer support workers."
    description = "Weekly sessions with practice in pairs."
    provider = factory.SubFactory(OrganisationFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    last_verified = factory.LazyFunction(timezone.localdate)
    hours = 40
    delivery_mode = DeliveryMode.IN_PERSON

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        self.countries.set(extracted or ["NL"])

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        self.languages.set(extracted or ["nl"])

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        slugs = extracted or ["aspiring-peer-workers"]
        self.audiences.set(Audience.objects.filter(slug__in=slugs))

    @factory.post_generation
    def types(self, create, extracted, **kwargs):
        if extracted:
            self.types.set(PeerSupportType.objects.filter(slug__in=extracted))


class WorkshopFactory(factory.django.DjangoModelFactory):
    """A scheduled webinar a week from now with ten places, open for registration."""

    class Meta:
        model = Workshop
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Webinar {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    kind = Kind.WEBINAR
    status = WorkshopStatus.SCHEDULED
    summary = "An hour together on how peer workers keep good boundaries."
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=2))
    capacity_online = 10
    join_url = "https://meet.example.org/room-42"

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        self.languages.set(extracted or ["en"])


def give_second_factor(user) -> str:
    """Set up an authenticator app for the user; return its secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def authenticator_code(secret: str) -> str:
    """The code an authenticator app shows now for ``secret``, with a few seconds of its
    period left, so that it is still the current one when the form is sent (a code read at
    the very end of its 30 seconds is refused a moment later)."""
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    left = app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD
    if left < 5:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def make_editor(**kwargs):
    """A staff member in the Editors group, with a second factor set up."""
    from django.contrib.auth.models import Group

    editor = UserFactory(is_staff=True, **kwargs)
    editor.groups.add(Group.objects.get(name="Editors"))
    give_second_factor(editor)
    return editor
