"""Public catalogue pages, open data, and member submissions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from . import services
from .filters import PracticeFilterSet
from .forms import PracticeSubmissionForm
from .listing import Listing, ListingFeed, export_csv, export_json
from .models import SEARCH_FIELDS, EvidenceLevel, Practice, Resource, Status

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


def practice_listing(request: HttpRequest) -> Listing:
    """The published catalogue, narrowed by the request's search and facets."""
    return Listing(
        data=request.GET,
        queryset=Practice.objects.published(),
        filterset_class=PracticeFilterSet,
        search_fields=SEARCH_FIELDS,
        sorts=SORTS,
        default_sort="title",
    )


@require_safe
def practice_list(request: HttpRequest) -> HttpResponse:
    listing = practice_listing(request)
    page = listing.page()
    page.object_list = page.object_list.for_list()
    return render(
        request,
        "practices/practice_list.html",
        {"listing": listing, "page": page, "facets": listing.facets()},
    )


def visible_practice_or_404(request: HttpRequest, slug: str) -> Practice:
    """A published practice; an unpublished one only for its author and for editors."""
    practice = get_object_or_404(Practice.objects.for_detail(), slug=slug)
    if practice.is_public:
        return practice
    user = request.user
    if user.is_authenticated and (
        practice.submitted_by_id == user.pk or user.has_perm("practices.view_practice")
    ):
        return practice
    raise Http404


@require_safe
def practice_detail(request: HttpRequest, slug: str) -> HttpResponse:
    practice = visible_practice_or_404(request, slug)
    return render(
        request,
        "practices/practice_detail.html",
        {
            "practice": practice,
            "similar": similar_practices(practice),
            "evidence_levels": list(EvidenceLevel),
            "json_ld": json_ld(request, practice),
        },
    )


def similar_practices(practice: Practice, limit: int = 6):
    """Published practices of the same type or focus that run in other countries."""
    through = Practice.types.through
    focus_through = Practice.focus_areas.through
    country_through = Practice.countries.through
    type_ids = [t.pk for t in practice.types.all()]
    focus_ids = [f.pk for f in practice.focus_areas.all()]
    codes = [c.code for c in practice.countries.all()]
    related = Q(
        pk__in=through.objects.filter(peersupporttype_id__in=type_ids).values("practice_id")
    ) | Q(pk__in=focus_through.objects.filter(focusarea_id__in=focus_ids).values("practice_id"))
    return (
        Practice.objects.published()
        .filter(related)
        .exclude(pk=practice.pk)
        .exclude(pk__in=country_through.objects.filter(country_id__in=codes).values("practice_id"))
        .order_by("-published_at", "pk")
        .for_list()[:limit]
    )


def json_ld(request: HttpRequest, practice: Practice) -> dict:
    """schema.org description of the practice, for search engines and other catalogues."""
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": practice.title,
        "description": practice.summary,
        "url": request.build_absolute_uri(practice.get_absolute_url()),
        "inLanguage": [language.code for language in practice.languages.all()],
        "dateModified": practice.updated.isoformat(),
        "spatialCoverage": [
            {"@type": "Country", "name": country.name, "identifier": country.code}
            for country in practice.countries.all()
        ],
    }
    if practice.organisation:
        data["author"] = {"@type": "Organization", "name": practice.organisation.name}
    return data


@require_safe
def resource_download(request: HttpRequest, slug: str, pk: int) -> FileResponse:
    """Hand out an uploaded file as a download, never as a page the browser would run."""
    practice = visible_practice_or_404(request, slug)
    resource = get_object_or_404(Resource, pk=pk, practice=practice)
    response = FileResponse(
        resource.file.open("rb"),
        as_attachment=True,
        filename=f"{practice.slug}-{resource.pk}{resource.extension}",
        content_type=resource.content_type or "application/octet-stream",
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def export_row(request: HttpRequest, practice: Practice) -> dict:
    """One practice as open data."""
    return {
        "slug": practice.slug,
        "url": request.build_absolute_uri(practice.get_absolute_url()),
        "title": practice.title,
        "summary": practice.summary,
        "organisation": practice.organisation.name if practice.organisation else "",
        "countries": [c.code for c in practice.countries.all()],
        "types": [t.slug for t in practice.types.all()],
        "focus_areas": [f.slug for f in practice.focus_areas.all()],
        "target_groups": [g.slug for g in practice.target_groups.all()],
        "languages": [language.code for language in practice.languages.all()],
        "delivery_mode": practice.delivery_mode,
        "evidence_level": practice.evidence_level,
        "peer_led": practice.peer_led,
        "last_verified": practice.last_verified.isoformat() if practice.last_verified else None,
    }


def export_rows(request: HttpRequest):
    results = practice_listing(request).results.for_export()
    return (export_row(request, practice) for practice in results.iterator(chunk_size=500))


@require_safe
def practice_export_csv(request: HttpRequest):
    return export_csv(export_rows(request), EXPORT_COLUMNS, "practices.csv")


@require_safe
def practice_export_json(request: HttpRequest):
    return export_json(export_rows(request), "practices.json")


class PracticeFeed(ListingFeed):
    title = gettext_lazy("New peer-support practices")
    description = gettext_lazy("Practices newly published in the Peer Support Resource Centre.")

    def build_listing(self, request):
        return practice_listing(request)

    def link(self, listing):
        return "/practices/"

    def items(self, listing):
        return super().items(listing).select_related("organisation")

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_author_name(self, item):
        return item.organisation.name if item.organisation else None


@login_required
def practice_submit(request: HttpRequest) -> HttpResponse:
    """A member shares a practice; it waits for an editor's review."""
    form = PracticeSubmissionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        services.submit(form=form, user=request.user, request=request, kind="practice")
        messages.success(
            request,
            _("Thank you. Your practice is now waiting for an editor’s review."),
        )
        return redirect("accounts:submissions")
    return render(request, "practices/practice_submit.html", {"form": form})


@login_required
def practice_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """A member changes their own submission while it is a draft or in review."""
    practice = get_object_or_404(
        Practice.objects.submitted_by(request.user).filter(
            status__in=[Status.DRAFT, Status.REVIEW]
        ),
        slug=slug,
    )
    form = PracticeSubmissionForm(request.POST or None, instance=practice)
    if request.method == "POST" and form.is_valid():
        services.submit(form=form, user=request.user, request=request, kind="practice")
        messages.success(request, _("Your changes are saved and waiting for review."))
        return redirect("accounts:submissions")
    return render(request, "practices/practice_submit.html", {"form": form, "practice": practice})
