"""The training directory's facets: the URL parameters of /trainings/ and its open data."""

from django.utils.translation import gettext_lazy as _

from practices.filters import country_choices, language_choices, lower, term_choices, upper
from practices.listing import Facet, FacetFilterSet
from practices.models import DeliveryMode, PeerSupportType

from .models import Audience, Format


class TrainingFilterSet(FacetFilterSet):
    country = Facet(
        field_name="countries__code",
        label=_("Country"),
        choices=country_choices,
        normalise=upper,
    )
    language = Facet(
        field_name="languages__code",
        label=_("Language"),
        choices=language_choices,
        normalise=lower,
    )
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
    mode = Facet(
        field_name="delivery_mode",
        label=_("Delivery"),
        choices=lambda: DeliveryMode.choices,
        normalise=lower,
        show_empty=True,
    )
    audience = Facet(
        field_name="audiences__slug",
        label=_("Audience"),
        choices=term_choices(Audience),
        normalise=lower,
    )
    type = Facet(
        field_name="types__slug",
        label=_("Type of peer support"),
        choices=term_choices(PeerSupportType),
        normalise=lower,
    )
    free = Facet(
        field_name="is_free",
        label=_("Cost"),
        choices=lambda: [("true", _("Free"))],
        normalise=lower,
        show_empty=True,
        boolean=True,
    )
