"""The facets of /workshops/."""

from django.utils.translation import gettext_lazy as _

from practices.filters import country_facet, language_facet, lower, readable_facet, type_facet
from practices.listing import Facet, FacetFilterSet

from .models import Kind


class WorkshopFilterSet(FacetFilterSet):
    kind = Facet(
        field_name="kind",
        label=_("Kind of event"),
        choices=lambda: Kind.choices,
        normalise=lower,
        show_empty=True,
    )
    country = country_facet("listed_country__code")
    language = language_facet()
    available = readable_facet()
    type = type_facet()
