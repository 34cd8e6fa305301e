"""The map of Europe and the country pages."""

from django.db.models import Count, Exists, OuterRef, Window
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.models import Country, Purpose
from practices.facet_index import FacetIndex
from practices.models import Organisation, Practice
from practices.views import practice_index
from trainings.models import TrainingProgramme
from trainings.views import training_index
from workshops.models import Workshop, WorkshopStatus

from .counts import LEVELS, map_links, map_rows, table_rows
from .map import europe_map

# How many items of each kind a country page shows before linking to the full list.
SHOWN = 5


@require_safe
def country_map(request: HttpRequest) -> HttpResponse:
    """Europe's countries on a map and in a table, with what each has."""
    rows = map_rows()
    shapes = europe_map()
    return render(
        request,
        "countries/country_map.html",
        {
            "map_links": map_links(rows),
            "table_rows": table_rows(rows),
            "viewbox": shapes["viewbox"],
            "context_land": shapes["context"],
            "levels": LEVELS,
        },
    )


def country_not_found(request: HttpRequest) -> HttpResponse:
    return render(request, "countries/country_not_found.html", status=404)


@require_safe
def country_detail(request: HttpRequest, code: str) -> HttpResponse:
    """A country's profile and a few of its practices, programmes, events and organisations."""
    iso = code.upper()
    if len(code) != 2 or not (code.isascii() and code.isalpha()):
        return country_not_found(request)
    country = (
        Country.objects.filter(pk=iso)
        .select_related("profile")
        .defer("profile__search_vector")
        .first()
    )
    if country is None:
        return country_not_found(request)
    if code != code.lower():
        return redirect("countries:detail", code=code.lower(), permanent=True)
    now = timezone.now()
    events = (
        Workshop.objects.public()
        .filter(listed_country=iso)
        .only("slug", "title", "start", "kind", "city", "status")
    )
    upcoming, past = events.upcoming(now), events.past(now)
    organisations = (
        Organisation.objects.filter(country=iso)
        .filter(
            Exists(Practice.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(TrainingProgramme.objects.published().filter(provider=OuterRef("pk")))
            | Exists(Workshop.objects.public().filter(organiser=OuterRef("pk")))
        )
        .only("name", "website")
    )
    sections = {
        "practices": _indexed_section(
            practice_index(),
            Practice.objects.select_related("organisation").only(
                "title", "slug", "summary", "organisation__name"
            ),
            iso,
            _list_url("practices:list", iso),
        ),
        "trainings": _indexed_section(
            training_index(),
            TrainingProgramme.objects.select_related("provider").only(
                "title", "slug", "summary", "provider__name"
            ),
            iso,
            _list_url("trainings:list", iso),
        ),
        "upcoming": _section(upcoming.order_by("start", "pk"), _list_url("workshops:list", iso)),
        "past": _section(
            past.order_by("-start", "pk"), _list_url("workshops:list", iso, when="past")
        ),
        "organisations": _section(organisations.order_by("name", "pk"), ""),
    }
    profile = getattr(country, "profile", None)
    return render(
        request,
        "countries/country_detail.html",
        {
            "country": country,
            "profile": profile if profile and profile.is_public else None,
            "cancelled": WorkshopStatus.CANCELLED,
            "exports": _exports(iso),
            **_following(request, iso),
            **sections,
        },
    )


def _following(request: HttpRequest, iso: str) -> dict:
    # Anonymous visitors all see the same "sign in" link, so their page stays shareable in
    # the page cache; a member's page (never cached) shows their own follow button.
    member = request.user
    if not member.is_authenticated:
        return {}
    return {
        "follows_country": member.follows.filter(country=iso).exists(),
        "digest_consent": member.consents.active().filter(purpose=Purpose.DIGEST).exists(),
        "digest_wording": Purpose.DIGEST.wording,
    }


def _exports(iso: str) -> dict[str, dict[str, str]]:
    # The lists' own exports, filtered to the country as the lists are.
    return {
        kind: {fmt: _list_url(f"{kind}:export-{fmt}", iso) for fmt in ("csv", "json")}
        for kind in ("practices", "trainings")
    }


def _section(queryset, url: str) -> dict:
    # One query for the first rows and the count of all (a window over the whole set).
    items = list(queryset.annotate(total=Window(Count("pk")))[:SHOWN])
    return {"items": items, "count": items[0].total if items else 0, "url": url}


def _indexed_section(index: FacetIndex, rows, iso: str, url: str) -> dict:
    # The list's own facet index knows which published rows are the country's and which
    # are newest: the count is the one the list shows, and one query reads the rows shown.
    # (The list's filters, and the queries they make, are built only when the index is.)
    found = index.bits_for("country", [iso])
    pks = index.first(found, "newest", SHOWN)
    by_pk = {row.pk: row for row in rows.filter(pk__in=pks)} if pks else {}
    return {"items": [by_pk[pk] for pk in pks if pk in by_pk], "count": len(found), "url": url}


def _list_url(name: str, code: str, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in {"country": code, **params}.items())
    return f"{reverse(name)}?{query}"
