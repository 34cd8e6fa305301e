"""The catalogue's facets: the URL parameters of /practices/ and of its feed and exports."""

from functools import cache

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.models import Language

from .listing import Facet, FacetFilterSet
from .models import DeliveryMode, EvidenceLevel, FocusArea, PeerSupportType, TargetGroup


@cache
def _countries_in(language: str) -> list[tuple[str, str]]:
    return [(code, str(name)) for code, name in countries]


def country_choices():
    # Sorting 250 translated names is slow: keep the list for each language.
    return _countries_in(get_language())


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
        normalise=upper,
    )
    type = Facet(
        field_name="types__slug",
        label=_("Type of peer support"),
        choices=term_choices(PeerSupportType),
        normalise=lower,
    )
    focus = Facet(
        field_name="focus_areas__slug",
        label=_("Focus area"),
        choices=term_choices(FocusArea),
        normalise=lower,
    )
    group = Facet(
        field_name="target_groups__slug",
        label=_("Target group"),
        choices=term_choices(TargetGroup),
        normalise=lower,
    )
    language = Facet(
        field_name="languages__code",
        label=_("Language"),
        choices=language_choices,
        normalise=lower,
    )
    evidence = Facet(
        field_name="evidence_level",
        label=_("Evidence"),
        choices=lambda: EvidenceLevel.choices,
        normalise=lower,
        show_empty=True,
    )
    mode = Facet(
        field_name="delivery_mode",
        label=_("Delivery"),
        choices=lambda: DeliveryMode.choices,
        normalise=lower,
        show_empty=True,
    )
