"""Dates, times and counts written as each interface language writes them.

Django's locale formats give a date (``DATE_FORMAT``) and a date and time
(``DATETIME_FORMAT``) in every language, but none with the day of the week, which event
times need ("Tuesday 1 December 2026"); and its Italian and Polish catalogues capitalise the
names of days and months, which those languages write in lower case within a sentence. This
filter, a template builtin, writes every date a person reads::

    {{ practice.last_verified|moment:"date" }}
    {{ workshop.start|moment:"weekday-time-zone" }}

Styles: ``date`` and ``datetime`` (the language's own formats), ``weekday`` (day of the week
and date), ``weekday-time`` (and the time), ``weekday-time-zone`` (and the time zone's
abbreviation), ``day-time`` (the day of the week, day and month, and the time: for dates in
the coming days) and ``day-time-zone``. ``{{ count|grouped }}`` writes a number with the
language's thousands separator (Django only does so everywhere, years included, or nowhere).
"""

from datetime import date, datetime
from functools import cache, lru_cache

from django import template
from django.conf import settings
from django.utils.formats import date_format, get_format
from django.utils.translation import get_language

register = template.Library()

# (day of the week with the date, day of the week with day and month) per language; the
# time (24-hour, H:i) follows after a comma. Polish and Finnish name the month in the
# genitive after a day (E).
WEEKDAY_FORMATS = {
    "en": ("l j F Y", "l j F"),
    "de": ("l, j. F Y", "l, j. F"),
    "fr": ("l j F Y", "l j F"),
    "es": (r"l, j \d\e F \d\e Y", r"l, j \d\e F"),
    "it": ("l j F Y", "l j F"),
    "nl": ("l j F Y", "l j F"),
    "pl": ("l, j E Y", "l, j E"),
    "fi": ("l j. E Y", "l j. E"),
    "hu": ("Y. F j., l", "F j., l"),
}
STYLES = {
    "date",
    "datetime",
    "weekday",
    "weekday-time",
    "weekday-time-zone",
    "day-time",
    "day-time-zone",
}
# Languages that write the names of days and months in lower case.
LOWER_CASE_NAMES = {"it", "pl"}


@register.filter(expects_localtime=True)
def moment(value: date | datetime | None, style: str = "weekday") -> str:
    if not value:
        return ""
    if style not in STYLES:
        raise template.TemplateSyntaxError(f"moment: unknown style {style!r}")
    language = (get_language() or "en").split("-")[0]
    if style == "date":
        pattern = "DATE_FORMAT"
    elif style == "datetime":
        pattern = "DATETIME_FORMAT"
    else:
        with_year, without_year = WEEKDAY_FORMATS.get(language, WEEKDAY_FORMATS["en"])
        pattern = without_year if style.startswith("day") else with_year
        if "time" in style:
            pattern += ", H:i"
        if style.endswith("zone"):
            pattern += " T"
    return _written(value, getattr(value, "tzinfo", None), pattern, language)


# A page lists the same events' times on every request, and writing one takes Django's date
# formatting (names of days and months looked up in the catalogue) some 50 µs: the most recent
# are kept. The time zone is part of the key, since two equal instants in different zones are
# written differently.
@lru_cache(maxsize=4096)
def _written(value: date | datetime, zone, pattern: str, language: str) -> str:
    written = date_format(value, pattern)
    if language in LOWER_CASE_NAMES:
        for name in {date_format(value, code) for code in ("l", "F", "E")}:
            written = written.replace(name, name.lower())
    return written


@register.filter
def grouped(value: int | None) -> str:
    """A count with the reader's language's thousands separator: 20,000, 20.000, 20 000."""
    if value is None:
        return ""
    if -1000 < value < 1000:
        return str(value)  # nothing to group
    # A list's facets show dozens of counts: Python groups them, with the separator looked
    # up once per language (every interface language groups digits by three).
    return f"{value:,}".replace(",", _separator(get_language() or settings.LANGUAGE_CODE))


@cache
def _separator(language: str) -> str:
    return get_format("THOUSAND_SEPARATOR", language, use_l10n=True)
