"""The result cards of the lists, country pages and the site-wide search: where each entry
runs, and its link."""

import re
from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from practices.cards import formatted, joined
from practices.models import DeliveryMode, EvidenceLevel
from tests.factories import OrganisationFactory, PracticeFactory, TrainingFactory, WorkshopFactory
from workshops.models import Kind, WorkshopStatus

pytestmark = pytest.mark.django_db


def card_meta(html: str, title: str) -> str:
    """The line under a card's title (organisation, countries...), single-spaced."""
    match = re.search(
        rf'<a href="([^"]+)">{re.escape(title)}</a></h3>\s*<p class="result__meta">(.*?)</p>',
        html,
        re.S,
    )
    assert match, f"no card for {title}"
    return match.group(1), " ".join(match.group(2).split())


def test_a_practice_card_names_its_countries_alphabetically_by_code_and_links_to_its_page(client):
    practice = PracticeFactory(title="Harbour talks", countries=["SE", "AT", "HU"])
    PracticeFactory(title="Lone circle", countries=["FI"], organisation=None)
    html = client.get("/practices/").content.decode()
    link, meta = card_meta(html, "Harbour talks")
    assert link == practice.get_absolute_url()
    assert meta.endswith("· Austria, Hungary, Sweden")
    assert card_meta(html, "Lone circle")[1] == "Finland"


def test_a_training_card_names_its_countries_and_languages_and_links_to_its_page(client):
    programme = TrainingFactory(
        title="Harbour course", countries=["NL", "BE"], languages=["nl", "en"]
    )
    link, meta = card_meta(client.get("/trainings/").content.decode(), "Harbour course")
    assert link == programme.get_absolute_url()
    assert "Belgium, Netherlands ·" in meta


def test_search_cards_show_the_same_countries_as_the_lists(client):
    PracticeFactory(title="Harbour talks", countries=["SE", "AT"])
    TrainingFactory(title="Harbour course", countries=["NL", "BE"])
    html = client.get("/search/?q=harbour").content.decode()
    assert card_meta(html, "Harbour talks")[1].endswith("Austria, Sweden")
    assert "Belgium, Netherlands" in card_meta(html, "Harbour course")[1]


def test_an_event_card_is_the_same_on_its_list_a_country_page_and_the_search(client):
    organiser = OrganisationFactory(name="Harbour Peer Network", country_id="NL")
    start = timezone.make_aware(datetime(2031, 3, 4, 14, 30))  # a Tuesday
    event = WorkshopFactory(
        title="Harbour café",
        kind=Kind.WORKSHOP,
        city="Rotterdam",
        country_id="NL",
        organiser=organiser,
        start=start,
        end=start + timedelta(hours=2),
        languages=["nl", "en"],
    )
    when = f'<time datetime="{timezone.localtime(start).isoformat()}">Tuesday 4 March 2031, 14:30'
    for path in ("/workshops/", "/countries/nl/", "/search/?q=harbour"):
        html = client.get(path).content.decode()
        link, meta = card_meta(html, "Harbour café")
        assert link == event.get_absolute_url(), path
        assert meta.startswith(when), path
        assert meta.endswith(
            "· Face-to-face workshop · Rotterdam, Netherlands · Harbour Peer Network"
            " · Dutch, English"
        ), (path, meta)


def test_a_cancelled_event_says_so_on_its_card(client):
    WorkshopFactory(title="Called off", status=WorkshopStatus.CANCELLED, country_id="PT")
    WorkshopFactory(title="Going ahead", country_id="PT")
    for path in ("/workshops/", "/countries/pt/"):
        html = client.get(path).content.decode()
        called_off = html[html.index("Called off") :]
        assert re.match(
            r'Called off</a></h3>.*?<p class="tags"><span class="tag tag--cancelled">Cancelled',
            called_off,
            re.S,
        ), path
        going_ahead = html[html.index("Going ahead") :].split("</li>", 1)[0]
        assert "Cancelled" not in going_ahead, path


@pytest.mark.parametrize(
    "value",
    [
        'Tom & Jerry\'s "<b>group</b>"',
        mark_safe("<em>kept</em>"),
        gettext_lazy("Peer-led"),
        format_lazy("{} & {}", "A", "<B>"),
        42,
        "",
    ],
)
def test_cards_escape_what_they_show_as_django_does(value):
    # The cards' own formatter must escape exactly as format_html does: a title with markup
    # shows as text, a part that is already HTML (a tag, a time) stays HTML.
    pattern = '<a href="{}">{}</a><p{lang}>{}</p>'
    expected = format_html(pattern, value, value, value, lang=value)
    written = formatted(pattern, value, value, value, lang=value)
    assert written == expected
    assert isinstance(written, SafeString)
    parts = [value, mark_safe("<time>then</time>"), "<script>"]
    assert joined(" · ", parts) == format_html_join(" · ", "{}", ((part,) for part in parts))


def test_a_title_with_markup_shows_as_text_on_its_card(client):
    PracticeFactory(title='Circle <script>alert("x")</script> & friends')
    html = client.get("/practices/").content.decode()
    assert "Circle &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends</a>" in html
    assert "<script>alert" not in html


def test_a_card_s_tags_are_in_the_reader_s_language(client):
    PracticeFactory(
        title="Kitchen table peers",
        evidence_level=EvidenceLevel.PROMISING,
        delivery_mode=DeliveryMode.BLENDED,
    )
    english = client.get("/practices/").content.decode()
    german = client.get("/de/practices/").content.decode()
    assert '<span class="tag tag--evidence">Evidence: Promising</span>' in english
    assert '<span class="tag">Blended</span>' in english
    assert '<span class="tag tag--evidence">Evidenz: ' in german
    assert '<span class="tag">Gemischt (vor Ort und online)</span>' in german
    # And back: what one language wrote is never served to the other.
    assert "Evidence: Promising" in client.get("/practices/").content.decode()
