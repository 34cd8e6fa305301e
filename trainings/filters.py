"""The training directory's facets: the URL parameters of /trainings/ and its open data."""

from django.utils.translation import gettext_lazy as _

from practices.filters import (
    country_facet,
    language_facet,
    lower,
    mode_facet,
    readable_facet,
    term_choices,
    type_facet,
)
from practices.listing import Facet, FacetFilterSet

from .models import Audience, Format


class TrainingFilterSet(FacetFilterSet):
    country = country_facet()
    language = language_facet()
    available = readable_facet()
    format = Facet(
        field_name="format",
        label=_("Format"),
        choices=lambda: Format.choices,
        normalise=lower,
        show_empty=True,
    )
    accredited = Facet(
        field_name="accredited",
        label=_("Accreditation"),
        choices=lambda: [("true", _("Accredited")), ("false", _("Not accredited"))],
        normalise=lower,
        show_empty=True,
        boolean=True,
    )
    mode = mode_facet()
    audience = Facet(
        field_name="audiences__slug",
        label=_("Audience"),
        choices=term_choices(Audience),
        normalise=lower,
    )
    type = type_facet()
    free = Facet(
        field_name="is_free",
        label=_("Cost"),
        choices=lambda: [("true", _("Free"))],
        normalise=lower,
        show_empty=True,
        boolean=True,
    )
