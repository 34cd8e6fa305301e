"""Workshop and webinar pages, registration, and the member's own workshops."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from practices.facet_index import FacetIndex, get_index
from practices.listing import Listing, card_rows, conditional
from practices.related import read_present, related_rows
from practices.translations import Reading, reading, translate_cards
from resource_centre.statements import Statement

from . import calendar, certificates, services
from .filters import WorkshopFilterSet
from .forms import RegistrationForm
from .models import (
    DETAIL_TERMS,
    INDEX_NAMES,
    SEARCH_FIELDS,
    AttendanceMode,
    Registration,
    RegistrationStatus,
    RegistrationWindow,
    Workshop,
    linked_lookups,
)
from .notifications import registration_for_token

UPCOMING_INDEX, PAST_INDEX = INDEX_NAMES
UPCOMING_SORTS = {
    "relevance": (gettext_lazy("Best match"), ["-rank", "start", "pk"]),
    "soonest": (gettext_lazy("Soonest first"), ["start", "title", "pk"]),
    "title": (gettext_lazy("Title (A to Z)"), ["title", "pk"]),
}
PAST_SORTS = {
    "relevance": (gettext_lazy("Best match"), ["-rank", "-start", "pk"]),
    "latest": (gettext_lazy("Most recent first"), ["-start", "title", "pk"]),
    "title": (gettext_lazy("Title (A to Z)"), ["title", "pk"]),
}


CARD_ROWS = card_rows(lambda: Workshop.objects.for_cards())


def workshop_listing(data: QueryDict, *, past: bool) -> Listing:
    """Upcoming (or past) public events, narrowed by a request's search and facets."""
    now = timezone.now()
    events = Workshop.objects.public()
    return Listing(
        data=data,
        queryset=events.past(now) if past else events.upcoming(now),
        filterset_class=WorkshopFilterSet,
        search_fields=SEARCH_FIELDS,
        sorts=PAST_SORTS if past else UPCOMING_SORTS,
        default_sort="latest" if past else "soonest",
        index_name=PAST_INDEX if past else UPCOMING_INDEX,
        keep=("when",),
    )


def workshop_index(*, past: bool, token: str | None = None) -> FacetIndex:
    """The facet index of the upcoming (or past) events: their rows by facet value and in
    each order (under ``token`` where the caller has read it)."""
    return get_index(
        PAST_INDEX if past else UPCOMING_INDEX,
        lambda: workshop_listing(QueryDict(), past=past).build_index(),
        token=token,
    )


@require_safe
def workshop_list(request: HttpRequest) -> HttpResponse:
    past = request.GET.get("when") == "past"
    listing = workshop_listing(request.GET, past=past)
    page = listing.page(rows=CARD_ROWS)
    translate_cards(page.object_list, Workshop)
    return render(
        request,
        "workshops/workshop_list.html",
        {"listing": listing, "page": page, "facets": listing.facets(), "past": past},
    )


# The event page's own row, compiled once per process (see resource_centre.statements).
DETAIL_ROW = Statement(lambda slug: Workshop.objects.public().for_detail().filter(slug=slug))
PUBLIC_ROW = Statement(lambda slug: Workshop.objects.public().filter(slug=slug))


def public_workshop_or_404(slug: str) -> Workshop:
    workshop = DETAIL_ROW.first(slug)
    if workshop is None:
        raise Http404
    return workshop


def detail_context(request: HttpRequest, workshop: Workshop, **context) -> dict:
    """What the event's page shows, around the registration part the caller provides."""
    rows = seats(workshop)
    read_present(workshop, *linked_lookups())
    # Its languages and those it is interpreted into, in one query.
    terms = related_rows(workshop, DETAIL_TERMS)
    shown = reading(request, workshop, fields=("translated_easy_read",))
    return {
        "workshop": workshop,
        "reading": shown,
        "terms": terms,
        "seats": rows,
        "window": workshop.registration_window(),
        "open": RegistrationWindow.OPEN,
        "practices": workshop.related_practices.all(),
        "trainings": workshop.related_trainings.all(),
        "json_ld": json_ld(request, workshop, rows, terms, shown),
        **context,
    }


@require_safe
def workshop_detail(request: HttpRequest, slug: str) -> HttpResponse:
    workshop = public_workshop_or_404(slug)
    registration = None
    if request.user.is_authenticated:
        registration = workshop.registrations.filter(
            member=request.user, status__in=RegistrationStatus.active()
        ).first()
    return render(
        request,
        "workshops/workshop_detail.html",
        detail_context(
            request,
            workshop,
            registration=registration,
            # Only members see the form: visitors get a link to sign in.
            form=RegistrationForm(workshop=workshop)
            if registration is None and request.user.is_authenticated
            else None,
        ),
    )


def seats(workshop: Workshop) -> list[dict]:
    """For each way of attending: its label, seats left and people waiting."""
    counts = workshop.seat_counts()
    return [
        {
            "mode": mode,
            "left": max(workshop.capacity(mode) - counts[mode]["taken"], 0),
            "waiting": counts[mode]["waiting"],
        }
        for mode in workshop.modes()
    ]


def json_ld(
    request: HttpRequest, workshop: Workshop, seat_rows: list[dict], terms: dict, shown: Reading
) -> dict:
    """schema.org Event (an online location without the join link), in the texts the page
    shows."""
    attendance = {
        "workshop": "https://schema.org/OfflineEventAttendanceMode",
        "webinar": "https://schema.org/OnlineEventAttendanceMode",
        "hybrid": "https://schema.org/MixedEventAttendanceMode",
    }[workshop.kind]
    status = (
        "https://schema.org/EventCancelled"
        if workshop.registration_window() == RegistrationWindow.CANCELLED
        else "https://schema.org/EventScheduled"
    )
    url = request.build_absolute_uri(workshop.get_absolute_url())
    locations = []
    if workshop.kind_enum.has_venue:
        locations.append(
            {
                "@type": "Place",
                "name": workshop.venue_name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": workshop.venue_address,
                    "addressLocality": workshop.city,
                    "addressCountry": workshop.country_id or "",
                },
            }
        )
    if workshop.kind_enum.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    capacity = sum(workshop.capacity(mode) for mode in workshop.modes())
    left = sum(row["left"] for row in seat_rows)
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": shown.title,
        "description": shown.summary,
        "url": url,
        "startDate": workshop.start.isoformat(),
        "endDate": workshop.end.isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": attendance,
        "location": locations[0] if len(locations) == 1 else locations,
        "inLanguage": [language.code for language in terms["languages"]],
        "maximumAttendeeCapacity": capacity,
        "remainingAttendeeCapacity": left,
    }


@login_required
@require_POST
def register(request: HttpRequest, slug: str) -> HttpResponse:
    """Register the signed-in member (or put them on the waitlist)."""
    # The event's own row: what its page shows besides is read only when the form comes back
    # (a rush of registrations then costs one light query each, not the page's).
    workshop = PUBLIC_ROW.first(slug)
    if workshop is None:
        raise Http404
    form = RegistrationForm(request.POST, workshop=workshop)
    if not form.is_valid():
        return render(
            request,
            "workshops/workshop_detail.html",
            detail_context(request, public_workshop_or_404(slug), form=form),
            status=400,
        )
    browser_zone = form.cleaned_data["browser_time_zone"]
    if browser_zone and not request.user.time_zone:
        request.user.time_zone = browser_zone
        request.user.save(update_fields=["time_zone"])
    try:
        registration = services.register(
            workshop=workshop,
            member=request.user,
            mode=form.cleaned_data["mode"],
            access_needs=form.cleaned_data["access_needs"],
            access_needs_other=form.cleaned_data["access_needs_other"],
            languages=form.cleaned_data["languages"],
            code_of_conduct=form.cleaned_data["code_of_conduct"],
        )
    except services.RegistrationError as error:
        messages.error(request, str(error))
        return redirect(workshop)
    if registration.status == RegistrationStatus.CONFIRMED:
        messages.success(request, _("You are registered. See you there!"))
    else:
        messages.info(
            request,
            _("The event is full, so you are on the waitlist at position %(n)d.")
            % {"n": registration.waitlist_position()},
        )
    return redirect(workshop)


def own_registration_or_404(request: HttpRequest, public_id) -> Registration:
    registration = Registration.objects.filter(public_id=public_id, member=request.user).first()
    if registration is None:
        raise Http404
    return registration


@login_required
@require_POST
def cancel(request: HttpRequest, public_id) -> HttpResponse:
    registration = own_registration_or_404(request, public_id)
    try:
        services.cancel(registration=registration)
        messages.success(request, _("Your registration is cancelled."))
    except services.RegistrationError as error:
        messages.error(request, str(error))
    return redirect("my-workshops:list")


@login_required
@require_POST
def accept(request: HttpRequest, public_id) -> HttpResponse:
    registration = own_registration_or_404(request, public_id)
    try:
        services.accept_offer(registration=registration)
        messages.success(request, _("The seat is yours. See you there!"))
    except services.RegistrationError as error:
        messages.error(request, str(error))
    return redirect("my-workshops:list")


@login_required
@require_POST
def decline(request: HttpRequest, public_id) -> HttpResponse:
    registration = own_registration_or_404(request, public_id)
    try:
        services.decline_offer(registration=registration)
        messages.success(
            request, _("Thank you for letting us know. The seat goes to the next person.")
        )
    except services.RegistrationError as error:
        messages.error(request, str(error))
    return redirect("my-workshops:list")


@login_required
@require_safe
def my_workshops(request: HttpRequest) -> HttpResponse:
    """The member's registrations, upcoming first, each with its state in words."""
    now = timezone.now()
    registrations = (
        Registration.objects.filter(member=request.user)
        .exclude(status=RegistrationStatus.CANCELLED, workshop__end__lt=now)
        .select_related("workshop")
        .order_by("workshop__start")
    )
    upcoming = [r for r in registrations if r.workshop.end >= now]
    past = [r for r in registrations if r.workshop.end < now]
    return render(
        request,
        "workshops/my_workshops.html",
        {
            "upcoming": upcoming,
            "past": list(reversed(past)),
            "statuses": RegistrationStatus,
            "modes": AttendanceMode,
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
def cancel_by_link(request: HttpRequest, token: str) -> HttpResponse:
    """The link in every e-mail: a page with one button, so that a GET never cancels."""
    registration = registration_for_token(token)
    if registration is None:
        return render(request, "workshops/cancel_link.html", {"invalid": True}, status=400)
    cancelled = False
    if request.method == "POST":
        try:
            services.cancel(registration=registration)
            cancelled = True
        except services.RegistrationError as error:
            messages.error(request, str(error))
        registration.refresh_from_db()
    return render(
        request,
        "workshops/cancel_link.html",
        {
            "registration": registration,
            "cancelled": cancelled,
            "can_cancel": registration.status
            in (
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED,
                RegistrationStatus.OFFERED,
            ),
        },
    )


def feed_events():
    """Every public event of the past month and the future."""
    return Workshop.objects.public().filter(end__gte=timezone.now() - timedelta(days=31))


@require_safe
@conditional(lambda request: feed_events())
def feed_ics(request: HttpRequest) -> HttpResponse:
    """Every public event of the past month and the future, for calendar apps."""
    events = feed_events().order_by("start")
    body = calendar.feed_ics(events, lambda w: request.build_absolute_uri(w.get_absolute_url()))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@require_safe
def workshop_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One public event as a calendar file (the join link comes only by e-mail)."""
    workshop = public_workshop_or_404(slug)
    body = calendar.registration_ics(
        workshop, request.build_absolute_uri(workshop.get_absolute_url())
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{workshop.slug}.ics"'
    return response


@login_required
@require_safe
def certificate_download(request: HttpRequest, public_id) -> HttpResponse:
    """The member's own certificate, once the organisers marked them as attended."""
    registration = own_registration_or_404(request, public_id)
    if registration.status != RegistrationStatus.ATTENDED:
        raise Http404
    response = HttpResponse(
        certificates.certificate_pdf(registration), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{registration.workshop.slug}.pdf"'
    )
    return response


@require_safe
def certificate_verify(request: HttpRequest, token: str) -> HttpResponse:
    """Anyone with the address printed on a certificate can confirm that it is genuine."""
    registration = certificates.attended_registration_for(token)
    status = 200 if registration else 404
    return render(
        request, "workshops/certificate_verify.html", {"registration": registration}, status=status
    )
