"""The map of Europe and the country pages."""

from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.models import Country, Purpose
from practices.models import Organisation, Practice
from trainings.models import TrainingProgramme
from workshops.models import Workshop, WorkshopStatus

from .counts import LEVELS, map_rows
from .map import europe_map

# How many items of each kind a country page shows before linking to the full list.
SHOWN = 5


@require_safe
def country_map(request: HttpRequest) -> HttpResponse:
    """Europe's countries on a map and in a table, with what each has."""
    rows = map_rows()
    shapes = europe_map()
    by_code = {row.code: row for row in rows}
    on_map = [(by_code[code], shape) for code, shape in shapes["countries"].items()]
    return render(
        request,
        "countries/country_map.html",
        {
            "rows": rows,
            "on_map": on_map,
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
    country = Country.objects.filter(pk=iso).select_related("profile").first()
    if country is None:
        return country_not_found(request)
    if code != code.lower():
        return redirect("countries:detail", code=code.lower(), permanent=True)
    now = timezone.now()
    practices = Practice.objects.published().filter(countries=iso)
    trainings = TrainingProgramme.objects.published().filter(countries=iso)
    events = Workshop.objects.public().filter(listed_country=iso)
    upcoming, past = events.upcoming(now), events.past(now)
    organisations = Organisation.objects.filter(country=iso).filter(
        Exists(Practice.objects.published().filter(organisation=OuterRef("pk")))
        | Exists(TrainingProgramme.objects.published().filter(provider=OuterRef("pk")))
        | Exists(Workshop.objects.public().filter(organiser=OuterRef("pk")))
    )
    sections = {
        "practices": _section(
            practices.select_related("organisation").order_by("-published_at", "pk"),
            _list_url("practices:list", iso),
        ),
        "trainings": _section(
            trainings.select_related("provider").order_by("-published_at", "pk"),
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
    # One query for the first rows and one for the count, whatever the numbers.
    return {"items": list(queryset[:SHOWN]), "count": queryset.count(), "url": url}


def _list_url(name: str, code: str, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in {"country": code, **params}.items())
    return f"{reverse(name)}?{query}"
