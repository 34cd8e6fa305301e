"""Site-wide pages: home, search, health check and error pages."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Count, QuerySet, Window
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from accounts.forms import DeleteAccountForm
from countries import models as countries
from countries.models import CountryProfile
from practices import models as practices
from practices.models import Practice
from practices.search import (
    WeightedFields,
    clean_query,
    search_config,
    search_steps,
    uses_postgres,
)
from practices.views import practice_listing
from resource_centre.i18n import same_site_post
from resource_centre.redirects import redirect_back
from resource_centre.statements import Statement
from trainings import models as trainings
from trainings.models import TrainingProgramme
from trainings.views import training_listing
from workshops import models as workshops
from workshops.models import Workshop, WorkshopStatus
from workshops.views import workshop_listing

from . import services


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The front door: the three aims and the way into each."""
    # Each button says how many rows the list it opens has: the total of that list's own
    # facet index, which is in memory (counting 20,000 rows in the database is not).
    nothing = QueryDict()
    context = {
        "practice_count": len(practice_listing(nothing).index.all),
        "training_count": len(training_listing(nothing).index.all),
        "workshop_count": len(workshop_listing(nothing, past=False).index.all),
    }
    return render(request, "pages/home.html", context)


# How many of the best matches of each kind the site-wide search shows.
SEARCH_SHOWN = 5
# Country profiles have no list page of their own, so the search page can show all of them
# (there is at most one per country).
ALL_PROFILES = 100


@dataclass
class SearchGroup:
    """One kind of content in the site-wide search: its best matches and how many there are."""

    kind: str
    items: list
    count: int
    list_url: str = ""  # that kind's own list, searching for the same words


def _best(matches: QuerySet, order: list[str], shown: int) -> QuerySet:
    # Each row carries the number of all matches: a window over every match, computed before
    # the limit, spares a second search to count them.
    return matches.annotate(matches=Window(Count("pk"))).order_by(*order)[:shown]


@dataclass(frozen=True)
class SearchKind:
    """One kind of content the site-wide search looks through."""

    kind: str
    rows: Callable[..., QuerySet]  # its searchable rows, given the ``values`` below
    fields: WeightedFields
    order: tuple[str, ...]
    list_name: str = ""  # the name of that kind's own list page
    title_field: str = "title"

    def steps(self, q: str, *values, config: str | None = None):
        return search_steps(
            self.rows(*values), q, self.fields, title_field=self.title_field, config=config
        )

    @cached_property
    def best(self) -> Statement:
        """The best SEARCH_SHOWN matches of (q, text-search configuration, *values), compiled
        once (PostgreSQL: its search has the same SQL whatever the words)."""
        return Statement(
            lambda q, config, *values: _best(
                self.steps(q, *values, config=config)[0], list(self.order), SEARCH_SHOWN
            )
        )

    @cached_property
    def best_similar(self) -> Statement:
        """The same for titles with a word like one of q's (PostgreSQL)."""
        return Statement(
            lambda q, *values: _best(self.steps(q, *values)[1], list(self.order), SEARCH_SHOWN)
        )

    def group(self, q: str, *values, shown: int = SEARCH_SHOWN, list_url: str = "") -> SearchGroup:
        # One query for the best rows and how many match in all, whatever the number of
        # matches. Only when nothing matches as typed, the same again for the titles with a
        # similar word.
        if shown == SEARCH_SHOWN and uses_postgres():
            items = self.best(q, search_config(get_language()), *values) or self.best_similar(
                q, *values
            )
            typos = None
        else:
            matches, typos = self.steps(q, *values)
            items = list(_best(matches, list(self.order), shown))
        if not items and typos is not None:
            items = list(_best(typos, list(self.order), shown))
        count = items[0].matches if items else 0
        if self.list_name:
            list_url = _list_url(self.list_name, q=q)
        return SearchGroup(kind=self.kind, items=items, count=count, list_url=list_url)


def _list_url(name: str, **params: str) -> str:
    return f"{reverse(name)}?{urlencode(params)}"


def _upcoming_events(now):
    return (
        Workshop.objects.public().upcoming(now).exclude(status=WorkshopStatus.CANCELLED).for_cards()
    )


SEARCHED = {
    "practices": SearchKind(
        "practices",
        lambda: Practice.objects.published().for_cards(),
        practices.SEARCH_FIELDS,
        ("-rank", "title", "pk"),
        list_name="practices:list",
    ),
    "trainings": SearchKind(
        "trainings",
        lambda: TrainingProgramme.objects.published().for_cards(),
        trainings.SEARCH_FIELDS,
        ("-rank", "title", "pk"),
        list_name="trainings:list",
    ),
    "workshops": SearchKind(
        "workshops",
        _upcoming_events,
        workshops.SEARCH_FIELDS,
        ("-rank", "start", "pk"),
        list_name="workshops:list",
    ),
    "countries": SearchKind(
        "countries",
        lambda: CountryProfile.objects.published().select_related("country"),
        countries.SEARCH_FIELDS,
        ("-rank", "country_id"),
        title_field=countries.TITLE_FIELD,
    ),
}


@require_safe
def site_search(request: HttpRequest) -> HttpResponse:
    """Practices, training programmes, upcoming events and country profiles matching ``q``."""
    q = clean_query(request.GET.get("q"))
    if not q:
        return render(request, "pages/search.html", {"q": "", "groups": []})
    every_profile = request.GET.get("kind") == "countries"
    groups = [
        SEARCHED["practices"].group(q),
        SEARCHED["trainings"].group(q),
        SEARCHED["workshops"].group(q, timezone.now()),
        SEARCHED["countries"].group(
            q,
            shown=ALL_PROFILES if every_profile else SEARCH_SHOWN,
            list_url=f"{reverse('pages:search')}?{urlencode({'q': q, 'kind': 'countries'})}",
        ),
    ]
    return render(
        request,
        "pages/search.html",
        {
            "q": q,
            "groups": groups,
            "total": sum(group.count for group in groups),
            "past_events_url": _list_url("workshops:list", when="past", q=q),
        },
    )


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Answer 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A calm 404 with a way home (and no other languages' addresses of a missing page)."""
    return render(request, "404.html", {"language_alternates": []}, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """A 500 page that needs no database and no context processors."""
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let search engines read the public catalogue, not members' or editors' pages."""
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /admin/",
        "Disallow: /practices/submit/",
        "Disallow: /trainings/submit/",
        "Disallow: /search/",  # endless pages of results; the lists and sitemap cover it all
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    """Erase the member's account after they re-enter their password and tick a box."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_member(request.user)
        logout(request)
        messages.success(request, _("Your account and your data have been deleted. Take care."))
        return redirect("home")
    return render(request, "pages/delete_account.html", {"form": form})


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    """The privacy notice, in plain language."""
    return render(
        request,
        "pages/privacy.html",
        {
            "access_needs_days": settings.RETENTION_ACCESS_NEEDS_DAYS,
            "unverified_days": settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS,
            "session_days": settings.SESSION_COOKIE_AGE // 86400,
            "contact_email": settings.CONTACT_EMAIL,
        },
    )


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement: what we aim for, what we know falls short, whom to tell."""
    return render(request, "pages/accessibility.html", {"contact_email": settings.CONTACT_EMAIL})


@csrf_exempt
@require_POST
def easy_read(request: HttpRequest) -> HttpResponse:
    """Switch easy read on or off for this visit, and go back to the page.

    Like the language switch, the button sits on pages that anonymous visitors share through
    the page cache, so it carries no CSRF token: a cross-site POST is refused by its
    Fetch-metadata or Origin header instead (all it changes is how this visit's pages read).
    """
    if not same_site_post(request):
        return HttpResponseForbidden("Cross-site requests cannot change how pages read.")
    request.session["easy_read"] = request.POST.get("easy_read") == "on"
    return redirect_back(request, "home")
