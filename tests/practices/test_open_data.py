"""Exports, feed, sitemap and robots.txt: open data that matches the page."""

import csv
import io
import json

import pytest

from practices.models import DeliveryMode, EvidenceLevel, Status
from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


def read_json(response) -> list[dict]:
    return json.loads(b"".join(response.streaming_content))


def read_csv(response) -> list[dict]:
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_json_export_holds_every_matching_row_not_one_page(client):
    PracticeFactory.create_batch(25, countries=["HU"])
    PracticeFactory.create_batch(3, countries=["NL"])
    PracticeFactory(status=Status.DRAFT, published_at=None, countries=["HU"])
    rows = read_json(client.get("/practices/export.json?country=HU"))
    assert len(rows) == 25
    assert all(row["countries"] == ["HU"] for row in rows)


def test_json_export_has_the_documented_fields_with_facet_values(client):
    PracticeFactory(
        title="Online café",
        countries=["FI"],
        types=["online-peer-support"],
        focus_areas=["anxiety-depression"],
        target_groups=["young-people"],
        languages=["fi"],
        delivery_mode=DeliveryMode.ONLINE,
        evidence_level=EvidenceLevel.THEORY_BASED,
        peer_led=True,
    )
    (row,) = read_json(client.get("/practices/export.json"))
    assert row["title"] == "Online café"
    assert row["url"].startswith("http://testserver/practices/")
    assert row["countries"] == ["FI"]
    assert row["types"] == ["online-peer-support"]
    assert row["focus_areas"] == ["anxiety-depression"]
    assert row["target_groups"] == ["young-people"]
    assert row["languages"] == ["fi"]
    assert row["delivery_mode"] == "online"
    assert row["evidence_level"] == "theory-based"
    assert row["peer_led"] is True
    for key in ("slug", "summary", "organisation", "last_verified"):
        assert key in row


def test_every_exported_value_filters_back_to_its_row(client):
    PracticeFactory(countries=["HU", "NL"], types=["trialogue"], languages=["hu", "nl"])
    PracticeFactory(countries=["FI"], delivery_mode=DeliveryMode.BLENDED)
    facet_of = {
        "countries": "country",
        "types": "type",
        "focus_areas": "focus",
        "target_groups": "group",
        "languages": "language",
        "delivery_mode": "mode",
        "evidence_level": "evidence",
    }
    for row in read_json(client.get("/practices/export.json")):
        for column, facet in facet_of.items():
            values = row[column] if isinstance(row[column], list) else [row[column]]
            for value in values:
                slugs = [
                    r["slug"]
                    for r in read_json(client.get(f"/practices/export.json?{facet}={value}"))
                ]
                assert row["slug"] in slugs, (facet, value)


def test_csv_export_joins_several_values_with_semicolons(client):
    PracticeFactory(title="Two countries", countries=["HU", "NL"])
    response = client.get("/practices/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    (row,) = read_csv(response)
    assert row["title"] == "Two countries"
    assert sorted(row["countries"].split(";")) == ["HU", "NL"]
    assert row["peer_led"] == "false"


def test_csv_export_neutralises_spreadsheet_formulas(client):
    PracticeFactory(title='=HYPERLINK("http://evil.example")')
    (row,) = read_csv(client.get("/practices/export.csv"))
    assert row["title"].startswith("'=")


def test_atom_feed_lists_new_practices_and_respects_filters(client):
    PracticeFactory(title="Hungarian group", countries=["HU"])
    PracticeFactory(title="Dutch group", countries=["NL"])
    PracticeFactory(title="Draft group", status=Status.DRAFT, published_at=None)
    response = client.get("/practices/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Hungarian group" in body and "Dutch group" in body and "Draft group" not in body
    body = client.get("/practices/feed/?country=HU").content.decode()
    assert "Hungarian group" in body and "Dutch group" not in body


def test_sitemap_lists_published_practices_only(client):
    public = PracticeFactory()
    hidden = PracticeFactory(status=Status.REVIEW, published_at=None)
    body = client.get("/sitemap.xml").content.decode()
    assert public.get_absolute_url() in body
    assert hidden.get_absolute_url() not in body
    assert "/practices/</loc>" in body


def test_robots_txt_points_to_the_sitemap_and_keeps_private_pages_out(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /accounts/" in body
    assert "Disallow: /admin/" in body
