"""What the API shows of each kind: published, public content only, never personal data.

Left out on purpose: who submitted an entry, editors' comments, contact people and their
e-mail addresses, facilitators' names, online join links, registrations and the numbers
behind them (only the seats left, which the event's page shows too).
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from countries.models import Occupation
from practices.models import ActivityStatus, DeliveryMode, EvidenceLevel, Setting
from trainings.models import Format
from workshops.models import AttendanceMode, Kind, RegistrationWindow, WorkshopStatus

COUNTRY_CODE = {"type": "string", "pattern": "^[A-Z]{2}$", "example": "HU"}
LANGUAGE_CODE = {"type": "string", "pattern": "^[a-z]{2,3}$", "example": "hu"}


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


@extend_schema_field(OpenApiTypes.URI)
class PageUrlField(serializers.Field):
    """The absolute address of the entry's page on the site."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entry) -> str:
        return absolute(self.context["request"], entry.get_absolute_url())


@extend_schema_field(OpenApiTypes.URI)
class ApiUrlField(serializers.Field):
    """The absolute address of the entry in the API."""

    def __init__(self, view_name: str, **kwargs):
        self.view_name = view_name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, entry) -> str:
        return absolute(self.context["request"], reverse(self.view_name, args=[entry.slug]))


@extend_schema_field({"type": "array", "items": COUNTRY_CODE})
class CountryCodesField(serializers.Field):
    """Uppercase ISO 3166-1 codes, read from a prefetched relation."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager) -> list[str]:
        return sorted(country.pk for country in manager.all())


@extend_schema_field({"type": "array", "items": LANGUAGE_CODE})
class LanguageCodesField(serializers.Field):
    """ISO 639-1 codes, read from a prefetched relation."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager) -> list[str]:
        return sorted(language.pk for language in manager.all())


@extend_schema_field(
    {"anyOf": [{"type": "string", "format": "uri"}, {"type": "string", "maxLength": 0}]}
)
class OptionalUrlField(serializers.CharField):
    """A web address, or an empty string when there is none."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)


class TermSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class OrganisationSerializer(serializers.Serializer):
    name = serializers.CharField(read_only=True)
    slug = serializers.SlugField(read_only=True)
    country = serializers.CharField(
        source="country_id", read_only=True, allow_null=True, help_text="ISO 3166-1 code."
    )
    website = OptionalUrlField()


class EntrySerializer(serializers.Serializer):
    """What every curated kind shows."""

    slug = serializers.SlugField(read_only=True)
    url = PageUrlField(help_text="The entry's page on the site.")
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    countries = CountryCodesField()
    published_at = serializers.DateTimeField(read_only=True)
    last_verified = serializers.DateField(read_only=True, allow_null=True)


class PracticeSerializer(EntrySerializer):
    api_url = ApiUrlField("api:practice-detail")
    organisation = OrganisationSerializer(read_only=True, allow_null=True)
    types = TermSerializer(many=True, read_only=True)
    focus_areas = TermSerializer(many=True, read_only=True)
    target_groups = TermSerializer(many=True, read_only=True)
    languages = LanguageCodesField()
    delivery_mode = serializers.ChoiceField(DeliveryMode.choices, read_only=True)
    evidence_level = serializers.ChoiceField(EvidenceLevel.choices, read_only=True)
    peer_led = serializers.BooleanField(read_only=True)


class ReferenceSerializer(serializers.Serializer):
    authors = serializers.CharField(read_only=True)
    year = serializers.IntegerField(read_only=True, allow_null=True)
    title = serializers.CharField(read_only=True)
    journal = serializers.CharField(read_only=True)
    doi = serializers.CharField(read_only=True)
    link = serializers.CharField(read_only=True, help_text="The DOI resolver or web address.")


class LinkSerializer(serializers.Serializer):
    title = serializers.CharField(read_only=True)
    url = serializers.URLField(read_only=True)


class ResourceSerializer(serializers.Serializer):
    title = serializers.CharField(read_only=True)
    download_url = serializers.SerializerMethodField()
    content_type = serializers.CharField(read_only=True)
    size = serializers.IntegerField(read_only=True, help_text="In bytes.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_download_url(self, resource) -> str:
        path = reverse("practices:resource", args=[resource.practice.slug, resource.pk])
        return absolute(self.context["request"], path)


class RelatedEntrySerializer(serializers.Serializer):
    """A published entry that another one links to."""

    slug = serializers.SlugField(read_only=True)
    title = serializers.CharField(read_only=True)
    url = PageUrlField()


class RelatedEventSerializer(RelatedEntrySerializer):
    """A scheduled event still to come that an entry links to."""

    start = serializers.DateTimeField(read_only=True)


class PracticeDetailSerializer(PracticeSerializer):
    description = serializers.CharField(read_only=True, help_text="Markdown.")
    materials_languages = LanguageCodesField()
    setting = serializers.ChoiceField(Setting.choices, read_only=True)
    year_started = serializers.IntegerField(read_only=True, allow_null=True)
    activity_status = serializers.ChoiceField(ActivityStatus.choices, read_only=True)
    mechanisms = TermSerializer(many=True, read_only=True)
    outcomes = TermSerializer(many=True, read_only=True)
    references = ReferenceSerializer(many=True, read_only=True)
    links = LinkSerializer(many=True, read_only=True)
    resources = ResourceSerializer(many=True, read_only=True)
    training_programmes = RelatedEntrySerializer(
        source="public_trainings", many=True, read_only=True
    )
    upcoming_workshops = RelatedEventSerializer(
        source="public_workshops", many=True, read_only=True
    )
    updated = serializers.DateTimeField(read_only=True)


class TrainingSerializer(EntrySerializer):
    api_url = ApiUrlField("api:training-detail")
    provider = OrganisationSerializer(read_only=True, allow_null=True)
    languages = LanguageCodesField()
    format = serializers.ChoiceField(Format.choices, read_only=True)
    accredited = serializers.BooleanField(read_only=True)
    delivery_mode = serializers.ChoiceField(DeliveryMode.choices, read_only=True)
    hours = serializers.IntegerField(read_only=True)
    free = serializers.BooleanField(source="is_free", read_only=True)
    cost_amount = serializers.DecimalField(
        max_digits=9, decimal_places=2, read_only=True, allow_null=True, coerce_to_string=True
    )
    cost_currency = serializers.CharField(read_only=True, help_text="ISO 4217, empty when free.")
    audiences = TermSerializer(many=True, read_only=True)
    types = TermSerializer(many=True, read_only=True)


class ModuleSerializer(serializers.Serializer):
    title = serializers.CharField(read_only=True)
    hours = serializers.IntegerField(read_only=True, allow_null=True)
    outcomes = serializers.CharField(read_only=True)


class TrainingDetailSerializer(TrainingSerializer):
    description = serializers.CharField(read_only=True, help_text="Markdown.")
    accrediting_body = serializers.CharField(read_only=True)
    credits = serializers.CharField(read_only=True)
    prerequisites = serializers.CharField(read_only=True)
    schedule = serializers.CharField(read_only=True)
    enrol_url = OptionalUrlField()
    focus_areas = TermSerializer(many=True, read_only=True)
    modules = ModuleSerializer(many=True, read_only=True)
    related_practices = RelatedEntrySerializer(source="public_practices", many=True, read_only=True)
    upcoming_workshops = RelatedEventSerializer(
        source="public_workshops", many=True, read_only=True
    )
    updated = serializers.DateTimeField(read_only=True)


class WorkshopSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    url = PageUrlField(help_text="The event's page on the site.")
    api_url = ApiUrlField("api:workshop-detail")
    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    kind = serializers.ChoiceField(Kind.choices, read_only=True)
    status = serializers.ChoiceField(
        [c for c in WorkshopStatus.choices if c[0] != WorkshopStatus.DRAFT], read_only=True
    )
    start = serializers.DateTimeField(read_only=True)
    end = serializers.DateTimeField(read_only=True)
    time_zone = serializers.CharField(read_only=True, help_text="The event's IANA time zone.")
    city = serializers.CharField(read_only=True)
    country = serializers.CharField(
        source="listed_country_id",
        read_only=True,
        allow_null=True,
        help_text="ISO 3166-1 code of the country the event is listed under: its venue's, "
        "or for an online event its organiser's.",
    )
    organiser = OrganisationSerializer(read_only=True, allow_null=True)
    languages = LanguageCodesField()
    types = TermSerializer(many=True, read_only=True)


class SeatsSerializer(serializers.Serializer):
    mode = serializers.ChoiceField(AttendanceMode.choices, read_only=True)
    seats_left = serializers.IntegerField(read_only=True, source="left")


class WorkshopDetailSerializer(WorkshopSerializer):
    description = serializers.CharField(read_only=True, help_text="Markdown.")
    venue_name = serializers.CharField(read_only=True)
    venue_address = serializers.CharField(read_only=True)
    interpretation = LanguageCodesField()
    focus_areas = TermSerializer(many=True, read_only=True)
    registration = serializers.ChoiceField(
        RegistrationWindow.choices, source="window", read_only=True
    )
    seats = SeatsSerializer(many=True, read_only=True)
    related_practices = RelatedEntrySerializer(source="public_practices", many=True, read_only=True)
    related_trainings = RelatedEntrySerializer(source="public_trainings", many=True, read_only=True)
    materials = serializers.CharField(read_only=True, help_text="Markdown, after the event.")
    recording_url = OptionalUrlField()
    cpd_hours = serializers.DecimalField(
        max_digits=4, decimal_places=1, read_only=True, allow_null=True
    )


class CountsSerializer(serializers.Serializer):
    practices = serializers.IntegerField(read_only=True)
    training_programmes = serializers.IntegerField(read_only=True, source="trainings")
    upcoming_workshops = serializers.IntegerField(read_only=True)


class ProfileSerializer(serializers.Serializer):
    summary = serializers.CharField(read_only=True)
    occupation_status = serializers.ChoiceField(Occupation.choices, read_only=True)
    last_verified = serializers.DateField(read_only=True, allow_null=True)
    updated = serializers.DateTimeField(read_only=True)


class ProfileDetailSerializer(ProfileSerializer):
    occupation = serializers.CharField(read_only=True, help_text="Markdown.")
    certification = serializers.CharField(read_only=True, help_text="Markdown.")
    funding = serializers.CharField(read_only=True, help_text="Markdown.")
    networks = serializers.CharField(read_only=True, help_text="Markdown.")


class CountrySerializer(serializers.Serializer):
    """A country (an ``api.views.CountryEntry``) with what the site has about it."""

    code = serializers.CharField(read_only=True, help_text="ISO 3166-1 code.")
    name = serializers.CharField(read_only=True)
    url = serializers.URLField(read_only=True, help_text="The country's page on the site.")
    api_url = serializers.URLField(read_only=True)
    counts = CountsSerializer(read_only=True)
    profile = ProfileSerializer(read_only=True, allow_null=True)


class ListsSerializer(serializers.Serializer):
    practices = serializers.URLField(read_only=True)
    training_programmes = serializers.URLField(read_only=True)
    workshops = serializers.URLField(read_only=True)


class CountryDetailSerializer(CountrySerializer):
    profile = ProfileDetailSerializer(read_only=True, allow_null=True)
    lists = ListsSerializer(read_only=True, help_text="The API's lists for this country.")


class ErrorsSerializer(serializers.Serializer):
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="For each parameter that was not understood, what was wrong with it.",
    )


class DetailSerializer(serializers.Serializer):
    detail = serializers.CharField()


def page_of(serializer_class: type[serializers.Serializer]) -> type[serializers.Serializer]:
    """The pagination envelope around a list of one kind."""
    name = serializer_class.__name__.removesuffix("Serializer")
    return type(
        f"Paginated{name}List",
        (serializers.Serializer,),
        {
            "count": serializers.IntegerField(help_text="How many rows match, on all pages."),
            "next": serializers.URLField(allow_null=True, help_text="The next page, if any."),
            "previous": serializers.URLField(
                allow_null=True, help_text="The previous page, if any."
            ),
            "results": serializer_class(many=True),
        },
    )
