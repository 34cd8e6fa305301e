"""The OpenAPI description of the lists' parameters, read from the same FilterSets they use."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from . import serializers as s

THROTTLED = OpenApiResponse(
    s.DetailSerializer, _("Too many requests: wait for the seconds that Retry-After says.")
)
LIST_ERRORS = {
    400: OpenApiResponse(
        s.ErrorsSerializer,
        _("A parameter had a value the list does not know; the error names the parameter."),
    ),
    429: THROTTLED,
}
SLUG_PARAMETER = OpenApiParameter(
    "slug",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    required=True,
    pattern="^[-a-zA-Z0-9_]+$",
    description=_("The entry's slug, as in the address of its page."),
)
COUNTRY_CODE_PARAMETER = OpenApiParameter(
    "code",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    required=True,
    description=_("The ISO 3166-1 alpha-2 code in lowercase, such as “hu”."),
)


def paging_parameters(per_page: int, most: int) -> list[OpenApiParameter]:
    return [
        OpenApiParameter(
            "page",
            {"type": "integer", "minimum": 1},
            description=_("The page number; a page beyond the last is empty."),
        ),
        OpenApiParameter(
            "page_size",
            {"type": "integer", "minimum": 1, "maximum": most, "default": per_page},
            description=_("Rows per page."),
        ),
    ]


class ListingSchema(AutoSchema):
    """A list's parameters: search, each facet with its known values, sorting and paging."""

    def get_override_parameters(self):
        from .views import MAX_PER_PAGE, PER_PAGE

        view = self.view
        parameters = [
            OpenApiParameter(
                "q",
                OpenApiTypes.STR,
                description=_("Words to search for in titles, summaries and descriptions."),
            )
        ]
        for name, facet in view.filterset_class.base_filters.items():
            values = [str(key) for key, _label in facet.extra["choices"]()]
            parameters.append(
                OpenApiParameter(
                    name,
                    {"type": "array", "items": {"type": "string", "enum": values}},
                    style="form",
                    explode=True,
                    description=_(
                        "%(label)s. Repeat the parameter for several values (any of them "
                        "matches); different parameters must all match."
                    )
                    % {"label": facet.label},
                )
            )
        parameters.append(
            OpenApiParameter(
                "sort",
                OpenApiTypes.STR,
                enum=list(view.sorts),
                description=_("The order of the rows; “relevance” needs a search (q)."),
            )
        )
        if hasattr(view, "when"):
            parameters.append(
                OpenApiParameter(
                    "when",
                    OpenApiTypes.STR,
                    enum=list(view.when),
                    default=view.when[0],
                    description=_("Upcoming events (the default) or past ones."),
                )
            )
        return parameters + paging_parameters(PER_PAGE, MAX_PER_PAGE)
