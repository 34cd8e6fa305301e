"""What a member follows, and the digests sent, are theirs: in their export, gone with them;
staff can look in the admin but not change them."""

import json

import pytest
from django.core import mail

from accounts.models import Country
from accounts.services import erase_member
from digests.models import DigestDelivery, Follow
from digests.services import follow, send_digests
from practices.models import PeerSupportType
from tests.factories import OrganisationFactory, PracticeFactory, UserFactory, make_editor

pytestmark = pytest.mark.django_db


def followed_and_sent_a_digest():
    member = UserFactory()
    targets = [Country.objects.get(code="HU"), PeerSupportType.objects.get(slug="warmlines")]
    follow(member=member, targets=targets, consent=True)
    PracticeFactory(countries=["HU"], organisation=OrganisationFactory(country_id="HU"))
    send_digests()
    assert len(mail.outbox) == 1
    return member


def test_the_data_export_holds_what_the_member_follows_and_the_digests_sent(client):
    member = followed_and_sent_a_digest()
    client.force_login(member)
    data = json.loads(client.get("/accounts/data/export/").content)
    assert [(f["kind"], f["followed"], f["name"]) for f in data["follows"]] == [
        ("country", "HU", "Hungary"),
        ("type", "warmlines", "Peer-run warmlines and helplines"),
    ]
    (digest,) = data["digests_sent"]
    assert digest["items"] == 1 and digest["sent"] and digest["new_since"]


def test_erasing_the_account_deletes_its_follows_and_digest_record():
    member = followed_and_sent_a_digest()
    erase_member(member)
    assert not Follow.objects.exists()
    assert not DigestDelivery.objects.exists()


def test_administrators_see_follows_but_cannot_change_them(client):
    member = followed_and_sent_a_digest()
    client.force_login(make_editor(is_superuser=True))
    listing = client.get("/admin/digests/follow/")
    assert listing.status_code == 200
    assert member.email in listing.content.decode()
    follow = member.follows.first()
    page = client.get(f"/admin/digests/follow/{follow.pk}/change/")
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert client.get("/admin/digests/follow/add/").status_code == 403
    assert client.post(f"/admin/digests/follow/{follow.pk}/delete/").status_code == 403
    assert client.get("/admin/digests/digestdelivery/").status_code == 200


def test_editors_do_not_see_members_follows(client):
    followed_and_sent_a_digest()
    client.force_login(make_editor())
    assert client.get("/admin/digests/follow/").status_code == 403
