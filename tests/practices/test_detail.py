"""/practices/<slug>/: the whole entry, its evidence, similar practices, JSON-LD."""

import json
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.models import EvidenceLevel, Link, Reference, Resource, Status
from tests.factories import PracticeFactory, UserFactory

pytestmark = pytest.mark.django_db


def json_ld(response) -> dict:
    html = response.content.decode()
    match = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_detail_shows_the_entry_with_its_evidence_in_plain_words(client):
    practice = PracticeFactory(
        title="Recovery walks", evidence_level=EvidenceLevel.EVALUATED, peer_led=True
    )
    Reference.objects.create(
        practice=practice,
        authors="Bellamy, Schmutte & Davidson",
        year=2017,
        title="An update on the growing evidence base for peer support",
        journal="Mental Health and Social Inclusion",
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<h1" in html and "Recovery walks" in html
    assert "Evaluated" in html
    assert str(EvidenceLevel.EVALUATED.explanation) in html
    assert "step 4 of 5" in html
    assert "Co-produced / peer-led" in html
    assert "An update on the growing evidence base for peer support" in html
    assert "Last verified" in html


def test_the_evidence_ladder_marks_the_steps_climbed_and_the_practice_s_own(client):
    practice = PracticeFactory(evidence_level=EvidenceLevel.PROMISING)
    html = client.get(practice.get_absolute_url()).content.decode()
    ladder = re.search(r'<ol class="ladder"[^>]*>(.*?)</ol>', html, re.S).group(1)
    steps = re.findall(r'<li class="([^"]*)"([^>]*)>([^<]*)</li>', ladder)
    assert [(classes, attributes.strip(), label) for classes, attributes, label in steps] == [
        ("ladder__step ladder__step--reached", "", "Described"),
        ("ladder__step ladder__step--reached", "", "Theory-based"),
        ("ladder__step ladder__step--current", 'aria-current="step"', "Promising"),
        ("ladder__step", "", "Evaluated"),
        ("ladder__step", "", "Evaluated with controlled studies"),
    ]


def test_similar_practices_come_from_other_countries(client):
    practice = PracticeFactory(title="Here", countries=["HU"], types=["peer-listening"])
    PracticeFactory(title="Same type abroad", countries=["NL"], types=["peer-listening"])
    PracticeFactory(
        title="Same focus abroad",
        countries=["FI"],
        types=["warmlines"],
        focus_areas=["mental-health"],
    )
    PracticeFactory(title="Same country", countries=["HU"], types=["peer-listening"])
    PracticeFactory(
        title="Unrelated abroad", countries=["BE"], types=["trialogue"], focus_areas=["addiction"]
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    similar = html.split("Similar practices in other countries")[1]
    assert "Same type abroad" in similar
    assert "Same focus abroad" in similar
    assert "Same country" not in similar
    assert "Unrelated abroad" not in similar


def similar_titles(html: str) -> list[str]:
    if "Similar practices in other countries" not in html:
        return []
    section = html.split("Similar practices in other countries")[1].split("</section>")[0]
    return re.findall(r'<a href="/practices/[^"]+/">([^<]+)</a>', section)


def test_similar_practices_are_the_six_newest_of_the_same_type_or_focus_abroad(client):
    practice = PracticeFactory(title="Here", countries=["HU"], types=["peer-listening"])
    now = timezone.now()
    # Days since publication; the titles' order is not the ages'.
    ages = {"Walk": 3, "Book club": 9, "Radio": 1, "Garden": 7, "Choir": 5, "Hike": 8, "Café": 2}
    for title, age in ages.items():
        PracticeFactory(
            title=title,
            countries=["NL"],
            types=["peer-listening"],
            published_at=now - timedelta(days=age),
        )
    shown = similar_titles(client.get(practice.get_absolute_url()).content.decode())
    assert shown == ["Radio", "Café", "Walk", "Choir", "Garden", "Hike"]


def test_an_author_previewing_an_unpublished_practice_sees_similar_ones_too(client):
    author = UserFactory()
    practice = PracticeFactory(
        title="Not yet published",
        status=Status.REVIEW,
        published_at=None,
        submitted_by=author,
        countries=["HU"],
        types=["peer-listening"],
    )
    PracticeFactory(title="Same type abroad", countries=["NL"], types=["peer-listening"])
    PracticeFactory(title="Same country", countries=["HU"], types=["peer-listening"])
    client.force_login(author)
    html = client.get(practice.get_absolute_url()).content.decode()
    assert similar_titles(html) == ["Same type abroad"]


def test_json_ld_describes_the_practice_as_a_creative_work(client):
    practice = PracticeFactory(title="Peer café", countries=["HU", "AT"], languages=["hu", "de"])
    data = json_ld(client.get(practice.get_absolute_url()))
    assert data["@type"] == "CreativeWork"
    assert data["name"] == "Peer café"
    assert data["description"] == practice.summary
    assert data["url"] == "http://testserver" + practice.get_absolute_url()
    assert sorted(data["inLanguage"]) == ["de", "hu"]
    assert data["author"]["name"] == practice.organisation.name
    assert sorted(c["identifier"] for c in data["spatialCoverage"]) == ["AT", "HU"]
    assert data["dateModified"]


def test_json_ld_cannot_break_out_of_its_script_block(client):
    practice = PracticeFactory(title="</script><script>alert(1)</script>")
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(client.get(practice.get_absolute_url()))["name"] == practice.title


def test_markdown_is_rendered_and_scripts_are_removed(client):
    practice = PracticeFactory(
        description=(
            "## How it works\n\n* weekly\n* free\n\n"
            '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)">\n\n'
            "[a link](javascript:alert(1)) and [a real one](https://example.org/)"
        )
    )
    html = client.get(practice.get_absolute_url()).content.decode()
    assert "<h2>How it works</h2>" in html
    assert "<li>weekly</li>" in html
    assert 'alert("x")' not in html and "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html
    assert 'href="https://example.org/"' in html


@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.ARCHIVED])
def test_unpublished_practices_are_not_found_by_the_public(client, status):
    practice = PracticeFactory(status=status, published_at=None)
    assert client.get(practice.get_absolute_url()).status_code == 404


def test_the_author_can_preview_their_unpublished_submission(client):
    author = UserFactory()
    practice = PracticeFactory(status=Status.REVIEW, published_at=None, submitted_by=author)
    client.force_login(author)
    response = client.get(practice.get_absolute_url())
    assert response.status_code == 200
    assert "This practice is not public" in response.content.decode()
    client.force_login(UserFactory())
    assert client.get(practice.get_absolute_url()).status_code == 404


def test_unknown_or_hostile_slugs_are_not_found(client):
    assert client.get("/practices/no-such-practice/").status_code == 404
    assert client.get("/practices/..%2F..%2Fetc%2Fpasswd/").status_code == 404


def test_resources_are_downloaded_as_attachments_that_cannot_run(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    practice = PracticeFactory()
    upload = SimpleUploadedFile("manual.pdf", b"%PDF-1.4\n% a tiny manual\n")
    resource = Resource(practice=practice, title="Manual", file=upload)
    resource.clean()
    resource.save()
    response = client.get(f"{practice.get_absolute_url()}resources/{resource.pk}/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_detail_query_count_does_not_grow_with_related_rows(
    client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE = False  # the page's own queries, not the page cache's (a table)
    practice = PracticeFactory(countries=["HU"])
    Reference.objects.create(practice=practice, authors="First author", title="First study")
    PracticeFactory(countries=["NL"], types=["peer-listening"])
    # The first visit after a change also builds the catalogue's facet index (for the
    # similar practices): the page's own queries are those of the next one.
    client.get(practice.get_absolute_url())
    with django_assert_max_num_queries(10) as few:
        client.get(practice.get_absolute_url())
    queries = len(few.captured_queries)  # read now: the next request clears Django's log
    for n in range(12):
        Reference.objects.create(practice=practice, authors=f"Author {n}", title=f"Study {n}")
        PracticeFactory(countries=["NL", "FI", "BE"], types=["peer-listening"])
    practice.countries.add("AT", "DE", "SI")
    client.get(practice.get_absolute_url())
    with django_assert_max_num_queries(queries):
        client.get(practice.get_absolute_url())


def test_references_and_resources_are_listed_and_read_only_for_a_practice_that_has_them(
    client, settings, tmp_path
):
    settings.PAGE_CACHE = False
    settings.MEDIA_ROOT = tmp_path
    bare, full = PracticeFactory(), PracticeFactory()
    Reference.objects.create(practice=full, authors="Nagy, A.", title="A year of peer listening")
    Link.objects.create(practice=full, title="The network's page", url="https://example.org/pl")
    upload = SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n% a short guide\n")
    resource = Resource(practice=full, title="Facilitator's guide", file=upload)
    resource.clean()
    resource.save()
    counts = {}
    for practice in (bare, full):
        client.get(practice.get_absolute_url())  # builds the facet index for similar ones
        with CaptureQueriesContext(connection) as queries:
            html = client.get(practice.get_absolute_url()).content.decode()
        counts[practice] = len(queries)
        shown = ("A year of peer listening", "The network&#x27;s page", "Facilitator&#x27;s guide")
        assert all((text in html) == (practice == full) for text in shown)
        assert ("Resources to download" in html) == (practice == full)
    # One query for references and one for resources; its links come with the programmes
    # and events linking to it, in the query every practice page makes.
    assert counts[full] == counts[bare] + 2


def test_the_facts_and_the_ladder_are_in_each_reader_s_language(client):
    address = PracticeFactory(countries=["HU"], languages=["hu"]).get_absolute_url()
    english, german = (client.get(f"{prefix}{address}").content.decode() for prefix in ("", "/de"))
    assert "<dt>Countries</dt>\n<dd><a href=" in english
    assert ">Hungary</a></dd>" in english and "<dd>Hungarian</dd>" in english
    assert '<ol class="ladder" aria-label="Evidence ladder">' in english
    assert "<dt>Länder</dt>\n<dd><a href=" in german
    assert ">Ungarn</a></dd>" in german and "<dd>Ungarisch</dd>" in german
    assert '<ol class="ladder" aria-label="Evidenzstufen">' in german
    assert ">Beschrieben</li>" in german
    # Each language's labels are its own, whichever was read first (a new visitor: the
    # site remembers the last one's language).
    again = Client().get(address).content.decode()
    assert "<dt>Countries</dt>" in again and "<dt>Länder</dt>" not in again
