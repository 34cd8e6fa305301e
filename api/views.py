"""The read-only open-data API: the site's lists and entries as JSON.

A list answers the same rows, in the same order, as its page for the same query string:
both are built by the app's own ``Listing`` (search, facets, sorting). Only what the
public pages show is given out, and only while it is published.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_safe
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework.exceptions import APIException, NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import APIView

from accounts.models import Country
from countries.counts import CountryCounts, count_by_country, map_rows
from countries.models import CountryProfile
from practices.filters import PracticeFilterSet
from practices.listing import Listing
from practices.models import DETAIL_TERMS, Practice
from practices.views import SORTS as PRACTICE_SORTS
from practices.views import practice_listing
from trainings.filters import TrainingFilterSet
from trainings.models import TrainingProgramme
from trainings.views import SORTS as TRAINING_SORTS
from trainings.views import training_listing
from workshops.filters import WorkshopFilterSet
from workshops.models import Workshop
from workshops.views import PAST_SORTS, UPCOMING_SORTS, seats, workshop_listing

from . import serializers as s
from .schema import (
    COUNTRY_CODE_PARAMETER,
    LIST_ERRORS,
    SLUG_PARAMETER,
    THROTTLED,
    ListingSchema,
    paging_parameters,
)

PER_PAGE = 20
MAX_PER_PAGE = 100
WHEN = ("upcoming", "past")


class InvalidParameters(APIException):
    """400, naming each query parameter that was not understood."""

    status_code = 400
    default_code = "invalid"

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__({"errors": errors})


def not_found() -> NotFound:
    return NotFound(_("Nothing published has this address."))


def entry_or_404(queryset: QuerySet, slug: str):
    """The entry of ``queryset`` with this slug, or the API's 404."""
    entry = queryset.filter(slug=slug).first()
    if entry is None:
        raise not_found()
    return entry


def published_links(name: str, model, to_attr: str) -> Prefetch:
    """The published entries a relation links to, by title (drafts never show)."""
    queryset = model.objects.published().order_by("title", "pk")
    return Prefetch(name, queryset=queryset, to_attr=to_attr)


def upcoming_events() -> Prefetch:
    """The scheduled events still to come that an entry links to, soonest first."""
    return Prefetch(
        "workshops", queryset=Workshop.objects.announced().for_links(), to_attr="public_workshops"
    )


def shown(value: str, limit: int = 80) -> str:
    """A value as an error message repeats it: long ones cut short."""
    return value if len(value) <= limit else value[:limit] + "…"


def whole_number(data: QueryDict, name: str, default: int, errors: dict, *, most=None) -> int:
    """A positive whole number from the query string, or an error about it."""
    raw = data.get(name) or str(default)
    if raw.isascii() and raw.isdigit() and int(raw) >= 1 and (most is None or int(raw) <= most):
        return int(raw)
    if most is None:
        errors[name] = [
            _("“%(value)s” is not a whole number of 1 or more.") % {"value": shown(raw)}
        ]
    else:
        errors[name] = [
            _("“%(value)s” is not a whole number from 1 to %(most)d.")
            % {"value": shown(raw), "most": most}
        ]
    return default


def listing_errors(listing: Listing) -> dict[str, list[str]]:
    """The facet values and the sort that the listing did not understand, by parameter."""
    filterset = listing.filterset
    filterset.errors  # noqa: B018 (runs validation)
    errors = {}
    for name in filterset.facet_names():
        ignored = filterset.form.fields[name].ignored
        if ignored:
            errors[name] = [
                _("“%(value)s” is not a known value.") % {"value": shown(value)}
                for value in ignored
            ]
    requested = listing.data.get("sort")
    if requested and requested not in listing.sorts:
        errors["sort"] = [
            _("“%(value)s” is not one of: %(sorts)s.")
            % {"value": shown(requested), "sorts": ", ".join(listing.sorts)}
        ]
    return errors


def listing_page(request: Request, listing: Listing, rows: QuerySet, serializer_class) -> dict:
    """One page of a listing in the envelope {count, next, previous, results}."""
    errors = listing_errors(listing)
    number = whole_number(listing.data, "page", 1, errors)
    listing.per_page = whole_number(listing.data, "page_size", PER_PAGE, errors, most=MAX_PER_PAGE)
    if errors:
        raise InvalidParameters(errors)
    # Listing.page() shows the last page for a number beyond it; an API client is told
    # instead that there is nothing more there.
    page = listing.page(rows=rows)
    pages = page.paginator.num_pages
    return {
        "count": page.paginator.count,
        **neighbours(request, number, pages),
        "results": []
        if number > pages
        else serializer_class(page.object_list, many=True, context={"request": request}).data,
    }


def neighbours(request: Request, number: int, pages: int) -> dict[str, str | None]:
    """The addresses of the next and previous pages, with the request's other parameters."""
    here = request.build_absolute_uri()
    previous = min(number - 1, pages)
    return {
        "next": replace_query_param(here, "page", number + 1) if number < pages else None,
        "previous": None
        if number == 1
        else remove_query_param(here, "page")
        if previous == 1
        else replace_query_param(here, "page", previous),
    }


class ListingView(APIView):
    """A list built by an app's Listing; subclasses name the listing and the rows to show."""

    schema = ListingSchema()
    serializer_class: type
    filterset_class: type
    sorts: dict

    def listing(self, data: QueryDict) -> Listing:
        raise NotImplementedError

    def rows(self) -> QuerySet:
        raise NotImplementedError

    def get(self, request: Request) -> Response:
        listing = self.listing(request.query_params)
        return Response(listing_page(request, listing, self.rows(), self.serializer_class))


def detail_schema(name: str, serializer, parameter=SLUG_PARAMETER, responses=None):
    return extend_schema_view(
        get=extend_schema(
            operation_id=f"{name}_retrieve",
            parameters=[parameter],
            responses={
                200: serializer,
                404: OpenApiResponse(
                    s.DetailSerializer, gettext_lazy("Nothing published has this address.")
                ),
                429: THROTTLED,
                **(responses or {}),
            },
        )
    )


def list_schema(name: str, serializer):
    return extend_schema_view(
        get=extend_schema(
            operation_id=f"{name}_list", responses={200: s.page_of(serializer), **LIST_ERRORS}
        )
    )


# Practices


@list_schema("practices", s.PracticeSerializer)
class PracticeList(ListingView):
    """Published practices, narrowed and sorted like /practices/."""

    serializer_class = s.PracticeSerializer
    filterset_class = PracticeFilterSet
    sorts = PRACTICE_SORTS

    def listing(self, data):
        return practice_listing(data)

    def rows(self):
        return Practice.objects.for_list().prefetch_related(
            "types", "focus_areas", "target_groups", "languages"
        )


@detail_schema("practices", s.PracticeDetailSerializer)
class PracticeDetail(APIView):
    """A published practice, with what its page shows."""

    def get(self, request: Request, slug: str) -> Response:
        practice = entry_or_404(
            Practice.objects.published()
            .select_related("organisation")
            .prefetch_related(
                *DETAIL_TERMS,
                "references",
                "links",
                "resources",
                published_links("training_programmes", TrainingProgramme, "public_trainings"),
                upcoming_events(),
            ),
            slug,
        )
        return Response(s.PracticeDetailSerializer(practice, context={"request": request}).data)


# Training programmes


@list_schema("trainings", s.TrainingSerializer)
class TrainingList(ListingView):
    """Published training programmes, narrowed and sorted like /trainings/."""

    serializer_class = s.TrainingSerializer
    filterset_class = TrainingFilterSet
    sorts = TRAINING_SORTS

    def listing(self, data):
        return training_listing(data)

    def rows(self):
        return TrainingProgramme.objects.for_list().prefetch_related("audiences", "types")


@detail_schema("trainings", s.TrainingDetailSerializer)
class TrainingDetail(APIView):
    """A published training programme, with what its page shows."""

    def get(self, request: Request, slug: str) -> Response:
        programme = entry_or_404(
            TrainingProgramme.objects.published()
            .select_related("provider")
            .prefetch_related(
                "countries",
                "languages",
                "audiences",
                "types",
                "focus_areas",
                "modules",
                published_links("related_practices", Practice, "public_practices"),
                upcoming_events(),
            ),
            slug,
        )
        return Response(s.TrainingDetailSerializer(programme, context={"request": request}).data)


# Workshops and webinars


@list_schema("workshops", s.WorkshopSerializer)
class WorkshopList(ListingView):
    """Upcoming public events (past ones with ``when=past``), like /workshops/."""

    serializer_class = s.WorkshopSerializer
    filterset_class = WorkshopFilterSet
    sorts = {**UPCOMING_SORTS, **PAST_SORTS}
    when = WHEN

    def listing(self, data):
        when = data.get("when") or "upcoming"
        if when not in WHEN:
            raise InvalidParameters(
                {"when": [_("“%(value)s” is not upcoming or past.") % {"value": shown(when)}]}
            )
        return workshop_listing(data, past=when == "past")

    def rows(self):
        return Workshop.objects.select_related("organiser").prefetch_related("languages", "types")


@detail_schema("workshops", s.WorkshopDetailSerializer)
class WorkshopDetail(APIView):
    """A public event, past or upcoming, with what its page shows (no join link)."""

    def get(self, request: Request, slug: str) -> Response:
        workshop = entry_or_404(
            Workshop.objects.public()
            .select_related("organiser")
            .prefetch_related(
                "languages",
                "interpretation",
                "types",
                "focus_areas",
                published_links("related_practices", Practice, "public_practices"),
                published_links("related_trainings", TrainingProgramme, "public_trainings"),
            ),
            slug,
        )
        workshop.window = workshop.registration_window()
        workshop.seats = seats(workshop)
        return Response(s.WorkshopDetailSerializer(workshop, context={"request": request}).data)


# Countries


@dataclass
class CountryEntry:
    """A country as the API shows it: its counts, its published profile, its addresses."""

    counts: CountryCounts
    profile: CountryProfile | None
    url: str
    api_url: str
    lists: dict | None = None

    @property
    def code(self) -> str:
        return self.counts.code

    @property
    def name(self) -> str:
        return self.counts.name


def country_entry(request: Request, counts: CountryCounts, profile) -> CountryEntry:
    code = counts.code.lower()
    return CountryEntry(
        counts=counts,
        profile=profile,
        url=request.build_absolute_uri(counts.url),
        api_url=request.build_absolute_uri(reverse("api:country-detail", args=[code])),
    )


@extend_schema_view(
    get=extend_schema(
        operation_id="countries_list",
        parameters=paging_parameters(PER_PAGE, MAX_PER_PAGE),
        responses={200: s.page_of(s.CountrySerializer), **LIST_ERRORS},
    )
)
class CountryList(APIView):
    """The countries /countries/ shows: Europe's, and any other with published content."""

    def get(self, request: Request) -> Response:
        errors = {}
        number = whole_number(request.query_params, "page", 1, errors)
        size = whole_number(request.query_params, "page_size", PER_PAGE, errors, most=MAX_PER_PAGE)
        if errors:
            raise InvalidParameters(errors)
        rows = map_rows()
        window = rows[(number - 1) * size : number * size]
        profiles = {
            profile.country_id: profile
            for profile in CountryProfile.objects.published().filter(
                country__in=[row.code for row in window]
            )
        }
        entries = [country_entry(request, row, profiles.get(row.code)) for row in window]
        return Response(
            {
                "count": len(rows),
                **neighbours(request, number, pages=max(1, -(-len(rows) // size))),
                "results": s.CountrySerializer(entries, many=True).data,
            }
        )


@detail_schema(
    "countries",
    s.CountryDetailSerializer,
    parameter=COUNTRY_CODE_PARAMETER,
    responses={
        301: OpenApiResponse(description=gettext_lazy("The same address, the code in lowercase."))
    },
)
class CountryDetail(APIView):
    """A country, its published profile and how much the site has about it."""

    def get(self, request: Request, code: str) -> Response | HttpResponse:
        if len(code) != 2 or not (code.isascii() and code.isalpha()):
            raise not_found()
        iso = code.upper()
        country = Country.objects.filter(pk=iso).select_related("profile").first()
        if country is None:
            raise not_found()
        if code != code.lower():
            return HttpResponsePermanentRedirect(reverse("api:country-detail", args=[iso.lower()]))
        profile = getattr(country, "profile", None)
        counts = count_by_country().get(iso) or CountryCounts(code=iso)
        entry = country_entry(request, counts, profile if profile and profile.is_public else None)
        entry.lists = {
            "practices": self.filtered(request, "api:practice-list", iso),
            "training_programmes": self.filtered(request, "api:training-list", iso),
            "workshops": self.filtered(request, "api:workshop-list", iso),
        }
        return Response(s.CountryDetailSerializer(entry).data)

    @staticmethod
    def filtered(request: Request, name: str, iso: str) -> str:
        return request.build_absolute_uri(f"{reverse(name)}?country={iso}")


# The human-readable description


@require_safe
def docs(request: HttpRequest) -> HttpResponse:
    """What the API is, its addresses and parameters, its licence and limits."""
    endpoints = [
        (reverse("api:practice-list"), PracticeList, _("Practices")),
        (reverse("api:training-list"), TrainingList, _("Training programmes")),
        (reverse("api:workshop-list"), WorkshopList, _("Workshops and webinars")),
    ]
    return render(
        request,
        "api/docs.html",
        {
            "endpoints": [
                {
                    "path": path,
                    "title": title,
                    "facets": [
                        (name, f.label) for name, f in view.filterset_class.base_filters.items()
                    ],
                    "sorts": list(view.sorts),
                }
                for path, view, title in endpoints
            ],
            "per_page": PER_PAGE,
            "max_per_page": MAX_PER_PAGE,
            "rates": {
                scope: rate_in_words(rate)
                for scope, rate in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"].items()
            },
            "licence_name": settings.OPEN_DATA_LICENCE_NAME,
            "licence_url": settings.OPEN_DATA_LICENCE_URL,
        },
    )


def rate_in_words(rate: str) -> str:
    """A rate limit as settings give it ("60/minute") in the reader's words."""
    count, __, period = rate.partition("/")
    number = int(count)
    words = {
        "s": ngettext("%(count)d request a second", "%(count)d requests a second", number),
        "m": ngettext("%(count)d request a minute", "%(count)d requests a minute", number),
        "h": ngettext("%(count)d request an hour", "%(count)d requests an hour", number),
        "d": ngettext("%(count)d request a day", "%(count)d requests a day", number),
    }[period[0]]
    return words % {"count": number}
