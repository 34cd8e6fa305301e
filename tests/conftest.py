"""Fixtures shared by the test modules."""

import pytest

from .factories import PASSWORD, UserFactory


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
    from practices import reference as practices_reference
    from trainings import reference as trainings_reference

    accounts_reference.add_languages(apps)
    accounts_reference.add_countries(apps)
    accounts_reference.name_site(apps)
    accounts_reference.create_editors(apps)
    practices_reference.add_vocabulary(apps)
    practices_reference.grant_editors(apps)
    trainings_reference.add_audiences(apps)
    trainings_reference.grant_editors(apps)
