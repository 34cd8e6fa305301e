"""The taxonomies speak every interface language: seeded translations, editable in the admin."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from practices.models import FocusArea, PeerSupportType
from practices.reference import vocabulary_translations
from practices.vocabulary import TAXONOMIES
from tests.factories import PracticeFactory, TrainingFactory, make_editor
from trainings.models import Audience
from trainings.reference import AUDIENCES

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
SEEDED = {f"practices.{model}": terms for model, terms in TAXONOMIES.items()}
SEEDED["trainings.Audience"] = AUDIENCES


def seeded_name(code: str, label: str, slug: str) -> str:
    return vocabulary_translations()[code][label][slug][0]


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_seeded_term_is_translated_into_every_interface_language(code):
    found = json.loads(Path(settings.BASE_DIR, "locale", code, "vocabulary.json").read_text())
    assert list(found) == list(SEEDED)
    for label, terms in SEEDED.items():
        assert list(found[label]) == [slug for slug, _name, _description in terms], label
        for slug, name, description in terms:
            translated_name, translated_description = found[label][slug]
            assert translated_name.strip(), (label, slug)
            # A description where the English has one, and none where it has none.
            assert bool(translated_description.strip()) == bool(description), (label, slug)
            assert translated_name != name or len(name.split()) == 1, (code, label, slug)


def test_migrations_seed_the_translations():
    term = PeerSupportType.objects.get(slug="peer-listening")
    assert term.translations.count() == len(OTHER_LANGUAGES)
    audience = Audience.objects.get(slug="carers")
    assert audience.translations.filter(language_code="fi").exists()


def test_the_facets_name_the_terms_in_the_page_language(client):
    PracticeFactory(types=["peer-listening"], focus_areas=["addiction"])
    german_type = seeded_name("de", "practices.PeerSupportType", "peer-listening")
    german_focus = seeded_name("de", "practices.FocusArea", "addiction")
    html = client.get("/de/practices/").content.decode()
    assert f'for="f-type-peer-listening">{german_type} <span class="count">(1)' in html
    assert f'for="f-focus-addiction">{german_focus} <span class="count">(1)' in html
    assert "Peer listening" not in html
    english = client.get("/practices/").content.decode()
    assert 'for="f-type-peer-listening">Peer listening <span class="count">(1)' in english


def test_an_entry_page_names_its_terms_in_the_page_language(client):
    practice = PracticeFactory(types=["warmlines"], focus_areas=["trauma"])
    programme = TrainingFactory(audiences=["supervisors"], types=["trialogue"])
    programme_path = programme.get_absolute_url()
    html = client.get(f"/hu{practice.get_absolute_url()}").content.decode()
    assert seeded_name("hu", "practices.PeerSupportType", "warmlines") in html
    assert seeded_name("hu", "practices.FocusArea", "trauma") in html
    assert "Peer-run warmlines and helplines" not in html
    html = client.get(f"/pl{programme_path}").content.decode()
    assert seeded_name("pl", "trainings.Audience", "supervisors") in html
    assert seeded_name("pl", "practices.PeerSupportType", "trialogue") in html


def test_language_names_follow_the_page_language(client):
    TrainingFactory(languages=["ku", "nl"])
    html = client.get("/de/trainings/").content.decode()
    with translation.override("de"):
        dutch = str(translation.get_language_info("nl")["name_translated"])
        kurdish = translation.gettext("Kurdish")
    assert kurdish != "Kurdish"  # ours: Django's catalogues do not name Kurdish
    assert f'for="f-language-nl">{dutch} <span class="count">(1)' in html
    assert f'for="f-language-ku">{kurdish} <span class="count">(1)' in html


def test_a_term_without_a_translation_falls_back_to_english(client):
    term = FocusArea.objects.create(name="Grief and loss", slug="grief", position=20)
    PracticeFactory(focus_areas=["grief"])
    assert not term.translations.exists()
    html = client.get("/fi/practices/").content.decode()
    assert 'for="f-focus-grief">Grief and loss <span class="count">(1)' in html


def test_an_editors_new_translation_shows_at_once(client):
    PracticeFactory(types=["peer-listening"])
    client.get("/nl/practices/")  # the facet labels are now read and kept
    term = PeerSupportType.objects.get(slug="peer-listening")
    translated = term.translations.get(language_code="nl")
    translated.translated_name = "Luisterend oor van lotgenoten"
    translated.save()
    html = client.get("/nl/practices/").content.decode()
    assert 'for="f-type-peer-listening">Luisterend oor van lotgenoten <span' in html


def test_editors_translate_a_term_on_its_admin_page(client):
    client.force_login(make_editor())
    term = PeerSupportType.objects.get(slug="peer-listening")
    url = f"/admin/practices/peersupporttype/{term.pk}/change/"
    page = client.get(url).content.decode()
    assert 'name="translations-0-translated_name"' in page
    assert 'name="translations-0-review"' not in page  # no review status for terms
    data = {
        "name": term.name,
        "slug": term.slug,
        "description": term.description,
        "position": term.position,
        "translations-TOTAL_FORMS": "9",
        "translations-INITIAL_FORMS": "8",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    for number, row in enumerate(term.translations.order_by("pk")):
        data |= {
            f"translations-{number}-id": row.pk,
            f"translations-{number}-master": term.pk,
            f"translations-{number}-language_code": row.language_code,
            f"translations-{number}-translated_name": row.translated_name,
            f"translations-{number}-translated_description": row.translated_description,
        }
    row = term.translations.get(language_code="pl")
    number = list(term.translations.order_by("pk")).index(row)
    data[f"translations-{number}-translated_name"] = "Słuchanie przez osoby z doświadczeniem"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    row.refresh_from_db()
    assert row.translated_name == "Słuchanie przez osoby z doświadczeniem"


def test_translated_terms_cost_no_extra_query_on_a_detail_page(client, settings):
    settings.PAGE_CACHE = False
    practice = PracticeFactory(types=["peer-listening", "warmlines"], focus_areas=["trauma"])
    counts = {}
    detail = practice.get_absolute_url()
    for prefix in ("", "/de", "/fi"):
        path = f"{prefix}{detail}"
        client.get(path)  # warm the per-process caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts[prefix] = len(queries)
    assert counts["/de"] == counts[""] == counts["/fi"], counts
