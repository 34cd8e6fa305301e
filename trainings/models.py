"""Peer-support training programmes across countries and languages."""

from __future__ import annotations

from functools import cache

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModelMixin

from accounts.models import Country, Language
from practices.models import (
    CuratedEntry,
    CuratedQuerySet,
    DeliveryMode,
    FocusArea,
    Organisation,
    PeerSupportType,
    Practice,
    Status,
    Term,
    linked_keys,
)
from practices.related import presence
from practices.search import TEXT_FIELDS
from practices.translations import (
    keep_readable_in,
    keep_terms_current,
    readable_in_field,
    term_translations,
    translated_fields,
    with_translation_flag,
    written_in_field,
)
from resource_centre.loading import QuickLoad

SEARCH_FIELDS = TEXT_FIELDS
INDEX_NAME = "trainings"


class Audience(Term):
    """Who a programme trains: aspiring peer workers, supervisors, employers…"""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


# The many-to-many fields the programme page shows (see practices.related.related_rows).
DETAIL_TERMS = ("countries", "languages", "audiences", "types", "focus_areas")


class Format(models.TextChoices):
    FORMAL = "formal", _("Formal")
    INFORMAL = "informal", _("Informal")


class TrainingQuerySet(CuratedQuerySet):
    def for_list(self) -> TrainingQuerySet:
        return self.select_related("provider").prefetch_related("countries", "languages")

    def for_cards(self) -> TrainingQuerySet:
        """Only the columns a result card (trainings.cards) shows.

        The provider's name comes as ``provider_name`` (no organisation object is made for a
        card), the countries and languages as ``country_codes`` and ``language_codes``, in the
        same query (see ``linked_keys``).
        """
        return self.only(
            "slug",
            "title",
            "summary",
            "written_in",
            "format",
            "accredited",
            "delivery_mode",
            "hours",
            "is_free",
            "cost_amount",
            "cost_currency",
            "provider",
        ).annotate(
            provider_name=F("provider__name"),
            country_codes=linked_keys(self.model, "countries"),
            language_codes=linked_keys(self.model, "languages"),
        )

    def for_detail(self) -> TrainingQuerySet:
        """The programme page's row, its provider, and whether it has modules and practices
        it prepares for (``has_modules``, ``has_related_practices``; ``read_present(programme,
        *linked_lookups())`` reads those it has, published practices only).

        Its countries, languages, audiences and terms are read with ``related_rows(programme,
        DETAIL_TERMS)`` (one query for all of them).
        """
        return with_translation_flag(
            self.select_related("provider")
            .defer("search_vector", "provider__description")
            .annotate(**presence(self.model, DETAIL_LINKED))
        )

    def for_links(self) -> TrainingQuerySet:
        """Published programmes as a list of links shows them: title and provider."""
        return (
            self.published()
            .select_related("provider")
            .only("title", "slug", "provider__name")
            .order_by("title", "pk")
        )

    def for_compare(self) -> TrainingQuerySet:
        return self.select_related("provider").prefetch_related(
            "countries", "languages", "audiences", "modules"
        )


# What the programme page lists besides its terms (see TrainingQuerySet.for_detail).
DETAIL_LINKED = ("modules", "related_practices")


@cache
def linked_lookups() -> tuple:
    """How to read each of DETAIL_LINKED (built on first use: querysets of other apps'
    models)."""
    return (
        "modules",
        Prefetch("related_practices", queryset=Practice.objects.published().for_cards()),
    )


class TrainingProgramme(QuickLoad, TranslatableModelMixin, CuratedEntry):
    """A peer-support training programme, formal or informal."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="training_programmes",
        null=True,
        blank=True,
    )
    proposed_provider = models.CharField(
        _("provider named by the submitter"),
        max_length=200,
        blank=True,
        help_text=_("Link the programme to a provider above before publishing it."),
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), related_name="training_programmes"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), related_name="training_programmes"
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two plain sentences: what it teaches and who it is for."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Markdown: headings, lists, links and emphasis are kept; scripts are removed."),
    )
    written_in = written_in_field("trainings_written")
    readable_in = readable_in_field("trainings_readable")
    translations = translated_fields()
    format = models.CharField(_("format"), max_length=10, choices=Format, default=Format.INFORMAL)
    accredited = models.BooleanField(_("accredited"), default=False)
    accrediting_body = models.CharField(_("accrediting body"), max_length=200, blank=True)
    credits = models.CharField(
        _("credits or certificate"),
        max_length=200,
        blank=True,
        help_text=_("For example “15 ECTS” or “Certificate of attendance”."),
    )
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=12, choices=DeliveryMode, default=DeliveryMode.IN_PERSON
    )
    hours = models.PositiveIntegerField(_("length in hours"))
    audiences = models.ManyToManyField(
        Audience, verbose_name=_("audience"), related_name="training_programmes"
    )
    prerequisites = models.CharField(
        _("prerequisites"),
        max_length=300,
        blank=True,
        help_text=_("For example “Lived experience of mental-health challenges” or “None”."),
    )
    cost_amount = models.DecimalField(
        _("cost"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Leave empty when the programme is free."),
    )
    cost_currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO code, such as EUR.")
    )
    is_free = models.BooleanField(_("free"), default=True, editable=False)
    schedule = models.CharField(
        _("schedule or next intake"),
        max_length=300,
        blank=True,
        help_text=_("For example “Intakes in February and September; weekly sessions”."),
    )
    enrol_url = models.URLField(_("where to enrol"), blank=True)
    types = models.ManyToManyField(
        PeerSupportType,
        verbose_name=_("peer-support types"),
        related_name="training_programmes",
        blank=True,
    )
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), related_name="training_programmes", blank=True
    )
    related_practices = models.ManyToManyField(
        Practice,
        verbose_name=_("practices it prepares for"),
        related_name="training_programmes",
        blank=True,
    )
    # Maintained by update_search_vectors() on PostgreSQL; unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = TrainingQuerySet.as_manager()
    search_fields = SEARCH_FIELDS
    facet_index = INDEX_NAME

    class Meta(CuratedEntry.Meta):
        ordering = ["title"]
        verbose_name = _("training programme")
        verbose_name_plural = _("training programmes")
        constraints = [
            models.CheckConstraint(condition=Q(hours__gt=0), name="training_hours_positive"),
            models.CheckConstraint(
                condition=Q(cost_amount__isnull=True) | Q(cost_amount__gte=0),
                name="training_cost_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(cost_amount__isnull=True) | Q(cost_amount=0) | ~Q(cost_currency=""),
                name="training_cost_has_currency",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="training_published_has_date",
            ),
        ]
        indexes = [
            models.Index(
                fields=["-published_at"],
                name="training_published_idx",
                condition=Q(status=Status.PUBLISHED),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.is_free = not self.cost_amount
        if self.is_free:
            self.cost_currency = ""
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("trainings:detail", kwargs={"slug": self.slug})

    @property
    def cost_display(self) -> str:
        """“120 EUR”, or "" when free (the export's ``cost`` column)."""
        if self.is_free:
            return ""
        amount = self.cost_amount.normalize()
        return f"{amount:f} {self.cost_currency}"


class Module(QuickLoad, models.Model):
    """One part of a programme's curriculum."""

    programme = models.ForeignKey(
        TrainingProgramme, on_delete=models.CASCADE, related_name="modules"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    hours = models.PositiveIntegerField(_("hours"), null=True, blank=True)
    outcomes = models.TextField(_("learning outcomes"), blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def __str__(self) -> str:
        return self.title


keep_readable_in(TrainingProgramme, TrainingProgramme.facet_index)
keep_terms_current(Audience)
