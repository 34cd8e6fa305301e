"""The result cards of the lists and the site-wide search: where each entry runs, and its link."""

import re

import pytest

from tests.factories import PracticeFactory, TrainingFactory

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
