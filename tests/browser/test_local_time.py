"""A visitor sees an event's time in their own time zone beside the event's."""

from datetime import UTC, datetime

from django.utils import translation

from tests.factories import WorkshopFactory

from .conftest import assert_no_axe_violations


def test_a_visitor_in_helsinki_sees_a_brussels_webinar_in_finnish_time(chromium, live_server, page):
    # (page: the fixture serves static files and restores reference data; a context of our own)
    start = datetime(2027, 3, 2, 13, 30, tzinfo=UTC)  # 14:30 in Brussels, 15:30 in Helsinki
    path = WorkshopFactory(title="Boundaries", start=start, time_zone="Europe/Brussels")
    path = path.get_absolute_url()
    context = chromium.new_context(
        base_url=live_server.url, locale="fi-FI", timezone_id="Europe/Helsinki"
    )
    try:
        tab = context.new_page()
        tab.goto(f"/fi{path}")
        local = tab.locator("[data-local-time]")
        assert local.is_visible()
        with translation.override("fi"):
            sentence = translation.gettext("%(start)s your time (%(zone)s)")
        text = local.inner_text()
        ending = sentence % {"start": "", "zone": "Europe/Helsinki"}
        assert text.endswith(ending.strip()), text
        assert "15.30" in text or "15:30" in text, text  # Finnish writes 15.30
        assert "tiistai" in text, text  # Tuesday, in Finnish
        assert_no_axe_violations(tab)
    finally:
        context.close()


def test_a_visitor_in_the_events_own_zone_sees_it_once(chromium, live_server, page):
    path = WorkshopFactory(title="Boundaries", time_zone="Europe/Brussels").get_absolute_url()
    context = chromium.new_context(
        base_url=live_server.url, locale="en-GB", timezone_id="Europe/Brussels"
    )
    try:
        tab = context.new_page()
        tab.goto(path)
        assert tab.locator("[data-local-time]").is_hidden()
    finally:
        context.close()
