"""Country profiles: what editors know about peer support in each country."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Value
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from accounts.models import Country
from practices.facet_index import mark_changed
from practices.models import Status
from practices.search import SEARCH_CONFIG, search_vector, uses_postgres
from resource_centre.loading import QuickLoad

# The profile's own text that search looks in, with its weights. The country's name is not
# a column (django-countries translates it), so the stored vector adds it with weight A.
SEARCH_FIELDS = (
    ("summary", "B"),
    ("occupation", "C"),
    ("certification", "C"),
    ("funding", "C"),
    ("networks", "C"),
)
# Typo-tolerant matching (PostgreSQL, when the full-text search finds nothing) looks here.
TITLE_FIELD = "summary"
# The token renewed when a profile changes (see countries.profiles).
PROFILES_INDEX = "country-profiles"


class Occupation(models.TextChoices):
    """Whether peer work is a job a country recognises."""

    RECOGNISED = "recognised", _("Recognised occupation")
    EMERGING = "emerging", _("Emerging occupation")
    NOT_RECOGNISED = "not-recognised", _("Not recognised as an occupation")
    UNKNOWN = "unknown", _("Not yet known")

    @property
    def explanation(self) -> str:
        """What the status means, in plain words."""
        return str(OCCUPATION_EXPLANATIONS[self])

    @property
    def is_known(self) -> bool:
        return self is not Occupation.UNKNOWN


OCCUPATION_EXPLANATIONS = {
    Occupation.RECOGNISED: _(
        "Peer support work is a recognised job: it has an official job title or a national "
        "qualification, and services employ peer workers."
    ),
    Occupation.EMERGING: _(
        "Services employ peer workers in some places, often in pilot projects, but there is "
        "no national job title or qualification yet."
    ),
    Occupation.NOT_RECOGNISED: _(
        "Peer support happens mostly as volunteering or in self-help groups; it is not a "
        "recognised job."
    ),
    Occupation.UNKNOWN: _("We have not yet been able to find out."),
}


class CountryProfileQuerySet(models.QuerySet):
    def published(self) -> CountryProfileQuerySet:
        return self.filter(status=Status.PUBLISHED)


class CountryProfile(QuickLoad, models.Model):
    """An editor-written profile of peer support in one country."""

    country = models.OneToOneField(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="profile"
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three plain sentences on peer support in the country."),
    )
    occupation_status = models.CharField(
        _("peer work as an occupation"),
        max_length=16,
        choices=Occupation,
        default=Occupation.UNKNOWN,
    )
    occupation = models.TextField(
        _("about peer work as an occupation"),
        blank=True,
        help_text=_("Markdown: job titles, where peer workers are employed, pay and law."),
    )
    certification = models.TextField(
        _("certification"),
        blank=True,
        help_text=_("Markdown: qualifications, accreditation and who awards them."),
    )
    funding = models.TextField(
        _("funding"),
        blank=True,
        help_text=_("Markdown: who pays for peer support and how secure the money is."),
    )
    networks = models.TextField(
        _("national networks and organisations"),
        blank=True,
        help_text=_("Markdown: national networks, umbrella bodies and how to reach them."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.DRAFT, db_index=True
    )
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When an editor last checked that the profile is still right."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    # Maintained by save() on PostgreSQL; unused on SQLite.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = CountryProfileQuerySet.as_manager()

    class Meta:
        ordering = ["country"]
        verbose_name = _("country profile")
        verbose_name_plural = _("country profiles")

    def __str__(self) -> str:
        return self.country.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        if uses_postgres():
            CountryProfile.objects.filter(pk=self.pk).update(
                search_vector=profile_vector(self.country_id)
            )
        # The country's page, the map and the site-wide search show it.
        mark_changed(PROFILES_INDEX)

    def get_absolute_url(self) -> str:
        return country_url(self.country_id)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        mark_changed(PROFILES_INDEX)
        return result

    @property
    def is_public(self) -> bool:
        return self.status == Status.PUBLISHED

    @property
    def occupation_enum(self) -> Occupation:
        return Occupation(self.occupation_status)


def profile_vector(code: str) -> SearchVector:
    """The weighted document of a country's profile: its name over its summary over the rest."""
    # Stored once, so in the site's own language whatever the editor's browser asked for.
    with translation.override(settings.LANGUAGE_CODE):
        name = Country(code=code).name
    return SearchVector(Value(name), weight="A", config=SEARCH_CONFIG) + search_vector(
        SEARCH_FIELDS
    )


def country_url(code: str) -> str:
    """The address of a country's page (codes are lowercase in addresses)."""
    return reverse("countries:detail", kwargs={"code": code.lower()})
