"""Real responses carry the security headers and a strict Content Security Policy."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_pages_carry_a_strict_policy_and_the_usual_headers(client):
    response = client.get("/practices/")
    policy = response["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ):
        assert directive in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_over_https_browsers_are_told_to_stay_on_https(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = Client().get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_no_inline_script_is_allowed_and_json_ld_data_needs_no_nonce(client):
    # A JSON-LD block is data, which CSP does not check; a nonce would also be replayed to
    # every visitor by the page cache.
    from tests.factories import PracticeFactory

    practice = PracticeFactory()
    response = client.get(practice.get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "nonce-" not in policy
    assert '<script type="application/ld+json">{' in response.content.decode()


def test_forms_refuse_a_post_without_the_csrf_token(member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post("/accounts/profile/", {"display_name": "Mallory"})
    assert response.status_code == 403
    member.refresh_from_db()
    assert member.display_name != "Mallory"
