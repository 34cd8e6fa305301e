"""Content languages: what an entry is written in, its reviewed translations, easy read."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from practices.translations import Review
from tests.factories import PracticeFactory, TrainingFactory, WorkshopFactory

pytestmark = pytest.mark.django_db


def german(text: str) -> str:
    with translation.override("de"):
        return translation.gettext(text)


def dutch_practice(**kwargs):
    return PracticeFactory(
        title="Herstelwandelingen",
        summary="Wekelijkse wandelingen met ervaringsdeskundigen in het park.",
        description="Elke week lopen we samen een uur.",
        written_in_id="nl",
        **kwargs,
    )


def translate(entry, code: str, review: str = Review.REVIEWED, **texts):
    return entry.translations.create(
        language_code=code,
        translated_title=texts.get("title", f"{entry.title} ({code})"),
        translated_summary=texts.get("summary", f"Summary in {code}."),
        translated_description=texts.get("description", ""),
        review=review,
    )


def test_a_german_visitor_reads_the_reviewed_german_translation_with_a_notice(client):
    practice = dutch_practice()
    translate(
        practice,
        "de",
        title="Genesungsspaziergänge",
        summary="Wöchentliche Spaziergänge mit Peers im Park.",
        description="Jede Woche gehen wir eine Stunde zusammen.",
    )
    html = client.get(f"/de{practice.get_absolute_url()}").content.decode()
    body = html.split("</head>", 1)[1]
    assert '<h1 id="entry-title">Genesungsspaziergänge</h1>' in body
    assert "Jede Woche gehen wir eine Stunde zusammen." in body
    assert "Herstelwandelingen" not in body
    with translation.override("de"):
        dutch = str(translation.get_language_info("nl")["name_translated"])
        notice = translation.gettext("Translated from %(original)s and reviewed by a person.")
    assert notice % {"original": dutch} in html
    assert 'href="?text=original" hreflang="nl"' in html


def test_the_original_is_one_click_away_from_a_translation(client):
    practice = dutch_practice()
    path = practice.get_absolute_url()
    translate(practice, "de", title="Genesungsspaziergänge")
    html = client.get(f"/de{path}?text=original").content.decode()
    assert '<h1 id="entry-title" lang="nl">Herstelwandelingen</h1>' in html
    assert f'href="/de{path}" hreflang="de"' in html


def test_without_a_reviewed_translation_the_original_shows_with_a_plain_notice(client):
    practice = dutch_practice()
    translate(practice, "de", review=Review.MACHINE, title="Maschinell übersetzt")
    translate(practice, "fr", title="Promenades de rétablissement")
    path = practice.get_absolute_url()
    html = client.get(f"/de{path}").content.decode()
    assert "Maschinell übersetzt" not in html  # drafts are for editors only
    assert '<h1 id="entry-title" lang="nl">Herstelwandelingen</h1>' in html
    assert '<p class="lead" lang="nl">' in html
    notice = german(
        "This text is shown in the language it was written in, %(original)s: there is no "
        "reviewed translation into your language yet."
    )
    assert notice.split("%(original)s")[0] in html
    # The languages it can be read in: the original and the reviewed French translation.
    others = re.search(r'<p class="language-others">(.*?)</p>', html, re.S).group(1)
    assert f'href="/nl{path}" hreflang="nl"' in others
    assert f'href="/fr{path}" hreflang="fr"' in others


def test_a_page_in_the_entrys_own_language_has_no_notice(client):
    practice = dutch_practice()
    html = client.get(f"/nl{practice.get_absolute_url()}").content.decode()
    assert '<h1 id="entry-title">Herstelwandelingen</h1>' in html
    assert "language-notice" not in html


def test_an_unknown_text_parameter_is_ignored(client):
    practice = dutch_practice()
    translate(practice, "de", title="Genesungsspaziergänge")
    response = client.get(f"/de{practice.get_absolute_url()}?text=klingon")
    assert response.status_code == 200
    assert "Genesungsspaziergänge" in response.content.decode()


def test_lists_show_reviewed_translations_of_titles_and_can_keep_to_my_language(client):
    translated = dutch_practice()
    translate(translated, "de", title="Genesungsspaziergänge")
    drafted = PracticeFactory(title="Luisteren zonder oordeel", written_in_id="nl")
    translate(drafted, "de", review=Review.MACHINE, title="Zuhören ohne Urteil")
    german_original = PracticeFactory(title="Peer-Beratung in Leipzig", written_in_id="de")
    html = client.get("/de/practices/").content.decode()
    assert "Genesungsspaziergänge" in html and "Herstelwandelingen" not in html
    assert '<h3 class="result__title" lang="nl"><a' in html  # the untranslated one
    assert "Zuhören ohne Urteil" not in html
    assert 'href="?available=de"' in html
    mine = client.get("/de/practices/?available=de").content.decode()
    assert "Genesungsspaziergänge" in mine
    assert german_original.title in mine
    assert "Luisteren zonder oordeel" not in mine


def test_a_country_page_shows_its_cards_in_the_readers_language_as_the_lists_do(client):
    practice = dutch_practice(countries=["NL"])
    translate(practice, "de", title="Genesungsspaziergänge")
    programme = TrainingFactory(
        title="Opleiding ervaringswerk", written_in_id="nl", countries=["NL"]
    )
    translate(programme, "de", title="Ausbildung Erfahrungsarbeit")
    event = WorkshopFactory(title="Herstelcafé", written_in_id="nl", country_id="NL")
    translate(event, "de", title="Genesungscafé")
    untranslated = PracticeFactory(
        title="Luisteren zonder oordeel", written_in_id="nl", countries=["NL"]
    )
    html = client.get("/de/countries/nl/").content.decode()
    for shown in ("Genesungsspaziergänge", "Ausbildung Erfahrungsarbeit", "Genesungscafé"):
        assert f">{shown}</a></h3>" in html
    for original in ("Herstelwandelingen", "Opleiding ervaringswerk", "Herstelcafé"):
        assert original not in html
    # The one without a translation says which language its text is in.
    assert '<h3 class="result__title" lang="nl"><a' in html and untranslated.title in html


def test_reviewing_a_translation_later_makes_the_entry_available_in_that_language(client):
    practice = dutch_practice()
    draft = translate(practice, "fi", review=Review.MACHINE, title="Toipumiskävelyt")
    assert "Toipumiskävelyt" not in client.get("/fi/practices/?available=fi").content.decode()
    draft.review = Review.REVIEWED
    draft.save()
    assert set(practice.readable_in.values_list("code", flat=True)) == {"nl", "fi"}
    assert "Toipumiskävelyt" in client.get("/fi/practices/?available=fi").content.decode()
    draft.delete()
    assert set(practice.readable_in.values_list("code", flat=True)) == {"nl"}


@pytest.mark.parametrize("factory", [TrainingFactory, WorkshopFactory])
def test_programmes_and_events_are_translated_the_same_way(client, factory):
    entry = factory(title="Vertaisohjaajakoulutus", written_in_id="fi")
    translate(entry, "en", title="Peer facilitator course")
    path = entry.get_absolute_url()
    html = client.get(path).content.decode()
    assert '<h1 id="entry-title">Peer facilitator course</h1>' in html
    other = client.get(f"/hu{path}").content.decode()
    assert '<h1 id="entry-title" lang="fi">Vertaisohjaajakoulutus</h1>' in other


@pytest.mark.parametrize("factory", [PracticeFactory, TrainingFactory, WorkshopFactory])
def test_a_page_reads_translations_only_of_an_entry_that_has_reviewed_ones(
    client, settings, factory
):
    settings.PAGE_CACHE = False
    untranslated, drafted, translated = (
        factory(title=f"Vertaisryhmä {n}", written_in_id="fi") for n in range(3)
    )
    translate(drafted, "en", review=Review.MACHINE, title="Machine draft")
    translate(translated, "en", title="Reviewed peer group")
    counts, titles = {}, {}
    for entry in (untranslated, drafted, translated):
        client.get(entry.get_absolute_url())  # builds what the first visit builds
        with CaptureQueriesContext(connection) as queries:
            html = client.get(entry.get_absolute_url()).content.decode()
        counts[entry] = len(queries)
        titles[entry] = re.search(r'<h1 id="entry-title"[^>]*>([^<]+)</h1>', html).group(1)
    assert titles == {
        untranslated: "Vertaisryhmä 0",
        drafted: "Vertaisryhmä 1",
        translated: "Reviewed peer group",
    }
    assert counts[untranslated] == counts[drafted] == counts[translated] - 1


def test_easy_read_comes_first_when_the_visitor_asks_for_it(client):
    workshop = WorkshopFactory(
        description="Two hours with a break.",
        easy_read="We meet online.\n\nWe talk about good days and bad days.",
    )
    url = workshop.get_absolute_url()
    html = client.get(url).content.decode()
    assert html.index('id="about-title"') < html.index('id="easy-read-title"')
    assert "Show easy read first" in html
    response = client.post("/easy-read/", {"easy_read": "on", "next": url})
    assert response.status_code == 302 and response["Location"] == url
    html = client.get(url).content.decode()
    assert html.index('id="easy-read-title"') < html.index('id="about-title"')
    assert html.count('id="easy-read-title"') == 1
    assert "<p>We meet online.</p>" in html
    assert "Switch easy read off" in html
    client.post("/easy-read/", {"easy_read": "off", "next": url})
    assert "Show easy read first" in client.get(url).content.decode()


def test_the_easy_read_switch_refuses_other_sites(client):
    response = client.post(
        "/easy-read/", {"easy_read": "on", "next": "/"}, HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403


def result_titles(client, path: str) -> str:
    return client.get(path).content.decode().split('id="results"', 1)[-1]


def test_a_search_finds_an_entry_by_its_reviewed_translation(client):
    practice = dutch_practice()
    translate(
        practice,
        "de",
        title="Genesungsspaziergänge",
        summary="Wöchentliche Spaziergänge mit Peers im Park.",
    )
    draft = PracticeFactory(title="Lighthouse circle", written_in_id="en")
    translate(draft, "de", review=Review.MACHINE, title="Leuchtturmkreis")
    html = result_titles(client, "/de/practices/?q=Genesungsspazierg%C3%A4nge")
    assert "Genesungsspaziergänge" in html
    # A machine-translated draft is not searched: visitors never see it.
    assert "Lighthouse circle" not in result_titles(client, "/de/practices/?q=Leuchtturmkreis")


def test_a_search_is_stemmed_in_the_page_language_on_postgresql(client):
    if connection.vendor != "postgresql":
        pytest.skip("stemming needs PostgreSQL's text-search configurations")
    practice = dutch_practice()
    translate(practice, "de", title="Genesungsspaziergänge", summary="Wir gehen gemeinsam.")
    # The German translation is stemmed in German, the Dutch original in Dutch (English
    # stemming would match neither): a singular finds the plural.
    html = result_titles(client, "/de/practices/?q=Genesungsspaziergang")
    assert "Genesungsspaziergänge" in html
    assert "Herstelwandelingen" in result_titles(client, "/nl/practices/?q=wandeling")


def test_the_structured_data_describes_the_page_in_the_texts_it_shows(client):
    practice = dutch_practice()
    translate(practice, "de", title="Genesungsspaziergänge", summary="Wöchentlich im Park.")
    path = practice.get_absolute_url()
    german = client.get(f"/de{path}").content.decode()
    data = json.loads(
        german.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
    )
    assert data["name"] == "Genesungsspaziergänge"
    assert data["description"] == "Wöchentlich im Park."
    assert data["url"].endswith(f"/de{path}")
    french = client.get(f"/fr{path}").content.decode()
    data = json.loads(
        french.split('<script type="application/ld+json">', 1)[1].split("</script>")[0]
    )
    assert data["name"] == "Herstelwandelingen"
