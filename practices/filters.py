"""The catalogue's facets: the URL parameters of /practices/ and of its feed and exports."""

from functools import cache

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from accounts.languages import language_choices as sorted_languages
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
    # The default manager reads each term's name in the page's language.
    return lambda: model.objects.values_list("slug", "local_name")


def language_choices():
    return sorted_languages(Language.objects.values_list("code", "name"))


def upper(value: str) -> str:
    return value.strip().upper()


def lower(value: str) -> str:
    return value.strip().lower()


# The facets every kind shares, so that their parameters mean the same everywhere.


def country_facet(path: str = "countries__code") -> Facet:
    return Facet(field_name=path, label=_("Country"), choices=country_choices, normalise=upper)


def language_facet(path: str = "languages__code") -> Facet:
    return Facet(field_name=path, label=_("Language"), choices=language_choices, normalise=lower)


def readable_facet() -> Facet:
    """The languages an entry can be read in: its original's and its reviewed translations'."""
    return Facet(
        field_name="readable_in__code",
        label=_("Available in"),
        choices=language_choices,
        normalise=lower,
    )


def type_facet(path: str = "types__slug") -> Facet:
    return Facet(
        field_name=path,
        label=_("Type of peer support"),
        choices=term_choices(PeerSupportType),
        normalise=lower,
    )


def mode_facet(path: str = "delivery_mode") -> Facet:
    return Facet(
        field_name=path,
        label=_("Delivery"),
        choices=lambda: DeliveryMode.choices,
        normalise=lower,
        show_empty=True,
    )


class PracticeFilterSet(FacetFilterSet):
    country = country_facet()
    type = type_facet()
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
    language = language_facet()
    available = readable_facet()
    evidence = Facet(
        field_name="evidence_level",
        label=_("Evidence"),
        choices=lambda: EvidenceLevel.choices,
        normalise=lower,
        show_empty=True,
    )
    mode = mode_facet()
