"""The result card of an event: its list, a country's page, the site-wide search (see
``practices.cards`` for why it is written in Python)."""

from __future__ import annotations

from django.db.models import Model
from django.utils.safestring import SafeString
from django.utils.timezone import localtime
from django.utils.translation import gettext_noop

from pages.templatetags.moments import moment
from practices.cards import (
    card,
    code_names,
    display,
    fixed_tag,
    formatted,
    joined,
    language_names,
)


def workshop_card(workshop: Model) -> SafeString:
    """The card of an event read with ``Workshop.objects.for_cards()``: when it starts (in
    the reader's time zone), its kind, where, its organiser and languages, its summary; a
    tag where it is cancelled."""
    start = localtime(workshop.start)
    meta = [
        formatted(
            '<time datetime="{}">{}</time>', start.isoformat(), moment(start, "weekday-time-zone")
        ),
        display(workshop, "kind"),
    ]
    place = ", ".join(filter(None, (workshop.city, code_names(workshop.country_id))))
    if place:
        meta.append(place)
    if workshop.organiser_id:
        meta.append(workshop.organiser_name)
    if workshop.language_codes:
        meta.append(language_names(workshop.language_codes))
    tags = [fixed_tag(gettext_noop("Cancelled"), "cancelled")] if workshop.is_cancelled else []
    return card(
        workshop,
        url_name="workshops:detail",
        meta=joined(" · ", meta),
        tags=tags,
    )
