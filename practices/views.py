"""Public catalogue pages, open data, and member submissions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from resource_centre.statements import Lists, Statement

from . import services
from .cards import detail_url
from .facet_index import FacetIndex, get_index
from .filters import PracticeFilterSet
from .forms import PracticeSubmissionForm, TranslationFormSet
from .listing import (
    Listing,
    ListingFeed,
    card_rows,
    conditional,
    export_csv,
    export_json,
    in_order,
    open_data_rows,
)
from .models import (
    DETAIL_CHILDREN,
    DETAIL_TERMS,
    INDEX_NAME,
    SEARCH_FIELDS,
    Link,
    Practice,
    Resource,
    Status,
)
from .related import keep_read, read_present, related_rows
from .translations import Reading, reading, translate_cards

SORTS = {
    "relevance": (gettext_lazy("Best match"), ["-rank", "title", "pk"]),
    "title": (gettext_lazy("Title (A to Z)"), ["title", "pk"]),
    "newest": (gettext_lazy("Newest first"), ["-published_at", "title", "pk"]),
}
EXPORT_COLUMNS = [
    "slug",
    "url",
    "title",
    "summary",
    "organisation",
    "countries",
    "types",
    "focus_areas",
    "target_groups",
    "languages",
    "delivery_mode",
    "evidence_level",
    "peer_led",
    "last_verified",
]
# The practice page lists at most this many upcoming workshops about the practice.
WORKSHOPS_SHOWN = 10


def practice_listing(data: QueryDict) -> Listing:
    """The published catalogue, narrowed by a request's search and facets."""
    return Listing(
        data=data,
        queryset=Practice.objects.published(),
        filterset_class=PracticeFilterSet,
        search_fields=SEARCH_FIELDS,
        sorts=SORTS,
        default_sort="title",
        index_name=INDEX_NAME,
    )


def practice_index(token: str | None = None) -> FacetIndex:
    """The catalogue's facet index: its published rows by facet value and in each order
    (under ``token`` where the caller has read it)."""
    # The catalogue's filters (and the vocabulary queries they make) are built only when
    # the index itself has to be.
    return get_index(INDEX_NAME, lambda: practice_listing(QueryDict()).build_index(), token=token)


@require_safe
def practice_list(request: HttpRequest) -> HttpResponse:
    listing = practice_listing(request.GET)
    page = listing.page(rows=CARD_ROWS)
    translate_cards(page.object_list, Practice)
    return render(
        request,
        "practices/practice_list.html",
        {"listing": listing, "page": page, "facets": listing.facets()},
    )


def visible_entry_or_404(request: HttpRequest, rows: Statement, slug: str):
    """A published entry, read by ``rows(slug)``; an unpublished one only for its author
    and for editors."""
    entry = rows.first(slug)
    if entry is None:
        raise Http404
    if entry.is_public:
        return entry
    user = request.user
    meta = entry._meta
    if user.is_authenticated and (
        entry.submitted_by_id == user.pk
        or user.has_perm(f"{meta.app_label}.view_{meta.model_name}")
    ):
        return entry
    raise Http404


# The practice page's queries, compiled once per process (see resource_centre.statements).
DETAIL_ROW = Statement(lambda slug: Practice.objects.for_detail().filter(slug=slug))
PLAIN_ROW = Statement(lambda slug: Practice.objects.filter(slug=slug))
CARD_ROWS = card_rows(lambda: Practice.objects.for_cards())
# The practice's links, the programmes that prepare for it, its next events and the cards
# of similar practices, in one query. Programmes and events come after practices in the
# apps' order: their models are reached through the relations, whose querysets bring those
# apps' own methods.
PAGE_LISTS = Lists(
    links=lambda pk, now, similar: Link.objects.filter(practice=pk).only("title", "url"),
    trainings=lambda pk, now, similar: (
        Practice.training_programmes.rel.related_model.objects.filter(
            related_practices=pk
        ).for_links()
    ),
    workshops=lambda pk, now, similar: (
        Practice.workshops.rel.related_model.objects.filter(related_practices=pk)
        .announced(now)
        .for_links()[:WORKSHOPS_SHOWN]
    ),
    similar=lambda pk, now, similar: Practice.objects.for_cards().filter(pk__in=similar),
)
SIMILAR_SHOWN = 6


def visible_practice_or_404(request: HttpRequest, slug: str) -> Practice:
    return visible_entry_or_404(request, DETAIL_ROW, slug)


@require_safe
def practice_detail(request: HttpRequest, slug: str) -> HttpResponse:
    practice = visible_practice_or_404(request, slug)
    read_present(practice, *DETAIL_CHILDREN)
    index = practice_index()
    # A published practice's types, focus and countries are in the catalogue's index: its
    # similar practices are known before any other query, and read with its lists.
    held = {facet: index.values_of(practice.pk, facet) for facet in SIMILAR_BY}
    similar = similar_keys(index, practice.pk, **held) if held["country"] is not None else []
    lists = PAGE_LISTS(practice.pk, timezone.now(), similar)
    keep_read(practice, "links", lists["links"])
    # Its countries, languages and terms of every taxonomy, in one query.
    terms = related_rows(practice, DETAIL_TERMS)
    if held["country"] is None:  # a practice not yet published, shown to its author
        similar = similar_keys(
            index,
            practice.pk,
            type=[t.slug for t in terms["types"]],
            focus=[f.slug for f in terms["focus_areas"]],
            country=[c.code for c in terms["countries"]],
        )
        cards = CARD_ROWS(similar) if similar else []
    else:
        cards = lists["similar"]
    shown = reading(request, practice, fields=("translated_easy_read",))
    return render(
        request,
        "practices/practice_detail.html",
        {
            "practice": practice,
            "reading": shown,
            "terms": terms,
            "similar": in_order(cards, similar),
            "trainings": lists["trainings"],
            "workshops": lists["workshops"],
            "json_ld": json_ld(request, practice, terms, shown),
        },
    )


# The facets of the catalogue's index that say which practices are similar to one.
SIMILAR_BY = ("type", "focus", "country")


def similar_keys(
    index: FacetIndex,
    pk: int,
    *,
    type: list[str],
    focus: list[str],
    country: list[str],
    limit: int = SIMILAR_SHOWN,
) -> list[int]:
    """The newest published practices of the same type or focus that run in other
    countries, by key."""
    related = index.bits_for("type", type) | index.bits_for("focus", focus)
    elsewhere = related - index.bits_for("country", country)
    return index.first(elsewhere, "newest", limit, exclude=pk)


def json_ld(request: HttpRequest, practice: Practice, terms: dict, shown: Reading) -> dict:
    """schema.org description of the practice, for search engines and other catalogues, in
    the texts the page shows."""
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": shown.title,
        "description": shown.summary,
        "url": request.build_absolute_uri(detail_url(practice, "practices:detail")),
        "inLanguage": [language.code for language in terms["languages"]],
        "dateModified": practice.updated.isoformat(),
        "spatialCoverage": [
            {"@type": "Country", "name": country.name, "identifier": country.code}
            for country in terms["countries"]
        ],
    }
    if practice.organisation:
        data["author"] = {"@type": "Organization", "name": practice.organisation.name}
    return data


@require_safe
def resource_download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    """Hand out an uploaded file as a download, never as a page the browser would run."""
    practice = visible_entry_or_404(request, PLAIN_ROW, slug)
    resource = get_object_or_404(Resource, pk=pk, practice=practice)
    response = FileResponse(
        resource.file.open("rb"),
        as_attachment=True,
        filename=f"{practice.slug}-{resource.pk}{resource.extension}",
        content_type=resource.content_type or "application/octet-stream",
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


EXPORT_VALUES = {
    "slug": "slug",
    "title": "title",
    "summary": "summary",
    "organisation": "organisation__name",
    "delivery_mode": "delivery_mode",
    "evidence_level": "evidence_level",
    "peer_led": "peer_led",
    "last_verified": "last_verified",
}
EXPORT_MANY = {
    "countries": "countries__code",
    "types": "types__slug",
    "focus_areas": "focus_areas__slug",
    "target_groups": "target_groups__slug",
    "languages": "languages__code",
}


def export_rows(request: HttpRequest):
    return open_data_rows(
        request,
        practice_listing(request.GET).results,
        url_name="practices:detail",
        values=EXPORT_VALUES,
        many=EXPORT_MANY,
        columns=EXPORT_COLUMNS,
    )


@require_safe
@conditional(lambda request: Practice.objects.published())
def practice_export_csv(request: HttpRequest):
    return export_csv(export_rows(request), EXPORT_COLUMNS, "practices.csv")


@require_safe
@conditional(lambda request: Practice.objects.published())
def practice_export_json(request: HttpRequest):
    return export_json(export_rows(request), "practices.json")


class PracticeFeed(ListingFeed):
    title = gettext_lazy("New peer-support practices")
    description = gettext_lazy("Practices newly published in the Peer Support Resource Centre.")

    def build_listing(self, request):
        return practice_listing(request.GET)

    def all_rows(self):
        return Practice.objects.published()

    def link(self, listing):
        return "/practices/"

    def items(self, listing):
        return super().items(listing).select_related("organisation")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom's summary is HTML: escaped, the text is shown by feed readers, never run.
        return escape(item.summary)

    def item_author_name(self, item):
        return item.organisation.name if item.organisation else None


def submission_view(
    request: HttpRequest,
    *,
    form_class,
    template: str,
    kind: str,
    entry=None,
    translations_class=None,
):
    """Share a new entry, or change one's own entry while it is a draft or in review; with
    ``translations_class``, its translations too."""
    form = form_class(request.POST or None, request.FILES or None, instance=entry)
    translations = None
    if translations_class is not None:
        translations = translations_class(
            request.POST or None, instance=entry, prefix="translations"
        )
    valid = request.method == "POST" and form.is_valid()
    if translations is not None and request.method == "POST":
        # Both are checked, so that every mistake is shown at once.
        valid = translations.is_valid() and valid
        if valid:
            valid = translations.check_languages(form.cleaned_data["written_in"].code)
    if valid:
        services.submit(
            form=form, user=request.user, request=request, kind=kind, translations=translations
        )
        if entry:
            messages.success(request, _("Your changes are saved and waiting for review."))
        else:
            messages.success(request, _("Thank you. It is now waiting for an editor’s review."))
        return redirect("accounts:submissions")
    return render(request, template, {"form": form, "entry": entry, "translations": translations})


def own_submission_or_404(request: HttpRequest, queryset, slug: str):
    """The member's own entry, while they may still change it; anyone else's is not found."""
    return get_object_or_404(
        queryset.submitted_by(request.user).filter(status__in=[Status.DRAFT, Status.REVIEW]),
        slug=slug,
    )


@login_required
def practice_submit(request: HttpRequest) -> HttpResponse:
    """A member shares a practice; it waits for an editor's review."""
    return submission_view(
        request,
        form_class=PracticeSubmissionForm,
        template="practices/practice_submit.html",
        kind=gettext_lazy("practice"),
        translations_class=TranslationFormSet,
    )


@login_required
def practice_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """A member changes their own submission while it is a draft or in review."""
    return submission_view(
        request,
        form_class=PracticeSubmissionForm,
        template="practices/practice_submit.html",
        kind=gettext_lazy("practice"),
        entry=own_submission_or_404(request, Practice.objects.all(), slug),
        translations_class=TranslationFormSet,
    )
