"""Public pages of the training directory, its open data, and member submissions."""

from django.contrib.auth.decorators import login_required
from django.core.validators import slug_re
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from practices.facet_index import FacetIndex, get_index
from practices.listing import (
    Listing,
    ListingFeed,
    card_rows,
    conditional,
    export_csv,
    export_json,
    open_data_rows,
)
from practices.related import read_present, related_rows
from practices.translations import Reading, reading, translate_cards
from practices.views import own_submission_or_404, submission_view, visible_entry_or_404
from resource_centre.statements import Statement

from .filters import TrainingFilterSet
from .forms import TrainingSubmissionForm, TranslationFormSet
from .models import DETAIL_TERMS, INDEX_NAME, SEARCH_FIELDS, TrainingProgramme, linked_lookups

SORTS = {
    "relevance": (gettext_lazy("Best match"), ["-rank", "title", "pk"]),
    "title": (gettext_lazy("Title (A to Z)"), ["title", "pk"]),
    "newest": (gettext_lazy("Newest first"), ["-published_at", "title", "pk"]),
    "shortest": (gettext_lazy("Shortest first"), ["hours", "title", "pk"]),
}
EXPORT_COLUMNS = [
    "slug",
    "url",
    "title",
    "organisation",
    "countries",
    "languages",
    "types",
    "focus_areas",
    "audiences",
    "format",
    "accredited",
    "delivery_mode",
    "hours",
    "free",
    "cost",
    "last_verified",
]
EXPORT_VALUES = {
    "slug": "slug",
    "title": "title",
    "organisation": "provider__name",
    "format": "format",
    "accredited": "accredited",
    "delivery_mode": "delivery_mode",
    "hours": "hours",
    "free": "is_free",
    "cost_amount": "cost_amount",
    "cost_currency": "cost_currency",
    "last_verified": "last_verified",
}
EXPORT_MANY = {
    "countries": "countries__code",
    "languages": "languages__code",
    "types": "types__slug",
    "focus_areas": "focus_areas__slug",
    "audiences": "audiences__slug",
}
MAX_COMPARED = 4
# The programme's page lists at most this many upcoming workshops about it.
WORKSHOPS_SHOWN = 10
CARD_ROWS = card_rows(lambda: TrainingProgramme.objects.for_cards())
# The programme page's queries, compiled once per process (see resource_centre.statements).
DETAIL_ROW = Statement(lambda slug: TrainingProgramme.objects.for_detail().filter(slug=slug))
# Workshops come after trainings in the apps' order: their model is reached through the
# relation, whose queryset brings the workshops' own methods.
LINKED_WORKSHOPS = Statement(
    lambda pk, now: (
        TrainingProgramme.workshops.rel.related_model.objects.filter(related_trainings=pk)
        .announced(now)
        .for_links()[:WORKSHOPS_SHOWN]
    )
)


def training_listing(data: QueryDict) -> Listing:
    """The published directory, narrowed by a request's search and facets."""
    return Listing(
        data=data,
        queryset=TrainingProgramme.objects.published(),
        filterset_class=TrainingFilterSet,
        search_fields=SEARCH_FIELDS,
        sorts=SORTS,
        default_sort="title",
        index_name=INDEX_NAME,
    )


def training_index(token: str | None = None) -> FacetIndex:
    """The directory's facet index: its published rows by facet value and in each order
    (under ``token`` where the caller has read it)."""
    return get_index(INDEX_NAME, lambda: training_listing(QueryDict()).build_index(), token=token)


@require_safe
def training_list(request: HttpRequest) -> HttpResponse:
    listing = training_listing(request.GET)
    page = listing.page(rows=CARD_ROWS)
    translate_cards(page.object_list, TrainingProgramme)
    return render(
        request,
        "trainings/training_list.html",
        {"listing": listing, "page": page, "facets": listing.facets()},
    )


@require_safe
def training_detail(request: HttpRequest, slug: str) -> HttpResponse:
    programme = visible_entry_or_404(request, DETAIL_ROW, slug)
    read_present(programme, *linked_lookups())
    # Its countries, languages, audiences and terms, in one query.
    terms = related_rows(programme, DETAIL_TERMS)
    shown = reading(request, programme)
    upcoming = LINKED_WORKSHOPS(programme.pk, timezone.now())
    return render(
        request,
        "trainings/training_detail.html",
        {
            "programme": programme,
            "reading": shown,
            "terms": terms,
            "related_practices": programme.related_practices.all(),
            "workshops": upcoming,
            "json_ld": json_ld(request, programme, terms, shown),
        },
    )


def json_ld(
    request: HttpRequest, programme: TrainingProgramme, terms: dict, shown: Reading
) -> dict:
    """schema.org Course description of the programme, in the texts the page shows."""
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": shown.title,
        "description": shown.summary,
        "url": request.build_absolute_uri(programme.get_absolute_url()),
        "inLanguage": [language.code for language in terms["languages"]],
        "timeRequired": f"PT{programme.hours}H",
        "isAccessibleForFree": programme.is_free,
    }
    if programme.provider:
        data["provider"] = {"@type": "Organization", "name": programme.provider.name}
        if programme.provider.website:
            data["provider"]["url"] = programme.provider.website
    if programme.credits:
        data["educationalCredentialAwarded"] = programme.credits
    return data


@require_safe
def training_compare(request: HttpRequest) -> HttpResponse:
    """Two to four programmes side by side, as picked by the visitor."""
    requested = list(dict.fromkeys(s.strip() for s in request.GET.getlist("p") if s.strip()))
    notices = []
    if len(requested) > MAX_COMPARED:
        notices.append(
            _("Up to %(n)d programmes can be compared; the first %(n)d are shown.")
            % {"n": MAX_COMPARED}
        )
        requested = requested[:MAX_COMPARED]
    found = {
        p.slug: p
        for p in TrainingProgramme.objects.published()
        .for_compare()
        # Only what could be a slug goes to the database (PostgreSQL refuses a NUL byte).
        .filter(slug__in=[slug for slug in requested if slug_re.match(slug)])
    }
    for slug in requested:
        if slug not in found:
            notices.append(_("No published programme is called “%(slug)s”.") % {"slug": slug})
    programmes = [found[slug] for slug in requested if slug in found]
    if len(programmes) < 2:
        notices.append(_("Pick at least two programmes to compare them."))
    return render(
        request,
        "trainings/training_compare.html",
        {"programmes": programmes, "notices": notices},
    )


def export_rows(request: HttpRequest):
    # The request is read here, not while streaming: a malformed one is refused with a 400
    # before the response starts, instead of breaking off the download.
    rows = open_data_rows(
        request,
        training_listing(request.GET).results,
        url_name="trainings:detail",
        values=EXPORT_VALUES,
        many=EXPORT_MANY,
        columns=[*(c for c in EXPORT_COLUMNS if c != "cost"), "cost_amount", "cost_currency"],
    )
    return (with_cost(row) for row in rows)


def with_cost(row: dict) -> dict:
    """An export row with the cost in one column (“120 EUR”, empty when free)."""
    amount, currency = row.pop("cost_amount"), row.pop("cost_currency")
    row["cost"] = "" if row["free"] else f"{amount.normalize():f} {currency}"
    return {column: row[column] for column in EXPORT_COLUMNS}


@require_safe
@conditional(lambda request: TrainingProgramme.objects.published())
def training_export_csv(request: HttpRequest):
    return export_csv(export_rows(request), EXPORT_COLUMNS, "trainings.csv")


@require_safe
@conditional(lambda request: TrainingProgramme.objects.published())
def training_export_json(request: HttpRequest):
    return export_json(export_rows(request), "trainings.json")


class TrainingFeed(ListingFeed):
    title = gettext_lazy("New peer-support training programmes")
    description = gettext_lazy(
        "Training programmes newly listed in the Peer Support Resource Centre."
    )

    def build_listing(self, request):
        return training_listing(request.GET)

    def all_rows(self):
        return TrainingProgramme.objects.published()

    def link(self, listing):
        return "/trainings/"

    def items(self, listing):
        return super().items(listing).select_related("provider")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom's summary is HTML: escaped, the text is shown by feed readers, never run.
        return escape(item.summary)

    def item_author_name(self, item):
        return item.provider.name if item.provider else None


@login_required
def training_submit(request: HttpRequest) -> HttpResponse:
    """A member shares a training programme; it waits for an editor's review."""
    return submission_view(
        request,
        form_class=TrainingSubmissionForm,
        template="trainings/training_submit.html",
        kind=gettext_lazy("training programme"),
        translations_class=TranslationFormSet,
    )


@login_required
def training_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """A member changes their own submission while it is a draft or in review."""
    return submission_view(
        request,
        form_class=TrainingSubmissionForm,
        template="trainings/training_submit.html",
        kind=gettext_lazy("training programme"),
        entry=own_submission_or_404(request, TrainingProgramme.objects.all(), slug),
        translations_class=TranslationFormSet,
    )
