"""Face-to-face workshops, virtual webinars and hybrids, and members' registrations."""

from __future__ import annotations

import uuid
import zoneinfo
from functools import cache

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModelMixin

from accounts.models import Country, Language, validate_time_zone
from practices.facet_index import mark_changed
from practices.models import (
    FocusArea,
    Organisation,
    PeerSupportType,
    Practice,
    ShownPublicly,
    linked_keys,
)
from practices.related import presence
from practices.search import TEXT_FIELDS, update_search_vectors
from practices.translations import (
    easy_read_field,
    keep_readable_in,
    readable_in_field,
    translated_fields,
    with_translation_flag,
    written_in_field,
)
from resource_centre.loading import QuickLoad
from resource_centre.statements import Statement
from trainings.models import TrainingProgramme

SEARCH_FIELDS = TEXT_FIELDS
INDEX_NAMES = ("workshops-upcoming", "workshops-past")


class Kind(models.TextChoices):
    WORKSHOP = "workshop", _("Face-to-face workshop")
    WEBINAR = "webinar", _("Virtual webinar")
    HYBRID = "hybrid", _("Hybrid (in person and online)")

    @property
    def has_venue(self) -> bool:
        return self in (Kind.WORKSHOP, Kind.HYBRID)

    @property
    def is_online(self) -> bool:
        return self in (Kind.WEBINAR, Kind.HYBRID)


class WorkshopStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")


class RegistrationWindow(models.TextChoices):
    OPEN = "open", _("Registration is open.")
    NOT_YET = "not-yet", _("Registration for this event has not opened yet.")
    CLOSED = "closed", _("Registration for this event has closed.")
    OVER = "over", _("This event has started or is over, so registration has ended.")
    CANCELLED = "cancelled", _("This event has been cancelled.")

    @property
    def message(self) -> str:
        return self.label


# The many-to-many fields the event's page shows (see practices.related.related_rows).
DETAIL_TERMS = ("languages", "interpretation")


class WorkshopQuerySet(models.QuerySet):
    def public(self) -> WorkshopQuerySet:
        """Everything visitors may see: scheduled, completed and cancelled events."""
        return self.exclude(status=WorkshopStatus.DRAFT)

    def for_cards(self) -> WorkshopQuerySet:
        """Only what an event's result card (workshops.cards) shows, in one query: the
        organiser's name as ``organiser_name``, the languages as ``language_codes`` (see
        ``linked_keys``)."""
        return self.only(
            "slug",
            "title",
            "summary",
            "written_in",
            "start",
            "kind",
            "city",
            "country",
            "status",
            "organiser",
        ).annotate(
            organiser_name=F("organiser__name"),
            language_codes=linked_keys(self.model, "languages"),
        )

    def upcoming(self, now=None) -> WorkshopQuerySet:
        return self.filter(end__gte=now or timezone.now())

    def past(self, now=None) -> WorkshopQuerySet:
        return self.filter(end__lt=now or timezone.now())

    def announced(self, now=None) -> WorkshopQuerySet:
        """Scheduled events still to come: neither drafts nor cancelled nor over."""
        return self.filter(status=WorkshopStatus.SCHEDULED).upcoming(now)

    def for_links(self) -> WorkshopQuerySet:
        """Events as a list of links shows them: title, kind and start, soonest first."""
        return self.only("title", "slug", "kind", "start").order_by("start", "pk")

    def for_detail(self) -> WorkshopQuerySet:
        """The event's row, and whether it has facilitators, practices and programmes
        (``has_facilitators`` …; ``read_present(workshop, *linked_lookups())`` reads those it
        has, published ones only).

        Its languages are read with ``related_rows(workshop, DETAIL_TERMS)`` (one query).
        """
        return with_translation_flag(
            self.select_related("country", "organiser").annotate(
                **presence(self.model, DETAIL_LINKED)
            )
        )


# What the event's page lists besides its languages (see WorkshopQuerySet.for_detail).
DETAIL_LINKED = ("facilitators", "related_practices", "related_trainings")


@cache
def linked_lookups() -> tuple:
    """How to read each of DETAIL_LINKED (built on first use: querysets of other apps'
    models)."""
    return (
        "facilitators",
        Prefetch(
            "related_practices",
            queryset=Practice.objects.published()
            .select_related("organisation")
            .only("title", "slug", "organisation__name")
            .order_by("title", "pk"),
        ),
        Prefetch("related_trainings", queryset=TrainingProgramme.objects.for_links()),
    )


class Workshop(QuickLoad, TranslatableModelMixin, models.Model):
    """An event that members register for."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.WEBINAR)
    status = models.CharField(
        _("status"), max_length=10, choices=WorkshopStatus, default=WorkshopStatus.DRAFT
    )
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organising organisation"),
        on_delete=models.PROTECT,
        related_name="workshops",
        null=True,
        blank=True,
    )
    summary = models.TextField(_("summary"), max_length=400)
    description = models.TextField(_("description"), blank=True)
    easy_read = easy_read_field(
        _(
            "Optional: the event in short sentences and everyday words, one idea per "
            "sentence. Shown first to visitors who switch easy read on."
        )
    )
    written_in = written_in_field("workshops_written")
    readable_in = readable_in_field("workshops_readable")
    translations = translated_fields(easy_read=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("the event's time zone"),
        max_length=64,
        default="Europe/Brussels",
        validators=[validate_time_zone],
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="workshops",
        null=True,
        blank=True,
    )
    # The country the event is listed under: its venue's, or for an online event its
    # organiser's. Kept by save().
    listed_country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        related_name="listed_workshops",
        null=True,
        blank=True,
        editable=False,
    )
    join_url = models.URLField(
        _("online join link"),
        blank=True,
        help_text=_("Shown only to confirmed participants, never on public pages."),
    )
    capacity_in_person = models.PositiveIntegerField(_("seats in the room"), default=0)
    capacity_online = models.PositiveIntegerField(_("places online"), default=0)
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), related_name="workshops"
    )
    interpretation = models.ManyToManyField(
        Language,
        verbose_name=_("interpretation into"),
        related_name="interpreted_workshops",
        blank=True,
    )
    types = models.ManyToManyField(
        PeerSupportType, verbose_name=_("peer-support types"), related_name="workshops", blank=True
    )
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), related_name="workshops", blank=True
    )
    related_practices = models.ManyToManyField(
        Practice, verbose_name=_("related practices"), related_name="workshops", blank=True
    )
    related_trainings = models.ManyToManyField(
        TrainingProgramme,
        verbose_name=_("related training programmes"),
        related_name="workshops",
        blank=True,
    )
    materials = models.TextField(_("materials (after the event)"), blank=True)
    recording_url = models.URLField(_("recording (after the event)"), blank=True)
    cpd_hours = models.DecimalField(
        _("CPD hours"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Maintained by update_search_vectors() on PostgreSQL; unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["start", "title"]
        verbose_name = _("workshop or webinar")
        verbose_name_plural = _("workshops and webinars")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="workshop_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(registration_closes__isnull=True)
                | Q(registration_opens__isnull=True)
                | Q(registration_closes__gt=F("registration_opens")),
                name="workshop_registration_window_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "start"], name="workshop_status_start_idx"),
            # The countries map counts the events still to come in each country from this
            # index alone (an index-only scan), not from the table's wide rows.
            models.Index(
                fields=["end", "listed_country", "status", "id"], name="workshop_end_country_idx"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.listed_country_id = self.country_id or (
            self.organiser.country_id if self.organiser else None
        )
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "listed_country"}
        super().save(*args, **kwargs)
        update_search_vectors(Workshop.objects.filter(pk=self.pk), SEARCH_FIELDS)
        mark_changed(*INDEX_NAMES)

    def get_absolute_url(self) -> str:
        return reverse("workshops:detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        mark_changed(*INDEX_NAMES)
        return result

    @property
    def is_cancelled(self) -> bool:
        return self.status == WorkshopStatus.CANCELLED

    @property
    def kind_enum(self) -> Kind:
        return Kind(self.kind)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def capacity(self, mode: str) -> int:
        """Seats for one way of attending (a webinar has no room, a workshop no stream)."""
        if mode == AttendanceMode.IN_PERSON:
            return self.capacity_in_person if self.kind_enum.has_venue else 0
        return self.capacity_online if self.kind_enum.is_online else 0

    def modes(self) -> list[AttendanceMode]:
        """The ways one can attend this event."""
        return [mode for mode in AttendanceMode if self.capacity(mode) > 0]

    def registration_window(self, now=None) -> RegistrationWindow:
        """Whether members can register now, and if not, why."""
        now = now or timezone.now()
        if self.status == WorkshopStatus.CANCELLED:
            return RegistrationWindow.CANCELLED
        if self.status != WorkshopStatus.SCHEDULED or now >= self.start:
            return RegistrationWindow.OVER
        if self.registration_opens and now < self.registration_opens:
            return RegistrationWindow.NOT_YET
        if self.registration_closes and now >= self.registration_closes:
            return RegistrationWindow.CLOSED
        return RegistrationWindow.OPEN

    def seat_counts(self) -> dict[str, dict[str, int]]:
        """Per way of attending: seats taken (confirmed or offered) and waiting."""
        rows = SEAT_COUNTS(self.pk)
        counts = {mode.value: {"taken": 0, "waiting": 0} for mode in AttendanceMode}
        for row in rows:
            key = "waiting" if row["status"] == RegistrationStatus.WAITLISTED else "taken"
            counts[row["attendance_mode"]][key] += row["n"]
        return counts


class Facilitator(QuickLoad, models.Model):
    """Someone who leads an event, introduced in a few words."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="facilitators")
    name = models.CharField(_("name"), max_length=120)
    bio = models.TextField(_("short bio"), max_length=600, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("facilitator")
        verbose_name_plural = _("facilitators")

    def __str__(self) -> str:
        return self.name


class AccessNeed(models.TextChoices):
    CAPTIONS = "captions", _("Live captions")
    SIGN_LANGUAGE = "sign-language", _("Sign-language interpretation")
    BREAKS = "breaks", _("Regular breaks")
    EASY_READ = "easy-read", _("Easy-read materials")
    CAMERA_OFF = "camera-off", _("Taking part with my camera off")
    STEP_FREE = "step-free", _("Step-free access")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    OFFERED = "offered", _("Seat offered")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")
    NO_SHOW = "no-show", _("Did not attend")

    @classmethod
    def active(cls) -> list[RegistrationStatus]:
        """States in which the member still has a registration for the event."""
        return [cls.CONFIRMED, cls.WAITLISTED, cls.OFFERED, cls.ATTENDED, cls.NO_SHOW]

    @classmethod
    def seat_holding(cls) -> list[RegistrationStatus]:
        """States that take one of the seats (an offered seat is held for its member)."""
        return [cls.CONFIRMED, cls.OFFERED, cls.ATTENDED, cls.NO_SHOW]

    @classmethod
    def holding_or_waiting(cls) -> list[RegistrationStatus]:
        return [*cls.seat_holding(), cls.WAITLISTED]


class Registration(ShownPublicly):
    """A member's place (or place in the queue) at an event."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="registrations")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="registrations"
    )
    attendance_mode = models.CharField(
        _("taking part"), max_length=10, choices=AttendanceMode, default=AttendanceMode.ONLINE
    )
    status = models.CharField(_("status"), max_length=10, choices=RegistrationStatus)
    access_needs = models.JSONField(_("access needs"), default=list, blank=True)
    access_needs_other = models.CharField(_("other access needs"), max_length=500, blank=True)
    languages_needed = models.ManyToManyField(
        Language, verbose_name=_("languages needed"), related_name="+", blank=True
    )
    code_of_conduct = models.BooleanField(_("agreed to the code of conduct"), default=False)
    offered_until = models.DateTimeField(_("seat held until"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent"), null=True, blank=True, editable=False)
    followed_up_at = models.DateTimeField(
        _("after-event message sent"), null=True, blank=True, editable=False
    )
    created = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # One active registration per member and event, whatever the concurrency.
            models.UniqueConstraint(
                fields=["workshop", "member"],
                condition=Q(status__in=RegistrationStatus.active()),
                name="registration_one_active_per_member",
            ),
            models.CheckConstraint(
                condition=~Q(status=RegistrationStatus.OFFERED) | Q(offered_until__isnull=False),
                name="registration_offer_has_deadline",
            ),
        ]
        indexes = [
            models.Index(
                fields=["workshop", "attendance_mode", "created"],
                name="registration_waitlist_idx",
                condition=Q(status=RegistrationStatus.WAITLISTED),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} · {self.workshop}"

    @property
    def is_active(self) -> bool:
        return self.status in RegistrationStatus.active()

    @property
    def access_need_labels(self) -> list[str]:
        return [AccessNeed(need).label for need in self.access_needs if need in AccessNeed]

    def waitlist_position(self) -> int | None:
        """1 for the first in the queue; None when not waiting."""
        if self.status != RegistrationStatus.WAITLISTED:
            return None
        ahead = Registration.objects.filter(
            workshop_id=self.workshop_id,
            attendance_mode=self.attendance_mode,
            status=RegistrationStatus.WAITLISTED,
        ).filter(Q(created__lt=self.created) | Q(created=self.created, pk__lt=self.pk))
        return ahead.count() + 1


keep_readable_in(Workshop, *INDEX_NAMES)


# An event's seats taken and people waiting, by way of attending and status (see
# Workshop.seat_counts), compiled once per process (see resource_centre.statements).
SEAT_COUNTS = Statement(
    lambda pk: (
        Registration.objects.filter(workshop=pk, status__in=RegistrationStatus.holding_or_waiting())
        .values("attendance_mode", "status")
        .annotate(n=Count("pk"))
    )
)
