"""The weekly digest: what is new and public in what a member follows, once, to members who
asked for it, in their language, with a one-click way out."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Consent, Country, Purpose
from accounts.services import withdraw_consent
from digests.models import DigestDelivery, WorkshopAnnouncement
from digests.services import follow, send_digests
from digests.tasks import send_weekly_digests
from practices.models import FocusArea, PeerSupportType, Status
from tests.factories import (
    OrganisationFactory,
    PracticeFactory,
    TrainingFactory,
    UserFactory,
    WorkshopFactory,
)
from workshops.models import Kind, WorkshopStatus

pytestmark = pytest.mark.django_db


def subscriber(*, countries=("HU",), types=(), focus_areas=(), consent=True, **kwargs):
    """A member following the given things, with the digest consent given (or not)."""
    member = UserFactory(**kwargs)
    targets = [
        *Country.objects.filter(code__in=countries),
        *PeerSupportType.objects.filter(slug__in=types),
        *FocusArea.objects.filter(slug__in=focus_areas),
    ]
    follow(member=member, targets=targets, consent=consent)
    return member


def days_ago(days: float):
    return timezone.now() - timedelta(days=days)


def practice(title: str, **kwargs):
    """A practice in Slovakia about peer counselling and addiction unless told otherwise."""
    fields = {
        "countries": ["SK"],
        "types": ["peer-counselling"],
        "focus_areas": ["addiction"],
        "organisation": OrganisationFactory(country_id="SK"),
        "published_at": days_ago(1),
    }
    return PracticeFactory(title=title, **(fields | kwargs))


def digest_text() -> str:
    (message,) = mail.outbox
    return message.body


def test_a_digest_lists_only_new_public_content_in_what_the_member_follows(settings):
    member = subscriber(countries=["HU"], types=["peer-listening"])
    budapest = OrganisationFactory(name="Budapest peer circle", country_id="HU")
    practice("Hungarian walking group", countries=["HU"], summary="Peers walk and talk weekly.")
    practice("Listening in Bratislava", types=["peer-listening"])
    practice("Hungarian draft", countries=["HU"], status=Status.DRAFT, published_at=None)
    practice("Hungarian practice from last month", countries=["HU"], published_at=days_ago(30))
    practice("Slovak counselling")  # nothing the member follows
    TrainingFactory(title="Budapest peer worker course", countries=["HU"], provider=budapest)
    TrainingFactory(title="Course in review", countries=["HU"], status=Status.REVIEW)
    WorkshopFactory(title="Online evening from Budapest", organiser=budapest)  # online
    WorkshopFactory(title="Draft evening", organiser=budapest, status=WorkshopStatus.DRAFT)
    WorkshopFactory(title="Cancelled evening", organiser=budapest, status=WorkshopStatus.CANCELLED)
    old = WorkshopFactory(title="Evening announced in spring", organiser=budapest)
    WorkshopAnnouncement.objects.create(workshop=old, announced_at=days_ago(60))
    WorkshopFactory(
        title="Day in Vienna run from Budapest",
        kind=Kind.WORKSHOP,
        organiser=budapest,
        country_id="AT",  # a venue abroad: listed under Austria
        capacity_in_person=20,
    )

    outcome = send_digests()

    assert outcome.sent == 1
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "4 new items in what you follow"
    text = message.body
    print(f"Subject: {message.subject}\n\n{text}")  # read it as a recipient would (pytest -s)
    for title in (
        "Hungarian walking group",
        "Listening in Bratislava",
        "Budapest peer worker course",
        "Online evening from Budapest",
    ):
        assert text.count(title) == 1, title
    for title in (
        "Hungarian draft",
        "from last month",
        "Slovak counselling",
        "Course in review",
        "Draft evening",
        "Cancelled evening",
        "announced in spring",
        "Vienna",
    ):
        assert title not in text, title
    assert "Peers walk and talk weekly." in text
    assert f"{settings.SITE_URL}/practices/hungarian-walking-group/" in text
    # Grouped by what the member follows: the country first, then the type.
    hungary, listening = text.index("== Hungary (country) =="), text.index("== Peer listening")
    assert hungary < text.index("Hungarian walking group") < listening
    assert listening < text.index("Listening in Bratislava")


def test_links_in_the_digest_are_absolute_and_it_comes_in_text_and_html(settings):
    settings.SITE_URL = "https://peersupport.example.org"
    subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    send_digests()
    (message,) = mail.outbox
    assert "https://peersupport.example.org/practices/hungarian-walking-group/" in message.body
    assert "https://peersupport.example.org/accounts/following/" in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert 'href="https://peersupport.example.org/practices/hungarian-walking-group/"' in html
    assert '<html lang="en">' in html
    assert "<h2" in html and "Hungary" in html


def test_an_item_in_two_followed_things_is_listed_once():
    subscriber(countries=["HU"], focus_areas=["addiction"])
    practice("Recovery café in Pécs", countries=["HU"])  # Hungary, and about addiction
    send_digests()
    text = digest_text()
    assert text.count("Recovery café in Pécs") == 1
    assert "Addiction and substance use" not in text  # its group had nothing else


def test_html_in_titles_is_shown_as_text_not_markup():
    subscriber(countries=["HU"])
    practice("<b>Bold</b> & brave", countries=["HU"])
    send_digests()
    (message,) = mail.outbox
    assert "<b>Bold</b> & brave" in message.body
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; brave" in message.alternatives[0][0]


def test_nothing_new_sends_no_e_mail():
    subscriber(countries=["HU"])
    practice("Something in Slovakia")
    outcome = send_digests()
    assert outcome.sent == 0 and outcome.nothing_new == 1
    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_running_twice_in_a_week_sends_nothing_twice():
    member = subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    now = timezone.now()
    send_digests(now=now)
    practice("Published a day later", countries=["HU"], published_at=now + timedelta(days=1))
    send_digests(now=now + timedelta(hours=1))
    send_digests(now=now + timedelta(days=3))
    assert len(mail.outbox) == 1
    assert DigestDelivery.objects.get(member=member).items == 1


def test_the_next_digest_covers_exactly_what_was_new_since_the_last_one():
    subscriber(countries=["HU"])
    now = timezone.now()
    practice("First week's practice", countries=["HU"], published_at=now - timedelta(days=2))
    send_digests(now=now)
    practice("Second week's practice", countries=["HU"], published_at=now + timedelta(days=3))
    late = WorkshopFactory(
        title="Webinar scheduled this week",
        organiser=OrganisationFactory(country_id="HU"),
        start=now + timedelta(days=20),
        end=now + timedelta(days=20, hours=2),
    )
    send_digests(now=now + timedelta(days=7))
    assert len(mail.outbox) == 2
    second = mail.outbox[1].body
    assert "Second week's practice" in second and "Webinar scheduled this week" in second
    assert "First week's practice" not in second
    assert WorkshopAnnouncement.objects.get(workshop=late).announced_at == now + timedelta(days=7)
    send_digests(now=now + timedelta(days=14))
    assert len(mail.outbox) == 2  # the webinar is not announced again


def test_a_first_digest_looks_back_one_week():
    subscriber(countries=["HU"])
    practice("Eight days old", countries=["HU"], published_at=days_ago(8))
    practice("Six days old", countries=["HU"], published_at=days_ago(6))
    send_digests()
    assert "Six days old" in digest_text() and "Eight days old" not in digest_text()


@pytest.mark.parametrize(
    "make",
    [
        lambda: subscriber(consent=False),
        lambda: subscriber(verified=False),
        lambda: subscriber(is_active=False),
    ],
    ids=["without consent", "address not verified", "account deactivated"],
)
def test_no_digest_without_consent_a_verified_address_and_an_active_account(make):
    make()
    practice("Hungarian walking group", countries=["HU"])
    assert send_digests().sent == 0
    assert mail.outbox == []


def test_no_digest_after_the_consent_is_withdrawn():
    member = subscriber(countries=["HU"])
    withdraw_consent(member=member, purpose=Purpose.DIGEST)
    practice("Hungarian walking group", countries=["HU"])
    send_digests()
    assert mail.outbox == []


def test_no_digest_when_the_address_changed_to_one_not_yet_verified():
    member = subscriber(countries=["HU"])
    member.email = "new-address@example.org"  # as allauth would before confirmation
    member.save()
    practice("Hungarian walking group", countries=["HU"])
    send_digests()
    assert mail.outbox == []


def test_the_one_click_unsubscribe_in_the_e_mail_withdraws_the_consent(settings):
    member = subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    now = timezone.now()
    send_digests(now=now)
    (message,) = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(.+)>", message.extra_headers["List-Unsubscribe"]).group(1)
    assert url in message.body and url in message.alternatives[0][0]
    path = url.removeprefix(settings.SITE_URL)
    # What a mail program does (RFC 8058): a POST without cookies or CSRF token.
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Consent.objects.active().filter(member=member).exists()
    practice("Next week's practice", countries=["HU"], published_at=now + timedelta(days=2))
    send_digests(now=now + timedelta(days=7))
    assert len(mail.outbox) == 1


def test_the_digest_is_written_in_the_members_language(settings):
    settings.LANGUAGES = [("en", "English"), ("fr", "French")]
    french = subscriber(countries=["HU"])
    french.languages.set(["hu", "fr"])
    other = subscriber(countries=["HU"])
    other.languages.set(["hu"])  # the site speaks no Hungarian: English
    practice("Hungarian walking group", countries=["HU"])
    send_digests()
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "== Hongrie (" in by_address[french.email].body
    assert '<html lang="fr">' in by_address[french.email].alternatives[0][0]
    assert "== Hungary (country) ==" in by_address[other.email].body


def test_a_topic_is_named_in_the_members_language():
    german = subscriber(countries=[], types=["peer-counselling"])
    german.languages.set(["de"])
    practice("Slovak peer counsellors")
    send_digests()
    body = mail.outbox[0].body
    name = PeerSupportType.objects.get(slug="peer-counselling").translations.get(language_code="de")
    assert f"== {name.translated_name} (" in body
    assert "Peer counselling" not in body


def test_dry_run_sends_nothing_and_records_nothing():
    subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    WorkshopFactory(organiser=OrganisationFactory(country_id="HU"))
    out = _call("send_digests", "--dry-run", "--verbosity", "2")
    assert "Would send 1 digests (1 members due, 0 with nothing new)." in out
    assert "Hungarian walking group" in out  # the first digest, to read
    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()
    assert not WorkshopAnnouncement.objects.exists()


def test_the_command_and_the_task_send_the_same_digests_once():
    subscriber(countries=["HU"])
    subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    assert "Sent 2 digests" in _call("send_digests")
    assert send_weekly_digests.call() == 0  # already sent this week
    assert len(mail.outbox) == 2


def test_the_task_sends_the_digests():
    subscriber(countries=["HU"])
    practice("Hungarian walking group", countries=["HU"])
    send_weekly_digests.enqueue()  # the immediate backend in tests; the worker in production
    assert len(mail.outbox) == 1


def test_queries_do_not_grow_with_follows_or_items(settings):
    few = _queries_for_members(3, follows=1, items=1)
    many = _queries_for_members(3, follows=3, items=5)
    assert many == few
    more_members = _queries_for_members(6, follows=1, items=1)
    per_member = (more_members - few) / 3
    assert per_member <= 5, per_member


def _queries_for_members(count: int, *, follows: int, items: int) -> int:
    codes = ["HU", "SK", "AT"][:follows]
    for _ in range(count):
        subscriber(countries=codes)
    for n in range(items):
        for code in codes:
            practice(f"Practice {code} {n} {count} {follows}", countries=[code])
            TrainingFactory(countries=[code])
            WorkshopFactory(organiser=OrganisationFactory(country_id=code))
    with CaptureQueriesContext(connection) as queries:
        outcome = send_digests()
    assert outcome.sent == count
    DigestDelivery.objects.all().delete()
    mail.outbox.clear()
    from accounts.models import User

    User.objects.all().delete()
    return len(queries)


def _call(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()
