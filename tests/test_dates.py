"""Dates and times are written as each interface language writes them."""

from datetime import UTC, date, datetime

import pytest
from django.template import TemplateSyntaxError, engines
from django.utils import timezone, translation

from pages.templatetags.moments import moment
from tests.factories import PracticeFactory, WorkshopFactory

# 13:30 UTC is 14:30 in Brussels, the site's time zone, on a Tuesday.
START = datetime(2026, 12, 1, 13, 30, tzinfo=UTC)

EVENT_TIMES = {
    "en": "Tuesday 1 December 2026, 14:30 CET",
    "de": "Dienstag, 1. Dezember 2026, 14:30 CET",
    "fr": "mardi 1 décembre 2026, 14:30 CET",
    "es": "martes, 1 de diciembre de 2026, 14:30 CET",
    "it": "martedì 1 dicembre 2026, 14:30 CET",
    "nl": "dinsdag 1 december 2026, 14:30 CET",
    "pl": "wtorek, 1 grudnia 2026, 14:30 CET",
    "fi": "tiistai 1. joulukuuta 2026, 14:30 CET",
    "hu": "2026. december 1., kedd, 14:30 CET",
}
DATES = {
    "en": "1 December 2026",
    "de": "1. Dezember 2026",
    "fr": "1 décembre 2026",
    "es": "1 de diciembre de 2026",
    "it": "1 dicembre 2026",
    "nl": "1 december 2026",
    "pl": "1 grudnia 2026",
    "fi": "1. joulukuuta 2026",
    "hu": "2026. december 1.",
}


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


@pytest.mark.parametrize("code", EVENT_TIMES)
def test_an_event_time_reads_naturally_in_every_language(code):
    with translation.override(code), timezone.override("Europe/Brussels"):
        assert render('{{ start|moment:"weekday-time-zone" }}', start=START) == EVENT_TIMES[code]


@pytest.mark.parametrize("code", DATES)
def test_a_date_reads_naturally_in_every_language(code):
    with translation.override(code):
        assert render('{{ day|moment:"date" }}', day=date(2026, 12, 1)) == DATES[code]


def test_times_are_shown_in_the_time_zone_of_the_page():
    with translation.override("en"), timezone.override("Europe/Helsinki"):
        assert render('{{ start|moment:"day-time-zone" }}', start=START) == (
            "Tuesday 1 December, 15:30 EET"
        )


def test_the_same_moment_is_written_afresh_for_each_zone_and_language():
    # Written times are remembered: each zone and language must still get its own.
    source = '{{ start|moment:"weekday-time-zone" }}'
    for code, zone, written in (
        ("en", "Europe/Brussels", "Tuesday 1 December 2026, 14:30 CET"),
        ("en", "Europe/Helsinki", "Tuesday 1 December 2026, 15:30 EET"),
        ("en", "Europe/Brussels", "Tuesday 1 December 2026, 14:30 CET"),
        ("de", "Europe/Brussels", "Dienstag, 1. Dezember 2026, 14:30 CET"),
    ):
        with translation.override(code), timezone.override(zone):
            assert render(source, start=START) == written


def test_an_unknown_style_is_a_template_error_and_nothing_is_no_text():
    assert moment(None, "date") == ""
    with pytest.raises(TemplateSyntaxError):
        moment(START, "weekly")


@pytest.mark.django_db
def test_pages_write_dates_in_the_visitors_language(client):
    WorkshopFactory(start=datetime(2027, 12, 1, 13, 30, tzinfo=UTC), title="Boundaries")
    path = PracticeFactory(last_verified=date(2026, 3, 2)).get_absolute_url()
    assert "2027. december 1., szerda, 14:30" in client.get("/hu/workshops/").content.decode()
    html = client.get(f"/de{path}").content.decode()
    assert "2. März 2026" in html
    html = client.get(f"/it{path}").content.decode()
    assert "2 marzo 2026" in html


@pytest.mark.parametrize(
    ("code", "written"), [("en", "20,000"), ("de", "20.000"), ("it", "20.000"), ("fi", "20\xa0000")]
)
def test_counts_carry_the_languages_thousands_separator(code, written):
    with translation.override(code):
        assert render("{{ n|grouped }} · {{ year }}", n=20000, year=2017) == f"{written} · 2017"
