"""Following things, and the weekly digest of what is new in them."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator

from accounts.models import Consent, Country, Language, Purpose, User
from accounts.services import set_consents, unsubscribe_token
from practices.models import FocusArea, PeerSupportType, Practice
from trainings.models import TrainingProgramme
from workshops.models import Workshop

from .models import DigestDelivery, Follow, FollowKind, WorkshopAnnouncement
from .tasks import send_digest_email

log = logging.getLogger(__name__)

# A member's first digest looks back this far.
FIRST_LOOK_BACK = timedelta(days=7)
# A digest is due a week after the last one; a day's slack lets a weekly cron job that
# starts a little earlier than last time still send it.
INTERVAL = timedelta(days=6)
# After a long pause (consent withdrawn and given again), list at most this much.
LONGEST_LOOK_BACK = timedelta(days=28)
# Members handled together: their follows, and the new content they need, in one go.
BATCH = 200

Target = Country | PeerSupportType | FocusArea


def kind_of(target: Target) -> FollowKind:
    return {
        Country: FollowKind.COUNTRY,
        PeerSupportType: FollowKind.TYPE,
        FocusArea: FollowKind.FOCUS_AREA,
    }[type(target)]


def follow(*, member: User, targets: Iterable[Target], consent: bool = False) -> list[Target]:
    """Follow each of ``targets`` (and give the digest consent when asked); returns the new."""
    added = []
    with transaction.atomic():
        for target in targets:
            # get_or_create settles a double submission against the unique constraint.
            _, created = Follow.objects.get_or_create(
                member=member, **{kind_of(target).field: target}
            )
            if created:
                added.append(target)
        if consent:
            given = member.consents.active().values_list("purpose", flat=True)
            set_consents(member=member, purposes={Purpose(p) for p in given} | {Purpose.DIGEST})
    if added:
        log.info("a member followed %d things", len(added))
    return added


def unfollow(*, member: User, targets: Iterable[Target]) -> int:
    """Stop following each of ``targets``; returns how many follows ended."""
    condition = Q(pk__in=[])
    for target in targets:
        condition |= Q(**{kind_of(target).field: target})
    deleted, _ = member.follows.filter(condition).delete()
    return deleted


def digest_consent_active(member: User) -> bool:
    return member.consents.active().filter(purpose=Purpose.DIGEST).exists()


# The digest -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One new thing, as a digest lists it."""

    title: str
    summary: str
    url: str
    new_at: datetime
    start: datetime | None = None
    time_zone: str = ""


@dataclass
class Section:
    name: str  # practices, trainings, workshops: the templates' headings
    items: list[Item]


@dataclass
class Group:
    """What is new in one thing the member follows."""

    follow: Follow
    sections: list[Section]


@dataclass
class NewContent:
    """The new items of one kind, and which followed things each belongs to."""

    items: dict[int, Item] = field(default_factory=dict)
    by_target: dict[tuple[FollowKind, str | int], list[int]] = field(
        default_factory=lambda: defaultdict(list)
    )


@dataclass(frozen=True)
class Source:
    """One kind of content a digest reports, and the fields that tie it to followed things."""

    name: str
    url_name: str
    links: tuple[tuple[FollowKind, str], ...]

    def new(self, since: datetime, until: datetime) -> models.QuerySet:
        """Public items that became new in (since, until], annotated with ``new_at``."""
        if self.name == "workshops":
            # Events have no publication date: they count from when the digests first
            # saw them scheduled (until then, from now).
            return (
                Workshop.objects.announced(until)
                .annotate(new_at=Coalesce(F("digest_announcement__announced_at"), Value(until)))
                .filter(new_at__gt=since, new_at__lte=until)
            )
        model = Practice if self.name == "practices" else TrainingProgramme
        return (
            model.objects.published()
            .filter(published_at__gt=since, published_at__lte=until)
            .annotate(new_at=F("published_at"))
        )


# How practices and programmes are tied to what members follow.
BY_COUNTRY_AND_TERMS = (
    (FollowKind.COUNTRY, "countries"),
    (FollowKind.TYPE, "types"),
    (FollowKind.FOCUS_AREA, "focus_areas"),
)

SOURCES = (
    Source(
        "practices",
        "practices:detail",
        BY_COUNTRY_AND_TERMS,
    ),
    Source(
        "trainings",
        "trainings:detail",
        BY_COUNTRY_AND_TERMS,
    ),
    Source(
        "workshops",
        "workshops:detail",
        (
            # An online event counts for its organiser's country, as on the country pages.
            (FollowKind.COUNTRY, "listed_country"),
            (FollowKind.TYPE, "types"),
            (FollowKind.FOCUS_AREA, "focus_areas"),
        ),
    ),
)


def _pairs(queryset: models.QuerySet, field_name: str, ids: set) -> Iterable[tuple[int, object]]:
    """(item, followed thing) pairs for the items of ``queryset`` linked to any of ``ids``."""
    relation = queryset.model._meta.get_field(field_name)
    if not relation.many_to_many:
        return queryset.filter(**{f"{field_name}__in": ids}).values_list("pk", relation.attname)
    through = relation.remote_field.through
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    return through.objects.filter(
        **{f"{target}__in": ids, f"{source}__in": queryset.values("pk")}
    ).values_list(f"{source}_id", f"{target}_id")


def new_content(
    source: Source, wanted: dict[FollowKind, set], since: datetime, until: datetime
) -> NewContent:
    """What of ``source`` is new in (since, until] and tied to the ``wanted`` things.

    One query per link and one for the items, however many members and follows.
    """
    content = NewContent()
    new = source.new(since, until)
    for kind, field_name in source.links:
        if wanted.get(kind):
            for pk, target_id in _pairs(new, field_name, wanted[kind]):
                content.by_target[(kind, target_id)].append(pk)
    found = {pk for pks in content.by_target.values() for pk in pks}
    if not found:
        return content
    fields = ["pk", "slug", "title", "summary", "new_at"]
    if source.name == "workshops":
        fields += ["start", "time_zone"]
    for row in new.filter(pk__in=found).values(*fields):
        url = settings.SITE_URL + reverse(source.url_name, kwargs={"slug": row["slug"]})
        content.items[row["pk"]] = Item(
            title=row["title"],
            summary=one_line(row["summary"]),
            url=url,
            new_at=row["new_at"],
            start=row.get("start"),
            time_zone=row.get("time_zone", ""),
        )
    return content


def one_line(text: str, length: int = 140) -> str:
    """The summary on one line, cut at a word near ``length`` characters."""
    return Truncator(" ".join(text.split())).chars(length)


def build_digest(
    follows: list[Follow], content: dict[str, NewContent], since: datetime
) -> list[Group]:
    """What is new since ``since`` in each followed thing; each item once, in its first group."""
    shown: dict[str, set[int]] = defaultdict(set)
    groups = []
    for followed in sorted(follows, key=lambda f: (list(FollowKind).index(f.kind), f.created)):
        sections = []
        for source in SOURCES:
            found = content[source.name]
            pks = [
                pk
                for pk in dict.fromkeys(found.by_target.get(followed.key, ()))
                if pk in found.items
                and pk not in shown[source.name]
                and found.items[pk].new_at > since
            ]
            if pks:
                shown[source.name].update(pks)
                items = [found.items[pk] for pk in pks]
                order = (lambda i: (i.start, i.title)) if source.name == "workshops" else None
                items.sort(key=order or (lambda i: (-i.new_at.timestamp(), i.title)))
                sections.append(Section(source.name, items))
        if sections:
            groups.append(Group(followed, sections))
    return groups


@dataclass
class Message:
    to: str
    subject: str
    text: str
    html: str
    unsubscribe_url: str


def render_digest(member: User, groups: list[Group], since: datetime) -> Message:
    """The digest e-mail, in the member's language, with its one-click unsubscribe link."""
    unsubscribe_url = settings.SITE_URL + reverse(
        "accounts:unsubscribe", args=[unsubscribe_token(member, Purpose.DIGEST)]
    )
    count = sum(len(section.items) for group in groups for section in group.sections)
    context = {
        "member": member,
        "name": member.get_short_name(),
        "groups": groups,
        "count": count,
        "since": since,
        "following_url": settings.SITE_URL + reverse("digests:following"),
        "communications_url": settings.SITE_URL + reverse("accounts:communications"),
        "unsubscribe_url": unsubscribe_url,
        "site_url": settings.SITE_URL,
    }
    with translation.override(member.email_language()):
        context["language_code"] = translation.get_language()
        subject = render_to_string("digests/email/digest_subject.txt", context)
        return Message(
            to=member.email,
            subject=" ".join(subject.split()),
            text=render_to_string("digests/email/digest.txt", context),
            html=render_to_string("digests/email/digest.html", context),
            unsubscribe_url=unsubscribe_url,
        )


# Sending --------------------------------------------------------------------------------


def due_members(now: datetime) -> models.QuerySet:
    """Members owed a digest: active, following something, with the digest consent given,
    their address verified, and no digest in the last ``INTERVAL``."""
    verified = EmailAddress.objects.filter(
        user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
    )
    consent = Consent.objects.active().filter(member=OuterRef("pk"), purpose=Purpose.DIGEST)
    latest = DigestDelivery.objects.filter(member=OuterRef("pk")).order_by("-sent_at")
    return (
        User.objects.filter(is_active=True)
        .filter(Exists(Follow.objects.filter(member=OuterRef("pk"))))
        .filter(Exists(consent), Exists(verified))
        .annotate(last_digest=Subquery(latest.values("sent_at")[:1]))
        .filter(Q(last_digest__isnull=True) | Q(last_digest__lte=now - INTERVAL))
        .order_by("pk")
    )


def _batches(members: models.QuerySet) -> Iterator[list[User]]:
    members = members.prefetch_related(
        Prefetch("follows", queryset=Follow.objects.for_display()),
        Prefetch("languages", queryset=Language.objects.only("code")),
    )
    after = 0
    while batch := list(members.filter(pk__gt=after)[:BATCH]):
        yield batch
        after = batch[-1].pk


def since_for(member: User, now: datetime) -> datetime:
    """Where the member's next digest starts: at the end of the last one."""
    if member.last_digest is None:
        return now - FIRST_LOOK_BACK
    return max(member.last_digest, now - LONGEST_LOOK_BACK)


def note_announcements(now: datetime) -> int:
    """Record the scheduled upcoming events the digests have not seen before as announced now."""
    unseen = (
        Workshop.objects.announced(now)
        .filter(digest_announcement__isnull=True)
        .values_list("pk", flat=True)
    )
    return len(
        WorkshopAnnouncement.objects.bulk_create(
            [WorkshopAnnouncement(workshop_id=pk, announced_at=now) for pk in unseen],
            ignore_conflicts=True,
        )
    )


@dataclass
class Outcome:
    checked: int = 0
    sent: int = 0
    nothing_new: int = 0
    messages: list[Message] = field(default_factory=list)


def send_digests(*, now: datetime | None = None, dry_run: bool = False) -> Outcome:
    """Send every member who is due their digest of what is new in what they follow.

    A dry run renders the digests (kept in ``Outcome.messages``) and changes nothing.
    Queries: about a dozen per batch of ``BATCH`` members for their follows and the new
    content, then four per member who gets an e-mail; none per followed thing or item.
    """
    now = now or timezone.now()
    outcome = Outcome()
    if not dry_run:
        note_announcements(now)
    for batch in _batches(due_members(now)):
        outcome.checked += len(batch)
        starts = {member.pk: since_for(member, now) for member in batch}
        wanted: dict[FollowKind, set] = defaultdict(set)
        for member in batch:
            for followed in member.follows.all():
                wanted[followed.key[0]].add(followed.key[1])
        earliest = min(starts.values())
        content = {source.name: new_content(source, wanted, earliest, now) for source in SOURCES}
        for member in batch:
            groups = build_digest(list(member.follows.all()), content, starts[member.pk])
            if not groups:
                outcome.nothing_new += 1
                continue
            message = render_digest(member, groups, starts[member.pk])
            if dry_run:
                outcome.messages.append(message)
                outcome.sent += 1
            elif _deliver(member, message, groups, since=starts[member.pk], now=now):
                outcome.sent += 1
    log.info(
        "digests %s: %d members due, %d sent, %d with nothing new",
        "dry run" if dry_run else "sent",
        outcome.checked,
        outcome.sent,
        outcome.nothing_new,
    )
    return outcome


def _deliver(member: User, message: Message, groups: list[Group], *, since, now) -> bool:
    count = sum(len(section.items) for group in groups for section in group.sections)
    with transaction.atomic():
        # Two runs at once (cron and a worker, say) queue for the member's row; the second
        # then sees the first one's delivery and sends nothing.
        list(User.objects.select_for_update().filter(pk=member.pk).values_list("pk", flat=True))
        if member.digest_deliveries.filter(sent_at__gt=now - INTERVAL).exists():
            return False
        DigestDelivery.objects.create(member=member, covered_from=since, sent_at=now, items=count)
        # Queued in the same transaction (the database task backend): the delivery and the
        # e-mail are recorded together or not at all.
        send_digest_email.enqueue(
            to=[message.to],
            subject=message.subject,
            text=message.text,
            html=message.html,
            unsubscribe_url=message.unsubscribe_url,
        )
    return True
