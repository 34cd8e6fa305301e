"""Optional e-mails need a member's consent: recorded with its wording and time, and as easy
to withdraw as to give."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Consent, Purpose
from accounts.services import unsubscribe_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/accounts/communications/"


def test_nothing_is_ticked_for_a_new_member(member_client):
    response = member_client.get(URL)
    assert response.status_code == 200
    assert "checked" not in response.content.decode()
    assert Purpose.WORKSHOP_NEWS.wording in response.content.decode()


def test_ticking_records_the_purpose_the_wording_its_version_and_the_time(member_client, member):
    response = member_client.post(URL, {"purposes": ["workshop-news"]}, follow=True)
    assert "Your choices have been saved." in response.content.decode()
    (consent,) = Consent.objects.filter(member=member)
    assert consent.purpose == Purpose.WORKSHOP_NEWS
    assert consent.text_version == Purpose.WORKSHOP_NEWS.version
    assert consent.wording == Purpose.WORKSHOP_NEWS.wording
    assert consent.given_at is not None and consent.withdrawn_at is None
    assert 'value="workshop-news"' in response.content.decode()
    assert "checked" in response.content.decode()


def test_unticking_withdraws_and_keeps_the_record(member_client, member):
    member_client.post(URL, {"purposes": ["workshop-news", "digest"]})
    member_client.post(URL, {"purposes": ["digest"]})
    news = Consent.objects.get(member=member, purpose=Purpose.WORKSHOP_NEWS)
    assert news.withdrawn_at is not None
    assert list(Consent.objects.active().values_list("purpose", flat=True)) == ["digest"]
    page = member_client.get(URL).content.decode()
    assert "Your record of consent" in page
    assert page.count("Still given") == 1


def test_giving_again_makes_a_new_record(member_client, member):
    member_client.post(URL, {"purposes": ["feedback"]})
    member_client.post(URL, {})
    member_client.post(URL, {"purposes": ["feedback"]})
    records = Consent.objects.filter(member=member, purpose=Purpose.FEEDBACK)
    assert records.count() == 2
    assert records.active().count() == 1


def test_an_unknown_purpose_is_refused_and_nothing_changes(member_client, member):
    response = member_client.post(URL, {"purposes": ["sell-my-data"]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Consent.objects.exists()


def test_the_page_needs_a_signed_in_member(client):
    assert client.get(URL).status_code == 302


def test_the_link_in_an_e_mail_withdraws_with_one_click(member):
    Client().post(URL)  # anonymous: nothing happens
    Consent.objects.create(
        member=member, purpose=Purpose.DIGEST, text_version="2026-11", wording="x"
    )
    url = reverse("accounts:unsubscribe", args=[unsubscribe_token(member, Purpose.DIGEST)])
    page = Client().get(url)
    assert page.status_code == 200
    assert "Unsubscribe" in page.content.decode()
    assert Consent.objects.active().count() == 1  # a GET (a mail scanner) changes nothing
    # RFC 8058: the mail program posts without a CSRF token.
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "You are unsubscribed" in response.content.decode()
    assert Consent.objects.active().count() == 0


def test_a_forged_or_tampered_unsubscribe_link_is_refused(member):
    other = UserFactory()
    Consent.objects.create(member=other, purpose=Purpose.DIGEST, text_version="1", wording="x")
    token = unsubscribe_token(member, Purpose.DIGEST)
    forged = token.replace(token.split(":")[0], "eyJtIjo5OTksInAiOiJkaWdlc3QifQ")
    for bad in (forged, token[:-3] + "abc", "nonsense"):
        response = Client().post(reverse("accounts:unsubscribe", args=[bad]))
        assert response.status_code == 404
        assert "This link does not work" in response.content.decode()
    assert Consent.objects.active().count() == 1


def test_the_data_export_lists_consents_given_and_withdrawn(member_client, member):
    member_client.post(URL, {"purposes": ["workshop-news"]})
    member_client.post(URL, {})
    data = json.loads(member_client.get("/accounts/data/export/").content)
    (consent,) = data["consents"]
    assert consent["purpose"] == "workshop-news"
    assert consent["text_version"] == Purpose.WORKSHOP_NEWS.version
    assert consent["wording"] == Purpose.WORKSHOP_NEWS.wording
    assert consent["given"] and consent["withdrawn"]
