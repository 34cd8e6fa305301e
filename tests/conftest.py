"""Fixtures shared by the test modules."""

import pytest
from django.conf import settings
from django.utils import translation

from .factories import PASSWORD, UserFactory


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in English: a request to /de/… leaves German active in its thread,
    and reverse() outside a request would then give German addresses."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_page_cache(request):
    """No test is served a page kept by an earlier one (a Redis cache outlives the rows)."""
    uses_db = {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    if uses_db or request.node.get_closest_marker("django_db"):
        from practices.facet_index import mark_changed

        request.getfixturevalue("_django_db_helper")  # the cache may be a database table
        mark_changed()


@pytest.fixture
def member(db):
    return UserFactory()


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def reference_data(transactional_db):
    """A database emptied by an earlier transactional test, with what migrations add put back."""
    restore_reference_data()


def restore_reference_data() -> None:
    from django.apps import apps

    from accounts import reference as accounts_reference
    from accounts.editors import grant
    from countries import reference as countries_reference
    from practices import reference as practices_reference
    from trainings import reference as trainings_reference

    accounts_reference.add_languages(apps)
    accounts_reference.add_countries(apps)
    accounts_reference.name_site(apps)
    accounts_reference.create_editors(apps)
    practices_reference.add_vocabulary(apps)
    practices_reference.add_term_translations(apps, "practices")
    practices_reference.grant_editors(apps)
    trainings_reference.add_audiences(apps)
    practices_reference.add_term_translations(apps, "trainings")
    trainings_reference.grant_editors(apps)
    countries_reference.grant_editors(apps)
    grant(apps, "workshops", ["workshop", "registration"])  # as workshops' migration 0003 does
    grant(apps, "admin", ["logentry"], actions=("view",))  # the audit log (pages migration)
