"""The map of Europe and the country pages."""

from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from accounts.models import Purpose
from practices.cards import address
from practices.facet_index import FacetIndex, read_tokens
from practices.models import INDEX_NAME as PRACTICES_INDEX
from practices.models import Practice
from practices.translations import translate_cards
from practices.views import CARD_ROWS as PRACTICE_ROWS
from practices.views import practice_index
from resource_centre.statements import Statement
from trainings.models import INDEX_NAME as TRAININGS_INDEX
from trainings.models import TrainingProgramme
from trainings.views import CARD_ROWS as TRAINING_ROWS
from trainings.views import training_index
from workshops.models import INDEX_NAMES as EVENT_INDEXES
from workshops.models import Workshop
from workshops.views import CARD_ROWS as EVENT_ROWS
from workshops.views import workshop_index

from .counts import LEVELS, map_links, map_rows, table_rows
from .map import europe_map
from .models import PROFILES_INDEX
from .organisations import TOKENS as ORGANISATION_TOKENS
from .organisations import country_organisations
from .profiles import country_with_profile
from .sections import country_aside, country_lists, country_profile

# How many items of each kind a country page shows before linking to the full list.
SHOWN = 5
# The page's lists, in their order.
LISTS = ("practices", "trainings", "upcoming", "past")


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
    # The lists' own facet indexes know which public rows are the country's and which come
    # first: the counts are the ones the lists show. Their tokens, the organisations' and
    # the profiles' are read from the shared cache at once; the rows shown are read in a
    # query per model.
    tokens = read_tokens([*ORGANISATION_TOKENS, PROFILES_INDEX])
    country = country_with_profile(iso, tokens.get(PROFILES_INDEX))
    if country is None:
        return country_not_found(request)
    if code != code.lower():
        return redirect("countries:detail", code=code.lower(), permanent=True)
    upcoming_index, past_index = EVENT_INDEXES
    practices = _first(practice_index(tokens.get(PRACTICES_INDEX)), iso, "newest")
    trainings = _first(training_index(tokens.get(TRAININGS_INDEX)), iso, "newest")
    upcoming = _first(workshop_index(past=False, token=tokens.get(upcoming_index)), iso, "soonest")
    past = _first(workshop_index(past=True, token=tokens.get(past_index)), iso, "latest")
    events = _rows(EVENT_ROWS, upcoming[0] + past[0])
    sections = {
        "practices": _section(
            *practices, _rows(PRACTICE_ROWS, practices[0]), _list_url("practices:list", iso)
        ),
        "trainings": _section(
            *trainings, _rows(TRAINING_ROWS, trainings[0]), _list_url("trainings:list", iso)
        ),
        "upcoming": _section(*upcoming, events, _list_url("workshops:list", iso)),
        "past": _section(*past, events, _list_url("workshops:list", iso, when="past")),
        "organisations": _counted_section(*country_organisations(tokens, SHOWN).of(iso)),
    }
    # The cards in the reader's language where a reviewed translation exists, as the lists
    # show them (a query per kind, only for what was written in another language).
    translate_cards(sections["practices"]["items"], Practice)
    translate_cards(sections["trainings"]["items"], TrainingProgramme)
    translate_cards(sections["upcoming"]["items"] + sections["past"]["items"], Workshop)
    profile = getattr(country, "profile", None)
    if profile and not profile.is_public:
        profile = None
    name = country.name
    return render(
        request,
        "countries/country_detail.html",
        {
            "country": country,
            "profile": profile,
            "profile_section": country_profile(name, profile),
            "map_url": address("countries:map"),
            "lists": country_lists(name, *(sections[key] for key in LISTS)),
            "aside": country_aside(name, sections["organisations"], _exports(iso, sections)),
            **_following(request, iso),
        },
    )


def _following(request: HttpRequest, iso: str) -> dict:
    # Anonymous visitors all see the same "sign in" link, so their page stays shareable in
    # the page cache; a member's page (never cached) shows their own follow button.
    member = request.user
    if not member.is_authenticated:
        return {"sign_in": address("account_login")}
    return {
        "follows_country": member.follows.filter(country=iso).exists(),
        "digest_consent": member.consents.active().filter(purpose=Purpose.DIGEST).exists(),
        "digest_wording": Purpose.DIGEST.wording,
    }


def _exports(iso: str, sections: dict) -> dict[str, dict[str, str]]:
    # The lists' own exports, filtered to the country as the lists are (of those with rows).
    return {
        kind: {fmt: _list_url(f"{kind}:export-{fmt}", iso) for fmt in ("csv", "json")}
        for kind in ("practices", "trainings")
        if sections[kind]["count"]
    }


def _counted_section(items: list, count: int) -> dict:
    return {"items": items, "count": count, "url": ""}


def _first(index: FacetIndex, iso: str, sort: str) -> tuple[list[int], int]:
    # The keys of the country's first rows in a list's order, and how many it has in all.
    # (The list's filters, and the queries they make, are built only when the index is.)
    found = index.bits_for("country", [iso])
    return index.first(found, sort, SHOWN), len(found)


def _rows(rows: Statement, pks: list[int]) -> dict[int, Model]:
    return {row.pk: row for row in rows(pks)} if pks else {}


def _section(pks: list[int], count: int, by_pk: dict[int, Model], url: str) -> dict:
    return {"items": [by_pk[pk] for pk in pks if pk in by_pk], "count": count, "url": url}


def _list_url(name: str, code: str, **params: str) -> str:
    query = "&".join(f"{key}={value}" for key, value in {"country": code, **params}.items())
    return f"{address(name)}?{query}"
