"""The catalogue of best-practice peer-support activities and methods."""

from __future__ import annotations

import uuid
from functools import cache
from typing import NamedTuple

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, OuterRef, Q, StringAgg, Subquery, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModelMixin

from accounts.models import Country, Language
from resource_centre.loading import QuickLoad

from .facet_index import mark_changed
from .related import presence
from .search import TEXT_FIELDS, update_search_vectors
from .translations import (
    easy_read_field,
    keep_readable_in,
    keep_terms_current,
    localised_columns,
    readable_in_field,
    term_translations,
    translated_fields,
    with_translation_flag,
    written_in_field,
)
from .uploads import EXTENSIONS, sniff, validate_upload


class ShownPublicly(models.Model):
    """A row that public pages show: saving or deleting it tells every process that they
    changed (see facet_index.mark_changed), and renews the tokens of ``index_tokens``."""

    index_tokens: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        mark_changed(*self.index_tokens)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        mark_changed(*self.index_tokens)
        return result


class TermQuerySet(models.QuerySet):
    def localised(self, language: str | None = None) -> TermQuerySet:
        """Each term with ``local_name``: its name in ``language`` (the active one by
        default) where an editor translated it, otherwise the English."""
        return self.annotate(**localised_columns(self.model, language))


class TermManager(models.Manager.from_queryset(TermQuerySet)):
    def get_queryset(self) -> TermQuerySet:
        # Every list of terms a page shows (facets, prefetched tags, form choices) is read
        # in the visitor's language, in the same query.
        return super().get_queryset().localised()


class Term(QuickLoad, TranslatableModelMixin, ShownPublicly):
    """A value of one of the catalogue's taxonomies, curated by editors.

    Names and descriptions are written in English; editors add translations in the admin
    (each concrete taxonomy has ``translations = term_translations()``).
    """

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier used in addresses and open data. Do not change it."),
    )
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = TermManager()

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The name in the active language: as read with it (``TermQuerySet.localised``, the
        default manager), or else looked up (a term reached through a foreign key)."""
        local = getattr(self, "local_name", None)
        if local:
            return local
        language = get_language() or settings.LANGUAGE_CODE
        if language == settings.LANGUAGE_CODE or self.pk is None:
            return self.name
        looked_up = self.__dict__.setdefault("_labels", {})
        if language not in looked_up:
            translated = self.translations.filter(language_code=language)
            looked_up[language] = translated.values_list("translated_name", flat=True).first()
        return looked_up[language] or self.name


class PeerSupportType(Term):
    """How support is given: mentoring, listening, groups, warmlines…"""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("peer-support type")
        verbose_name_plural = _("peer-support types")


class FocusArea(Term):
    """Where peer support is used: mental health, addiction, chronic illness…"""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


class TargetGroup(Term):
    """Who a practice is for."""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Mechanism(Term):
    """Why peer support works (Salzer, 2002)."""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("psychosocial mechanism")
        verbose_name_plural = _("psychosocial mechanisms")


class Outcome(Term):
    """An outcome reported in research or evaluations."""

    translations = term_translations()

    class Meta(Term.Meta):
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")


class DeliveryMode(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Blended")


class EvidenceLevel(models.TextChoices):
    """An open ladder: a grassroots group can start at the bottom and climb."""

    DESCRIBED = "described", _("Described")
    THEORY_BASED = "theory-based", _("Theory-based")
    PROMISING = "promising", _("Promising")
    EVALUATED = "evaluated", _("Evaluated")
    CONTROLLED = "controlled", _("Evaluated with controlled studies")

    @property
    def explanation(self) -> str:
        """What the level means, in plain words."""
        return EVIDENCE_EXPLANATIONS[self]

    @property
    def rung(self) -> int:
        """1 for the first step of the ladder, 5 for the last."""
        return EVIDENCE_RUNGS[self]

    @property
    def ladder(self) -> list[LadderStep]:
        """Every step of the ladder, bottom first, with this level's place on it."""
        return [
            LadderStep(str(level.label), reached=level.rung < self.rung, current=level is self)
            for level in EvidenceLevel
        ]


class LadderStep(NamedTuple):
    label: str
    reached: bool  # below the practice's level
    current: bool  # the practice's level


EVIDENCE_RUNGS = {level: number for number, level in enumerate(EvidenceLevel, start=1)}
EVIDENCE_EXPLANATIONS = {
    EvidenceLevel.DESCRIBED: _(
        "The practice is written down clearly enough for others to understand and repeat it."
    ),
    EvidenceLevel.THEORY_BASED: _(
        "It is built on a stated reason why it should help, drawn from research on peer support."
    ),
    EvidenceLevel.PROMISING: _(
        "Participants’ feedback or first results suggest that it helps, but it has not yet "
        "been formally evaluated."
    ),
    EvidenceLevel.EVALUATED: _(
        "An evaluation (for example before-and-after measures) found that it helps."
    ),
    EvidenceLevel.CONTROLLED: _(
        "Studies that compared participants with a similar group who did not take part found "
        "that it helps."
    ),
}


class Setting(models.TextChoices):
    INSIDE_SERVICES = "inside-services", _("Inside mental-health or social services")
    COMMUNITY = "community", _("In the community")
    PEER_RUN = "peer-run", _("In a peer-run organisation")


class ActivityStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")


class Status(models.TextChoices):
    """Editorial workflow shared by every kind of curated content."""

    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")

    @property
    def is_public(self) -> bool:
        return self is Status.PUBLISHED


# The fields search looks in, with their weights: the title counts most.
SEARCH_FIELDS = TEXT_FIELDS
# The name of the catalogue's facet index (see facet_index.py).
INDEX_NAME = "practices"
# The token renewed when an organisation changes (see countries.organisations).
ORGANISATIONS_INDEX = "organisations"


class Organisation(QuickLoad, ShownPublicly):
    """An organisation that runs practices or training: a network, service or peer group."""

    index_tokens = (ORGANISATIONS_INDEX,)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="organisations",
        null=True,
        blank=True,
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_email_public = models.BooleanField(
        _("show the contact e-mail publicly"),
        default=False,
        help_text=_("Tick only when the organisation has agreed to show its address."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    @property
    def public_email(self) -> str:
        """The contact address, only when the organisation agreed to show it."""
        return self.contact_email if self.contact_email_public else ""


class CuratedEntry(models.Model):
    """What every curated kind of content has: the editorial workflow and its dates."""

    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submitted_%(class)ss",
    )
    editor_comment = models.TextField(
        _("comment to the submitter"),
        blank=True,
        help_text=_("Sent to the member who submitted it when you send it back or publish it."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When an editor last checked that the information is still right."),
    )

    # Each concrete kind names its weighted search fields and its facet index.
    search_fields: tuple[tuple[str, str], ...] = ()
    facet_index = ""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        update_search_vectors(type(self).objects.filter(pk=self.pk), self.search_fields)
        mark_changed(self.facet_index)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        mark_changed(self.facet_index)
        return result

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def is_sent_back(self) -> bool:
        """Returned to its author with a comment, waiting for changes."""
        return self.status == Status.DRAFT and bool(self.editor_comment)

    @property
    def is_in_review(self) -> bool:
        return self.status == Status.REVIEW

    @property
    def author_can_edit(self) -> bool:
        return self.status in (Status.DRAFT, Status.REVIEW)

    def publish(self, *, now=None) -> None:
        """Mark as published (keeping the first publication date)."""
        self.status = Status.PUBLISHED
        self.published_at = self.published_at or now or timezone.now()


class CuratedQuerySet(models.QuerySet):
    """Reads every curated kind shares."""

    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def submitted_by(self, user):
        return self.filter(submitted_by=user)


@cache
def linked_keys(model: type[models.Model], field_name: str) -> Subquery:
    """The keys a row links to through a many-to-many field, comma-separated, in no order.

    A card needs only the codes of its countries or languages: reading them in the row's
    own query spares a prefetch, whose related managers cost more than the query itself.
    The expression is built once: ``annotate()`` resolves a copy of it for each query, and
    building its grouped subquery anew cost each list or search query a millisecond.
    """
    field = model._meta.get_field(field_name)
    link = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    keys = (
        link.objects.filter(**{source: OuterRef("pk")})
        .order_by()
        .values(source)
        .annotate(keys=StringAgg(f"{target}_id", delimiter=Value(",")))
        .values("keys")
    )
    return Subquery(keys, output_field=models.TextField())


class PracticeQuerySet(CuratedQuerySet):
    def for_list(self) -> PracticeQuerySet:
        """Exactly what a list row shows, in a constant number of queries."""
        return self.select_related("organisation").prefetch_related("countries")

    def for_cards(self) -> PracticeQuerySet:
        """Only the columns a result card (practices.cards) shows.

        The organisation's name comes as ``organisation_name`` (no organisation object is made
        for a card) and the countries as ``country_codes``, in the same query (see
        ``linked_keys``).
        """
        return self.only(
            "slug",
            "title",
            "summary",
            "written_in",
            "evidence_level",
            "delivery_mode",
            "peer_led",
            "organisation",
        ).annotate(
            organisation_name=F("organisation__name"),
            country_codes=linked_keys(self.model, "countries"),
        )

    def for_detail(self) -> PracticeQuerySet:
        """The practice page's row, its organisation, and whether it has references and
        resources (``has_references``, ``has_resources``: read only those it has, see
        ``read_present``).

        Its countries, languages and terms are read with ``related_rows(practice,
        DETAIL_TERMS)`` (one query for all of them); its links, and the programmes and events
        that link to it, together in one more (``practices.views.PAGE_LISTS``).
        """
        return with_translation_flag(
            self.select_related("organisation")
            .defer("search_vector", "organisation__description")
            .annotate(**presence(self.model, DETAIL_CHILDREN))
        )


# What the practice page lists of its own and reads only where it has some (see
# PracticeQuerySet.for_detail).
DETAIL_CHILDREN = ("references", "resources")


# The many-to-many fields the practice page shows (see related.related_rows).
DETAIL_TERMS = (
    "countries",
    "types",
    "focus_areas",
    "target_groups",
    "languages",
    "materials_languages",
    "mechanisms",
    "outcomes",
)


class Practice(QuickLoad, TranslatableModelMixin, CuratedEntry):
    """A peer-support activity or method that others can learn from."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two plain sentences: what it is and who it is for."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Markdown: headings, lists, links and emphasis are kept; scripts are removed."),
    )
    easy_read = easy_read_field(
        _(
            "Optional: the practice in short sentences and everyday words, one idea per "
            "sentence. Shown first to visitors who switch easy read on."
        )
    )
    written_in = written_in_field("practices_written")
    readable_in = readable_in_field("practices_readable")
    translations = translated_fields(easy_read=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="practices",
        null=True,
        blank=True,
    )
    proposed_organisation = models.CharField(
        _("organisation named by the submitter"),
        max_length=200,
        blank=True,
        help_text=_("Link the practice to an organisation above before publishing it."),
    )
    countries = models.ManyToManyField(
        Country, verbose_name=_("countries"), related_name="practices"
    )
    types = models.ManyToManyField(
        PeerSupportType, verbose_name=_("peer-support types"), related_name="practices"
    )
    focus_areas = models.ManyToManyField(
        FocusArea, verbose_name=_("focus areas"), related_name="practices"
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("target groups"), related_name="practices", blank=True
    )
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages of delivery"),
        related_name="practices_delivered",
        blank=True,
    )
    materials_languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages of materials"),
        related_name="practices_materials",
        blank=True,
    )
    delivery_mode = models.CharField(
        _("delivery mode"), max_length=12, choices=DeliveryMode, default=DeliveryMode.IN_PERSON
    )
    setting = models.CharField(
        _("setting"), max_length=20, choices=Setting, default=Setting.COMMUNITY
    )
    year_started = models.PositiveSmallIntegerField(_("year started"), null=True, blank=True)
    activity_status = models.CharField(
        _("activity"), max_length=10, choices=ActivityStatus, default=ActivityStatus.ACTIVE
    )
    mechanisms = models.ManyToManyField(
        Mechanism, verbose_name=_("mechanisms it relies on"), related_name="practices", blank=True
    )
    outcomes = models.ManyToManyField(
        Outcome, verbose_name=_("outcomes"), related_name="practices", blank=True
    )
    evidence_level = models.CharField(
        _("evidence level"),
        max_length=14,
        choices=EvidenceLevel,
        default=EvidenceLevel.DESCRIBED,
    )
    peer_led = models.BooleanField(
        _("co-produced / peer-led"),
        default=False,
        help_text=_("Designed and delivered by people with lived experience."),
    )
    contact_name = models.CharField(_("contact"), max_length=200, blank=True)
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Shown publicly on the practice page."),
    )

    # Maintained by update_search_vectors() on PostgreSQL; unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = PracticeQuerySet.as_manager()
    search_fields = SEARCH_FIELDS
    facet_index = INDEX_NAME

    class Meta(CuratedEntry.Meta):
        ordering = ["title"]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        constraints = [
            models.CheckConstraint(
                condition=Q(year_started__isnull=True)
                | Q(year_started__gte=1900, year_started__lte=2100),
                name="practice_year_started_plausible",
            ),
            models.CheckConstraint(
                condition=~Q(status=Status.PUBLISHED) | Q(published_at__isnull=False),
                name="practice_published_has_date",
            ),
        ]
        indexes = [
            models.Index(
                fields=["-published_at"],
                name="practice_published_idx",
                condition=Q(status=Status.PUBLISHED),
            ),
            models.Index(
                fields=["evidence_level", "delivery_mode"],
                name="practice_pub_facets_idx",
                condition=Q(status=Status.PUBLISHED),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("practices:detail", kwargs={"slug": self.slug})

    @property
    def evidence(self) -> EvidenceLevel:
        return EvidenceLevel(self.evidence_level)


class Reference(QuickLoad, models.Model):
    """A publication that supports a practice."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="references")
    authors = models.CharField(_("authors"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=400)
    journal = models.CharField(_("journal or publisher"), max_length=300, blank=True)
    doi = models.CharField(_("DOI"), max_length=200, blank=True)
    url = models.URLField(_("web address"), blank=True)

    class Meta:
        ordering = ["-year", "authors"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")

    def __str__(self) -> str:
        return f"{self.authors} ({self.year})" if self.year else self.authors

    @property
    def link(self) -> str:
        """Where a reader can find it: the DOI resolver first, else the web address."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


class Link(QuickLoad, models.Model):
    """A web page about a practice."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("web address"))

    class Meta:
        ordering = ["title"]
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self) -> str:
        return self.title


def resource_path(instance: Resource, filename: str) -> str:
    # The stored name is never the uploader's: no traversal, no clashes, no guessing.
    return f"resources/{uuid.uuid4().hex}{instance.extension}"


class Resource(QuickLoad, models.Model):
    """A downloadable manual, toolkit or handout (PDF, ODT, DOCX, PNG or JPEG)."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=resource_path, validators=[validate_upload])
    content_type = models.CharField(max_length=100, editable=False)
    size = models.PositiveIntegerField(editable=False, default=0)

    class Meta:
        ordering = ["title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.file and not self.file._committed:  # a new upload
            self.content_type = sniff(self.file) or ""
            self.size = self.file.size

    @property
    def extension(self) -> str:
        return EXTENSIONS.get(self.content_type, "")


keep_readable_in(Practice, Practice.facet_index)
for _taxonomy in (PeerSupportType, FocusArea, TargetGroup, Mechanism, Outcome):
    keep_terms_current(_taxonomy)
