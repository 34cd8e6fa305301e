"""iCalendar files for events: one per registration, and the public feed."""

from collections.abc import Iterable

from icalendar import Calendar, Event, vText

from .models import Workshop

PRODID = "-//Peer Support Resource Centre//Workshops//EN"


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    return calendar


def _event(workshop: Workshop, url: str, *, join_url: str = "") -> Event:
    event = Event()
    event.add("uid", f"workshop-{workshop.pk}@peer-support-resource-centre")
    event.add("summary", workshop.title)
    # Stored in UTC; calendars show them in each reader's own zone.
    event.add("dtstart", workshop.start)
    event.add("dtend", workshop.end)
    event.add("dtstamp", workshop.updated)
    event.add("url", url)
    description = workshop.summary + "\n\n" + url
    if join_url:
        description += "\n\nJoin online: " + join_url
    event.add("description", description)
    place = ", ".join(p for p in (workshop.venue_name, workshop.venue_address, workshop.city) if p)
    if join_url and not place:
        place = join_url
    if place:
        event["location"] = vText(place)
    if workshop.is_cancelled:
        event.add("status", "CANCELLED")
    return event


def registration_ics(workshop: Workshop, url: str, *, join_url: str = "") -> str:
    """The event for one participant; the join link only when they hold a confirmed place."""
    calendar = _calendar()
    calendar.add_component(_event(workshop, url, join_url=join_url))
    return calendar.to_ical().decode()


def feed_ics(workshops: Iterable[Workshop], url_of) -> str:
    """Every public event, never with a join link."""
    calendar = _calendar()
    calendar.add("x-wr-calname", "Peer Support Resource Centre: workshops and webinars")
    for workshop in workshops:
        calendar.add_component(_event(workshop, url_of(workshop)))
    return calendar.to_ical().decode()
