"""The facets of /workshops/."""

from django.utils.translation import gettext_lazy as _

from practices.filters import country_choices, language_choices, lower, term_choices, upper
from practices.listing import Facet, FacetFilterSet
from practices.models import PeerSupportType

from .models import Kind


class WorkshopFilterSet(FacetFilterSet):
    kind = Facet(
        field_name="kind",
        label=_("Kind of event"),
        choices=lambda: Kind.choices,
        normalise=lower,
        show_empty=True,
    )
    country = Facet(
        field_name="country__code", label=_("Country"), choices=country_choices, normalise=upper
    )
    language = Facet(
        field_name="languages__code",
        label=_("Language"),
        choices=language_choices,
        normalise=lower,
    )
    type = Facet(
        field_name="types__slug",
        label=_("Type of peer support"),
        choices=term_choices(PeerSupportType),
        normalise=lower,
    )
