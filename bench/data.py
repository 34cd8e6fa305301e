"""A synthetic resource centre at scale, written with COPY; text varied enough for honest search.

20,000 published practices (and 2,000 drafts that must never show), 2,000 organisations,
2,000 training programmes, 5,000 workshops (past and upcoming; a few small ones, named
``bench-rush-*``, kept empty for the registration rush), 20,000 members and 200,000
registrations. Rows go through PostgreSQL's COPY, built from unsaved model instances so
that every field keeps its model default; it takes seconds, not minutes. All synthetic
members share one password hash: hashing 20,000 passwords would take minutes.
"""

from __future__ import annotations

import contextlib
import json
import random
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.db import connection, models, transaction
from django.utils import timezone

from accounts.models import User
from countries.models import CountryProfile, Occupation
from practices.models import (
    SEARCH_FIELDS,
    DeliveryMode,
    EvidenceLevel,
    FocusArea,
    Link,
    Organisation,
    PeerSupportType,
    Practice,
    Reference,
    Setting,
    Status,
    TargetGroup,
)
from practices.search import update_search_vectors
from trainings.models import SEARCH_FIELDS as TRAINING_SEARCH_FIELDS
from trainings.models import Audience, Format, TrainingProgramme
from workshops.models import SEARCH_FIELDS as WORKSHOP_SEARCH_FIELDS
from workshops.models import (
    AttendanceMode,
    Facilitator,
    Kind,
    Registration,
    RegistrationStatus,
    Workshop,
    WorkshopStatus,
)

# "group" is common (in about 40 % of summaries); "lighthouse" is rare (about 0.5 % of titles).
COMMON_WORD = "group"
RARE_WORD = "lighthouse"
# The empty, few-seat webinars that the registration rush fills (see registrations.py).
RUSH_PREFIX = "bench-rush-"
RUSH_WORKSHOPS = 8
RUSH_CAPACITY = 5
MEMBER_EMAIL = "bench-member-{n}@example.org"

NOUNS = (
    "circle café walk kitchen garden studio line forum college house bridge table workshop "
    "network club compass harbour path meeting course lantern river hill orchard map bench "
    "allotment library choir boat workshop radio theatre gym market tent canal meadow"
).split()
ADJECTIVES = (
    "open quiet weekly evening shared gentle local young rural urban online calm small "
    "family night spring autumn coastal mountain city village peer recovery hopeful bright "
    "steady friendly brave green northern southern island harbour winter summer"
).split()
SURNAMES = (
    "Aalto Berg Costa Dąbrowski Eriksen Fischer García Horváth Ivanova Jansen Kovač Laine "
    "Moreau Novak O'Brien Papadopoulos Quist Rossi Schmidt Tamm Urbán Vasile Weber Zammit"
).split()
JOURNALS = (
    "Journal of Peer Support Studies",
    "European Review of Mental Health Practice",
    "Recovery and Community",
    "Annual report of the national network",
)
VERBS = (
    "listen share walk cook talk learn write paint garden mentor meet support sing row "
    "build read play run climb knit repair"
).split()
FILLER = (
    "people with lived experience meet as equals to support each other through difficult "
    "times and trained volunteers offer a calm space where nobody needs a diagnosis to take "
    "part sessions last about ninety minutes and facilitators meet a supervisor every month "
    "participants say they feel less alone and more hopeful about the future carers young "
    "adults parents students refugees veterans farmers nurses join through word of mouth or "
    "referral from services the municipality funds the venue while a national network "
    "trains new facilitators in listening boundaries safety planning and self care evaluation "
    "uses short questionnaires interviews and diaries kept by members over twelve months"
).split()
TOPICS = (
    "hearing voices, grief, loneliness, burnout, eating distress, self-harm, psychosis, "
    "parenting, recovery colleges, housing, work and benefits, suicide prevention, trauma, "
    "substance use, dementia care, youth transitions, perinatal mental health"
).split(", ")
CITIES = (
    "Budapest Amsterdam Ghent Helsinki Leeds Berlin Vienna Cork Porto Ljubljana Valencia "
    "Bologna Kraków Malmö Aarhus Tartu Brno Thessaloniki Lyon Bergen"
).split()
EUROPE = ["HU", "NL", "BE", "FI", "GB", "DE", "AT", "IE", "PT", "SI", "ES", "IT", "PL", "SE",
          "DK", "EE", "CZ", "GR", "FR", "NO"]  # fmt: skip
LANGUAGES = ["en", "hu", "nl", "fi", "de", "fr", "es", "it", "pl", "sv", "pt", "sl", "da", "et"]
TIME_ZONES = ["Europe/Brussels", "Europe/London", "Europe/Helsinki", "Europe/Lisbon"]


# Writing rows -----------------------------------------------------------------------------


def copy_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Stream rows into a table with COPY (psycopg adapts each Python value)."""
    with connection.cursor() as cursor:
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        statement = f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN"
        with cursor.cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)


def copy_objects(model: type[models.Model], objects: Iterable[models.Model]) -> None:
    """Insert unsaved instances with COPY: every concrete field but an automatic primary key.

    Like bulk_create, this skips save(): search vectors and facet-index tokens are the
    caller's business.
    """
    fields = _stored_fields(model)

    def rows():
        for obj in objects:
            yield [
                field.get_db_prep_save(field.pre_save(obj, add=True), connection)
                for field in fields
            ]

    copy_rows(model._meta.db_table, [field.column for field in fields], rows())


def copy_records(model: type[models.Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert plain rows with COPY: values for the fields ``names``, ready for the database.

    Every other field gets its model default, computed once (so a unique field must be
    among ``names``). Several times faster than building an instance per row.
    """
    template = model()
    given = [model._meta.get_field(name) for name in names]
    rest = [field for field in _stored_fields(model) if field not in given]
    for field in rest:
        if field.unique:
            raise ValueError(f"{model.__name__}.{field.name} is unique: give it per row")
    tail = [
        field.get_db_prep_save(field.pre_save(template, add=True), connection) for field in rest
    ]
    copy_rows(
        model._meta.db_table,
        [field.column for field in given + rest],
        ([*row, *tail] for row in rows),
    )


def _stored_fields(model: type[models.Model]) -> list[models.Field]:
    return [
        field
        for field in model._meta.concrete_fields
        if not (field.primary_key and isinstance(field, models.AutoField))
    ]


@contextlib.contextmanager
def bulk_load(*tables: str) -> Iterator[None]:
    """Drop these tables' foreign keys and secondary indexes for a load; restore them after.

    PostgreSQL's own advice for populating a database: building an index once is far faster
    than updating it row by row (a GIN index for search especially), and re-adding a
    foreign key checks every row in one join instead of a trigger per row. Indexes behind
    constraints (primary keys, unique fields) stay. Runs in the caller's transaction, so a
    failure brings everything back.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s)
            """,
            [list(tables)],
        )
        foreign_keys = cursor.fetchall()
        for table, name, _definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {connection.ops.quote_name(name)}")
        cursor.execute(
            """
            SELECT indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename = ANY(%s)
              AND indexname NOT IN (SELECT conname FROM pg_constraint)
            """,
            [list(tables)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    yield
    with connection.cursor() as cursor:
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in foreign_keys:
            cursor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {connection.ops.quote_name(name)} {definition}"
            )


def copy_links(model: type[models.Model], field_name: str, pairs: Iterable[tuple]) -> None:
    """Fill a many-to-many table from (source pk, target pk) pairs."""
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).column
    target = through._meta.get_field(field.m2m_reverse_field_name()).column
    copy_rows(through._meta.db_table, [source, target], pairs)


def pks_by_slug(model: type[models.Model]) -> dict[str, int]:
    return dict(model.objects.values_list("slug", "pk"))


# Text ---------------------------------------------------------------------------------------


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(FILLER, k=words)).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(9, 18)) for _ in range(sentences))


def _summary(rng: random.Random, thing: str) -> str:
    word = COMMON_WORD if rng.random() < 0.4 else rng.choice(NOUNS)
    return (
        f"A {rng.choice(ADJECTIVES)} {thing} {word} where peers {rng.choice(VERBS)} and "
        f"{rng.choice(VERBS)} together, about {rng.choice(TOPICS)}."
    )


# The data set -------------------------------------------------------------------------------


def generate(
    *,
    practices: int = 20_000,
    drafts: int = 2_000,
    organisations: int = 2_000,
    trainings: int = 2_000,
    workshops: int = 5_000,
    members: int = 20_000,
    registrations: int = 200_000,
    seed: int = 7,
) -> dict[str, int]:
    """Replace the site's content and members with a synthetic set; return what was created."""
    rng = random.Random(seed)
    now = timezone.now()
    tables = _tables()
    with transaction.atomic(), bulk_load(*tables):
        _empty(tables)
        org_pks = _organisations(rng, organisations)
        practice_pks = _practices(rng, org_pks, practices, drafts, now)
        training_pks = _trainings(rng, org_pks, practice_pks, trainings, now)
        member_pks = _members(members, now)
        workshop_pks = _workshops(rng, org_pks, practice_pks, training_pks, workshops, now)
        _registrations(rng, workshop_pks, member_pks, registrations, now)
        _country_profiles(rng, now)
        update_search_vectors(Practice.objects.all(), SEARCH_FIELDS)
        update_search_vectors(TrainingProgramme.objects.all(), TRAINING_SEARCH_FIELDS)
        update_search_vectors(Workshop.objects.all(), WORKSHOP_SEARCH_FIELDS)
    with connection.cursor() as cursor:
        # As autovacuum does on a live site: statistics for the planner, and the visibility
        # map that lets an index-only scan skip the table.
        cursor.execute("VACUUM ANALYZE")
    return {
        "practices": practices,
        "drafts": drafts,
        "organisations": organisations,
        "trainings": trainings,
        "workshops": workshops,
        "members": members,
        "registrations": registrations,
    }


def _country_profiles(rng: random.Random, now) -> None:
    """A published profile for every country the content is spread over (saving one keeps its
    search vector)."""
    statuses = list(Occupation)
    for code in EUROPE:
        CountryProfile.objects.create(
            country_id=code,
            summary=_summary(rng, "peer support"),
            occupation_status=rng.choice(statuses),
            occupation=_paragraph(rng, 3),
            certification=_paragraph(rng, 2),
            funding=_paragraph(rng, 2),
            networks=_paragraph(rng, 2),
            status=Status.PUBLISHED,
            last_verified=(now - timedelta(days=rng.randrange(400))).date(),
        )


def _tables() -> list[str]:
    """The tables the generator fills, many-to-many ones included."""
    tables = [CountryProfile._meta.db_table]
    for model in (User, Organisation, Practice, TrainingProgramme, Workshop, Registration):
        tables.append(model._meta.db_table)
        tables.extend(
            field.remote_field.through._meta.db_table
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        )
    children = (Facilitator, Reference, Link)
    return [*tables, *(model._meta.db_table for model in children), "account_emailaddress"]


def _empty(tables: list[str]) -> None:
    """Empty the tables the generator fills, and what still refers to them (sessions too)."""
    quoted = ", ".join(connection.ops.quote_name(table) for table in [*tables, "django_session"])
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")


def _organisations(rng: random.Random, count: int) -> list[int]:
    copy_objects(
        Organisation,
        (
            Organisation(
                name=f"{rng.choice(ADJECTIVES).title()} {rng.choice(NOUNS).title()} Peers {n}",
                slug=f"bench-org-{n}",
                country_id=rng.choice(EUROPE),
                website=f"https://org-{n}.example.org/",
            )
            for n in range(count)
        ),
    )
    return list(pks_by_slug(Organisation).values())


def _practices(
    rng: random.Random, org_pks: list[int], published: int, drafts: int, now
) -> list[int]:
    def rows():
        for n in range(published + drafts):
            title_words = [rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(VERBS), str(n)]
            if rng.random() < 0.005:
                title_words.insert(1, RARE_WORD)
            is_published = n < published
            yield Practice(
                title=" ".join(title_words).capitalize(),
                slug=f"bench-practice-{n}",
                summary=_summary(rng, "space"),
                description=_paragraph(rng, 6),
                organisation_id=rng.choice(org_pks),
                delivery_mode=rng.choice(list(DeliveryMode)),
                setting=rng.choice(list(Setting)),
                evidence_level=rng.choice(list(EvidenceLevel)),
                peer_led=rng.random() < 0.6,
                year_started=rng.randint(1995, 2025),
                status=Status.PUBLISHED if is_published else Status.DRAFT,
                published_at=now - timedelta(minutes=n) if is_published else None,
                last_verified=(now - timedelta(days=n % 400)).date(),
            )

    copy_objects(Practice, rows())
    slugs = pks_by_slug(Practice)
    pks = [slugs[f"bench-practice-{n}"] for n in range(published + drafts)]
    pools = {
        "types": list(PeerSupportType.objects.values_list("pk", flat=True)),
        "focus_areas": list(FocusArea.objects.values_list("pk", flat=True)),
        "target_groups": list(TargetGroup.objects.values_list("pk", flat=True)),
        "countries": EUROPE,
        "languages": LANGUAGES,
    }
    for field_name, pool in pools.items():
        most = 3 if field_name == "countries" else 2
        copy_links(
            Practice,
            field_name,
            ((pk, value) for pk in pks for value in rng.sample(pool, rng.randint(1, most))),
        )
    _references_and_links(rng, pks)
    return pks[:published]


def _references_and_links(rng: random.Random, practice_pks: list[int]) -> None:
    """Up to three publications for two practices in three, and web pages for half of them."""

    def references():
        for pk in practice_pks:
            for n in range(rng.choice((0, 1, 2, 3))):
                yield Reference(
                    practice_id=pk,
                    authors=f"{rng.choice(SURNAMES)}, {rng.choice('ABCDEFGHJKLMNPRST')}.",
                    year=rng.randint(1998, 2025),
                    title=f"{rng.choice(ADJECTIVES).capitalize()} {rng.choice(NOUNS)} groups "
                    f"and recovery: an evaluation ({n + 1})",
                    journal=rng.choice(JOURNALS),
                    doi=f"10.5555/bench.{pk}.{n}" if rng.random() < 0.5 else "",
                    url=f"https://research.example.org/{pk}/{n}",
                )

    def links():
        for pk in practice_pks:
            for n in range(rng.choice((0, 1, 2))):
                yield Link(
                    practice_id=pk,
                    title=f"{rng.choice(('About', 'Join', 'Our', 'The'))} {rng.choice(NOUNS)} {n}",
                    url=f"https://network.example.org/practice/{pk}/{n}",
                )

    copy_objects(Reference, references())
    copy_objects(Link, links())


def _trainings(
    rng: random.Random, org_pks: list[int], practice_pks: list[int], count: int, now
) -> list[int]:
    def rows():
        for n in range(count):
            paid = rng.random() < 0.6
            yield TrainingProgramme(
                title=f"{rng.choice(ADJECTIVES).capitalize()} peer {rng.choice(NOUNS)} course {n}",
                slug=f"bench-training-{n}",
                provider_id=rng.choice(org_pks),
                summary=_summary(rng, "course"),
                description=_paragraph(rng, 4),
                format=rng.choice(list(Format)),
                accredited=rng.random() < 0.4,
                delivery_mode=rng.choice(list(DeliveryMode)),
                hours=rng.randint(6, 400),
                cost_amount=rng.randint(20, 900) if paid else None,
                cost_currency="EUR" if paid else "",
                is_free=not paid,
                status=Status.PUBLISHED,
                published_at=now - timedelta(hours=n),
            )

    copy_objects(TrainingProgramme, rows())
    slugs = pks_by_slug(TrainingProgramme)
    pks = [slugs[f"bench-training-{n}"] for n in range(count)]
    pools = {
        "audiences": list(Audience.objects.values_list("pk", flat=True)),
        "countries": EUROPE,
        "languages": LANGUAGES,
        "types": list(PeerSupportType.objects.values_list("pk", flat=True)),
        "related_practices": practice_pks,
    }
    for field_name, pool in pools.items():
        copy_links(
            TrainingProgramme,
            field_name,
            ((pk, value) for pk in pks for value in rng.sample(pool, rng.randint(1, 2))),
        )
    return pks


def _members(count: int, now) -> list[int]:
    # One hash for everyone: members are signed in through sessions, never by password.
    password = make_password("bench-member-password")
    copy_objects(
        User,
        (
            User(
                email=MEMBER_EMAIL.format(n=n),
                password=password,
                display_name=f"Member {n}",
                country=EUROPE[n % len(EUROPE)],
                role=User.Role.PEER_SUPPORT_WORKER,
                time_zone=TIME_ZONES[n % len(TIME_ZONES)],
                date_joined=now - timedelta(minutes=n),
            )
            for n in range(count)
        ),
    )
    pks = list(User.objects.order_by("pk").values_list("pk", "email"))
    # allauth's record of each address, verified, as after a normal sign-up.
    copy_rows(
        "account_emailaddress",
        ["user_id", "email", "verified", "primary"],
        ((pk, email, True, True) for pk, email in pks),
    )
    return [pk for pk, _email in pks]


def _workshops(
    rng: random.Random,
    org_pks: list[int],
    practice_pks: list[int],
    training_pks: list[int],
    count: int,
    now,
) -> list[int]:
    org_country = dict(Organisation.objects.values_list("pk", "country_id"))

    def event(n: int, start, status, kind, in_person: int, online: int, slug: str) -> Workshop:
        organiser = rng.choice(org_pks)
        venue = Kind(kind).has_venue
        country = rng.choice(EUROPE) if venue else None
        return Workshop(
            title=(
                f"{rng.choice(ADJECTIVES).capitalize()} {Kind(kind).label.lower()} on "
                f"{rng.choice(TOPICS)} {n}"
            ),
            slug=slug,
            kind=kind,
            status=status,
            organiser_id=organiser,
            summary=_summary(rng, "meeting"),
            description=_paragraph(rng, 3),
            start=start,
            end=start + timedelta(hours=rng.randint(1, 7)),
            time_zone=rng.choice(TIME_ZONES),
            venue_name=f"{rng.choice(NOUNS).title()} Hall" if venue else "",
            venue_address=f"{rng.randint(1, 200)} Main Street" if venue else "",
            city=rng.choice(CITIES) if venue else "",
            country_id=country,
            listed_country_id=country or org_country[organiser],
            join_url=f"https://meet.example.org/{slug}" if Kind(kind).is_online else "",
            capacity_in_person=in_person if venue else 0,
            capacity_online=online if Kind(kind).is_online else 0,
            cpd_hours=rng.choice([None, 1, 2, 3]),
        )

    def rows():
        for n in range(count - RUSH_WORKSHOPS):
            upcoming = rng.random() < 0.4
            if upcoming:
                start = now + timedelta(days=rng.randint(1, 365), hours=rng.randint(0, 23))
                status = rng.choices(
                    [WorkshopStatus.SCHEDULED, WorkshopStatus.CANCELLED, WorkshopStatus.DRAFT],
                    [95, 3, 2],
                )[0]
            else:
                start = now - timedelta(days=rng.randint(1, 700), hours=rng.randint(0, 23))
                status = rng.choices(
                    [WorkshopStatus.COMPLETED, WorkshopStatus.CANCELLED, WorkshopStatus.DRAFT],
                    [92, 5, 3],
                )[0]
            kind = rng.choice(list(Kind))
            yield event(
                n, start, status, kind, rng.randint(10, 60), rng.randint(20, 120), f"bench-{n}"
            )
        for n in range(RUSH_WORKSHOPS):
            start = now + timedelta(days=30 + n)
            yield event(
                n,
                start,
                WorkshopStatus.SCHEDULED,
                Kind.WEBINAR,
                0,
                RUSH_CAPACITY,
                f"{RUSH_PREFIX}{n}",
            )

    copy_objects(Workshop, rows())
    pks = list(pks_by_slug(Workshop).values())
    types = list(PeerSupportType.objects.values_list("pk", flat=True))
    focus = list(FocusArea.objects.values_list("pk", flat=True))
    copy_links(
        Workshop,
        "languages",
        ((pk, code) for pk in pks for code in rng.sample(LANGUAGES, rng.randint(1, 2))),
    )
    copy_links(Workshop, "interpretation", ((pk, rng.choice(LANGUAGES)) for pk in pks[::5]))
    copy_links(Workshop, "types", ((pk, value) for pk in pks for value in rng.sample(types, 1)))
    copy_links(
        Workshop, "focus_areas", ((pk, value) for pk in pks for value in rng.sample(focus, 2))
    )
    copy_links(
        Workshop,
        "related_practices",
        ((pk, value) for pk in pks[::2] for value in rng.sample(practice_pks, 2)),
    )
    copy_links(Workshop, "related_trainings", ((pk, rng.choice(training_pks)) for pk in pks[::3]))
    copy_objects(
        Facilitator,
        (
            Facilitator(
                workshop_id=pk,
                name=f"Facilitator {pk}-{position}",
                bio=_sentence(rng, 16),
                position=position,
            )
            for pk in pks
            for position in range(rng.randint(1, 2))
        ),
    )
    return pks


def _registrations(
    rng: random.Random, workshop_pks: list[int], member_pks: list[int], total: int, now
) -> None:
    """Spread ``total`` registrations over the non-draft, non-rush events, seats respected."""
    events = list(
        Workshop.objects.filter(pk__in=workshop_pks)
        .exclude(status=WorkshopStatus.DRAFT)
        .exclude(slug__startswith=RUSH_PREFIX)
        .values("pk", "kind", "status", "start", "capacity_in_person", "capacity_online")
    )
    weights = [rng.randint(10, 70) for _ in events]
    scale = total / sum(weights)
    sizes = [min(int(weight * scale), len(member_pks)) for weight in weights]
    for n in range(total - sum(sizes)):
        sizes[n % len(sizes)] += 1
    needs = [json.dumps(choice) for choice in ([], [], [], ["captions"], ["breaks", "easy-read"])]

    def rows():
        for event, size in zip(events, sizes, strict=True):
            modes = []
            if Kind(event["kind"]).has_venue:
                modes.append((AttendanceMode.IN_PERSON, event["capacity_in_person"]))
            if Kind(event["kind"]).is_online:
                modes.append((AttendanceMode.ONLINE, event["capacity_online"]))
            taken = dict.fromkeys((mode for mode, _ in modes), 0)
            past = event["start"] < now
            for member in rng.sample(member_pks, size):
                mode, capacity = rng.choice(modes)
                created = event["start"] - timedelta(days=rng.randint(1, 60), minutes=member)
                if event["status"] == WorkshopStatus.CANCELLED or rng.random() < 0.05:
                    status = RegistrationStatus.CANCELLED
                elif taken[mode] >= capacity:
                    status = RegistrationStatus.CANCELLED if past else RegistrationStatus.WAITLISTED
                else:
                    taken[mode] += 1
                    if not past:
                        status = RegistrationStatus.CONFIRMED
                    elif rng.random() < 0.85:
                        status = RegistrationStatus.ATTENDED
                    else:
                        status = RegistrationStatus.NO_SHOW
                yield (
                    uuid.uuid4(),
                    event["pk"],
                    member,
                    mode,
                    status,
                    rng.choice(needs),
                    True,
                    min(created, now),
                )

    copy_records(
        Registration,
        (
            "public_id",
            "workshop",
            "member",
            "attendance_mode",
            "status",
            "access_needs",
            "code_of_conduct",
            "created",
        ),
        rows(),
    )
