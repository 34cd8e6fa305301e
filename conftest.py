"""Project-wide pytest set-up: fast hashing and static files the manifest storage can find."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def _static_manifest(django_db_blocker):
    # Production settings store static files under hashed names: the manifest must exist.
    call_command("collectstatic", "--no-input", verbosity=0)


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
