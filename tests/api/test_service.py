"""How the API behaves as a service: rate limits, JSON only, read only, its description."""

import json

import pytest
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder

from tests.factories import PracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_rates(settings, api):
    cache.clear()  # no request made while setting up (the OpenAPI document's) counts
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "user": "5/minute"},
    }


def test_too_many_requests_from_one_address_get_a_429_in_json(api, low_rates):
    for _ in range(3):
        assert api("/api/practices/").status_code == 200
    response = api("/api/trainings/")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert "throttled" in response.json()["detail"]
    assert int(response["Retry-After"]) > 0
    # Another address still gets answers.
    assert api("/api/practices/", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_a_client_cannot_escape_the_limit_by_claiming_another_address(api, low_rates):
    for n in range(3):
        api("/api/practices/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = api("/api/practices/", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert response.status_code == 429


def test_signed_in_members_have_their_own_higher_limit(client, member, api, low_rates):
    client.force_login(member)
    codes = [api("/api/countries/").status_code for _ in range(6)]
    assert codes == [200] * 5 + [429]


def test_the_api_answers_json_whatever_the_client_asks_for(client):
    PracticeFactory()
    response = client.get("/api/practices/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["count"] == 1
    assert client.get("/api/practices/?format=api").json()["count"] == 1


def test_the_api_is_read_only(client):
    PracticeFactory(title="Steady")
    assert client.head("/api/practices/").status_code == 200
    for method in (client.post, client.put, client.patch, client.delete):
        response = method("/api/practices/steady/", {}, content_type="application/json")
        assert response.status_code == 405
    assert client.get("/api/practices/steady/").json()["title"] == "Steady"


def test_the_api_carries_the_sites_security_headers(client):
    response = client.get("/api/practices/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_openapi_document_lists_every_address_and_each_filters_values(client):
    document = client.get("/api/openapi.json").json()
    assert document["info"]["license"]["name"]
    assert set(document["paths"]) == {
        "/api/practices/",
        "/api/practices/{slug}/",
        "/api/trainings/",
        "/api/trainings/{slug}/",
        "/api/workshops/",
        "/api/workshops/{slug}/",
        "/api/countries/",
        "/api/countries/{code}/",
    }
    listing = document["paths"]["/api/practices/"]["get"]
    parameters = {p["name"]: p for p in listing["parameters"]}
    assert {"q", "country", "type", "focus", "sort", "page", "page_size"} <= set(parameters)
    assert "HU" in parameters["country"]["schema"]["items"]["enum"]
    assert "peer-listening" in parameters["type"]["schema"]["items"]["enum"]
    assert set(parameters["sort"]["schema"]["enum"]) == {"relevance", "title", "newest"}
    assert {"200", "400", "429"} <= set(listing["responses"])
    workshops = {p["name"] for p in document["paths"]["/api/workshops/"]["get"]["parameters"]}
    assert "when" in workshops


def test_the_documentation_page_explains_the_api_and_links_to_its_description(client):
    response = client.get("/api/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Open data API" in html
    assert 'href="/api/openapi.json"' in html
    assert "Each address may make 60 requests a minute (signed-in members 120 requests" in html
    assert "creativecommons.org" in html
    assert "<code>country</code>" in html


def test_the_openapi_document_is_valid_and_built_without_warnings():
    from drf_spectacular.drainage import GENERATOR_STATS
    from drf_spectacular.generators import SchemaGenerator
    from openapi_spec_validator import validate

    GENERATOR_STATS.reset()
    with GENERATOR_STATS.silence():
        document = SchemaGenerator().get_schema(request=None, public=True)
    assert not GENERATOR_STATS, dict(GENERATOR_STATS._warn_cache | GENERATOR_STATS._error_cache)
    validate(json.loads(json.dumps(document, cls=DjangoJSONEncoder)))
