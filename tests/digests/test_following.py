"""A member's page of what they follow: follow, stop following, and the digest's consent."""

import pytest
from django.db import IntegrityError, transaction

from accounts.models import Consent, Purpose
from accounts.services import set_consents
from digests.models import Follow
from practices.models import FocusArea, PeerSupportType
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/accounts/following/"


def test_the_page_needs_a_signed_in_member(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/accounts/following/")


def test_a_member_follows_a_country_a_type_and_a_focus_area_with_labelled_selects(
    member_client, member
):
    page = member_client.get(URL).content.decode()
    assert "You do not follow anything yet." in page
    for name, label in (
        ("country", "Country"),
        ("peer_support_type", "Peer-support type"),
        ("focus_area", "Focus area"),
    ):
        assert f'<label for="id_{name}">{label}' in page
        assert f'<select name="{name}"' in page
    response = member_client.post(
        URL,
        {"country": "HU", "peer_support_type": "peer-listening", "focus_area": "addiction"},
        follow=True,
    )
    page = response.content.decode()
    assert "You now follow Hungary, Peer listening, Addiction and substance use." in page
    assert {str(f.target) for f in member.follows.all()} == {
        "Hungary",
        "Peer listening",
        "Addiction and substance use",
    }
    assert "Stop following Hungary" in page
    assert "Stop following Peer listening" in page


def test_following_the_same_thing_twice_keeps_one_follow(member_client, member):
    member_client.post(URL, {"country": "HU"})
    response = member_client.post(URL, {"country": "HU"}, follow=True)
    assert "You already follow Hungary." in response.content.decode()
    assert member.follows.count() == 1


def test_an_empty_form_says_what_to_choose(member_client, member):
    response = member_client.post(URL, {})
    assert response.status_code == 200
    assert "Choose a country, a peer-support type or a focus area." in response.content.decode()
    assert not member.follows.exists()


def test_an_unknown_country_or_type_is_refused(member_client, member):
    response = member_client.post(URL, {"country": "XX", "peer_support_type": "astrology"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not member.follows.exists()


def test_stopping_removes_the_follow_and_only_the_members_own(member_client, member):
    other = UserFactory()
    Follow.objects.create(member=other, country_id="HU")
    member_client.post(URL, {"country": "HU"})
    response = member_client.post(f"{URL}stop/", {"country": "HU"}, follow=True)
    assert "You no longer follow Hungary." in response.content.decode()
    assert not member.follows.exists()
    assert other.follows.count() == 1


def test_stopping_is_never_done_by_a_get(member_client, member):
    member_client.post(URL, {"country": "HU"})
    assert member_client.get(f"{URL}stop/?country=HU").status_code == 405
    assert member.follows.count() == 1


def test_the_follow_form_asks_for_the_digest_consent_in_its_exact_words(member_client, member):
    page = member_client.get(URL).content.decode()
    assert "The weekly digest is off." in page
    assert Purpose.DIGEST.wording in page
    assert 'href="/accounts/communications/"' in page
    member_client.post(URL, {"country": "HU", "digest_consent": "on"})
    consent = Consent.objects.active().get(member=member)
    assert consent.purpose == Purpose.DIGEST
    assert consent.wording == Purpose.DIGEST.wording
    assert consent.text_version == Purpose.DIGEST.version
    page = member_client.get(URL).content.decode()
    assert "The weekly digest is on." in page
    assert 'name="digest_consent"' not in page


def test_following_without_ticking_the_box_gives_no_consent(member_client, member):
    response = member_client.post(URL, {"country": "HU"}, follow=True)
    assert "You will not get the weekly digest until you agree to receive it." in (
        response.content.decode()
    )
    assert member.follows.count() == 1
    assert not Consent.objects.exists()


def test_ticking_the_box_keeps_the_members_other_consents(member_client, member):
    set_consents(member=member, purposes={Purpose.WORKSHOP_NEWS})
    member_client.post(URL, {"focus_area": "addiction", "digest_consent": "on"})
    active = set(member.consents.active().values_list("purpose", flat=True))
    assert active == {Purpose.WORKSHOP_NEWS, Purpose.DIGEST}


def test_the_follow_form_sends_the_member_back_only_to_a_page_of_this_site(member_client):
    response = member_client.post(URL, {"country": "HU", "next": "/countries/hu/"})
    assert response["Location"] == "/countries/hu/"
    response = member_client.post(URL, {"country": "SK", "next": "https://evil.example/"})
    assert response["Location"] == URL


def test_a_follow_names_exactly_one_thing_and_only_once(member):
    listening = PeerSupportType.objects.get(slug="peer-listening")
    addiction = FocusArea.objects.get(slug="addiction")
    for fields in (
        {},
        {"country_id": "HU", "peer_support_type": listening},
        {"peer_support_type": listening, "focus_area": addiction},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            Follow.objects.create(member=member, **fields)
    for fields in ({"country_id": "HU"}, {"peer_support_type": listening}):
        Follow.objects.create(member=member, **fields)
        with pytest.raises(IntegrityError), transaction.atomic():
            Follow.objects.create(member=member, **fields)
    # Another member may follow the same thing.
    Follow.objects.create(member=UserFactory(), country_id="HU")


def test_the_account_menu_leads_to_the_page(member_client):
    page = member_client.get("/accounts/profile/").content.decode()
    assert '<a href="/accounts/following/">What I follow</a>' in page
