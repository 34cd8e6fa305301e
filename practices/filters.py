"""The catalogue's facets: the URL parameters of /practices/ and of its feed and exports."""

from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.models import Language

from .listing import Facet, FacetFilterSet
from .models import DeliveryMode, EvidenceLevel, FocusArea, PeerSupportType, TargetGroup


def country_choices():
    return list(countries)


def country_name(code: str) -> str:
    return countries.name(code) or code


def term_choices(model):
    return lambda: model.objects.values_list("slug", "name")


def language_choices():
    return Language.objects.values_list("code", "name")


def upper(value: str) -> str:
    return value.strip().upper()


def lower(value: str) -> str:
    return value.strip().lower()


class PracticeFilterSet(FacetFilterSet):
    country = Facet(
        field_name="countries__code",
        label=_("Country"),
        choices=country_choices,
        labels=country_name,
        normalise=upper,
    )
    type = Facet(
        field_name="types__slug",
        label_path="types__name",
        label=_("Type of peer support"),
        choices=term_choices(PeerSupportType),
        normalise=lower,
    )
    focus = Facet(
        field_name="focus_areas__slug",
        label_path="focus_areas__name",
        label=_("Focus area"),
        choices=term_choices(FocusArea),
        normalise=lower,
    )
    group = Facet(
        field_name="target_groups__slug",
        label_path="target_groups__name",
        label=_("Target group"),
        choices=term_choices(TargetGroup),
        normalise=lower,
    )
    language = Facet(
        field_name="languages__code",
        label_path="languages__name",
        label=_("Language"),
        choices=language_choices,
        normalise=lower,
    )
    evidence = Facet(
        field_name="evidence_level",
        label=_("Evidence"),
        choices=lambda: EvidenceLevel.choices,
        labels=lambda value: EvidenceLevel(value).label,
        normalise=lower,
        show_empty=True,
    )
    mode = Facet(
        field_name="delivery_mode",
        label=_("Delivery"),
        choices=lambda: DeliveryMode.choices,
        labels=lambda value: DeliveryMode(value).label,
        normalise=lower,
        show_empty=True,
    )
