"""A synthetic catalogue at scale, inserted in bulk: varied enough text that search is honest."""

import random
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from accounts.models import Country, Language
from practices.models import (
    SEARCH_FIELDS,
    DeliveryMode,
    EvidenceLevel,
    FocusArea,
    Organisation,
    PeerSupportType,
    Practice,
    Setting,
    Status,
    TargetGroup,
)
from practices.search import update_search_vectors
from trainings.models import SEARCH_FIELDS as TRAINING_SEARCH_FIELDS
from trainings.models import Audience, Format, TrainingProgramme

# "group" is common (in most summaries); "lighthouse" is rare (about 0.5 % of rows).
COMMON_WORD = "group"
RARE_WORD = "lighthouse"

NOUNS = (
    "circle café walk kitchen garden studio line forum college house bridge table workshop "
    "network club compass harbour path meeting course lantern river hill orchard map bench"
).split()
ADJECTIVES = (
    "open quiet weekly evening shared gentle local young rural urban online calm small "
    "family night spring autumn coastal mountain city village peer recovery hopeful"
).split()
VERBS = "listen share walk cook talk learn write paint garden mentor meet support".split()
FILLER = (
    "people with lived experience meet as equals to support each other through difficult times "
    "and trained volunteers offer a calm space where nobody needs a diagnosis to take part "
    "sessions last about ninety minutes and facilitators meet a supervisor every month "
    "participants say they feel less alone and more hopeful about the future"
).split()
EUROPE = ["HU", "NL", "BE", "FI", "GB", "DE", "AT", "IE", "PT", "SI", "ES", "IT", "PL", "SE",
          "DK", "EE", "CZ", "GR", "FR", "NO"]  # fmt: skip
LANGUAGES = ["en", "hu", "nl", "fi", "de", "fr", "es", "it", "pl", "sv", "pt", "sl", "da", "et"]


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(FILLER) for _ in range(words)).capitalize() + "."


def generate(
    *,
    practices: int = 20_000,
    drafts: int = 2_000,
    organisations: int = 2_000,
    trainings: int = 2_000,
    seed: int = 7,
) -> dict:
    """Replace the catalogue with a synthetic one; return what was created."""
    rng = random.Random(seed)
    now = timezone.now()
    with transaction.atomic():
        TrainingProgramme.objects.all().delete()
        Practice.objects.all().delete()
        Organisation.objects.all().delete()
        orgs = Organisation.objects.bulk_create(
            Organisation(
                name=f"{rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS).title()} Peers {n}",
                slug=f"bench-org-{n}",
                country_id=rng.choice(EUROPE),
            )
            for n in range(organisations)
        )
        rows = []
        for n in range(practices + drafts):
            title_words = [rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(VERBS), str(n)]
            rare = rng.random() < 0.005
            if rare:
                title_words.insert(1, RARE_WORD)
            summary = (
                f"A {rng.choice(ADJECTIVES)} {COMMON_WORD if rng.random() < 0.4 else 'space'} "
                f"where peers {rng.choice(VERBS)} and {rng.choice(VERBS)} together."
            )
            published = n < practices
            rows.append(
                Practice(
                    title=" ".join(title_words).capitalize(),
                    slug=f"bench-practice-{n}",
                    summary=summary,
                    description=" ".join(_sentence(rng, 14) for _ in range(6)),
                    organisation=rng.choice(orgs),
                    delivery_mode=rng.choice(list(DeliveryMode)),
                    setting=rng.choice(list(Setting)),
                    evidence_level=rng.choice(list(EvidenceLevel)),
                    peer_led=rng.random() < 0.6,
                    year_started=rng.randint(1995, 2025),
                    status=Status.PUBLISHED if published else Status.DRAFT,
                    published_at=now - timedelta(minutes=n) if published else None,
                    last_verified=(now - timedelta(days=n % 400)).date(),
                )
            )
        created = Practice.objects.bulk_create(rows, batch_size=2000)
        _link(rng, created)
        update_search_vectors(Practice.objects.all(), SEARCH_FIELDS)
    with transaction.atomic():
        _trainings(rng, orgs, trainings)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {
        "practices": practices,
        "drafts": drafts,
        "organisations": organisations,
        "trainings": trainings,
    }


def _trainings(rng: random.Random, orgs: list[Organisation], count: int) -> None:
    TrainingProgramme.objects.all().delete()
    rows = []
    for n in range(count):
        paid = rng.random() < 0.6
        rows.append(
            TrainingProgramme(
                title=f"{rng.choice(ADJECTIVES).capitalize()} peer {rng.choice(NOUNS)} course {n}",
                slug=f"bench-training-{n}",
                provider=rng.choice(orgs),
                summary=f"A {rng.choice(ADJECTIVES)} course where peers {rng.choice(VERBS)}.",
                description=" ".join(_sentence(rng, 14) for _ in range(4)),
                format=rng.choice(list(Format)),
                accredited=rng.random() < 0.4,
                delivery_mode=rng.choice(list(DeliveryMode)),
                hours=rng.randint(6, 400),
                cost_amount=rng.randint(20, 900) if paid else None,
                cost_currency="EUR" if paid else "",
                is_free=not paid,
                status=Status.PUBLISHED,
                published_at=timezone.now() - timedelta(hours=n),
            )
        )
    created = TrainingProgramme.objects.bulk_create(rows, batch_size=2000)
    audiences = list(Audience.objects.values_list("pk", flat=True))
    countries = list(Country.objects.filter(code__in=EUROPE).values_list("pk", flat=True))
    languages = list(Language.objects.filter(code__in=LANGUAGES).values_list("pk", flat=True))
    types = list(PeerSupportType.objects.values_list("pk", flat=True))
    for field_name, pool in (
        ("audiences", audiences),
        ("countries", countries),
        ("languages", languages),
        ("types", types),
    ):
        field = TrainingProgramme._meta.get_field(field_name)
        through, target = field.remote_field.through, field.m2m_reverse_field_name()
        through.objects.bulk_create(
            [
                through(trainingprogramme_id=programme.pk, **{f"{target}_id": value})
                for programme in created
                for value in rng.sample(pool, rng.randint(1, 2))
            ],
            batch_size=5000,
        )
    update_search_vectors(TrainingProgramme.objects.all(), TRAINING_SEARCH_FIELDS)


def _link(rng: random.Random, practices: list[Practice]) -> None:
    terms = {
        "types": list(PeerSupportType.objects.values_list("pk", flat=True)),
        "focus_areas": list(FocusArea.objects.values_list("pk", flat=True)),
        "target_groups": list(TargetGroup.objects.values_list("pk", flat=True)),
    }
    countries = list(Country.objects.filter(code__in=EUROPE).values_list("pk", flat=True))
    languages = list(Language.objects.filter(code__in=LANGUAGES).values_list("pk", flat=True))
    choices = {**terms, "countries": countries, "languages": languages}
    for field_name, pool in choices.items():
        through = Practice._meta.get_field(field_name).remote_field.through
        target = Practice._meta.get_field(field_name).m2m_reverse_field_name()
        links = []
        for practice in practices:
            for value in rng.sample(pool, rng.randint(1, 2 if field_name != "countries" else 3)):
                links.append(through(practice_id=practice.pk, **{f"{target}_id": value}))
        through.objects.bulk_create(links, batch_size=5000)
