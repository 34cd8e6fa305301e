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
