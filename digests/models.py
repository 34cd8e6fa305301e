"""What members follow, the digests they were sent, and when each event was first announced."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Country
from practices.models import FocusArea, PeerSupportType
from workshops.models import Workshop


class FollowKind(models.TextChoices):
    """What a member can follow; each kind names the Follow field that holds it."""

    COUNTRY = "country", _("Country")
    TYPE = "type", _("Peer-support type")
    FOCUS_AREA = "focus-area", _("Focus area")

    @property
    def noun(self) -> str:
        """The kind in running text, as in "Hungary (country)"."""
        return {
            FollowKind.COUNTRY: _("country"),
            FollowKind.TYPE: _("peer-support type"),
            FollowKind.FOCUS_AREA: _("focus area"),
        }[self]

    @property
    def field(self) -> str:
        return {
            FollowKind.COUNTRY: "country",
            FollowKind.TYPE: "peer_support_type",
            FollowKind.FOCUS_AREA: "focus_area",
        }[self]


class FollowQuerySet(models.QuerySet):
    def for_display(self) -> FollowQuerySet:
        """With the followed thing, in the order the page and the digest show them."""
        return self.select_related("country", "peer_support_type", "focus_area").order_by(
            "created", "pk"
        )


def _only(kind: FollowKind) -> Q:
    return Q(**{f"{other.field}__isnull": other is not kind for other in FollowKind})


class Follow(models.Model):
    """A member following one country, one peer-support type or one focus area."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        related_name="follows",
        null=True,
        blank=True,
    )
    peer_support_type = models.ForeignKey(
        PeerSupportType,
        verbose_name=_("peer-support type"),
        on_delete=models.CASCADE,
        related_name="follows",
        null=True,
        blank=True,
    )
    focus_area = models.ForeignKey(
        FocusArea,
        verbose_name=_("focus area"),
        on_delete=models.CASCADE,
        related_name="follows",
        null=True,
        blank=True,
    )
    created = models.DateTimeField(_("followed since"), default=timezone.now)

    objects = FollowQuerySet.as_manager()

    class Meta:
        ordering = ["member", "created", "pk"]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=_only(FollowKind.COUNTRY)
                | _only(FollowKind.TYPE)
                | _only(FollowKind.FOCUS_AREA),
                name="digests_follow_exactly_one_thing",
            ),
            *(
                models.UniqueConstraint(
                    fields=["member", kind.field],
                    condition=Q(**{f"{kind.field}__isnull": False}),
                    name=f"digests_follow_{kind.field}_once",
                )
                for kind in FollowKind
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.target}"

    @property
    def kind(self) -> FollowKind:
        for kind in FollowKind:
            if getattr(self, f"{kind.field}_id") is not None:
                return kind
        raise ValueError("A follow names one thing.")

    def get_kind_display(self) -> str:
        return self.kind.label

    @property
    def target(self) -> Country | PeerSupportType | FocusArea:
        """The country, type or focus area followed."""
        return getattr(self, self.kind.field)

    @property
    def form_field(self) -> str:
        """The name of the form field that names this thing (see forms.FollowForm)."""
        return self.kind.field

    @property
    def form_value(self) -> str:
        """How the forms name the thing: a country's code, a type's or focus area's slug."""
        target = self.target
        return target.code if self.kind is FollowKind.COUNTRY else target.slug

    @property
    def key(self) -> tuple[FollowKind, str | int]:
        """(kind, primary key of the thing): how the digest matches content to follows."""
        return self.kind, getattr(self, f"{self.kind.field}_id")


class DigestDelivery(models.Model):
    """One digest e-mail sent to a member: the period it covered and how much it listed.

    The latest one tells when the next digest is due and where it starts, so that running
    the sending twice sends nothing twice.
    """

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="digest_deliveries",
    )
    covered_from = models.DateTimeField(_("new since"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    items = models.PositiveIntegerField(_("items listed"))

    class Meta:
        ordering = ["member", "-sent_at"]
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        indexes = [models.Index(fields=["member", "-sent_at"], name="digests_delivery_latest_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(sent_at__gt=models.F("covered_from")),
                name="digests_delivery_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member} · {self.sent_at:%Y-%m-%d}"


class WorkshopAnnouncement(models.Model):
    """When the digests first saw an event scheduled: the event's "announced" time.

    Workshops record no publication date of their own; each digest run notes the scheduled,
    upcoming events it has not seen before, so an event drafted long ago and scheduled this
    week counts as new this week.
    """

    workshop = models.OneToOneField(
        Workshop,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="digest_announcement",
    )
    announced_at = models.DateTimeField(_("first announced"), db_index=True)

    class Meta:
        verbose_name = _("workshop announcement")
        verbose_name_plural = _("workshop announcements")

    def __str__(self) -> str:
        return f"{self.workshop} · {self.announced_at:%Y-%m-%d}"
