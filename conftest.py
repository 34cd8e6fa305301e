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


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    # A shared Redis cache outlives each test (the database cache is rolled back with it):
    # start every test with empty rate-limit counters and cached pages.
    if "redis" in settings.CACHES["default"]["BACKEND"].lower():
        from django.core.cache import cache

        cache.clear()
